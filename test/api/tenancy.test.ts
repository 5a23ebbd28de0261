import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant, formatBody } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// Fixed regressions for each leak class and rule of the design's table.
let hub: TestHub
let root: string
let austria: { id: string }
let germany: { id: string }
let editor: string
let translator: string
let officeAdmin: string

beforeAll(async () => {
  hub = await startHub()
  root = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  austria = await hub.payload.create({
    collection: 'tenants',
    data: { name: 'Austria', slug: 'austria', locales: ['de', 'en'], defaultLocale: 'de', domains: ['austria.localhost'] } as never,
  })
  germany = await hub.payload.create({
    collection: 'tenants',
    data: { name: 'Germany', slug: 'germany', locales: ['de', 'en'], defaultLocale: 'de' } as never,
  })
  const row = (roles: string[], locales: string[] = []) => [{ tenant: austria.id, roles, locales }]
  editor = await createUserAndLogin(hub, { email: 'editor@austria.example.org', tenants: row(['editor']) })
  translator = await createUserAndLogin(hub, { email: 'translator@austria.example.org', tenants: row(['translator'], ['en']) })
  officeAdmin = await createUserAndLogin(hub, { email: 'admin@austria.example.org', tenants: row(['office-admin']) })
})
afterAll(async () => hub?.close())

async function createCaseStudy(tenant: string, overrides: Record<string, unknown> = {}) {
  const slug = `case-${Math.random().toString(36).slice(2, 10)}`
  const { status, body } = await hub.json('/api/case-studies?locale=de', { method: 'POST', token: root, body: caseStudyBody(tenant, { slug, ...overrides }) })
  expect(status, JSON.stringify(body)).toBe(201)
  return body.doc as { id: string; title: string }
}

describe('delivery reads', () => {
  it('hides tenant-only documents from other contexts, by id (404), in lists and counts', async () => {
    const internal = await createCaseStudy(austria.id, { title: 'Internes Projekt', visibility: 'tenant' })
    const shared = await createCaseStudy(austria.id, { title: 'Geteiltes Projekt', visibility: 'network' })
    expect((await hub.json(`/api/case-studies/${internal.id}`)).status).toBe(404)
    expect((await hub.json(`/api/case-studies/${shared.id}`)).status).toBe(200)
    const anonymous = await hub.json('/api/case-studies?limit=100')
    expect(anonymous.body.docs.map((d: { id: string }) => d.id)).not.toContain(internal.id)
    const count = await hub.json('/api/case-studies/count')
    expect(count.body.totalDocs).toBe(anonymous.body.totalDocs)
    // The office's own channels see it: X-Tenant or its domain.
    expect((await hub.json(`/api/case-studies/${internal.id}`, { headers: { 'x-tenant': 'austria' } })).status).toBe(200)
    expect((await hub.json(`/api/case-studies/${internal.id}`, { headers: { 'x-forwarded-host': 'austria.localhost' } })).status).toBe(200)
    expect((await hub.json(`/api/case-studies/${internal.id}`, { headers: { 'x-tenant': 'germany' } })).status).toBe(404)
  })

  it('never shows drafts or versions without a role that allows them', async () => {
    const doc = await createCaseStudy(austria.id, { title: 'Veröffentlicht', visibility: 'network' })
    await hub.json(`/api/case-studies/${doc.id}?locale=de&draft=true`, { method: 'PATCH', token: root, body: { title: 'Geheimer Entwurf' } })
    const byId = await hub.json(`/api/case-studies/${doc.id}?draft=true`, { headers: { 'x-tenant': 'austria' } })
    expect(JSON.stringify(byId.body)).not.toContain('Geheimer Entwurf')
    const versions = await hub.json('/api/case-studies/versions?limit=100')
    expect(versions.status).toBe(403)
    const viaGraphql = await hub.json('/api/graphql', { method: 'POST', body: { query: '{ versionsCaseStudies { docs { version { title } } } }' } })
    expect(JSON.stringify(viaGraphql.body)).not.toContain('Geheimer Entwurf')
    const asEditor = await hub.json(`/api/case-studies/${doc.id}?draft=true&locale=de`, { token: editor })
    expect(asEditor.body.title).toBe('Geheimer Entwurf')
  })

  it('shows a relation to a document the reader may not see as absent, never its id or title, at every depth', async () => {
    const hidden = await hub.json('/api/learning-formats?locale=de', {
      method: 'POST',
      token: root,
      body: formatBody(germany.id, { title: 'Verborgenes Format', visibility: 'network' }),
    })
    const referrer = await createCaseStudy(austria.id, { title: 'Mit Beziehung', visibility: 'network', relatedFormats: [hidden.body.doc.id] })
    await hub.payload.update({ collection: 'learning-formats', id: hidden.body.doc.id, data: { visibility: 'tenant' } as never })
    for (const depth of [0, 1, 2, 3]) {
      const { body } = await hub.json(`/api/case-studies/${referrer.id}?depth=${depth}`)
      expect(JSON.stringify(body)).not.toContain(hidden.body.doc.id)
      expect(JSON.stringify(body)).not.toContain('Verborgenes Format')
    }
    const query = `{ CaseStudy(id: "${referrer.id}") { relatedFormats { id title } } }`
    const graphql = await hub.json('/api/graphql', { method: 'POST', body: { query } })
    expect(JSON.stringify(graphql.body)).not.toContain('Verborgenes Format')
    // Its own office still saves the referring document unchanged.
    const save = await hub.json(`/api/case-studies/${referrer.id}?locale=de`, { method: 'PATCH', token: editor, body: { summary: 'Neu' } })
    expect(save.status, JSON.stringify(save.body)).toBe(200)
  })

  it('falls back to the office default locale for a locale it does not publish, and says so', async () => {
    const doc = await createCaseStudy(austria.id, { title: 'Nur Deutsch', visibility: 'network' })
    const response = await hub.fetch(`/api/case-studies/${doc.id}?locale=fr`, { headers: { 'x-tenant': 'austria' } })
    expect(response.headers.get('content-language')).toBe('de')
    expect((await response.json()).title).toBe('Nur Deutsch')
  })
})

describe('writes', () => {
  it('refuses a locale outside the office locales with a 400 naming the allowed ones', async () => {
    const doc = await createCaseStudy(austria.id)
    const { status, body } = await hub.json(`/api/case-studies/${doc.id}?locale=fr`, { method: 'PATCH', token: editor, body: { title: 'Titre' } })
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('de, en')
  })

  it('lets a translator save drafts in their locale only, never the default locale, never publish, never shared fields', async () => {
    const doc = await createCaseStudy(austria.id, { year: 2018 })
    const draft = await hub.json(`/api/case-studies/${doc.id}?locale=en&draft=true`, {
      method: 'PATCH',
      token: translator,
      body: { title: 'Refugee inclusion', year: 1999 },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    const stored = await hub.payload.findByID({ collection: 'case-studies', id: doc.id, locale: 'en', draft: true })
    expect(stored.title).toBe('Refugee inclusion')
    expect(stored.year).toBe(2018)
    const source = await hub.json(`/api/case-studies/${doc.id}?locale=de&draft=true`, { method: 'PATCH', token: translator, body: { title: 'X' } })
    expect(source.status).toBe(403)
    const publish = await hub.json(`/api/case-studies/${doc.id}?locale=en`, { method: 'PATCH', token: translator, body: { _status: 'published' } })
    expect(publish.status).toBe(403)
    const create = await hub.json('/api/case-studies?locale=en', { method: 'POST', token: translator, body: caseStudyBody(austria.id, { slug: 'by-translator' }) })
    expect(create.status).toBe(403)
    const remove = await hub.json(`/api/case-studies/${doc.id}`, { method: 'DELETE', token: translator })
    expect(remove.status).toBeGreaterThanOrEqual(403)
    expect((await hub.payload.count({ collection: 'case-studies', where: { id: { equals: doc.id } } })).totalDocs).toBe(1)
  })
})

describe('users and roles', () => {
  it('office-admins manage users of their office only, never grant super-admin or other offices', async () => {
    const created = await hub.json('/api/users', {
      method: 'POST',
      token: officeAdmin,
      body: {
        email: 'new.editor@austria.example.org',
        password: 'a-long-enough-password',
        roles: ['super-admin'],
        tenants: [
          { tenant: austria.id, roles: ['editor'] },
          { tenant: germany.id, roles: ['office-admin'] },
        ],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const user = await hub.payload.findByID({ collection: 'users', id: created.body.doc.id, depth: 0 })
    expect(user.roles ?? []).toEqual([])
    expect(user.tenants?.map((row) => row.tenant)).toEqual([austria.id])
  })

  it('refuses passwords shorter than 12 characters', async () => {
    const { status, body } = await hub.json('/api/users', { method: 'POST', token: root, body: { email: 'short@example.org', password: 'short' } })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('password')
  })
})

describe('API keys', () => {
  it('are created by office-admins for their office, show the secret once, and stop working when disabled or deleted', async () => {
    const refused = await hub.json('/api/api-keys', { method: 'POST', token: officeAdmin, body: { name: 'Berlin site', tenant: germany.id } })
    expect(refused.status).toBe(403)
    const created = await hub.json('/api/api-keys', { method: 'POST', token: officeAdmin, body: { name: 'Vienna site', tenant: austria.id } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const secret = created.body.doc.apiKey as string
    expect(secret.length).toBeGreaterThanOrEqual(32)
    const later = await hub.json(`/api/api-keys/${created.body.doc.id}`, { token: officeAdmin })
    expect(JSON.stringify(later.body)).not.toContain(secret)
    const authorization = `api-keys API-Key ${secret}`
    const internal = await createCaseStudy(austria.id, { title: 'Nur für Wien', visibility: 'tenant' })
    const read = await hub.fetch(`/api/case-studies/${internal.id}?locale=fr`, { headers: { authorization } })
    expect(read.status).toBe(200)
    expect(read.headers.get('content-language')).toBe('de')
    await hub.json(`/api/api-keys/${created.body.doc.id}`, { method: 'PATCH', token: officeAdmin, body: { enabled: false } })
    expect((await hub.json('/api/case-studies', { headers: { authorization } })).status).toBe(401)
    await hub.json(`/api/api-keys/${created.body.doc.id}`, { method: 'DELETE', token: officeAdmin })
    expect((await hub.json('/api/case-studies', { headers: { authorization } })).status).toBe(401)
    const editorsView = await hub.json('/api/api-keys', { token: editor })
    expect(editorsView.body.docs ?? []).toEqual([])
  })
})

describe('deleting an office', () => {
  it('is refused (409, listing them) while documents belong to it', async () => {
    const office = await createTenant(hub, 'busy-office')
    await createCaseStudy(String(office.id))
    const refused = await hub.json(`/api/tenants/${office.id}`, { method: 'DELETE', token: root })
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0]?.data?.belongs).toEqual({ 'case-studies': 1 })
    expect((await hub.json(`/api/tenants/${office.id}`, { token: root })).status).toBe(200)
  })

  it('succeeds once nothing belongs to it, and its audit history outlives it', async () => {
    const office = await createTenant(hub, 'short-lived')
    await hub.json(`/api/tenants/${office.id}`, { method: 'PATCH', token: root, body: { domains: ['short-lived.localhost'] } })
    const deleted = await hub.json(`/api/tenants/${office.id}`, { method: 'DELETE', token: root })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    const history = await hub.json(`/api/audit-log?where[documentId][equals]=${office.id}&sort=at&limit=10`, { token: root })
    expect(history.body.docs.map((entry: { operation: string }) => entry.operation)).toEqual(['create', 'update', 'delete'])
  })
})

describe('CORS and CSRF', () => {
  it('allow the offices’ domains and refuse other origins', async () => {
    const fromOffice = await hub.fetch('/api/case-studies', { headers: { origin: 'https://austria.localhost' } })
    expect(fromOffice.headers.get('access-control-allow-origin')).toBe('https://austria.localhost')
    const fromElsewhere = await hub.fetch('/api/case-studies', { headers: { origin: 'https://evil.example' } })
    expect(fromElsewhere.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    // A new office domain is allowed as soon as it is saved.
    await hub.json(`/api/tenants/${germany.id}`, { method: 'PATCH', token: root, body: { domains: ['germany.localhost'] } })
    const fromNewOffice = await hub.fetch('/api/case-studies', { headers: { origin: 'https://germany.localhost' } })
    expect(fromNewOffice.headers.get('access-control-allow-origin')).toBe('https://germany.localhost')
  })

  it('refuse a deleted office’s domain at once', async () => {
    const office = await createTenant(hub, 'closing-office')
    await hub.json(`/api/tenants/${office.id}`, { method: 'PATCH', token: root, body: { domains: ['closing.localhost'] } })
    const origin = () => hub.fetch('/api/case-studies', { headers: { origin: 'https://closing.localhost' } })
    expect((await origin()).headers.get('access-control-allow-origin')).toBe('https://closing.localhost')
    const deleted = await hub.json(`/api/tenants/${office.id}`, { method: 'DELETE', token: root })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect((await origin()).headers.get('access-control-allow-origin')).not.toBe('https://closing.localhost')
  })

  it('ignores a session cookie sent from a foreign origin (CSRF)', async () => {
    const login = await hub.fetch('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@austria.example.org', password: 'correct-horse-battery' }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^payload-token=/)
    const sameSite = await hub.json('/api/users/me', { headers: { cookie, origin: 'https://austria.localhost' } })
    expect(sameSite.body.user?.email).toBe('editor@austria.example.org')
    const forged = await hub.json('/api/users/me', { headers: { cookie, origin: 'https://evil.example' } })
    expect(forged.body.user ?? null).toBeNull()
  })
})
