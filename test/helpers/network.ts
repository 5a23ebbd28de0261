import sharp from 'sharp'

import type { TestHub } from './hub'

/** A small network for the isolation test: 3 offices, every role, keys, documents in every state. */
export const contentCollections = ['case-studies', 'learning-formats', 'curricula'] as const
export type ContentCollection = (typeof contentCollections)[number]
export type Role = 'office-admin' | 'editor' | 'translator' | 'viewer'

export type Office = { id: string; slug: string; locales: string[]; defaultLocale: string; domain: string }
export type Actor = {
  name: string
  headers: Record<string, string>
  superAdmin?: boolean
  memberOf: string[]
  roles: Record<string, Role>
  translatorLocales: string[]
  key?: { tenant: string; scope: 'published' | 'preview' }
  user?: Record<string, unknown>
}
export type Doc = {
  id: string
  collection: ContentCollection | 'media'
  tenant: string
  visibility: 'tenant' | 'network'
  published: boolean
  /** A unique word in the title (or filename) that must never reach a caller who may not read the document. */
  token: string
  draftToken?: string
  filename?: string
}
export type Network = { offices: Office[]; actors: Actor[]; docs: Doc[]; disabledKey: string }

const officeSpecs = [
  { slug: 'alpha', locales: ['de', 'en'], defaultLocale: 'de' },
  { slug: 'beta', locales: ['sv', 'en'], defaultLocale: 'sv' },
  { slug: 'gamma', locales: ['en', 'fr'], defaultLocale: 'en' },
]
const password = 'isolation-password-1'

async function login(hub: TestHub, email: string) {
  const { status, body } = await hub.json('/api/users/login', { method: 'POST', body: { email, password } })
  if (status !== 200) throw new Error(`login ${email}: ${status}`)
  return body
}

function bodyFor(collection: ContentCollection, tenant: string, title: string, relations: Record<string, string[]>) {
  const base = { tenant, title, visibility: 'network', _status: 'published' }
  if (collection === 'learning-formats')
    return { ...base, kind: 'open-space', duration: { value: 2, unit: 'hours' }, groupSize: { min: 5, max: 50 }, steps: [{ title: `Step of ${title}`, minutes: 30 }] }
  if (collection === 'curricula')
    return { ...base, durationMonths: 9, sessions: [{ title: `Session of ${title}`, durationDays: 2, monthOffset: 0, formats: relations.formats ?? [] }], caseStudies: relations.caseStudies ?? [] }
  return { ...base, country: 'AT', year: 2020, relatedFormats: relations.formats ?? [] }
}

export async function buildNetwork(hub: TestHub, pick: <T>(items: readonly T[]) => T): Promise<Network> {
  const local = { overrideAccess: true } as const
  const offices: Office[] = []
  for (const spec of officeSpecs) {
    const domain = `${spec.slug}.localhost`
    const doc = await hub.payload.create({ collection: 'tenants', data: { ...spec, name: `Office ${spec.slug}`, domains: [domain] } as never, ...local })
    offices.push({ ...spec, id: doc.id, domain })
  }

  const actors: Actor[] = [{ name: 'anonymous', headers: {}, memberOf: [], roles: {}, translatorLocales: [] }]
  const people: { email: string; data: Record<string, unknown>; actor: Omit<Actor, 'headers'> }[] = [
    { email: 'root@example.org', data: { roles: ['super-admin'] }, actor: { name: 'super-admin', superAdmin: true, memberOf: [], roles: {}, translatorLocales: [] } },
    { email: 'outsider@example.org', data: {}, actor: { name: 'outsider', memberOf: [], roles: {}, translatorLocales: [] } },
  ]
  for (const office of offices)
    for (const role of ['office-admin', 'editor', 'translator', 'viewer'] as Role[]) {
      const locales = role === 'translator' ? office.locales.filter((l) => l !== office.defaultLocale) : []
      people.push({
        email: `${role}@${office.slug}.example.org`,
        data: { tenants: [{ tenant: office.id, roles: [role], locales }] },
        actor: { name: `${role}@${office.slug}`, memberOf: [office.id], roles: { [office.id]: role }, translatorLocales: locales },
      })
    }
  for (const person of people) {
    await hub.payload.create({ collection: 'users', data: { email: person.email, password, ...person.data } as never, ...local })
    const { token, user } = await login(hub, person.email)
    actors.push({ ...person.actor, headers: { authorization: `JWT ${token}` }, user: { ...user, collection: 'users' } })
  }
  for (const office of offices)
    for (const scope of ['published', 'preview'] as const) {
      const key = await hub.payload.create({ collection: 'api-keys', data: { name: `${office.slug} ${scope}`, tenant: office.id, scope } as never, ...local })
      actors.push({
        name: `key:${scope}@${office.slug}`,
        headers: { authorization: `api-keys API-Key ${(key as { apiKey?: string }).apiKey}` },
        memberOf: [],
        roles: {},
        translatorLocales: [],
        key: { tenant: office.id, scope },
      })
    }
  const disabled = await hub.payload.create({ collection: 'api-keys', data: { name: 'disabled', tenant: offices[0].id, enabled: false } as never, ...local })

  // Every document starts published and network-wide, related across offices; then each gets
  // its final state, so some relations end up pointing at documents a reader may not see.
  const docs: Doc[] = []
  let counter = 0
  const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer()
  for (const office of offices)
    for (const visibility of ['network', 'tenant'] as const) {
      const token = `tok${++counter}x`
      const filename = `${token}.png`
      const media = await hub.payload.create({
        collection: 'media',
        data: { alt: `Image ${token}`, tenant: office.id, visibility } as never,
        file: { data: image, mimetype: 'image/png', name: filename, size: image.length },
        ...local,
      })
      docs.push({ id: media.id, collection: 'media', tenant: office.id, visibility, published: true, token, filename: (media as { filename: string }).filename })
    }
  const states = ['published-network', 'published-tenant', 'unpublished', 'published-with-draft', 'published-network'] as const
  for (const collection of ['learning-formats', 'case-studies', 'curricula'] as const)
    for (const office of offices)
      for (const state of states) {
        const token = `tok${++counter}x`
        const formats = docs.filter((d) => d.collection === 'learning-formats').map((d) => d.id)
        const caseStudies = docs.filter((d) => d.collection === 'case-studies').map((d) => d.id)
        const relations = { formats: formats.length ? [pick(formats), pick(formats)] : [], caseStudies: caseStudies.length ? [pick(caseStudies)] : [] }
        const created = await hub.payload.create({ collection, locale: office.defaultLocale as never, data: bodyFor(collection, office.id, `Title ${token}`, relations) as never, ...local, context: { seeding: true } })
        docs.push({ id: created.id, collection, tenant: office.id, visibility: 'network', published: true, token })
      }
  for (const doc of docs.filter((d) => d.collection !== 'media')) {
    const index = Number(doc.token.slice(3, -1))
    const state = states[index % states.length]
    const collection = doc.collection as ContentCollection
    if (state === 'published-tenant') {
      await hub.payload.update({ collection, id: doc.id, data: { visibility: 'tenant' } as never, ...local, context: { seeding: true } })
      doc.visibility = 'tenant'
    } else if (state === 'unpublished') {
      await hub.payload.update({ collection, id: doc.id, data: { _status: 'draft' } as never, ...local, context: { seeding: true } })
      doc.published = false
    } else if (state === 'published-with-draft') {
      doc.draftToken = `draft${doc.token}`
      const office = offices.find((o) => o.id === doc.tenant)!
      await hub.payload.update({ collection, id: doc.id, locale: office.defaultLocale as never, data: { title: `Draft ${doc.draftToken}` } as never, draft: true, ...local, context: { seeding: true } })
    }
  }
  return { offices, actors, docs, disabledKey: `api-keys API-Key ${(disabled as { apiKey?: string }).apiKey}` }
}

/** The design's table, written independently of the implementation. */
export function mayRead(actor: Actor, context: string | undefined, doc: Doc): boolean {
  if (actor.superAdmin || actor.memberOf.includes(doc.tenant)) return true
  if (actor.key?.scope === 'preview' && actor.key.tenant === doc.tenant) return true
  return doc.published && (doc.visibility === 'network' || context === doc.tenant)
}

/** May this actor see the unpublished draft of a document? */
export function mayReadDrafts(actor: Actor, doc: Doc): boolean {
  return Boolean(actor.superAdmin || actor.memberOf.includes(doc.tenant) || (actor.key?.scope === 'preview' && actor.key.tenant === doc.tenant))
}
