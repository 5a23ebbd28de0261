import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant, curriculumBody, formatBody } from '../helpers/fixtures'
import { type FuzzRequest, type FuzzWorld, type GraphqlField, fuzzRequest } from '../helpers/fuzz'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'
import { docKey, snapshotDatabase, unexplainedChanges, type WriteLedger } from '../helpers/integrity'
import { seededRandom, testSeed } from '../helpers/random'

// A seeded request fuzzer: malformed JSON, wrong types for every field, hostile `where`s, ids,
// locales, Unicode, multipart garbage, oversized bodies, odd methods, GraphQL abuse, as an
// anonymous caller, an editor of one office and a super-admin. Expected: no answer ≥ 500, the
// process stays up, and the database differs from its snapshot only by acknowledged writes.
//
// Integrity approach: the fuzzer's writes are allowed to succeed (a valid body with a hostile
// Unicode title is a legitimate write), but they may only name documents of a fixed writable set
// (never the actors, never a populated office; bulk writes are and-ed to that id list). Every
// write the API acknowledges (2xx; a GraphQL mutation's returned id; the ids a bulk answer lists)
// goes into a ledger, and the snapshots before and after must differ by exactly those documents.
const requestCount = Number(process.env.HUB_FUZZ_REQUESTS ?? 5000)
/** `HUB_FUZZ_ONLY=83,121` sends only those requests of the seed's sequence (the others are generated, not sent). */
const only = process.env.HUB_FUZZ_ONLY ? new Set(process.env.HUB_FUZZ_ONLY.split(',').map(Number)) : undefined
const seed = testSeed()
const random = seededRandom(seed)
const password = 'fuzz-password-123'

let hub: TestHub
let world: FuzzWorld

async function png(): Promise<Buffer> {
  return sharp({ create: { width: 24, height: 16, channels: 3, background: '#884422' } }).png().toBuffer()
}

const introspection = `{ __schema {
  queryType { fields { name args { name type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name } } } } }
  mutationType { fields { name args { name type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name } } } } }
} }`

type TypeRef = { kind: string; name: string | null; ofType?: TypeRef | null }
const namedType = (type: TypeRef): TypeRef => (type.ofType ? namedType(type.ofType) : type)
const typeName = (type: TypeRef): string => (type.kind === 'NON_NULL' ? `${typeName(type.ofType!)}!` : type.kind === 'LIST' ? `[${typeName(type.ofType!)}]` : (type.name ?? ''))

async function graphqlFields(): Promise<FuzzWorld['graphql']> {
  const { body } = await hub.json('/api/graphql', { method: 'POST', body: { query: introspection } })
  const fields = (list: { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef }[]): GraphqlField[] =>
    list.map((field) => ({
      name: field.name,
      args: field.args.map((arg) => ({ name: arg.name, type: typeName(arg.type) })),
      returnsObject: namedType(field.type).kind === 'OBJECT',
      returnType: namedType(field.type).name ?? '',
    }))
  return { queries: fields(body.data.__schema.queryType.fields), mutations: fields(body.data.__schema.mutationType.fields) }
}

/** Two populated offices and a sandbox office, three actors, a document of every kind in each office. */
async function buildWorld(): Promise<FuzzWorld> {
  const local = { overrideAccess: true, context: { seeding: true } } as const
  // The first user of a hub becomes super-admin: create the super-admin first.
  const superToken = await createUserAndLogin(hub, { email: 'root@example.org', password, roles: ['super-admin'] })
  const alpha = await createTenant(hub, 'alpha', ['de', 'en'])
  const beta = await createTenant(hub, 'beta', ['sv', 'en'])
  const sandbox = await createTenant(hub, 'sandbox', ['en'])
  const editorToken = await createUserAndLogin(hub, { email: 'editor@alpha.example.org', password, tenants: [{ tenant: alpha.id, roles: ['editor'] }] })
  const sandboxUser = await hub.payload.create({ collection: 'users', data: { email: 'sandbox@example.org', password, tenants: [{ tenant: sandbox.id, roles: ['viewer'] }] } as never, ...local })
  const key = await hub.payload.create({ collection: 'api-keys', data: { name: 'alpha key', tenant: alpha.id, scope: 'published' } as never, ...local })
  const spareKey = await hub.payload.create({ collection: 'api-keys', data: { name: 'spare key', tenant: beta.id, scope: 'preview' } as never, ...local })
  const topics = [await hub.payload.create({ collection: 'topics', data: { name: 'Inclusion' } as never, ...local }), await hub.payload.create({ collection: 'topics', data: { name: 'Leadership' } as never, ...local })]

  const ids: Record<string, string[]> = { topics: topics.map((t) => t.id), tenants: [alpha.id, beta.id, sandbox.id], 'api-keys': [key.id, spareKey.id] }
  const add = (collection: string, id: string) => (ids[collection] = [...(ids[collection] ?? []), id])
  const mediaFilenames: string[] = []
  const image = await png()
  for (const office of [alpha, beta]) {
    const locale = office.defaultLocale as never
    const media = await hub.payload.create({ collection: 'media', data: { alt: `Logo ${office.slug}`, tenant: office.id, visibility: 'network' } as never, file: { data: image, mimetype: 'image/png', name: `${office.slug}.png`, size: image.length }, ...local })
    add('media', media.id)
    mediaFilenames.push((media as { filename: string }).filename)
    const organization = await hub.payload.create({ collection: 'organizations', locale, data: { tenant: office.id, name: `NGO ${office.slug}`, sector: 'civil-society', visibility: 'network', logo: media.id } as never, ...local })
    add('organizations', organization.id)
    const published = await hub.payload.create({ collection: 'learning-formats', locale, data: formatBody(office.id, { title: `Lab ${office.slug}` }) as never, ...local })
    const draft = await hub.payload.create({ collection: 'learning-formats', locale, data: formatBody(office.id, { title: `Draft lab ${office.slug}`, _status: 'draft', visibility: 'tenant' }) as never, ...local })
    add('learning-formats', published.id)
    add('learning-formats', draft.id)
    const caseStudy = await hub.payload.create({
      collection: 'case-studies',
      locale,
      data: caseStudyBody(office.id, { partners: [{ organization: organization.id, role: 'Lead' }], topics: ids.topics, relatedFormats: [published.id], heroImage: media.id }) as never,
      ...local,
    })
    add('case-studies', caseStudy.id)
    const curriculum = await hub.payload.create({ collection: 'curricula', locale, data: curriculumBody(office.id, { caseStudies: [caseStudy.id], coverImage: media.id }) as never, ...local })
    add('curricula', curriculum.id)
    // A pending draft on top of the published curriculum.
    await hub.payload.update({ collection: 'curricula', id: curriculum.id, locale, draft: true, data: { title: `Next ${office.slug}` } as never, ...local })
  }
  ids.users = [sandboxUser.id]

  const writable: Record<string, string[]> = { ...ids, tenants: [sandbox.id], users: [sandboxUser.id] }
  const graphqlCollections: Record<string, string> = {}
  for (const slug of Object.keys(hub.payload.collections)) {
    const names = (hub.payload.collections as Record<string, { config: { graphQL: unknown } }>)[slug].config.graphQL as { singularName?: string; pluralName?: string } | false
    if (names && names.singularName) graphqlCollections[names.singularName] = slug
    if (names && names.pluralName) graphqlCollections[names.pluralName] = slug
  }
  return {
    actors: { anonymous: {}, editor: { authorization: `JWT ${editorToken}` }, 'super-admin': { authorization: `JWT ${superToken}` } },
    offices: [alpha, beta, sandbox].map((office) => ({ id: office.id, slug: office.slug, locales: office.locales as string[] })),
    ids,
    writable,
    emails: ['root@example.org', 'editor@alpha.example.org', 'sandbox@example.org'],
    mediaFilenames,
    apiKey: (key as { apiKey?: string }).apiKey!,
    graphql: await graphqlFields(),
    graphqlCollections,
  }
}

beforeAll(async () => {
  hub = await startHub()
  world = await buildWorld()
}, 300_000)
afterAll(async () => hub?.close())

type Answer = { status: number; text: string; error?: string }

async function send(request: FuzzRequest): Promise<Answer> {
  const headers = { ...world.actors[request.actor], ...request.headers }
  const bodyless = ['GET', 'HEAD'].includes(request.method.toUpperCase())
  try {
    const response = await fetch(`${hub.url}${request.path}`, {
      method: request.method,
      headers,
      body: bodyless ? undefined : (request.body as BodyInit | undefined),
      redirect: 'manual',
      // A functional bound: an answer that never comes is a hang, not a slow request.
      signal: AbortSignal.timeout(120_000),
    })
    return { status: response.status, text: await response.text() }
  } catch (error) {
    return { status: 0, text: '', error: String((error as Error).cause ?? error) }
  }
}

function parse(text: string): any {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const writeMethods = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** Which documents an answer says were written; bulk writes must stay inside the writable set. */
function acknowledge(request: FuzzRequest, answer: Answer, ledger: WriteLedger, escapes: string[]): void {
  const body = parse(answer.text)
  // Users are named by email here; the check maps them to ids.
  const userOf = (email: string) => `users/${email}`
  if (request.graphql) {
    if (request.graphql.auth) for (const email of world.emails) ledger.authTouched.add(userOf(email))
    if (!request.graphql.mutation || !body?.data || !request.graphql.collection) return
    for (const value of Object.values(body.data as Record<string, unknown>)) {
      const id = (value as { id?: unknown } | null)?.id
      if (typeof id === 'string') ledger.written.add(docKey(request.graphql.collection, id))
    }
    return
  }
  if (request.label.startsWith('auth ')) {
    if (request.email) ledger.authTouched.add(userOf(request.email))
    if (request.actor !== 'anonymous') ledger.authTouched.add(userOf(request.actor === 'editor' ? 'editor@alpha.example.org' : 'root@example.org'))
    return
  }
  if (!writeMethods.has(request.method.toUpperCase()) || !request.target) return
  const collection = request.target.collection
  // Payload's bulk answers list the documents they wrote, also when others failed (a 400).
  for (const doc of (Array.isArray(body?.docs) ? body.docs : []) as { id?: string }[]) {
    if (!doc?.id) continue
    ledger.written.add(docKey(collection, doc.id))
    if (!world.writable[collection]?.includes(doc.id)) escapes.push(`${request.method} ${request.path} wrote ${collection}/${doc.id}, outside its id fence`)
  }
  if (answer.status < 200 || answer.status >= 300) return
  if (request.target.id) ledger.written.add(docKey(collection, request.target.id))
  for (const id of [body?.doc?.id, body?.id]) if (typeof id === 'string') ledger.written.add(docKey(collection, id))
}

/** Internal errors GraphQL reports inside a 200. */
function graphqlServerErrors(answer: Answer): string[] {
  const body = parse(answer.text)
  const errors = Array.isArray(body?.errors) ? (body.errors as { message?: string; extensions?: { statusCode?: number } }[]) : []
  return errors.filter((error) => (error.extensions?.statusCode ?? 0) >= 500).map((error) => `GraphQL error ${error.extensions?.statusCode}: ${error.message}`)
}

/** A form's parts: files by name, type and size, fields by their start. */
function describeForm(form: FormData): string {
  return [...form.entries()]
    .map(([name, value]) => (typeof value === 'string' ? `${name}=${JSON.stringify(value.slice(0, 200))}` : `${name}=file(${JSON.stringify(value.name)}, ${JSON.stringify(value.type)}, ${value.size} bytes)`))
    .join('; ')
}

function describeRequest(index: number, request: FuzzRequest, answer: Answer): string {
  const body = request.body === undefined ? '' : request.body instanceof FormData ? `multipart: ${describeForm(request.body)}` : request.body
  return [
    `#${index} ${request.label} as ${request.actor}: ${request.method} ${request.path.slice(0, 400)} (replay: HUB_TEST_SEED=${seed} HUB_FUZZ_ONLY=${index})`,
    `  headers ${JSON.stringify(request.headers).slice(0, 300)}`,
    body ? `  body ${JSON.stringify(body.slice(0, 400))}${body.length > 400 ? ` (${body.length} characters)` : ''}` : '',
    `  → ${answer.status}${answer.error ? ` ${answer.error}` : ''} ${answer.text.slice(0, 400)}`,
  ]
    .filter(Boolean)
    .join('\n')
}

describe('request fuzzing', () => {
  it(`answers ${requestCount} hostile requests without a 5xx, stays up, and writes only what it acknowledged`, async () => {
    const mediaDir = process.env.HUB_MEDIA_DIR!
    const before = await snapshotDatabase(hub.payload, mediaDir)
    const ledger: WriteLedger = { written: new Set(), authTouched: new Set() }
    const statuses = new Map<number, number>()
    const failures: string[] = []
    const escapes: string[] = []
    const slowest: { ms: number; what: string }[] = []
    for (let i = 0; i < requestCount && failures.length < 20; i++) {
      const request = fuzzRequest(random, world)
      if (only && !only.has(i)) continue
      // HUB_FUZZ_TRACE=1 marks each request in the output, to find the hub's log lines of a failure.
      if (process.env.HUB_FUZZ_TRACE) console.log(describeRequest(i, request, { status: -1, text: '' }))
      const started = Date.now()
      const answer = await send(request)
      slowest.push({ ms: Date.now() - started, what: `#${i} ${request.label} ${request.method} ${request.path.slice(0, 80)}` })
      slowest.sort((a, b) => b.ms - a.ms).splice(3)
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      acknowledge(request, answer, ledger, escapes)
      const problems = [
        ...(answer.status >= 500 ? [`status ${answer.status}`] : []),
        ...(answer.status === 0 ? [`no answer: ${answer.error}`] : []),
        ...(request.graphql ? graphqlServerErrors(answer) : []),
      ]
      if (problems.length) failures.push(`${problems.join('; ')}\n${describeRequest(i, request, answer)}`)
    }
    const summary = `fuzz: ${requestCount} requests, seed ${seed}, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`
    console.log(summary)
    console.log(`fuzz: slowest answers ${slowest.map(({ ms, what }) => `${ms} ms ${what}`).join(' | ')}`)

    const live = await hub.fetch('/health/live')
    const after = await snapshotDatabase(hub.payload, mediaDir)
    const byEmail = (key: string) => (key.includes('@') ? (before.userKeys.get(key.slice('users/'.length)) ?? key) : key)
    const resolved: WriteLedger = { written: ledger.written, authTouched: new Set([...ledger.authTouched].map(byEmail)) }
    const changes = unexplainedChanges(before, after, resolved)
    const polluted = ['polluted', 'isAdmin', 'x'].filter((key) => key in Object.prototype)

    const report = [`${summary}\nreplay with HUB_TEST_SEED=${seed} HUB_FUZZ_REQUESTS=${requestCount}`, ...failures, ...escapes, ...changes, ...polluted.map((key) => `Object.prototype.${key} was set`)]
    expect(failures, report.join('\n\n')).toEqual([])
    expect(escapes, report.join('\n\n')).toEqual([])
    expect(changes, report.join('\n\n')).toEqual([])
    expect(polluted).toEqual([])
    expect(live.status).toBe(200)
  }, 3_600_000)
})
