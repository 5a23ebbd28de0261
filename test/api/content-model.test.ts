import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant, curriculumBody, formatBody } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let token: string
let austria: string
let germany: string

beforeAll(async () => {
  hub = await startHub()
  token = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  austria = (await createTenant(hub, 'austria')).id
  germany = (await createTenant(hub, 'germany')).id
})
afterAll(async () => hub?.close())

type Collection = 'learning-formats' | 'curricula' | 'case-studies'

async function count(collection: Collection) {
  return (await hub.payload.count({ collection, overrideAccess: true })).totalDocs
}

/** POSTs a body that must be refused: 400, the field named, nothing written. */
async function expectRefused(collection: Collection, body: Record<string, unknown>, field: string) {
  const before = await count(collection)
  const { status, body: answer } = await hub.json(`/api/${collection}`, { method: 'POST', token, body })
  expect(status, JSON.stringify(answer)).toBe(400)
  const paths = (answer.errors?.[0]?.data?.errors ?? []).map((error: { path: string }) => error.path)
  expect(paths, JSON.stringify(answer)).toContain(field)
  expect(await count(collection)).toBe(before)
}

describe('validation names the field and writes nothing', () => {
  it('groupSize.min must not exceed groupSize.max', () =>
    expectRefused('learning-formats', formatBody(austria, { groupSize: { min: 20, max: 10 } }), 'groupSize.max'))

  it('durations and minutes must be greater than 0', async () => {
    await expectRefused('learning-formats', formatBody(austria, { duration: { value: 0, unit: 'hours' } }), 'duration.value')
    await expectRefused('learning-formats', formatBody(austria, { steps: [{ title: 'Nothing', minutes: -5 }] }), 'steps.0.minutes')
    await expectRefused('curricula', curriculumBody(austria, { durationMonths: 0 }), 'durationMonths')
    await expectRefused(
      'curricula',
      curriculumBody(austria, { sessions: [{ title: 'Zero', durationDays: 0, monthOffset: 0 }] }),
      'sessions.0.durationDays',
    )
  })

  it('year lies between 1980 and next year', async () => {
    await expectRefused('case-studies', caseStudyBody(austria, { year: 1979 }), 'year')
    await expectRefused('case-studies', caseStudyBody(austria, { year: new Date().getFullYear() + 2 }), 'year')
  })

  it('countries are ISO 3166-1 alpha-2', () => expectRefused('case-studies', caseStudyBody(austria, { country: 'XX' }), 'country'))

  it('impact values are numeric', () =>
    expectRefused('case-studies', caseStudyBody(austria, { impact: [{ label: 'Jobs', value: 'many' }] }), 'impact.0.value'))

  it('rich text is a Lexical document: nodes are objects, children lists, text strings', async () => {
    const paragraph = (children: unknown) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })
    await expectRefused('learning-formats', formatBody(austria, { description: paragraph('text') }), 'description')
    await expectRefused('learning-formats', formatBody(austria, { description: paragraph(['text']) }), 'description')
    await expectRefused('learning-formats', formatBody(austria, { description: paragraph([{ type: 'text', text: 42 }]) }), 'description')
    await expectRefused('learning-formats', formatBody(austria, { description: paragraph([{ type: 'text', text: { de: 'x' } }]) }), 'description')
  })

  it('with locale=all, localized fields are objects of locales', async () => {
    const before = await count('learning-formats')
    const body = formatBody(austria, { title: { de: 'Labor', en: 'Lab' }, summary: { root: { type: 'root', children: [] } } })
    const { status, body: answer } = await hub.json('/api/learning-formats?locale=all', { method: 'POST', token, body })
    expect(status, JSON.stringify(answer)).toBe(400)
    expect(JSON.stringify(answer)).toContain('\\"root\\" is not a locale')
    expect(await count('learning-formats')).toBe(before)
  })

  it('a curriculum has at least one session, in order', async () => {
    await expectRefused('curricula', curriculumBody(austria, { sessions: [] }), 'sessions')
    await expectRefused(
      'curricula',
      curriculumBody(austria, {
        sessions: [
          { title: 'Later', durationDays: 2, monthOffset: 4 },
          { title: 'Earlier', durationDays: 2, monthOffset: 1 },
        ],
      }),
      'sessions',
    )
  })

  it('relations reach only the same office or network documents', async () => {
    const privateFormat = await hub.json('/api/learning-formats', {
      method: 'POST',
      token,
      body: formatBody(germany, { title: 'German internal format', visibility: 'tenant' }),
    })
    const sharedFormat = await hub.json('/api/learning-formats', {
      method: 'POST',
      token,
      body: formatBody(germany, { title: 'German shared format', visibility: 'network' }),
    })
    expect(privateFormat.status).toBe(201)
    await expectRefused(
      'case-studies',
      caseStudyBody(austria, { relatedFormats: [privateFormat.body.doc.id] }),
      'relatedFormats',
    )
    const allowed = await hub.json('/api/case-studies', {
      method: 'POST',
      token,
      body: caseStudyBody(austria, { slug: 'shared-relation', relatedFormats: [sharedFormat.body.doc.id] }),
    })
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201)
  })
})

describe('slugs', () => {
  it('are generated from the title, transliterated', async () => {
    const { status, body } = await hub.json('/api/learning-formats', {
      method: 'POST',
      token,
      body: formatBody(austria, { title: 'Österreich: Co-Creation' }),
    })
    expect(status).toBe(201)
    expect(body.doc.slug).toBe('oesterreich-co-creation')
  })

  it('are unique per office, shared across offices, editable', async () => {
    await expectRefused('learning-formats', formatBody(austria, { title: 'Other', slug: 'oesterreich-co-creation' }), 'slug')
    const elsewhere = await hub.json('/api/learning-formats', {
      method: 'POST',
      token,
      body: formatBody(germany, { title: 'Österreich: Co-Creation' }),
    })
    expect(elsewhere.status).toBe(201)
    expect(elsewhere.body.doc.slug).toBe('oesterreich-co-creation')
    const renamed = await hub.json(`/api/learning-formats/${elsewhere.body.doc.id}`, {
      method: 'PATCH',
      token,
      body: { slug: 'co-creation-berlin' },
    })
    expect(renamed.body.doc.slug).toBe('co-creation-berlin')
    await expectRefused('learning-formats', formatBody(austria, { title: 'Bad', slug: 'Not A Slug!' }), 'slug')
  })
})

describe('drafts and versions', () => {
  it('keeps drafts out of published reads and shows them in draft reads', async () => {
    const draft = await hub.json('/api/case-studies', {
      method: 'POST',
      token,
      body: caseStudyBody(austria, { title: 'Unfinished story', _status: 'draft' }),
    })
    expect(draft.status).toBe(201)
    const anonymous = await hub.json('/api/case-studies?limit=100')
    expect(anonymous.body.docs.map((doc: { id: string }) => doc.id)).not.toContain(draft.body.doc.id)
    const drafts = await hub.json('/api/case-studies?draft=true&limit=100', { token })
    expect(drafts.body.docs.map((doc: { id: string }) => doc.id)).toContain(draft.body.doc.id)
  })

  it('restores an earlier version', async () => {
    const created = await hub.json('/api/case-studies', {
      method: 'POST',
      token,
      body: caseStudyBody(austria, { title: 'First title', slug: 'versioned' }),
    })
    const id = created.body.doc.id
    await hub.json(`/api/case-studies/${id}`, { method: 'PATCH', token, body: { title: 'Second title' } })
    const versions = await hub.json(`/api/case-studies/versions?where[parent][equals]=${id}&sort=createdAt`, { token })
    const first = versions.body.docs.find((version: { version: { title: string } }) => version.version.title === 'First title')
    expect(first).toBeTruthy()
    const restored = await hub.json(`/api/case-studies/versions/${first.id}`, { method: 'POST', token })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    const now = await hub.json(`/api/case-studies/${id}?draft=true`, { token })
    expect(now.body.title).toBe('First title')
  })
})

describe('localization', () => {
  it('writes one locale without touching the others, also inside array rows', async () => {
    const created = await hub.json('/api/curricula?locale=en', { method: 'POST', token, body: curriculumBody(austria, { slug: 'locales' }) })
    const doc = created.body.doc
    const sessions = doc.sessions.map((session: { id: string }, index: number) => ({ id: session.id, title: `Sitzung ${index + 1}` }))
    const german = await hub.json(`/api/curricula/${doc.id}?locale=de`, {
      method: 'PATCH',
      token,
      body: { title: 'Visionäres Programm', sessions: sessions.map((s: object, i: number) => ({ ...doc.sessions[i], ...s })) },
    })
    expect(german.status, JSON.stringify(german.body)).toBe(200)
    const en = await hub.json(`/api/curricula/${doc.id}?locale=en`, { token })
    const de = await hub.json(`/api/curricula/${doc.id}?locale=de`, { token })
    expect(en.body.title).toBe('Visionary Program')
    expect(en.body.sessions.map((s: { title: string }) => s.title)).toEqual(['Kick-off', 'Systems change'])
    expect(de.body.title).toBe('Visionäres Programm')
    expect(de.body.sessions.map((s: { title: string }) => s.title)).toEqual(['Sitzung 1', 'Sitzung 2'])
    expect(de.body.sessions.map((s: { id: string }) => s.id)).toEqual(en.body.sessions.map((s: { id: string }) => s.id))
  })
})

describe('publishing state', () => {
  it('keeps a published document published when it is saved without ?draft=true while a draft is pending', async () => {
    const created = await hub.json('/api/case-studies?locale=de', { method: 'POST', token, body: caseStudyBody(austria, { slug: 'stays-public', visibility: 'network' }) })
    const id = created.body.doc.id
    await hub.json(`/api/case-studies/${id}?locale=de&draft=true`, { method: 'PATCH', token, body: { summary: 'Entwurf' } })
    const saved = await hub.json(`/api/case-studies/${id}?locale=de`, { method: 'PATCH', token, body: { year: 2017 } })
    expect(saved.status).toBe(200)
    const publicRead = await hub.json(`/api/case-studies/${id}?locale=de`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body._status).toBe('published')
    expect(publicRead.body.year).toBe(2017)
  })
})
