import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTenant, formatBody } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// Austria shares a learning format with the network; Sweden adapts it. The adaptation keeps
// inheriting what Sweden does not override, per field and locale, live from the published origin.
let hub: TestHub
let austria: string
let sweden: string
const tokens: Record<string, string> = {}
let origin: string
let adaptation: string

const asSweden = { 'x-tenant': 'sweden' }

beforeAll(async () => {
  hub = await startHub()
  austria = String((await createTenant(hub, 'austria', ['de', 'en'], 'de')).id)
  sweden = String((await createTenant(hub, 'sweden', ['sv', 'en'], 'sv')).id)
  // The first person of a hub is its super-admin; the offices' people come after.
  tokens.root = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  tokens.atEditor = await createUserAndLogin(hub, { email: 'editor@at.example.org', tenants: [{ tenant: austria, roles: ['editor'] }] })
  tokens.atAdmin = await createUserAndLogin(hub, { email: 'admin@at.example.org', tenants: [{ tenant: austria, roles: ['office-admin'] }] })
  tokens.seEditor = await createUserAndLogin(hub, { email: 'editor@se.example.org', tenants: [{ tenant: sweden, roles: ['editor'] }] })
  tokens.seTranslator = await createUserAndLogin(hub, { email: 'translator@se.example.org', tenants: [{ tenant: sweden, roles: ['translator'], locales: ['en'] }] })

  const created = await hub.json('/api/learning-formats?locale=de', {
    method: 'POST',
    token: tokens.atEditor,
    body: formatBody(austria, { title: 'Ko-Kreationslabor', summary: 'Gemeinsam gestalten', steps: [{ title: 'Rahmen setzen', minutes: 45 }, { title: 'Ideen bauen', minutes: 90 }] }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  origin = created.body.doc.id
  const english = await hub.json(`/api/learning-formats/${origin}?locale=en`, { method: 'PATCH', token: tokens.atEditor, body: { title: 'Co-creation lab', summary: 'Design together' } })
  expect(english.status).toBe(200)
}, 300_000)
afterAll(async () => hub?.close())

const deliver = async (id: string, locale: string, depth = 0) => (await hub.json(`/api/learning-formats/${id}?locale=${locale}&depth=${depth}`, { headers: asSweden })).body

describe('adapting a network learning format', () => {
  it('creates a draft adaptation in the adapting office that inherits everything', async () => {
    expect((await hub.json(`/api/learning-formats/${origin}/adapt`, { method: 'POST', token: tokens.seTranslator, headers: asSweden })).status).toBe(403)
    const adapted = await hub.json(`/api/learning-formats/${origin}/adapt`, { method: 'POST', token: tokens.seEditor, headers: asSweden })
    expect(adapted.status, JSON.stringify(adapted.body)).toBe(201)
    adaptation = adapted.body.doc.id
    expect(adapted.body.doc).toMatchObject({ tenant: sweden, origin, visibility: 'tenant', _status: 'draft' })
    expect((await hub.json(`/api/learning-formats/${adaptation}?locale=sv`, { method: 'PATCH', token: tokens.seEditor, body: { _status: 'published' } })).status).toBe(200)

    const english = await deliver(adaptation, 'en')
    expect(english).toMatchObject({ title: 'Co-creation lab', summary: 'Design together', origin, tenant: sweden })
    expect(english.inherited).toMatchObject({ title: true, summary: true, duration: true, steps: true })
    expect(english.steps.map((step: { minutes: number }) => step.minutes)).toEqual([45, 90])
  })

  it('overrides per field and locale, keeps inheriting the rest live, and flags origin changes to owned fields only', async () => {
    expect((await hub.json(`/api/learning-formats/${adaptation}?locale=en`, { method: 'PATCH', token: tokens.seEditor, body: { summary: 'Design together, Nordic style' } })).status).toBe(200)
    expect((await hub.json(`/api/learning-formats/${adaptation}?locale=en`, { method: 'PATCH', token: tokens.seEditor, body: { duration: { value: 3, unit: 'hours' } } })).status).toBe(200)
    let english = await deliver(adaptation, 'en')
    expect(english).toMatchObject({ summary: 'Design together, Nordic style', duration: { value: 3, unit: 'hours' }, groupSize: { min: 8, max: 24 } })
    expect(english.inherited).toMatchObject({ title: true, summary: false, duration: false, groupSize: true })
    expect((await deliver(adaptation, 'sv')).inherited.summary).toBe(true)

    // Austria edits and publishes: inherited fields follow, owned ones are flagged.
    const edit = await hub.json(`/api/learning-formats/${origin}?locale=en`, { method: 'PATCH', token: tokens.atEditor, body: { title: 'Co-creation lab (2nd edition)', summary: 'Design together again', duration: { value: 4, unit: 'hours' }, _status: 'published' } })
    expect(edit.status).toBe(200)
    english = await deliver(adaptation, 'en')
    expect(english).toMatchObject({ title: 'Co-creation lab (2nd edition)', summary: 'Design together, Nordic style', duration: { value: 3, unit: 'hours' } })
    const flagged = (await hub.json(`/api/learning-formats/${adaptation}?locale=en&draft=true`, { token: tokens.seEditor })).body.originChanged
    expect(flagged).toEqual(expect.arrayContaining([{ field: 'summary', locale: 'en' }, { field: 'duration' }]))
    expect(flagged).toHaveLength(2)
    expect(english).not.toHaveProperty('originChanged')
  })

  it('reverts a field to the origin and overrides one explicitly, through the API', async () => {
    const reverted = await hub.json(`/api/learning-formats/${adaptation}/revert`, { method: 'POST', token: tokens.seEditor, body: { field: 'summary', locale: 'en' } })
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200)
    const english = await deliver(adaptation, 'en')
    expect(english.summary).toBe('Design together again')
    expect(english.inherited.summary).toBe(true)
    const flagged = (await hub.json(`/api/learning-formats/${adaptation}?locale=en&draft=true`, { token: tokens.seEditor })).body.originChanged
    expect(flagged).toEqual([{ field: 'duration' }])
    // The office's translation report shows it too.
    const report = await hub.json('/api/translation-report?collection=learning-formats', { token: tokens.seEditor, headers: asSweden })
    expect(report.body.documents.find((document: { id: string }) => document.id === adaptation)).toMatchObject({ origin, originChanged: [{ field: 'duration' }] })

    const overridden = await hub.json(`/api/learning-formats/${adaptation}/override`, { method: 'POST', token: tokens.seEditor, body: { field: 'steps' } })
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(200)
    expect((await deliver(adaptation, 'en')).inherited.steps).toBe(false)
    // Reverted right after the override, nothing edited in between: inherited again.
    for (const body of [{ field: 'steps' }, { field: 'summary', locale: 'en' }]) {
      if (body.locale) await hub.json(`/api/learning-formats/${adaptation}/override`, { method: 'POST', token: tokens.seEditor, body })
      expect((await deliver(adaptation, 'en')).inherited[body.field]).toBe(false)
      const undone = await hub.json(`/api/learning-formats/${adaptation}/revert`, { method: 'POST', token: tokens.seEditor, body })
      expect(undone.status, JSON.stringify(undone.body)).toBe(200)
      expect((await deliver(adaptation, 'en')).inherited[body.field], body.field).toBe(true)
    }
    expect((await hub.json(`/api/learning-formats/${adaptation}/revert`, { method: 'POST', token: tokens.seEditor, body: { field: 'nonsense' } })).status).toBe(400)
    expect((await hub.json(`/api/learning-formats/${adaptation}/revert`, { method: 'POST', token: tokens.atEditor, body: { field: 'summary', locale: 'en' } })).status).toBeGreaterThanOrEqual(403)
  })

  it('never shows the origin’s drafts through the adaptation, and REST and GraphQL agree', async () => {
    await hub.json(`/api/learning-formats/${origin}?locale=en&draft=true`, { method: 'PATCH', token: tokens.atEditor, body: { title: 'SECRET DRAFT TITLE', _status: 'draft' } })
    const rest = await deliver(adaptation, 'en')
    expect(JSON.stringify(rest)).not.toContain('SECRET DRAFT')
    const asEditor = await hub.json(`/api/learning-formats/${adaptation}?locale=en&draft=true`, { token: tokens.seEditor })
    expect(JSON.stringify(asEditor.body)).not.toContain('SECRET DRAFT')

    const query = `{ LearningFormat(id: "${adaptation}", locale: en) { title summary duration { value unit } groupSize { min max } inherited origin { id } } }`
    const graphql = await hub.json('/api/graphql', { method: 'POST', headers: asSweden, body: { query } })
    expect(graphql.status, JSON.stringify(graphql.body)).toBe(200)
    const format = graphql.body.data.LearningFormat
    expect(format).toMatchObject({ title: rest.title, summary: rest.summary, duration: rest.duration, groupSize: rest.groupSize, inherited: rest.inherited, origin: { id: origin } })
  })

  it('lists the offices that adapted a format to the origin’s office only', async () => {
    const lineage = await hub.json(`/api/learning-formats/${origin}/adaptations`, { token: tokens.atEditor })
    expect(lineage.status).toBe(200)
    expect(lineage.body.docs).toEqual([expect.objectContaining({ id: adaptation, tenant: { id: sweden, slug: 'sweden' }, locales: ['sv', 'en'] })])
    expect((await hub.json(`/api/learning-formats/${origin}/adaptations`, { token: tokens.seEditor })).status).toBe(403)
    expect((await hub.json(`/api/learning-formats/${origin}/adaptations`)).status).toBe(401)
  })

  it('refuses to delete or un-share an adapted origin (409 naming the office) unless detached, losing nothing', async () => {
    await hub.json(`/api/learning-formats/${origin}?locale=en`, { method: 'PATCH', token: tokens.atEditor, body: { title: 'Co-creation lab (2nd edition)', _status: 'published' } })
    const before = await deliver(adaptation, 'en')
    const refused = await hub.json(`/api/learning-formats/${origin}`, { method: 'DELETE', token: tokens.atAdmin })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('sweden')
    const unshare = await hub.json(`/api/learning-formats/${origin}?locale=de`, { method: 'PATCH', token: tokens.atAdmin, body: { visibility: 'tenant' } })
    expect(unshare.status).toBe(409)
    expect((await deliver(origin, 'en')).title).toBe('Co-creation lab (2nd edition)')

    const detached = await hub.json(`/api/learning-formats/${origin}?detach=true`, { method: 'DELETE', token: tokens.atAdmin })
    expect(detached.status, JSON.stringify(detached.body)).toBe(200)
    const after = await deliver(adaptation, 'en')
    expect(after.origin ?? null).toBeNull()
    for (const field of ['title', 'summary', 'duration', 'groupSize', 'kind']) expect(after[field], field).toEqual(before[field])
    expect(after.steps.map((step: { title: string; minutes: number }) => [step.title, step.minutes])).toEqual(before.steps.map((step: { title: string; minutes: number }) => [step.title, step.minutes]))
  })
})

describe('adapting a curriculum', () => {
  const rich = (text: string, format = 0) => ({
    root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }] }] },
  })

  it('inherits sessions live, owns its rich text per locale, and never exposes the origin office’s private relations', async () => {
    const privateStudy = await hub.json('/api/case-studies?locale=de', { method: 'POST', token: tokens.atEditor, body: { tenant: austria, title: 'Nur für Österreich', country: 'AT', year: 2020, visibility: 'tenant', _status: 'published' } })
    expect(privateStudy.status).toBe(201)
    const curriculum = await hub.json('/api/curricula?locale=de', {
      method: 'POST',
      token: tokens.atEditor,
      body: {
        tenant: austria,
        title: 'Visionary Programm',
        visibility: 'network',
        durationMonths: 9,
        description: rich('Neun Monate', 1),
        sessions: [{ title: 'Auftakt', durationDays: 2, monthOffset: 0 }],
        caseStudies: [privateStudy.body.doc.id],
        _status: 'published',
      },
    })
    expect(curriculum.status, JSON.stringify(curriculum.body)).toBe(201)
    const originId = curriculum.body.doc.id
    await hub.json(`/api/curricula/${originId}?locale=en`, { method: 'PATCH', token: tokens.atEditor, body: { title: 'Visionary Program', description: rich('Nine months', 1) } })

    const adapted = await hub.json(`/api/curricula/${originId}/adapt`, { method: 'POST', token: tokens.seEditor, headers: asSweden })
    expect(adapted.status, JSON.stringify(adapted.body)).toBe(201)
    const id = adapted.body.doc.id
    await hub.json(`/api/curricula/${id}?locale=sv`, { method: 'PATCH', token: tokens.seEditor, body: { _status: 'published' } })
    expect((await hub.json(`/api/curricula/${id}?locale=en`, { method: 'PATCH', token: tokens.seEditor, body: { description: rich('Nine months, Nordic', 2) } })).status).toBe(200)

    // Austria adds a session: the adaptation follows (sessions are inherited); its own rich text stays.
    const sessions = (await hub.json(`/api/curricula/${originId}?locale=de&depth=0`, { token: tokens.atEditor })).body.sessions
    await hub.json(`/api/curricula/${originId}?locale=de`, { method: 'PATCH', token: tokens.atEditor, body: { sessions: [...sessions, { title: 'Systemwandel', durationDays: 2, monthOffset: 1 }] } })
    const english = (await hub.json(`/api/curricula/${id}?locale=en&depth=1`, { headers: asSweden })).body
    expect(english.sessions.map((session: { durationDays: number; monthOffset: number }) => session.monthOffset)).toEqual([0, 1])
    expect(english.description.root.children[0].children[0]).toMatchObject({ text: 'Nine months, Nordic', format: 2 })
    expect(english.inherited).toMatchObject({ sessions: true, description: false, title: true })
    const german = (await hub.json(`/api/curricula/${id}?locale=de&depth=0`, { token: tokens.seEditor })).body
    expect(german.inherited.description).toBe(true)

    // The origin's office-only case study is Austria's business: absent at every depth.
    for (const depth of [0, 1, 2]) {
      const text = JSON.stringify((await hub.json(`/api/curricula/${id}?locale=en&depth=${depth}`, { headers: asSweden })).body)
      expect(text, `depth ${depth}`).not.toContain(privateStudy.body.doc.id)
      expect(text, `depth ${depth}`).not.toContain('Nur für Österreich')
    }
    const graphql = await hub.json('/api/graphql', { method: 'POST', headers: asSweden, body: { query: `{ Curriculum(id: "${id}", locale: en) { title caseStudies { id title } sessions { monthOffset } } }` } })
    expect(JSON.stringify(graphql.body)).not.toContain('Nur für Österreich')
    expect(graphql.body.data.Curriculum.sessions).toHaveLength(2)
  })
})
