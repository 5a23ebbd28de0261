import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// The audit log: every write and every failed login, append-only, readable by super-admins and
// by office-admins for their own offices.
let hub: TestHub
let austria: string
let sweden: string
const tokens: Record<string, string> = {}

type Entry = { operation: string; who: string; collection: string; documentId: string; tenant: string; locale?: string; changedFields?: string[] }

beforeAll(async () => {
  hub = await startHub()
  austria = String((await createTenant(hub, 'austria', ['de', 'en'], 'de')).id)
  sweden = String((await createTenant(hub, 'sweden', ['sv', 'en'], 'sv')).id)
  tokens.root = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  tokens.atAdmin = await createUserAndLogin(hub, { email: 'admin@at.example.org', tenants: [{ tenant: austria, roles: ['office-admin'] }] })
  tokens.atEditor = await createUserAndLogin(hub, { email: 'editor@at.example.org', tenants: [{ tenant: austria, roles: ['editor'] }] })
  tokens.seAdmin = await createUserAndLogin(hub, { email: 'admin@se.example.org', tenants: [{ tenant: sweden, roles: ['office-admin'] }] })
}, 300_000)
afterAll(async () => hub?.close())

const entriesFor = async (documentId: string, token = tokens.root): Promise<Entry[]> =>
  (await hub.json(`/api/audit-log?where[documentId][equals]=${documentId}&sort=at&limit=50&depth=0`, { token })).body.docs ?? []

describe('audit log', () => {
  it('records create, update (with the changed field paths) and delete, with who, office, collection and locale', async () => {
    const created = await hub.json('/api/case-studies?locale=de', { method: 'POST', token: tokens.atEditor, body: caseStudyBody(austria, { title: 'Geprüft', impact: [{ label: 'Jobs', value: 1 }] }) })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const row = created.body.doc.impact[0].id
    await hub.json(`/api/case-studies/${id}?locale=en`, { method: 'PATCH', token: tokens.atEditor, body: { title: 'Audited', impact: [{ id: row, label: 'Jobs', value: 2 }] } })
    await hub.json(`/api/case-studies/${id}`, { method: 'DELETE', token: tokens.atAdmin })

    const entries = await entriesFor(id)
    expect(entries.map((entry) => entry.operation)).toEqual(['create', 'update', 'delete'])
    expect(entries[0]).toMatchObject({ who: 'editor@at.example.org', collection: 'case-studies', tenant: austria, locale: 'de' })
    expect(entries[1]).toMatchObject({ who: 'editor@at.example.org', locale: 'en' })
    // English had no impact label yet: writing one is a change too; the shared number changed.
    expect(entries[1].changedFields?.sort()).toEqual(['title', `impact.${row}.label`, `impact.${row}.value`].sort())
    expect(entries[2]).toMatchObject({ who: 'admin@at.example.org', operation: 'delete' })
  })

  it('records failed logins with the e-mail tried, never the password; a refused write leaves no entry', async () => {
    const password = 'wrong-password-do-not-log'
    expect((await hub.json('/api/users/login', { method: 'POST', body: { email: 'editor@at.example.org', password } })).status).toBe(401)
    const { body } = await hub.json('/api/audit-log?where[operation][equals]=login-failed&depth=0', { token: tokens.root })
    expect(body.docs.some((entry: Entry) => entry.who === 'editor@at.example.org')).toBe(true)
    const everything = JSON.stringify((await hub.json('/api/audit-log?pagination=false&depth=0', { token: tokens.root })).body)
    expect(everything).not.toContain(password)
    expect(everything).not.toContain('correct-horse-battery')

    const before = (await hub.json('/api/audit-log?limit=0', { token: tokens.root })).body.totalDocs
    expect((await hub.json('/api/case-studies?locale=de', { method: 'POST', token: tokens.atEditor, body: caseStudyBody(austria, { year: 1200 }) })).status).toBe(400)
    expect((await hub.json('/api/audit-log?limit=0', { token: tokens.root })).body.totalDocs).toBe(before)
  })

  it('is readable by super-admins and by office-admins for their offices only', async () => {
    const swedish = await hub.json('/api/case-studies?locale=sv', { method: 'POST', token: tokens.seAdmin, body: caseStudyBody(sweden, { title: 'Svensk', country: 'SE' }) })
    expect(swedish.status).toBe(201)
    expect(await entriesFor(swedish.body.doc.id, tokens.seAdmin)).toHaveLength(1)
    expect(await entriesFor(swedish.body.doc.id, tokens.atAdmin)).toHaveLength(0)
    const asAustria = (await hub.json('/api/audit-log?pagination=false&depth=0', { token: tokens.atAdmin })).body.docs as Entry[]
    expect(asAustria.length).toBeGreaterThan(0)
    expect(asAustria.every((entry) => entry.tenant === austria)).toBe(true)
    expect((await hub.json('/api/audit-log', { token: tokens.atEditor })).status).toBe(403)
    expect((await hub.json('/api/audit-log')).status).toBe(403)
  })

  it('cannot be changed or removed through any API, not even by super-admins', async () => {
    const [entry] = (await hub.json('/api/audit-log?limit=1&depth=0', { token: tokens.root })).body.docs
    expect((await hub.json(`/api/audit-log/${entry.id}`, { method: 'PATCH', token: tokens.root, body: { who: 'someone else' } })).status).toBe(403)
    expect((await hub.json(`/api/audit-log/${entry.id}`, { method: 'DELETE', token: tokens.root })).status).toBe(403)
    expect((await hub.json('/api/audit-log', { method: 'POST', token: tokens.root, body: { at: new Date().toISOString(), operation: 'create', who: 'forged' } })).status).toBe(403)
    const graphql = await hub.json('/api/graphql', { method: 'POST', token: tokens.root, body: { query: `mutation { deleteAuditLog(id: "${entry.id}") { id } }` } })
    expect(JSON.stringify(graphql.body)).toMatch(/errors/)
    await expect(hub.payload.update({ collection: 'audit-log', id: entry.id, data: { who: 'x' }, overrideAccess: true })).rejects.toThrow(/cannot be changed/)
    await expect(hub.payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toThrow(/cannot be deleted/)
    expect((await hub.json(`/api/audit-log/${entry.id}?depth=0`, { token: tokens.root })).body.who).toBe(entry.who)
  })
})
