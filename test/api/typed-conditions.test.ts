import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant, curriculumBody, formatBody } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// The fuzzer found, seed by seed, that PostgreSQL refuses text compared with its typed columns
// (numbers, timestamps, uuids) with a 500. This test walks the whole grid instead: every field of
// the content collections and of users, every operator, a spread of values. Each
// answer must be a 200 or a 400 naming the condition, in both database lanes, never a 5xx.

let hub: TestHub
let token: string
let ids: { topic: string; format: string; caseStudy: string }

// Payload's operators; `within` and `intersects` are refused like `near` (there are no point fields).
const operators = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near']

type FieldLike = { name: string; type: string; flattenedFields?: FieldLike[] }

/** Dotted paths of every field that holds values, through groups and arrays. */
function leafPaths(fields: FieldLike[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if ((field.type === 'group' || field.type === 'array') && field.flattenedFields) return leafPaths(field.flattenedFields, `${path}.`)
    return ['ui', 'join', 'blocks'].includes(field.type) ? [] : [path]
  })
}

const query = (collection: string, field: string, operator: string, value: string) =>
  hub.json(`/api/${collection}?depth=0&limit=1&where[${field}][${operator}]=${encodeURIComponent(value)}`, { token })

beforeAll(async () => {
  hub = await startHub()
  token = await createUserAndLogin(hub, { email: 'root@example.org', password: 'typed-conditions-1', roles: ['super-admin'] })
  const office = await createTenant(hub, 'alpha', ['de', 'en'])
  const local = { overrideAccess: true, locale: 'de', context: { seeding: true } } as const
  const topic = await hub.payload.create({ collection: 'topics', data: { name: 'Inclusion' } as never, ...local })
  const format = await hub.payload.create({ collection: 'learning-formats', data: formatBody(office.id) as never, ...local })
  const caseStudy = await hub.payload.create({ collection: 'case-studies', data: caseStudyBody(office.id, { topics: [topic.id], relatedFormats: [format.id] }) as never, ...local })
  await hub.payload.create({ collection: 'curricula', data: curriculumBody(office.id, { caseStudies: [caseStudy.id] }) as never, ...local })
  ids = { topic: topic.id, format: format.id, caseStudy: caseStudy.id }
}, 300_000)
afterAll(() => hub?.close())

describe('conditions on typed columns', () => {
  it('answer every operator and value on every field with 200 or a 400 naming it', async () => {
    const values = ['abc', '', '2026-01-01', '-1.5', 'true', '%_', '1e400', ids.topic, `${ids.topic},abc`]
    const failures: string[] = []
    let sent = 0
    for (const collection of ['curricula', 'learning-formats', 'case-studies', 'users']) {
      const fields = (hub.payload.collections as unknown as Record<string, { config: { flattenedFields: FieldLike[] } }>)[collection].config.flattenedFields
      const paths = [...new Set(['id', ...leafPaths(fields)])]
      expect(paths.length, `${collection} has fields`).toBeGreaterThan(5)
      for (const field of paths) {
        for (const operator of operators) {
          for (const value of values) {
            const { status, body } = await query(collection, field, operator, value)
            sent++
            // The hub's guard names `where.<field>.<operator>`; Payload's own QueryError names the path.
            const text = JSON.stringify(body)
            const named = status === 400 && (text.includes(`where.${field}.${operator}`) || text.includes(`"path":"${field}"`))
            if (status !== 200 && !named) failures.push(`${collection} where[${field}][${operator}]=${value} → ${status} ${JSON.stringify(body).slice(0, 200)}`)
          }
        }
      }
    }
    console.log(`typed conditions: ${sent} requests, ${failures.length} failures`)
    expect(failures).toEqual([])
  }, 900_000)

  it('refuse matching dates, numbers and ids as text, with a 400 that says what to use', async () => {
    for (const [field, operator] of [['createdAt', 'like'], ['year', 'contains'], ['tenant', 'not_like']]) {
      const { status, body } = await query('case-studies', field, operator, 'abc')
      expect(status, `${field} ${operator}`).toBe(400)
      expect(JSON.stringify(body)).toContain('matches text')
    }
  })

  it('still answer the conditions front ends use on those fields', async () => {
    const found = async (field: string, operator: string, value: string) => {
      const { status, body } = await query('case-studies', field, operator, value)
      expect(status, `${field} ${operator} ${value}`).toBe(200)
      return body.docs.map((doc: { id: string }) => doc.id)
    }
    expect(await found('topics', 'contains', ids.topic)).toEqual([ids.caseStudy])
    expect(await found('topics', 'in', ids.topic)).toEqual([ids.caseStudy])
    expect(await found('relatedFormats', 'equals', ids.format)).toEqual([ids.caseStudy])
    expect(await found('year', 'greater_than_equal', '2016')).toEqual([ids.caseStudy])
    expect(await found('year', 'less_than', '2016')).toEqual([])
    expect(await found('createdAt', 'greater_than', '2020-01-01')).toEqual([ids.caseStudy])
    expect(await found('createdAt', 'exists', 'true')).toEqual([ids.caseStudy])
  })
})
