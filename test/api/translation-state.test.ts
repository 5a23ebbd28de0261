import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant, curriculumBody } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// Translation state per document and locale: who sets what, outdated detection by field,
// versions, the report. Austria writes German (source) and translates into English and French.
let hub: TestHub
let austria: string
let sweden: string
const tokens: Record<string, string> = {}

const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: texts.map((text) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })),
  },
})

beforeAll(async () => {
  hub = await startHub()
  austria = String((await createTenant(hub, 'austria', ['de', 'en', 'fr'], 'de')).id)
  sweden = String((await createTenant(hub, 'sweden', ['sv', 'en'], 'sv')).id)
  // The first person of a hub is its super-admin; the office's people come after.
  await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  tokens.editor = await createUserAndLogin(hub, { email: 'editor@at.example.org', tenants: [{ tenant: austria, roles: ['editor'] }] })
  tokens.translator = await createUserAndLogin(hub, { email: 'translator@at.example.org', tenants: [{ tenant: austria, roles: ['translator'], locales: ['en'] }] })
  tokens.viewer = await createUserAndLogin(hub, { email: 'viewer@at.example.org', tenants: [{ tenant: austria, roles: ['viewer'] }] })
  tokens.swede = await createUserAndLogin(hub, { email: 'editor@se.example.org', tenants: [{ tenant: sweden, roles: ['editor'] }] })
})
afterAll(async () => hub?.close())

/** A case study written in German with a summary, a two-block challenge and one impact row. */
async function germanCaseStudy(title: string) {
  const { status, body } = await hub.json('/api/case-studies?locale=de', {
    method: 'POST',
    token: tokens.editor,
    body: caseStudyBody(austria, { title, summary: 'Kurzfassung', challenge: paragraphs('Erster Absatz', 'Zweiter Absatz'), impact: [{ label: 'Arbeitsplätze', value: 120 }] }),
  })
  expect(status, JSON.stringify(body)).toBe(201)
  return body.doc as { id: string; impact: { id: string }[] }
}

const patch = (id: string, locale: string, token: string, body: Record<string, unknown>) =>
  hub.json(`/api/case-studies/${id}?locale=${locale}&draft=true`, { method: 'PATCH', token, body: { _status: 'draft', ...body } })

const stateOf = async (id: string, locale: string) =>
  (await hub.json(`/api/case-studies/${id}?locale=${locale}&draft=true&depth=0`, { token: tokens.editor })).body as {
    translationState: string | null
    translation: { sourceLocale: string; locales: Record<string, { state: string; outdatedFields: string[]; updatedBy?: string }> }
  }

const report = (query: string, token = tokens.editor, tenant = 'austria') =>
  hub.json(`/api/translation-report?${query}`, { token, headers: { 'x-tenant': tenant } })

describe('translation state per document and locale', () => {
  it('starts missing, becomes in-progress with the first translated text, translated by the translator, approved by an editor', async () => {
    const doc = await germanCaseStudy('Zustand')
    expect((await stateOf(doc.id, 'en')).translationState).toBe('missing')
    expect((await stateOf(doc.id, 'de')).translationState).toBeNull()

    expect((await patch(doc.id, 'en', tokens.translator, { title: 'State' })).status).toBe(200)
    expect((await stateOf(doc.id, 'en')).translationState).toBe('in-progress')

    const translated = await patch(doc.id, 'en', tokens.translator, { summary: 'Summary', translationState: 'translated' })
    expect(translated.status, JSON.stringify(translated.body)).toBe(200)
    const after = await stateOf(doc.id, 'en')
    expect(after.translationState).toBe('translated')
    expect(after.translation.locales.en).toMatchObject({ state: 'translated', updatedBy: 'translator@at.example.org' })
    expect(after.translation.locales.fr).toBeUndefined()

    const refused = await patch(doc.id, 'en', tokens.translator, { translationState: 'approved' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/approved/)
    expect((await patch(doc.id, 'en', tokens.editor, { translationState: 'approved' })).status).toBe(200)
    expect((await stateOf(doc.id, 'en')).translationState).toBe('approved')
  })

  it('refuses states nobody may set, a state on the source locale, and a translated state with nothing translated, writing nothing', async () => {
    const doc = await germanCaseStudy('Abgelehnt')
    expect((await patch(doc.id, 'en', tokens.editor, { title: 'Refused' })).status).toBe(200)
    for (const [locale, body, message] of [
      ['en', { title: 'Changed', translationState: 'outdated' }, /set by the hub/],
      ['en', { title: 'Changed', translationState: 'missing' }, /set by the hub/],
      ['en', { title: 'Changed', translationState: 'finished' }, /translationState must be one of/],
      ['de', { title: 'Geändert', translationState: 'translated' }, /source language/],
      ['fr', { translationState: 'translated' }, /Nothing is translated/],
    ] as const) {
      const answer = await patch(doc.id, locale, tokens.editor, body)
      expect(answer.status, `${locale} ${JSON.stringify(body)}`).toBe(400)
      expect(answer.body.errors[0].message).toMatch(message)
    }
    expect(Object.keys((await stateOf(doc.id, 'de')).translation.locales)).toEqual(['en'])
    expect((await stateOf(doc.id, 'en')).translationState).toBe('in-progress')
    for (const [locale, title] of [['de', 'Abgelehnt'], ['en', 'Refused'], ['fr', null]]) {
      const read = (await hub.json(`/api/case-studies/${doc.id}?locale=${locale}&draft=true&fallback-locale=none`, { token: tokens.editor })).body
      expect(read.title ?? null).toBe(title)
    }
  })

  it('is never part of what delivery sees (which falls back to the office’s source language field by field)', async () => {
    const doc = await germanCaseStudy('Öffentlich')
    const delivered = (await hub.json(`/api/case-studies/${doc.id}?locale=en`, { headers: { 'x-tenant': 'austria' } })).body
    expect(delivered.title).toBe('Öffentlich')
    expect(delivered).not.toHaveProperty('translation')
    expect(delivered).not.toHaveProperty('translationState')

    // Another office's network document has no German at all: its own language fills in.
    const swedish = await hub.json('/api/case-studies?locale=sv', { method: 'POST', token: tokens.swede, body: caseStudyBody(sweden, { title: 'Nätverket', visibility: 'network', country: 'SE' }) })
    expect(swedish.status).toBe(201)
    const read = await hub.json(`/api/case-studies/${swedish.body.doc.id}?locale=de`, { headers: { 'x-tenant': 'austria' } })
    expect(read.body.title).toBe('Nätverket')
  })
})

describe('outdated detection', () => {
  it('marks translated targets outdated with exactly the changed source fields, and clears them by editing and setting translated', async () => {
    const doc = await germanCaseStudy('Quelle')
    const row = doc.impact[0].id
    expect((await patch(doc.id, 'en', tokens.editor, { title: 'Source', summary: 'Short', impact: [{ id: row, label: 'Jobs', value: 120 }], challenge: paragraphs('First', 'Second'), translationState: 'approved' })).status).toBe(200)
    expect((await patch(doc.id, 'fr', tokens.editor, { title: 'Source (fr)' })).status).toBe(200)

    // The source changes in two fields (one inside an array row); the shared number is no text.
    const edit = await patch(doc.id, 'de', tokens.editor, { summary: 'Neue Kurzfassung', impact: [{ id: row, label: 'Stellen', value: 130 }] })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    const outdated = await stateOf(doc.id, 'en')
    expect(outdated.translationState).toBe('outdated')
    expect(outdated.translation.locales.en.outdatedFields.sort()).toEqual([`impact.${row}.label`, 'summary'].sort())
    // French was only in progress: nothing to outdate.
    expect((await stateOf(doc.id, 'fr')).translationState).toBe('in-progress')

    // A second source change adds to the list; editing a listed field in the target removes it.
    await patch(doc.id, 'de', tokens.editor, { title: 'Quelle neu' })
    expect((await stateOf(doc.id, 'en')).translation.locales.en.outdatedFields.sort()).toEqual([`impact.${row}.label`, 'summary', 'title'].sort())
    await patch(doc.id, 'en', tokens.translator, { summary: 'New short text' })
    expect((await stateOf(doc.id, 'en')).translation.locales.en).toMatchObject({ state: 'outdated', outdatedFields: expect.not.arrayContaining(['summary']) })

    await patch(doc.id, 'en', tokens.translator, { title: 'Source anew', impact: [{ id: row, label: 'Positions', value: 130 }], translationState: 'translated' })
    expect((await stateOf(doc.id, 'en')).translation.locales.en).toMatchObject({ state: 'translated', outdatedFields: [] })
  })

  it('keeps the state in each version and survives a restore', async () => {
    const doc = await germanCaseStudy('Versionen')
    await patch(doc.id, 'en', tokens.editor, { title: 'Versions', translationState: 'translated' })
    await patch(doc.id, 'de', tokens.editor, { title: 'Versionen geändert' })
    const versions = await hub.json(`/api/case-studies/versions?where[parent][equals]=${doc.id}&sort=-updatedAt&depth=0&locale=en`, { token: tokens.editor })
    const states = versions.body.docs.map((version: { version: { translation?: { locales?: Record<string, { state: string }> } } }) => version.version.translation?.locales?.en?.state ?? 'none')
    expect(states.slice(0, 2)).toEqual(['outdated', 'translated'])
    const translatedVersion = versions.body.docs[1].id
    expect((await hub.json(`/api/case-studies/versions/${translatedVersion}?draft=true`, { method: 'POST', token: tokens.editor })).status).toBe(200)
    expect((await stateOf(doc.id, 'en')).translationState).toBe('translated')
  })
})

describe('translation report', () => {
  it('lists every document of the office per target locale with state, completeness and outdated fields, plus totals', async () => {
    const doc = await germanCaseStudy('Bericht')
    // Source text blocks: title, summary, two challenge paragraphs, the impact label = 5.
    // English has title, summary and one challenge paragraph = 3 of 5.
    await patch(doc.id, 'en', tokens.editor, { title: 'Report', summary: 'Short' })
    await patch(doc.id, 'en', tokens.editor, { challenge: paragraphs('First only') })
    await hub.json('/api/curricula?locale=de', { method: 'POST', token: tokens.editor, body: curriculumBody(austria, { title: 'Lehrgang' }) })

    const { status, body } = await report('collection=case-studies')
    expect(status).toBe(200)
    expect(body).toMatchObject({ collection: 'case-studies', tenant: { slug: 'austria' }, sourceLocale: 'de', locales: ['en', 'fr'] })
    const entry = body.documents.find((document: { id: string }) => document.id === doc.id)
    expect(entry.locales.en).toMatchObject({ state: 'in-progress', completeness: 0.6, outdatedFields: [], updatedBy: 'editor@at.example.org' })
    expect(entry.locales.fr).toMatchObject({ state: 'missing', completeness: 0, updatedAt: null })
    const all = body.documents.length
    expect(body.totals.fr.documents).toBe(all)
    expect(Object.values(body.totals.en).slice(2).reduce((sum: number, value) => sum + (value as number), 0)).toBe(all)
    expect(body.documents.every((document: { title: string }) => document.title !== 'Lehrgang')).toBe(true)

    const onlyOutdated = await report('collection=case-studies&locale=en&state=outdated')
    expect(onlyOutdated.body.locales).toEqual(['en'])
    expect(onlyOutdated.body.documents.every((document: { locales: Record<string, { state: string }> }) => document.locales.en.state === 'outdated')).toBe(true)
    expect(onlyOutdated.body.totals.en.documents).toBe(onlyOutdated.body.totals.en.outdated)

    const german = await hub.json(`/api/translation-report?collection=curricula`, { token: tokens.editor, headers: { 'x-tenant': 'austria', 'accept-language': 'de' } })
    expect(german.body.documents[0].locales.en.stateLabel).toBe('Fehlt')
  })

  it('follows every save after a report remembered the completeness (edits, new documents, a restored version)', async () => {
    const doc = await germanCaseStudy('Erinnert')
    const completenessOf = async (id: string) => {
      const { body } = await report('collection=case-studies&locale=en')
      return body.documents.find((document: { id: string }) => document.id === id)?.locales.en.completeness
    }
    expect(await completenessOf(doc.id)).toBe(0)
    expect(await completenessOf(doc.id)).toBe(0) // from memory now
    await patch(doc.id, 'en', tokens.translator, { title: 'Remembered', summary: 'Short' })
    expect(await completenessOf(doc.id)).toBe(0.4)
    const { docs: versions } = await hub.payload.findVersions({ collection: 'case-studies', where: { parent: { equals: doc.id } }, sort: 'createdAt', limit: 1, overrideAccess: true })
    await patch(doc.id, 'en', tokens.translator, { challenge: paragraphs('First', 'Second'), impact: [{ id: doc.impact[0].id, label: 'Jobs' }] })
    expect(await completenessOf(doc.id)).toBe(1)
    // Restoring the first version brings back its English (none): the report says so.
    const restored = await hub.json(`/api/case-studies/versions/${versions[0].id}?draft=true`, { method: 'POST', token: tokens.editor })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await completenessOf(doc.id)).toBe(0)
    const other = await germanCaseStudy('Neu')
    expect(await completenessOf(other.id)).toBe(0)
  })

  it('narrows to one document with id=, and only to a document of the office', async () => {
    const doc = await germanCaseStudy('Einzeln')
    await patch(doc.id, 'en', tokens.editor, { title: 'Single' })
    const one = await report(`collection=case-studies&id=${doc.id}`)
    expect(one.status).toBe(200)
    expect(one.body.documents.map((document: { id: string }) => document.id)).toEqual([doc.id])
    expect(one.body.documents[0].locales.en).toMatchObject({ state: 'in-progress', completeness: 0.2 })
    expect(one.body.totals.en.documents).toBe(1)
    // Another office's document is not in Austria's report, even by id.
    const swedish = await hub.json('/api/case-studies?locale=sv', { method: 'POST', token: tokens.swede, body: caseStudyBody(sweden, { title: 'Svensk' }) })
    expect((await report(`collection=case-studies&id=${swedish.body.doc.id}`)).body.documents).toEqual([])
    const malformed = await report(`collection=case-studies&id=not-an-id`)
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].message).toMatch(/\bid\b/)
  })

  it('answers bad queries with a 400 naming the problem, strangers with 401 or 403', async () => {
    expect((await report('')).body.errors[0].message).toMatch(/collection/)
    expect((await report('collection=topics')).status).toBe(400)
    expect((await report('collection=case-studies&locale=sv')).body.errors[0].message).toMatch(/target locale/)
    expect((await report('collection=case-studies&locale=de')).status).toBe(400)
    expect((await report('collection=case-studies&state=done')).body.errors[0].message).toMatch(/state/)
    expect((await hub.json('/api/translation-report?collection=case-studies', { token: tokens.editor })).status).toBe(400)
    expect((await hub.json('/api/translation-report?collection=case-studies', { headers: { 'x-tenant': 'austria' } })).status).toBe(401)
    expect((await report('collection=case-studies', tokens.swede)).status).toBe(403)
    expect((await report('collection=case-studies', tokens.viewer)).status).toBe(200)
  })
})
