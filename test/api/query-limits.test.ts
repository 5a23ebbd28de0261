import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// Delivery query limits: REST `limit` at most 100, no unpaged reads for front ends, `depth` at most
// 4 (1 when not asked), and GraphQL's equivalents plus nesting depth and complexity.
let hub: TestHub
let root: string
let studyId: string
const asAustria = { 'x-tenant': 'austria' }

beforeAll(async () => {
  hub = await startHub()
  root = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  const austria = String((await createTenant(hub, 'austria')).id)
  const organization = await hub.payload.create({
    collection: 'organizations',
    data: { tenant: austria, name: 'Caritas', sector: 'civil-society', country: 'AT' } as never,
    locale: 'de',
    overrideAccess: true,
  })
  const study = await hub.json('/api/case-studies?locale=de', { method: 'POST', token: root, body: caseStudyBody(austria, { partners: [{ organization: organization.id, role: 'Partner' }] }) })
  expect(study.status, JSON.stringify(study.body)).toBe(201)
  studyId = study.body.doc.id
}, 300_000)
afterAll(() => hub?.close())

const graphql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = asAustria) =>
  hub.json('/api/graphql', { method: 'POST', headers, body: { query, variables } })

describe('REST', () => {
  it('refuses a limit above 100 with a 400 naming the maximum, for everyone', async () => {
    for (const token of [undefined, root]) {
      const refused = await hub.json('/api/case-studies?limit=101', { headers: asAustria, token })
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].message).toContain('at most 100')
    }
    expect((await hub.json('/api/case-studies?limit=100', { headers: asAustria })).status).toBe(200)
    const german = await hub.json('/api/case-studies?limit=500', { headers: { ...asAustria, 'accept-language': 'de' } })
    expect(german.body.errors[0].message).toContain('höchstens 100')
  })

  it('refuses unpaged reads from front ends, not from people', async () => {
    for (const query of ['pagination=false', 'limit=0']) {
      const refused = await hub.json(`/api/case-studies?${query}`, { headers: asAustria })
      expect(refused.status, query).toBe(400)
      expect(refused.body.errors[0].message).toMatch(/page/)
      const person = await hub.json(`/api/case-studies?${query}`, { headers: asAustria, token: root })
      expect(person.status, `${query} ${JSON.stringify(person.body)}`).toBe(200)
    }
  })

  it('refuses depth above 4 and delivers depth 1 unless asked', async () => {
    const refused = await hub.json(`/api/case-studies/${studyId}?depth=5`, { headers: asAustria })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('at most 4')
    const plain = await hub.json(`/api/case-studies/${studyId}?locale=de`, { headers: asAustria })
    expect(plain.status).toBe(200)
    // Depth 1: the partner organization is populated, its own relations (tenant) are ids.
    expect(plain.body.partners[0].organization).toMatchObject({ name: 'Caritas' })
    expect(typeof plain.body.partners[0].organization.tenant).toBe('string')
    expect((await hub.json(`/api/case-studies/${studyId}?depth=4`, { headers: asAustria })).status).toBe(200)
  })

  it('refuses depth above 4 on a duplicate before copying (a refused duplicate leaves no copy)', async () => {
    const count = async () => (await hub.payload.count({ collection: 'case-studies', overrideAccess: true })).totalDocs
    const before = await count()
    const duplicate = await hub.json(`/api/case-studies/${studyId}/duplicate?depth=1000`, { method: 'POST', token: root, body: {} })
    expect(duplicate.status, JSON.stringify(duplicate.body)).toBe(400)
    expect(duplicate.body.errors[0].message).toContain('at most 4')
    expect(await count()).toBe(before)
  })
})

describe('GraphQL', () => {
  it('refuses limits above 100, limit 0 and pagination: false, from literals and variables', async () => {
    for (const [query, variables] of [
      ['{ CaseStudies(limit: 101) { totalDocs } }', undefined],
      ['query ($n: Int) { CaseStudies(limit: $n) { totalDocs } }', { n: 1000 }],
      ['{ CaseStudies(limit: 0) { totalDocs } }', undefined],
      ['{ CaseStudies(pagination: false) { totalDocs } }', undefined],
    ] as const) {
      const refused = await graphql(query, variables)
      expect(refused.body.errors?.[0]?.message, query).toMatch(/at most 100|page/)
      expect(refused.body.data, query).toBeUndefined()
    }
    const fine = await graphql('{ CaseStudies(limit: 100) { totalDocs } }')
    expect(fine.status).toBe(200)
    expect(fine.body.data.CaseStudies.totalDocs).toBe(1)
  })

  it('refuses queries nested deeper than 12 levels and queries above the complexity limit', async () => {
    const nest = (levels: number) => 'relatedCurricula { caseStudies { '.repeat(levels) + 'title' + ' } }'.repeat(levels)
    // CaseStudies > docs > (relatedCurricula > caseStudies) × n > title
    expect((await graphql(`{ CaseStudies { docs { ${nest(4)} } } }`)).status).toBe(200)
    const deep = await graphql(`{ CaseStudies { docs { ${nest(6)} } } }`)
    // Nesting through fragments counts too.
    const viaFragments = await graphql(`fragment C on CaseStudy { ${nest(5)} } { CaseStudies { docs { relatedCurricula { caseStudies { ...C } } } } }`)
    for (const refused of [deep, viaFragments]) {
      expect(refused.body.data, JSON.stringify(refused.body)).toBeUndefined()
      expect(refused.body.errors.map((error: { message: string }) => error.message).join(' ')).toMatch(/nests \d+ levels deep; at most 12/)
    }
    const complex = await graphql(`{ ${Array.from({ length: 300 }, (_, i) => `a${i}: CaseStudies(limit: 1) { docs { title summary } }`).join(' ')} }`)
    expect(complex.body.data).toBeUndefined()
    expect(complex.body.errors[0].message).toMatch(/complexity/i)
  })
})
