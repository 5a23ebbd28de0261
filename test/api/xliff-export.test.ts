import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseXliff } from '../../src/plugins/translation/xliff'
import { caseStudyBody, createTenant } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let token: string
let id: string
let impactRow: string

const paragraph = (text: string) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 1, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

beforeAll(async () => {
  hub = await startHub()
  token = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  const austria = await createTenant(hub, 'austria', ['de', 'en'], 'de')
  const created = await hub.json('/api/case-studies?locale=de', {
    method: 'POST',
    token,
    body: caseStudyBody(austria.id, {
      title: 'Inklusion von Geflüchteten',
      visibility: 'tenant',
      challenge: paragraph('Die Herausforderung'),
      impact: [{ label: 'Arbeitsplätze', value: 120 }],
    }),
  })
  id = created.body.doc.id
  impactRow = created.body.doc.impact[0].id
  await hub.json(`/api/case-studies/${id}?locale=en`, { method: 'PATCH', token, body: { title: 'Refugee inclusion' } })
})
afterAll(async () => hub?.close())

describe('XLIFF export of one document', () => {
  it('gives the office’s source text with the current targets, one unit per localized field path', async () => {
    const response = await hub.fetch(`/api/case-studies/${id}/xliff?target=en`, { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/xliff+xml')
    const parsed = parseXliff(await response.text())
    expect(parsed).toMatchObject({ version: '2.1', srcLang: 'de', trgLang: 'en' })
    const units = Object.fromEntries(parsed.files[0].units.map((unit) => [unit.id, unit]))
    expect(units.title.segments[0]).toMatchObject({ source: 'Inklusion von Geflüchteten', target: 'Refugee inclusion' })
    expect(units[`impact.${impactRow}.label`].segments[0].source).toBe('Arbeitsplätze')
    expect(units.challenge.segments[0].source).toContain('Die Herausforderung')
  })

  it('speaks XLIFF 1.2 on request', async () => {
    const xml = await (await hub.fetch(`/api/case-studies/${id}/xliff?target=en&version=1.2`, { token })).text()
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:1.2')
    expect(parseXliff(xml).version).toBe('1.2')
  })

  it('refuses a missing or foreign target locale and an unknown version with a 400 naming the problem', async () => {
    expect((await hub.json(`/api/case-studies/${id}/xliff`, { token })).body.errors[0].message).toMatch(/target/)
    const foreign = await hub.json(`/api/case-studies/${id}/xliff?target=fr`, { token })
    expect(foreign.status).toBe(400)
    expect(foreign.body.errors[0].message).toContain('de, en')
    expect((await hub.json(`/api/case-studies/${id}/xliff?target=en&version=3`, { token })).status).toBe(400)
  })

  it('obeys the read rules: a document the caller may not read is a 404', async () => {
    expect((await hub.json(`/api/case-studies/${id}/xliff?target=en`)).status).toBe(404)
    expect((await hub.fetch(`/api/case-studies/${id}/xliff?target=en`, { headers: { 'x-tenant': 'austria' } })).status).toBe(200)
    expect((await hub.json(`/api/case-studies/00000000-0000-4000-8000-000000000000/xliff?target=en`, { token })).status).toBe(404)
  })
})
