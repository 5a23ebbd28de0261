import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CaseStudy, Curriculum, LearningFormat, Media, Organization, Tenant, User } from '../../payload-types'
import { formatKinds } from '../../src/collections/LearningFormats'
import { ensureFirstAdmin } from '../../src/server/firstAdmin'
import { seed, seededCollections, type SeedSummary } from '../../src/seed'
import { startHub, type TestHub } from '../helpers/hub'

/** What must not move when the seed runs again: how many documents, when each last changed, how many versions. */
type Snapshot = Record<string, { count: number; updatedAt: Record<string, string>; versions?: number }>

const versioned = new Set<CollectionSlug>(['learning-formats', 'case-studies', 'curricula'])

async function snapshot(payload: Payload): Promise<Snapshot> {
  const result: Snapshot = {}
  for (const collection of seededCollections) {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, select: { updatedAt: true } })
    result[collection] = {
      count: docs.length,
      updatedAt: Object.fromEntries(docs.map((doc) => [doc.id, doc.updatedAt])),
      versions: versioned.has(collection) ? (await payload.countVersions({ collection, overrideAccess: true })).totalDocs : undefined,
    }
  }
  return result
}

async function findAll<T>(payload: Payload, collection: CollectionSlug, where = {}): Promise<T[]> {
  const { docs } = await payload.find({ collection, where, pagination: false, depth: 0, overrideAccess: true, locale: 'en' })
  return docs as T[]
}

const refugeeSlug = 'refugee-inclusion-partnership-austria'

let hub: TestHub
let first: SeedSummary
let second: SeedSummary
let afterFirst: Snapshot
let afterSecond: Snapshot
let tenants: Tenant[]

beforeAll(async () => {
  hub = await startHub({ HUB_ADMIN_EMAIL: 'root@example.org', HUB_ADMIN_PASSWORD: 'root-password-for-tests' })
  // As on a real hub: the server's first super-admin exists before the demo users.
  await ensureFirstAdmin(hub.payload)
  first = await seed(hub.payload)
  afterFirst = await snapshot(hub.payload)
  second = await seed(hub.payload)
  afterSecond = await snapshot(hub.payload)
  tenants = await findAll<Tenant>(hub.payload, 'tenants')
}, 300_000)

afterAll(async () => {
  // The media folder is shared with every other database: take the seed's files with us.
  await hub?.payload.delete({ collection: 'media', where: { id: { exists: true } }, overrideAccess: true })
  await hub?.close()
}, 60_000)

const tenantId = (slug: string) => tenants.find((tenant) => tenant.slug === slug)!.id

describe('seeding twice', () => {
  it('creates the demo network the first time', () => {
    expect(first.tenants.created).toBe(4)
    expect(first.users.created).toBe(16)
    for (const collection of seededCollections) expect(first[collection].created, collection).toBeGreaterThan(0)
  })

  it('creates nothing the second time and finds everything the first run made', () => {
    for (const collection of seededCollections) {
      expect(second[collection].created, collection).toBe(0)
      expect(second[collection].existing, collection).toBe(first[collection].created)
    }
  })

  it('changes nothing the second time: same documents, same updatedAt, no new versions', () => {
    expect(afterSecond).toEqual(afterFirst)
  })
})

describe('the demo network', () => {
  it('has four offices with their locales and office contacts', () => {
    expect(tenants.map((tenant) => tenant.slug).sort()).toEqual(['austria', 'cee', 'germany', 'scandinavia'])
    const austria = tenants.find((tenant) => tenant.slug === 'austria')!
    expect(austria).toMatchObject({ defaultLocale: 'de', locales: ['de', 'en'], domains: ['austria.localhost'] })
    expect(austria.office).toMatchObject({ city: 'Vienna', name: 'Visionary Austria', website: 'https://austria.visionary.example.org' })
  })

  it('has at least eight network-wide topics, named in every locale', async () => {
    const topics = await hub.payload.find({ collection: 'topics', pagination: false, locale: 'all', overrideAccess: true })
    expect(topics.docs.length).toBeGreaterThanOrEqual(8)
    for (const topic of topics.docs) expect(Object.keys(topic.name as unknown as object).sort()).toEqual(['cs', 'da', 'de', 'en', 'hu', 'nb', 'pl', 'sv'])
  })

  it('has a published network learning format of every kind', async () => {
    const formats = await findAll<LearningFormat>(hub.payload, 'learning-formats', {
      and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'network' } }],
    })
    expect(formats.length).toBeGreaterThanOrEqual(8)
    const kinds = new Set(formats.map((format) => format.kind))
    for (const kind of formatKinds.filter((kind) => kind !== 'other')) expect(kinds, kind).toContain(kind)
  })

  it('has the Visionary Program in Austria and Scandinavia: seven sessions over nine months, in order', async () => {
    const programmes = await findAll<Curriculum>(hub.payload, 'curricula', { slug: { equals: 'visionary-program' } })
    expect(programmes.map((programme) => programme.tenant).sort()).toEqual([tenantId('austria'), tenantId('scandinavia')].sort())
    for (const programme of programmes) {
      expect(programme._status).toBe('published')
      expect(programme.durationMonths).toBe(9)
      const offsets = (programme.sessions ?? []).map((session) => session.monthOffset)
      expect(offsets).toHaveLength(7)
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
      expect(Math.max(...offsets)).toBeLessThan(9)
      for (const session of programme.sessions ?? []) {
        expect(session.formats?.length, String(session.title)).toBeGreaterThan(0)
        expect(session.objectives?.length, String(session.title)).toBeGreaterThan(0)
      }
    }
  })

  it('keeps array rows across locales: a session has the same id in English and German', async () => {
    const [programme] = await findAll<Curriculum>(hub.payload, 'curricula', {
      and: [{ slug: { equals: 'visionary-program' } }, { tenant: { equals: tenantId('austria') } }],
    })
    const german = (await hub.payload.findByID({ collection: 'curricula', id: programme.id, locale: 'de', fallbackLocale: false, overrideAccess: true })) as Curriculum
    expect(german.sessions?.map((session) => session.id)).toEqual(programme.sessions?.map((session) => session.id))
    expect(german.sessions?.[0].title).not.toBe(programme.sessions?.[0].title)
    expect(german.sessions?.[0].objectives?.[0].text).not.toBe(programme.sessions?.[0].objectives?.[0].text)
  })

  it('has the refugee-inclusion partnership of the Red Cross, a consultancy and the Austrian office', async () => {
    const [caseStudy] = await findAll<CaseStudy>(hub.payload, 'case-studies', { slug: { equals: refugeeSlug } })
    expect(caseStudy.tenant).toBe(tenantId('austria'))
    const organizations = await findAll<Organization>(hub.payload, 'organizations', { tenant: { equals: tenantId('austria') } })
    const partners = (caseStudy.partners ?? []).map((partner) => ({
      organization: organizations.find((organization) => organization.id === partner.organization)!,
      role: partner.role ?? '',
    }))
    // The three who started it; the data also lists a funding partner that joined them.
    const initiators = partners.filter((partner) => partner.role.startsWith('Co-initiator'))
    expect(initiators.map((partner) => partner.organization.name)).toEqual(['Austrian Red Cross', 'Brightfield Consulting', 'Visionary Austria'])
    expect(initiators.map((partner) => partner.organization.sector)).toEqual(['civil-society', 'business', 'civil-society'])
    // Curricula are seeded after case studies; the second pass links them.
    expect(caseStudy.relatedCurricula?.length).toBeGreaterThan(0)
  })

  it('serves the case study in German over REST, with Lexical rich text', async () => {
    const query = (locale: string) => `/api/case-studies?${new URLSearchParams({ locale, 'where[slug][equals]': refugeeSlug })}`
    const german = await hub.json(query('de'))
    const english = await hub.json(query('en'))
    expect(german.status, JSON.stringify(german.body)).toBe(200)
    const [de] = german.body.docs
    const [en] = english.body.docs
    expect(de.title).toMatch(/Geflüchteten/)
    expect(de.title).not.toBe(en.title)
    expect(de.challenge.root.type).toBe('root')
    expect(de.challenge.root.children.length).toBeGreaterThan(0)
    expect(de.challenge.root.children[0]).toMatchObject({ type: 'paragraph', version: 1, direction: 'ltr' })
    // `**Rote Kreuz**` in the data became a bold text node (format bit 1).
    const list = de.approach.root.children.find((node: { type: string }) => node.type === 'list')
    expect(list).toMatchObject({ listType: 'bullet', tag: 'ul' })
    expect(list.children[0].children).toContainEqual(expect.objectContaining({ type: 'text', text: 'Rote Kreuz', format: 1 }))
  })

  it('has images with alt text and the thumbnail, card and hero sizes in WebP', async () => {
    const media = await hub.payload.find({ collection: 'media', pagination: false, locale: 'all', overrideAccess: true })
    expect(media.docs.length).toBe(first.media.created)
    for (const image of media.docs as unknown as (Omit<Media, 'alt'> & { alt: Record<string, string> })[]) {
      expect(image.mimeType).toBe('image/png')
      expect(image.alt.en, image.filename ?? '').toBeTruthy()
      expect(image.sizes?.thumbnail?.mimeType, image.filename ?? '').toBe('image/webp')
      // Covers and heroes are 1600 wide and get every size; 400 × 400 logos only the thumbnail.
      if (image.width === 1600) {
        for (const size of ['thumbnail', 'card', 'hero'] as const) expect(image.sizes?.[size]?.mimeType, `${image.filename} ${size}`).toBe('image/webp')
      }
    }
    const covers = media.docs.filter((image) => image.width === 1600)
    expect(covers.length).toBeGreaterThanOrEqual(8)
    const austrian = media.docs.filter((image) => image.tenant === tenantId('austria'))
    for (const image of austrian) expect((image.alt as unknown as Record<string, string>).de, image.filename ?? '').toBeTruthy()
  })

  it('has four demo users per office, none of them super-admin; translators write the non-default locales', async () => {
    const users = await findAll<User>(hub.payload, 'users', { email: { like: '.example.org' } })
    const demo = users.filter((user) => user.email !== 'root@example.org')
    expect(demo).toHaveLength(16)
    for (const user of demo) expect(user.roles ?? []).toEqual([])
    const translator = demo.find((user) => user.email === 'translator@scandinavia.example.org')!
    expect(translator.tenants).toEqual([
      expect.objectContaining({ tenant: tenantId('scandinavia'), roles: ['translator'], locales: ['da', 'nb', 'en'] }),
    ])
    const login = await hub.json('/api/users/login', {
      method: 'POST',
      body: { email: 'editor@austria.example.org', password: process.env.HUB_DEMO_PASSWORD || 'visionary-demo-2026' },
    })
    expect(login.status, JSON.stringify(login.body)).toBe(200)
  })

  it('starts with its translations approved in the translation report', async () => {
    const login = await hub.json('/api/users/login', {
      method: 'POST',
      body: { email: 'translator@austria.example.org', password: process.env.HUB_DEMO_PASSWORD || 'visionary-demo-2026' },
    })
    const { status, body } = await hub.json('/api/translation-report?collection=curricula', { token: login.body.token, headers: { 'x-tenant': 'austria' } })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.sourceLocale).toBe('de')
    expect(body.documents.length).toBeGreaterThan(0)
    for (const document of body.documents) expect(document.locales.en).toMatchObject({ state: 'approved', completeness: 1, outdatedFields: [] })
  })
})
