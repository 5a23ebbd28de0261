import type { seededRandom } from './random'

/**
 * Hostile requests for test/api/fuzz.test.ts. Every request is a pure function of the seeded
 * PRNG and the fixture, never of earlier answers, so a seed replays the same sequence.
 */
export type Random = ReturnType<typeof seededRandom>

export type ActorName = 'anonymous' | 'editor' | 'super-admin'

export type FuzzWorld = {
  actors: Record<ActorName, Record<string, string>>
  offices: { id: string; slug: string; locales: string[] }[]
  /** Ids by collection that reads may name. */
  ids: Record<string, string[]>
  /** Ids by collection that writes by id (and bulk writes) may name: never the actors, never a populated office. */
  writable: Record<string, string[]>
  emails: string[]
  mediaFilenames: string[]
  apiKey: string
  /** GraphQL root fields from introspection. */
  graphql: { queries: GraphqlField[]; mutations: GraphqlField[] }
  /** GraphQL type name (singular or plural) → collection slug. */
  graphqlCollections: Record<string, string>
}

export type GraphqlField = { name: string; args: { name: string; type: string }[]; returnsObject: boolean; returnType: string }

export type FuzzRequest = {
  actor: ActorName
  method: string
  path: string
  headers: Record<string, string>
  body?: string | FormData
  /** What the request is, for the failure report. */
  label: string
  /** The document a write by id names, so an acknowledged write can be reconciled. */
  target?: { collection: string; id?: string }
  /** Sign-in requests name a user by email: Payload counts attempts even when it refuses. */
  email?: string
  /** A GraphQL request; `mutation` when it may write, `auth` when it signs in, resets or unlocks. */
  graphql?: { mutation: boolean; auth: boolean; collection?: string }
}

export const collections = ['curricula', 'learning-formats', 'case-studies', 'organizations', 'topics', 'tenants', 'users', 'api-keys'] as const
type Collection = (typeof collections)[number] | 'media'

// ---------------------------------------------------------------- hostile values

const unicode = [
  'مرحبا بالعالم', // RTL
  '\u202Eevil\u202C', // right-to-left override
  'e\u0301\u0301\u0301\u0301\u0301', // stacked combining marks
  'Z̴̡̢̛̗̘̙̜̝̞̟̠̀́̂̃̄̅̆̇̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡',
  'nul\u0000byte',
  '\u0000',
  'lone \uD800 high surrogate',
  'lone \uDC00 low surrogate',
  '👩🏽‍🚀👨‍👩‍👧‍👦🏳️‍🌈',
  '\uFEFFbom',
  '\u200B\u200C\u200D\u2060',
  '\uFFFF\uFFFE',
  '𝕳𝖚𝖇',
  'line\r\nbreak\ttab',
  '\u0085\u2028\u2029',
]

const injections = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  '$where',
  '{"$gt": ""}',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${process.env}',
  '__proto__',
  'constructor',
  'prototype',
  '%s%s%s%n',
  '\\',
  '%',
  '_',
  '*',
  '(?:a+)+$',
]

export function hostileString(random: Random): string {
  switch (random.int(6)) {
    case 0:
      return random.pick(unicode)
    case 1:
      return random.pick(injections)
    case 2:
      return random.pick(['a', 'é', '😀', 'ب', '\u0301']).repeat(random.pick([1000, 10_000, 40_001, 100_000]))
    case 3:
      return ''
    case 4:
      return `${random.pick(unicode)}${random.pick(injections)}`
    default:
      return `fuzz-${random.int(1e6)}`
  }
}

/**
 * JSON text that JSON.stringify cannot write (1e999, -0) or would overflow the test's own stack
 * on (5,000 levels of nesting): a placeholder string in the value, spliced in raw by toJson.
 */
const rawSnippets: string[] = []
function raw(text: string): string {
  rawSnippets.push(text)
  return `__RAW__${rawSnippets.length - 1}__RAW__`
}

const rawNumbers = ['1e999', '-1e999', '-0', '123456789012345678901234567890', '0.000000000000000000000000001', '1E+2']

function nested(depth: number, asArray: boolean): string {
  return raw(asArray ? `${'['.repeat(depth)}"deep"${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}"deep"${'}'.repeat(depth)}`)
}

/** Any JSON value, most of them wrong for whatever field receives them. */
export function hostileValue(random: Random, world?: FuzzWorld): unknown {
  switch (random.int(16)) {
    case 0:
      return hostileString(random)
    case 1:
      return random.pick([0, -1, 1.5, 2 ** 31, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308, -1e-308])
    case 2:
      return raw(random.pick(rawNumbers))
    case 3:
      return random.pick([true, false, null])
    case 4:
      return []
    case 5:
      return {}
    case 6:
      return Array.from({ length: random.pick([1, 3, 1000]) }, () => hostileString(random))
    case 7:
      return { $ne: null, $gt: '', $where: 'sleep(100)' }
    case 8:
      return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}')
    case 9:
      return nested(random.pick([50, 1000, 5000]), random.chance(0.5))
    case 10:
      return world ? random.pick(Object.values(world.ids).flat()) : 'a5f2c7e0-0000-4000-8000-000000000000'
    case 11:
      return random.pick(['not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1', '-1'])
    case 12:
      return random.pick(['2024-13-45T99:99:99Z', 'yesterday', '0000-00-00', '9999-12-31T23:59:59.999Z', '1970-01-01'])
    case 13:
      return [{ id: hostileString(random) }, null, 7]
    case 14:
      return { root: deepRichText(random.pick([10, 2000])) }
    default:
      return { relationTo: 'users', value: world ? random.pick(world.ids.users ?? ['x']) : 'x' }
  }
}

/** Lexical nodes nested inside each other, for hooks that walk rich text. */
function deepRichText(depth: number): string {
  const open = '{"type":"paragraph","version":1,"children":['
  return raw(`${open.repeat(depth)}{"type":"text","text":"x","version":1}${']}'.repeat(depth)}`)
}

/** JSON text, with the raw placeholders spliced in. */
export function toJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/"__RAW__(\d+)__RAW__"/g, (_, index: string) => rawSnippets[Number(index)])
}

// ---------------------------------------------------------------- valid bodies to vary

function tenantOf(world: FuzzWorld, random: Random): string {
  return random.chance(0.85) ? random.pick(world.offices).id : String(hostileValue(random, world))
}

function richText(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }] }],
    },
  }
}

/** A body that would be valid for the collection, before one or more of its fields are replaced. */
export function validBody(collection: Collection, world: FuzzWorld, random: Random): Record<string, unknown> {
  const tenant = tenantOf(world, random)
  const pickIds = (c: string) => (world.ids[c]?.length ? [random.pick(world.ids[c])] : [])
  const common = { tenant, visibility: random.pick(['tenant', 'network']), _status: random.pick(['draft', 'published']) }
  switch (collection) {
    case 'curricula':
      return {
        ...common,
        title: 'Fuzz curriculum',
        summary: 'A summary',
        description: richText('Description'),
        audienceSectors: ['business'],
        durationMonths: 9,
        sessions: [{ title: 'Session', summary: 'S', durationDays: 2, monthOffset: 0, objectives: [{ text: 'Learn' }], formats: pickIds('learning-formats'), materials: pickIds('media') }],
        learningOutcomes: [{ text: 'Outcome' }],
        caseStudies: pickIds('case-studies'),
        coverImage: pickIds('media')[0],
        translationState: 'in-progress',
      }
    case 'learning-formats':
      return {
        ...common,
        title: 'Fuzz format',
        summary: 'A summary',
        description: richText('Description'),
        kind: 'co-creation-lab',
        duration: { value: 2, unit: 'hours' },
        groupSize: { min: 4, max: 20 },
        steps: [{ title: 'Step', minutes: 30, instructions: richText('Do it') }],
        materials: 'Paper',
        outcomes: [{ text: 'Outcome' }],
        facilitatorNotes: richText('Notes'),
      }
    case 'case-studies':
      return {
        ...common,
        title: 'Fuzz case',
        summary: 'A summary',
        challenge: richText('Challenge'),
        approach: richText('Approach'),
        outcome: richText('Outcome'),
        partners: world.ids.organizations?.length ? [{ organization: random.pick(world.ids.organizations), role: 'Partner' }] : [],
        sectors: ['welfare'],
        country: 'AT',
        year: 2020,
        topics: pickIds('topics'),
        impact: [{ label: 'People', value: 40, unit: 'people' }],
        quote: { text: 'Quote', author: 'Someone' },
        heroImage: pickIds('media')[0],
        gallery: pickIds('media'),
        relatedFormats: pickIds('learning-formats'),
        relatedCurricula: pickIds('curricula'),
      }
    case 'organizations':
      return { tenant, visibility: 'network', name: 'Fuzz org', sector: 'business', country: 'DE', website: 'https://example.org', logo: pickIds('media')[0], description: 'Org' }
    case 'topics':
      return { name: 'Fuzz topic', slug: `fuzz-topic-${random.int(1e9)}`, description: 'Topic' }
    case 'tenants':
      return {
        name: 'Fuzz office',
        slug: `fuzz-office-${random.int(1e9)}`,
        countries: ['AT', 'DE'],
        domains: [`fuzz-${random.int(1e9)}.example.org`],
        locales: ['en', 'de'],
        defaultLocale: 'en',
        office: { name: 'Office', address: 'Street 1', city: 'Vienna', email: 'office@example.org', phone: '+43 1', website: 'https://example.org' },
        timezone: 'Europe/Vienna',
      }
    case 'users':
      return {
        email: `fuzz-${random.int(1e9)}@example.org`,
        password: 'a-long-enough-password',
        name: 'Fuzz person',
        roles: random.chance(0.3) ? ['super-admin'] : [],
        tenants: [{ tenant, roles: [random.pick(['office-admin', 'editor', 'translator', 'viewer'])], locales: ['en'] }],
      }
    case 'api-keys':
      return { name: 'Fuzz key', tenant, scope: random.pick(['published', 'preview']), enabled: true }
    case 'media':
      return { alt: 'Alt', caption: 'Caption', credit: 'Credit', tenant, visibility: 'network' }
  }
}

/** A valid body whose text fields carry hostile Unicode: writes that should succeed, and do on every database. */
export function unicodeBody(collection: Collection, world: FuzzWorld, random: Random): Record<string, unknown> {
  const body = validBody(collection, world, random)
  for (const field of ['title', 'summary', 'name', 'description', 'materials', 'alt', 'caption']) {
    if (typeof body[field] === 'string' && random.chance(0.7)) body[field] = `${random.pick(unicode)} ${random.pick(unicode)}`
  }
  return body
}

/** Every field path of a body (nested groups and array rows too), so every field gets its turn. */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!value || typeof value !== 'object') return [prefix]
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value)
  return [prefix, ...entries.flatMap(([key, item]) => fieldPaths(item, [...prefix, key]))].filter((path) => path.length)
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[path[path.length - 1]] = value
}

/** A valid body with one to three fields (anywhere in it) replaced by hostile values. */
export function mutatedBody(collection: Collection, world: FuzzWorld, random: Random): Record<string, unknown> {
  const body = validBody(collection, world, random)
  const paths = fieldPaths(body)
  for (let i = 0, n = 1 + random.int(3); i < n; i++) setPath(body, random.pick(paths), hostileValue(random, world))
  if (random.chance(0.1)) Object.assign(body, JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": 1}}, "prototype": {"x": 1}}'))
  if (random.chance(0.1)) body[hostileString(random).slice(0, 50) || 'x'] = hostileValue(random, world)
  return body
}

// ---------------------------------------------------------------- query strings

const operators = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'less_than_equal', 'like', 'contains', 'near', 'within', 'intersects', '$where', '$ne', '$regex', '__proto__', 'constructor', '']
const whereFields = ['title', 'slug', 'tenant', 'id', 'visibility', '_status', 'createdAt', 'durationMonths', 'sessions.title', 'sessions.formats', 'tenant.slug', 'title.de', 'password', 'hash', 'email', 'roles', 'tenants.roles', 'apiKey', 'nonexistent', '__proto__', 'constructor', 'a.b.c.d.e.f', '']

/** Percent-encoding that writes a lone surrogate as the invalid UTF-8 it would be (%ED%A0%80). */
function enc(text: string): string {
  let encoded = ''
  for (const char of text) encoded += /^[\uD800-\uDFFF]$/.test(char) ? '%ED%A0%80' : encodeURIComponent(char)
  return encoded
}

function hostileScalar(random: Random, world: FuzzWorld): string {
  const value = hostileValue(random, world)
  return typeof value === 'string' && !value.startsWith('__RAW__') ? value : typeof value === 'object' || typeof value === 'string' ? toJson(value) : String(value)
}

/** `where[...]` parameters: unknown and malicious operators, prototype keys, deep and/or chains. */
export function hostileWhere(random: Random, world: FuzzWorld): string {
  switch (random.int(9)) {
    case 0:
      return `where[${enc(random.pick(whereFields))}][${enc(random.pick(operators))}]=${enc(hostileScalar(random, world))}`
    case 1:
      return `where[__proto__][polluted]=1&where[constructor][prototype][polluted]=1&where[title][__proto__]=x`
    case 2: {
      const depth = random.pick([3, 9, 11, 30])
      const path = Array.from({ length: depth }, (_, i) => `[${i % 2 ? 'or' : 'and'}][0]`).join('')
      return `where${path}[${enc(random.pick(whereFields))}][equals]=${enc(hostileScalar(random, world))}`
    }
    case 3:
      return `where[${enc(random.pick(whereFields))}][in][]=${enc(hostileScalar(random, world))}&where[${enc(random.pick(whereFields))}][in][]=${enc(random.pick(Object.values(world.ids).flat()))}`
    case 4:
      return `where=${enc(hostileScalar(random, world))}`
    case 5:
      return `where[or]=${enc(hostileScalar(random, world))}&where[and][0]=x`
    case 6:
      return `where[${enc(random.pick(whereFields))}][equals][0]=a&where[${enc(random.pick(whereFields))}][equals][1][b]=c`
    case 7:
      return `where[title][like]=${enc(random.pick(['%', '_', '\\', '%%%%%', "'", '(', '[', '*', '.*', '(?:a+)+$', '\u0000']))}`
    default:
      return `where[${enc(random.pick(whereFields))}][${enc(random.pick(operators))}][${enc(random.pick(operators))}]=${enc(hostileScalar(random, world))}`
  }
}

const badLocales = ['xx', 'all', '*', '__proto__', 'constructor', 'de-AT', 'EN', '', '%00', 'a'.repeat(5000), 'en,de', 'null', 'undefined', '../en']

/** Other query parameters Payload reads: locale, depth, limit, page, sort, select, draft… */
export function hostileParams(random: Random, world: FuzzWorld): string {
  const params: string[] = []
  const pick = <T>(items: readonly T[]) => random.pick(items)
  if (random.chance(0.3)) params.push(`locale=${enc(random.chance(0.5) ? pick(badLocales) : pick(['de', 'en', 'sv', 'all']))}`)
  if (random.chance(0.1)) params.push('locale[]=en&locale[]=de')
  if (random.chance(0.2)) params.push(`fallback-locale=${enc(pick(['none', 'null', 'false', 'xx', '__proto__', 'de']))}`)
  if (random.chance(0.2)) params.push(`depth=${enc(pick(['-1', '0', '3', '10', '1000', 'abc', '1e309', '']))}`)
  if (random.chance(0.2)) params.push(`limit=${enc(pick(['-1', '0', '1', '99999999999', 'abc', '1.5', '']))}`)
  if (random.chance(0.2)) params.push(`page=${enc(pick(['-1', '0', '2', '1e400', 'abc', '99999999']))}`)
  if (random.chance(0.2)) params.push(`sort=${enc(pick(['-title', '__proto__', '-', 'title,-title', 'a.b.c', 'password', 'hash', 'sessions.title', 'constructor', "title'; --"]))}`)
  if (random.chance(0.1)) params.push(`sort[]=title&sort[]=${enc(hostileString(random).slice(0, 100))}`)
  if (random.chance(0.15)) params.push(`select[${enc(pick(whereFields))}]=${enc(pick(['true', 'false', '1', 'x']))}`)
  if (random.chance(0.1)) params.push(`populate[${enc(pick(['media', 'tenants', '__proto__', 'x']))}][${enc(pick(whereFields))}]=true`)
  if (random.chance(0.15)) params.push(`draft=${enc(pick(['true', 'false', 'maybe', '1', '']))}`)
  if (random.chance(0.1)) params.push(`pagination=${enc(pick(['false', 'true', 'no']))}`)
  if (random.chance(0.05)) params.push(`trash=true`)
  if (random.chance(0.05)) params.push(`joins[x][limit]=1`)
  if (random.chance(0.4)) params.push(hostileWhere(random, world))
  return params.join('&')
}

// ---------------------------------------------------------------- requests

const badIds = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  "1'%20OR%20'1'%3D'1",
  '1%3B%20DROP%20TABLE%20users',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2E%2E%2F%2E%2E%2Fpackage.json',
  '..',
  '%00',
  '__proto__',
  'constructor',
  'prototype',
  '-1',
  '1e309',
  '%E2%80%AE',
  encodeURIComponent('👩‍🚀'),
  'a'.repeat(2000),
  '%25',
]

/** An id for a path: a real one, or a hostile one. */
function pathId(random: Random, world: FuzzWorld, collection: string, forWrite: boolean): { id: string; real?: string } {
  const real = forWrite ? world.writable[collection] : world.ids[collection]
  if (real?.length && random.chance(0.6)) {
    const id = random.pick(real)
    return { id, real: id }
  }
  return { id: random.pick(badIds) }
}

function actor(random: Random): ActorName {
  return random.pick(['anonymous', 'editor', 'super-admin'] as const)
}

function jsonHeaders(random: Random): Record<string, string> {
  return { 'content-type': random.chance(0.9) ? 'application/json' : random.pick(['application/json; charset=utf-16', 'Application/JSON', 'application/json;;;', 'text/plain', 'application/x-www-form-urlencoded', 'application/merge-patch+json']) }
}

function context(random: Random, world: FuzzWorld): Record<string, string> {
  const headers: Record<string, string> = {}
  if (random.chance(0.15)) headers['x-tenant'] = random.chance(0.7) ? random.pick(world.offices).slug : hostileString(random).replace(/[^\x20-\x7e]/g, '?').slice(0, 200)
  if (random.chance(0.05)) headers['x-forwarded-host'] = random.pick(['alpha.localhost', 'evil.example.org', 'a'.repeat(300)])
  if (random.chance(0.1)) headers['accept-language'] = random.pick(['de', 'ar', 'xx', '*', 'de-AT,de;q=0.9,en;q=abc', ';;;,,,'])
  return headers
}

/** Broken credentials, instead of an actor's. */
function brokenAuthorization(random: Random, world: FuzzWorld): Record<string, string> {
  return random.pick<Record<string, string>>([
    { authorization: 'JWT not.a.token' },
    { authorization: 'JWT eyJhbGciOiJub25lIn0.eyJpZCI6IjEiLCJjb2xsZWN0aW9uIjoidXNlcnMifQ.' },
    { authorization: 'api-keys API-Key ' + 'x'.repeat(64) },
    { authorization: `api-keys API-Key ${world.apiKey}` },
    { authorization: `users API-Key ${world.apiKey}` },
    { authorization: 'Bearer ' + 'a'.repeat(1000) },
    { authorization: 'Basic Og==' },
    { cookie: 'payload-token=garbage; payload-token=more' },
    { cookie: 'payload-token=' + 'x'.repeat(3000) },
  ])
}

function collectionOf(random: Random): Collection {
  return random.chance(0.9) ? random.pick(collections) : 'media'
}

/** REST requests on Payload's collection routes with hostile ids, bodies and parameters. */
function restRequest(random: Random, world: FuzzWorld): FuzzRequest {
  const collection = collectionOf(random)
  const who = actor(random)
  const headers = { ...context(random, world), ...(random.chance(0.05) ? brokenAuthorization(random, world) : {}) }
  const query = random.chance(0.6) ? `?${hostileParams(random, world)}` : ''
  const operation = random.pick(['find', 'find', 'findById', 'count', 'versions', 'version', 'create', 'create', 'update', 'update', 'bulkUpdate', 'delete', 'bulkDelete', 'duplicate', 'restore', 'access'] as const)
  const body = () => {
    const roll = random.next()
    if (roll < 0.15) return toJson(unicodeBody(collection, world, random))
    if (roll < 0.75) return toJson(mutatedBody(collection, world, random))
    if (roll < 0.88) return toJson(hostileValue(random, world))
    return malformedJson(random, collection, world)
  }
  const base = `/api/${collection}`
  switch (operation) {
    case 'find':
      return { actor: who, method: 'GET', path: `${base}${query}`, headers, label: 'find' }
    case 'findById': {
      const { id } = pathId(random, world, collection, false)
      return { actor: who, method: 'GET', path: `${base}/${id}${query}`, headers, label: 'findByID' }
    }
    case 'count':
      return { actor: who, method: 'GET', path: `${base}/count${query}`, headers, label: 'count' }
    case 'versions':
      return { actor: who, method: 'GET', path: `${base}/versions${query}`, headers, label: 'versions' }
    case 'version':
      return { actor: who, method: 'GET', path: `${base}/versions/${random.pick(badIds)}${query}`, headers, label: 'version' }
    case 'access': {
      const { id } = pathId(random, world, collection, false)
      return { actor: who, method: random.pick(['GET', 'POST']), path: `${base}/access/${id}`, headers: { ...headers, ...jsonHeaders(random) }, body: body(), label: 'docAccess' }
    }
    case 'create':
      return { actor: who, method: 'POST', path: `${base}${query}`, headers: { ...headers, ...jsonHeaders(random) }, body: body(), label: 'create', target: { collection } }
    case 'update': {
      const { id, real } = pathId(random, world, collection, true)
      return { actor: who, method: random.chance(0.9) ? 'PATCH' : 'PUT', path: `${base}/${id}${query}`, headers: { ...headers, ...jsonHeaders(random) }, body: body(), label: 'update', target: { collection, id: real } }
    }
    case 'duplicate': {
      const { id } = pathId(random, world, collection, false)
      return { actor: who, method: 'POST', path: `${base}/${id}/duplicate${query}`, headers: { ...headers, ...jsonHeaders(random) }, body: body(), label: 'duplicate', target: { collection } }
    }
    case 'restore':
      return { actor: who, method: 'POST', path: `${base}/versions/${random.pick(badIds)}${query}`, headers, label: 'restoreVersion', target: { collection } }
    case 'delete': {
      const { id, real } = pathId(random, world, collection, true)
      return { actor: who, method: 'DELETE', path: `${base}/${id}${query}`, headers, label: 'delete', target: { collection, id: real } }
    }
    default: {
      // Bulk writes stay inside the writable documents: the hostile `where` is and-ed to an id list.
      const ids = world.writable[collection] ?? []
      const fence = ids.length ? ids.map((id, i) => `where[and][0][id][in][${i}]=${id}`).join('&') : 'where[and][0][id][equals]=none'
      const hostile = hostileWhere(random, world).replace(/^where/, 'where[and][1]')
      const method = operation === 'bulkUpdate' ? 'PATCH' : 'DELETE'
      return {
        actor: who,
        method,
        path: `${base}?${fence}&${hostile}`,
        headers: { ...headers, ...(method === 'PATCH' ? jsonHeaders(random) : {}) },
        body: method === 'PATCH' ? body() : undefined,
        label: `bulk ${operation}`,
        target: { collection },
      }
    }
  }
}

/** JSON that is not JSON: truncated, trailing commas, comments, NaN, a BOM, binary. */
function malformedJson(random: Random, collection: Collection, world: FuzzWorld): string {
  const valid = toJson(validBody(collection, world, random))
  switch (random.int(8)) {
    case 0:
      return valid.slice(0, random.int(valid.length))
    case 1:
      return valid.replace(/}$/, ',}')
    case 2:
      return `// comment\n${valid}`
    case 3:
      return '{"title": NaN, "year": Infinity}'
    case 4:
      return `\uFEFF${valid}`
    case 5:
      return random.pick(['', ' ', 'null', '[]', '"string"', '42', 'true', '{', '}', '[[[[', '{"a":1}{"b":2}'])
    case 6:
      return '{"title": "\\ud800", "summary": "\\u0000", "x": "\\uZZZZ"}'
    default:
      return String.fromCharCode(...Array.from({ length: 200 }, () => random.int(256)))
  }
}

/** Sign-in endpoints: login, reset, unlock, refresh, first registration, with hostile bodies. */
function authRequest(random: Random, world: FuzzWorld): FuzzRequest {
  const who = random.chance(0.7) ? 'anonymous' : actor(random)
  const email = random.chance(0.5) ? random.pick(world.emails) : hostileString(random)
  const route = random.pick(['login', 'login', 'forgot-password', 'reset-password', 'unlock', 'refresh-token', 'first-register', 'me', 'init', 'access', 'verify/x', 'logout'] as const)
  // Logging an actor out would end its session for the rest of the run.
  const as = route === 'logout' ? 'anonymous' : who
  const body = random.chance(0.6)
    ? { email: random.chance(0.8) ? email : hostileValue(random, world), password: random.chance(0.7) ? hostileString(random) : hostileValue(random, world), token: hostileString(random) }
    : hostileValue(random, world)
  const method = ['me', 'init', 'access'].includes(route) ? 'GET' : 'POST'
  const collection = random.chance(0.9) ? 'users' : 'api-keys'
  return {
    actor: as,
    method,
    path: `/api/${collection}/${route}`,
    headers: { ...jsonHeaders(random), ...(random.chance(0.1) ? brokenAuthorization(random, world) : {}) },
    body: method === 'POST' ? (random.chance(0.9) ? toJson(body) : malformedJson(random, 'users', world)) : undefined,
    label: `auth ${route}`,
    email: typeof email === 'string' && world.emails.includes(email) ? email : undefined,
    target: { collection },
  }
}

/** Uploads: broken multipart framing, hostile `_payload`, odd files and names. */
function mediaRequest(random: Random, world: FuzzWorld): FuzzRequest {
  const who = actor(random)
  const boundary = `----fuzz${random.int(1e9)}`
  const part = (name: string, value: string, file?: { filename: string; type: string }) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file.filename}"\r\nContent-Type: ${file.type}` : ''}\r\n\r\n${value}\r\n`
  const png = '\x89PNG\r\n\x1a\n' + 'garbage'.repeat(20)
  const variant = random.int(10)
  let body: string | FormData
  let contentType: string | undefined = `multipart/form-data; boundary=${boundary}`
  if (variant === 0) body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n${png}` // truncated
  else if (variant === 1) body = String.fromCharCode(...Array.from({ length: 500 }, () => random.int(256)))
  else if (variant === 2) {
    body = part('file', png, { filename: 'a.png', type: 'image/png' }) + `--${boundary}--\r\n`
    contentType = random.pick(['multipart/form-data', 'multipart/form-data; boundary=', 'multipart/mixed; boundary=zzz', 'multipart/form-data; boundary="unterminated', 'multipart/'])
  } else if (variant === 3) body = part('_payload', random.chance(0.5) ? '{"alt": ' : toJson(hostileValue(random, world))) + part('file', png, { filename: 'a.png', type: 'image/png' }) + `--${boundary}--\r\n`
  else if (variant === 4) body = part('file', toJson({ filename: hostileString(random), mimeType: 'image/png', size: 10 })) + `--${boundary}--\r\n`
  else if (variant === 5) body = Array.from({ length: 30 }, (_, i) => part(`field${i}`, 'x')).join('') + `--${boundary}--\r\n`
  else if (variant === 6) body = `--${boundary}\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--${boundary}--\r\n`
  else {
    const form = new FormData()
    const files = [
      { name: random.pick(['../../../../tmp/evil.png', 'a\u0000b.png', '..', '.png', 'x'.repeat(300) + '.png', 'ok.png', '👩‍🚀.svg', 'evil.svg']), type: random.pick(['image/png', 'image/svg+xml', 'text/html', 'application/octet-stream', '']), data: random.pick([png, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', '', '<html><script>alert(1)</script></html>']) },
    ]
    for (const file of files) form.append(random.chance(0.9) ? 'file' : 'other', new Blob([file.data], { type: file.type }), file.name)
    form.append('_payload', toJson(random.chance(0.5) ? validBody('media', world, random) : mutatedBody('media', world, random)))
    if (random.chance(0.2)) form.append('file', 'second file as text')
    body = form
    contentType = undefined
  }
  const updating = random.chance(0.2)
  const { id, real } = pathId(random, world, 'media', true)
  return {
    actor: who,
    method: updating ? 'PATCH' : 'POST',
    path: updating ? `/api/media/${id}` : '/api/media',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
    label: `upload variant ${variant}`,
    target: { collection: 'media', id: updating ? real : undefined },
  }
}

/** File routes with traversal attempts, and other hub endpoints with hostile parameters. */
function miscRequest(random: Random, world: FuzzWorld): FuzzRequest {
  const who = actor(random)
  const collection = random.pick(['curricula', 'learning-formats', 'case-studies'])
  const { id } = pathId(random, world, collection, false)
  const paths = [
    `/api/media/file/${random.chance(0.5) && world.mediaFilenames.length ? random.pick(world.mediaFilenames) : random.pick(badIds)}`,
    `/api/media/file/..%2F..%2F..%2Fpackage.json`,
    `/api/media/file/%2e%2e/%2e%2e/payload.config.ts`,
    `/api/media/paste-url/${random.pick(badIds)}?src=${enc(random.pick(['http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd', 'http://127.0.0.1:1/', hostileString(random).slice(0, 200)]))}`,
    `/api/${collection}/${id}/xliff?target=${enc(random.pick(['en', 'de', 'xx', '__proto__', '']))}&version=${enc(random.pick(['2.1', '1.2', '3', 'x']))}`,
    `/api/xliff?collection=${enc(random.pick([collection, 'users', '__proto__', '']))}&target=${enc(random.pick(['en', 'de', 'xx']))}`,
    `/api/translation-report?collection=${enc(random.pick([collection, 'users', 'x', '']))}&locale=${enc(random.pick(['en', 'xx', '']))}&state=${enc(random.pick(['outdated', 'x']))}&id=${enc(random.pick(badIds))}`,
    `/api/${random.pick(['payload-preferences', 'payload-locked-documents', 'payload-jobs', 'payload-migrations', 'payload-kv', 'webhooks'])}?${hostileParams(random, world)}`,
    `/api/${random.pick(['globals/x', 'nothing', '..', '%2e%2e', '__proto__', 'constructor', 'users/..%2Ftenants'])}`,
    `/api/access`,
    `/api/${collection}/${id}/${random.pick(['xliff', 'duplicate', 'versions', 'x'])}`,
  ]
  const method = random.pick(['GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'PUT', 'PROPFIND', 'FOO', 'patch'])
  return { actor: who, method, path: random.pick(paths), headers: context(random, world), label: `misc ${method}` }
}

/** XLIFF imports with garbage: only by id, so an acknowledged import names its document. */
function xliffImport(random: Random, world: FuzzWorld): FuzzRequest {
  const collection = random.pick(['curricula', 'learning-formats', 'case-studies'])
  const { id, real } = pathId(random, world, collection, true)
  const bodies = [
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><xliff>&b;</xliff>',
    '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" trgLang="en"><file id="f"><unit id="title"><segment><source>x</source><target>y</target></segment></unit></file></xliff>',
    '<xliff',
    hostileString(random),
    `<xliff version="1.2"><file original="${collection}/${id}" source-language="de" target-language="en"><body><trans-unit id="__proto__"><source>x</source><target>y</target></trans-unit></body></file></xliff>`,
  ]
  return {
    actor: actor(random),
    method: 'POST',
    path: `/api/${collection}/${id}/xliff`,
    headers: { 'content-type': random.pick(['application/xliff+xml', 'application/xml', 'text/plain', 'application/json']) },
    body: random.pick(bodies),
    label: 'xliff import',
    target: { collection, id: real },
  }
}

/** Bodies over the 1 MB JSON limit (the transport answers 413 before Payload reads them). */
function oversized(random: Random, world: FuzzWorld): FuzzRequest {
  const collection = random.pick(collections)
  const json = toJson({ ...validBody(collection, world, random), title: 'x'.repeat(1024 * 1024 + random.int(1024 * 1024)) })
  return { actor: actor(random), method: 'POST', path: `/api/${collection}`, headers: { 'content-type': 'application/json' }, body: json, label: 'oversized JSON', target: { collection } }
}

// ---------------------------------------------------------------- GraphQL

function graphqlLiteral(random: Random, world: FuzzWorld, depth = 0): string {
  switch (random.int(depth > 2 ? 4 : 7)) {
    case 0:
      return JSON.stringify(hostileString(random))
    case 1:
      return random.pick(['0', '-1', '2147483648', '1.5', '1e999', 'null', 'true'])
    case 2:
      return random.pick(['de', 'en', 'xx', 'draft', 'published', 'ALL', '__proto__'])
    case 3:
      return JSON.stringify(random.pick(Object.values(world.ids).flat()))
    case 4:
      return `[${graphqlLiteral(random, world, depth + 1)}, ${graphqlLiteral(random, world, depth + 1)}]`
    case 5:
      return `{ ${random.pick(['title', 'name', 'id', '__proto__', 'equals', 'and', 'or', 'tenant', 'slug'])}: ${graphqlLiteral(random, world, depth + 1)} }`
    default:
      return `{ ${random.pick(['title', 'slug', 'tenant', 'id'])}: { ${random.pick(['equals', 'like', 'in', 'exists', 'near', 'contains'])}: ${graphqlLiteral(random, world, depth + 1)} } }`
  }
}

/** Arguments for a root field: right names with hostile values, or invented ones. */
function graphqlArgs(random: Random, world: FuzzWorld, field: GraphqlField, writable: boolean): string {
  const args = field.args
    .filter(() => random.chance(0.7))
    .map((arg) => {
      // A mutation names only writable documents (or none): never an actor, never a populated office.
      if (arg.name === 'id' && writable) {
        const collection = world.graphqlCollections[field.returnType]
        const ids = collection ? world.writable[collection] : undefined
        return `id: ${JSON.stringify(ids?.length && random.chance(0.7) ? random.pick(ids) : random.pick(badIds))}`
      }
      if (arg.name === 'data' && random.chance(0.6)) {
        const collection = world.graphqlCollections[field.returnType]
        if (collection) return `data: ${toGraphqlObject(mutatedBody(collection as Collection, world, random))}`
      }
      return `${arg.name}: ${graphqlLiteral(random, world)}`
    })
  if (random.chance(0.1)) args.push(`${random.pick(['unknown', '__proto__', 'where'])}: ${graphqlLiteral(random, world)}`)
  return args.length ? `(${args.join(', ')})` : ''
}

/** A JS value as a GraphQL input literal (keys unquoted; invalid names are part of the fuzz). */
function toGraphqlObject(value: unknown): string {
  if (Array.isArray(value)) return `[${value.slice(0, 50).map(toGraphqlObject).join(', ')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).slice(0, 50)
    return `{ ${entries.map(([key, item]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(key) ? key : '_bad'}: ${toGraphqlObject(item)}`).join(', ')} }`
  }
  if (typeof value === 'string') return value.startsWith('__RAW__') ? toJson(value).slice(0, 20_000) : JSON.stringify(value.slice(0, 10_000))
  return JSON.stringify(value) ?? 'null'
}

function deepSelection(depth: number): string {
  let selection = 'id'
  for (let i = 0; i < depth; i++) selection = `id tenant { id } docs { ${selection} }`
  return selection
}

const authMutation = /^(login|logout|forgotPassword|resetPassword|unlock|refreshToken|verifyEmail)/

export function graphqlRequest(random: Random, world: FuzzWorld): FuzzRequest {
  const mutation = random.chance(0.35)
  const field = random.pick(mutation ? world.graphql.mutations : world.graphql.queries)
  // Logging an actor out would end its session for the rest of the run.
  const who = field.name.startsWith('logout') ? 'anonymous' : actor(random)
  const headers = { 'content-type': 'application/json', ...context(random, world) }
  const selection = field.returnsObject ? random.pick(['{ id }', '{ docs { id title } totalDocs }', '{ id __typename }', '{ nope }', `{ ${deepSelection(random.pick([5, 60]))} }`, '{ totalDocs }']) : ''
  const call = `${random.chance(0.2) ? 'a: ' : ''}${field.name}${graphqlArgs(random, world, field, mutation)} ${selection}`
  let query = `${mutation ? 'mutation' : 'query'} { ${call} }`
  let variables: unknown
  // The replacement queries below only read.
  let writes = mutation
  switch (random.int(12)) {
    case 0:
      query = query.slice(0, random.int(query.length)) // truncated
      break
    case 1:
      writes = false
      query = `query ${'{ a '.repeat(random.pick([100, 3000]))}` // deep syntax
      break
    case 2:
      writes = false
      query = `{ ${Array.from({ length: random.pick([100, 5000]) }, (_, i) => `a${i}: __typename`).join(' ')} }` // wide
      break
    case 3:
      writes = false
      query = 'query($id: String!, $limit: Int, $locale: LocaleInputType) { Curricula(limit: $limit, locale: $locale) { docs { id } } Curriculum(id: $id) { id } }'
      variables = random.pick([{ id: 123, limit: 'many', locale: 'xx' }, { id: null }, '{"id":1}', [1, 2], { limit: 1e309 }, { id: { $ne: 1 } }])
      break
    case 4:
      writes = false
      query = 'query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { name kind fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind } } } type { name kind ofType { name kind } } } } } }'
      break
    case 5:
      query = `${query} ${query}` // two anonymous operations
      break
    case 6:
      writes = false
      query = `fragment F on Query { ...F } { ...F }` // fragment cycle
      break
    default:
      break
  }
  const body = random.chance(0.92)
    ? toJson({ query, variables, operationName: random.chance(0.05) ? random.pick([42, 'Nope', null]) : undefined })
    : random.pick(['', '[]', '[{"query":"{ __typename }"}]', '"query"', '{"query": 42}', '{"query": null}', '{"query": "{ __typename }", "variables": "x"}', '{', 'query { __typename }'])
  return {
    actor: who,
    method: 'POST',
    path: `/api/graphql${random.chance(0.1) ? `?${hostileParams(random, world)}` : ''}`,
    headers,
    body,
    label: `graphql ${field.name}`,
    graphql: { mutation: writes, auth: authMutation.test(field.name), collection: world.graphqlCollections[field.returnType] },
  }
}

// ---------------------------------------------------------------- the mix

export function fuzzRequest(random: Random, world: FuzzWorld): FuzzRequest {
  const roll = random.next()
  if (roll < 0.42) return restRequest(random, world)
  if (roll < 0.64) return graphqlRequest(random, world)
  if (roll < 0.74) return authRequest(random, world)
  if (roll < 0.83) return mediaRequest(random, world)
  if (roll < 0.94) return miscRequest(random, world)
  if (roll < 0.985) return xliffImport(random, world)
  return oversized(random, world)
}
