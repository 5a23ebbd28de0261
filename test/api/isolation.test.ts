import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startHub, type TestHub } from '../helpers/hub'
import { buildNetwork, contentCollections, mayRead, mayReadDrafts, type Actor, type Doc, type Network, type Office } from '../helpers/network'
import { seededRandom, testSeed } from '../helpers/random'

// The heart of tenant isolation: random actor × tenant context × collection × operation ×
// transport, each outcome checked against an oracle written from the design's table.
const requestCount = Number(process.env.HUB_ISOLATION_REQUESTS ?? 2000)
const seed = testSeed()
const random = seededRandom(seed)

let hub: TestHub
let network: Network

beforeAll(async () => {
  hub = await startHub()
  network = await buildNetwork(hub, random.pick)
}, 300_000)
afterAll(async () => hub?.close())

const graphqlNames: Record<string, { list: string; one: string }> = {
  'case-studies': { list: 'CaseStudies', one: 'CaseStudy' },
  'learning-formats': { list: 'LearningFormats', one: 'LearningFormat' },
  curricula: { list: 'Curricula', one: 'Curriculum' },
}

type Context = { label: string; headers: Record<string, string>; tenant?: string }

function contextFor(actor: Actor, office: Office | undefined, how: 'none' | 'header' | 'host'): Context {
  const keyTenant = actor.key?.tenant
  if (!office || how === 'none') return { label: 'no context', headers: {}, tenant: keyTenant }
  const headers: Record<string, string> = how === 'header' ? { 'x-tenant': office.slug } : { 'x-forwarded-host': office.domain }
  return { label: `${how}=${office.slug}`, headers, tenant: keyTenant ?? office.id }
}

/** Every id and title word of a document the caller may not read must be absent from the answer. */
function leaks(text: string, actor: Actor, context: Context): string[] {
  const found: string[] = []
  for (const doc of network.docs) {
    if (!mayRead(actor, context.tenant, doc)) {
      if (text.includes(doc.id)) found.push(`id of ${doc.collection} ${doc.token}`)
      if (text.includes(doc.token)) found.push(`title of ${doc.collection} ${doc.token}`)
    }
    if (doc.draftToken && !mayReadDrafts(actor, doc) && text.includes(doc.draftToken)) found.push(`draft of ${doc.token}`)
  }
  return found
}

function expectedIds(actor: Actor, context: Context, collection: string, tenant?: string): string[] {
  return network.docs
    .filter((doc) => doc.collection === collection && (!tenant || doc.tenant === tenant) && mayRead(actor, context.tenant, doc))
    .map((doc) => doc.id)
    .sort()
}

/** A valid new document with a unique slug. */
function minimalBody(collection: string, tenant: string): Record<string, unknown> {
  const body: Record<string, unknown> = { tenant, title: 'Created in isolation test', slug: `new-${random.int(1e9)}`, visibility: 'tenant', _status: 'draft' }
  if (collection === 'learning-formats') Object.assign(body, { kind: 'other', duration: { value: 1, unit: 'hours' }, groupSize: { min: 1, max: 2 } })
  if (collection === 'curricula') Object.assign(body, { durationMonths: 1, sessions: [{ title: 'Only', durationDays: 1, monthOffset: 0 }] })
  return body
}

/** The first page (at most 100, the hub's largest `limit`) holds exactly the expected documents, or 100 of them. */
function samePage(ids: string[], expected: string[]): boolean {
  if (expected.length <= 100) return JSON.stringify(ids) === JSON.stringify(expected)
  return ids.length === 100 && ids.every((id) => expected.includes(id))
}

function difference(actual: string[], expected: string[]): string {
  const token = (id: string) => network.docs.find((doc) => doc.id === id)?.token ?? id
  const extra = actual.filter((id) => !expected.includes(id)).map(token)
  const missing = expected.filter((id) => !actual.includes(id)).map(token)
  return `extra [${extra.join(', ')}], missing [${missing.join(', ')}]`
}

type Outcome = { description: string; problems: string[]; status: number }

async function call(actor: Actor, context: Context, path: string, init: RequestInit & { json?: unknown } = {}) {
  const headers: Record<string, string> = { ...actor.headers, ...context.headers }
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${hub.url}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : undefined })
  const text = await response.text()
  return { status: response.status, text }
}

async function randomRequest(): Promise<Outcome> {
  const actor = random.pick(network.actors)
  const contextOffice = random.pick([undefined, ...network.offices])
  const context = contextFor(actor, contextOffice, random.pick(['none', 'header', 'host'] as const))
  const collection = random.pick([...contentCollections, 'media'] as const)
  const docs = network.docs.filter((d) => d.collection === collection)
  const doc = random.pick(docs)
  const depth = random.int(4)
  const operations = ['list', 'byId', 'draftById', 'whereTenant', 'versions', 'graphqlList', 'graphqlById', 'local', 'file', 'update', 'publish', 'create', 'delete'] as const
  const operation = random.pick(operations)
  const problems: string[] = []
  const label = (what: string) => `${actor.name} | ${context.label} | ${what}`
  const noServerError = (status: number) => status >= 500 && problems.push(`server error ${status}`)

  if (operation === 'list' || operation === 'whereTenant') {
    const tenant = operation === 'whereTenant' ? random.pick(network.offices).id : undefined
    const path = `/api/${collection}?limit=100&depth=${depth}${tenant ? `&where[tenant][equals]=${tenant}` : ''}`
    const { status, text } = await call(actor, context, path)
    noServerError(status)
    problems.push(...leaks(text, actor, context))
    if (status === 200) {
      const body = JSON.parse(text)
      const ids = body.docs.map((d: { id: string }) => d.id).sort()
      const expected = expectedIds(actor, context, collection, tenant)
      if (!samePage(ids, expected)) {
        problems.push(`list ${ids.length} ≠ expected ${expected.length}: ${difference(ids, expected)}`)
        for (const id of expected.filter((id) => !ids.includes(id))) {
          const stored = await hub.payload.findByID({ collection: collection as never, id, overrideAccess: true, depth: 0 })
          problems.push(`stored: _status=${(stored as { _status?: string })._status} visibility=${(stored as { visibility?: string }).visibility}`)
        }
      }
      if (body.totalDocs !== expected.length) problems.push(`totalDocs ${body.totalDocs} ≠ ${expected.length}`)
    } else problems.push(`list answered ${status}`)
    return { description: label(`GET ${path}`), problems, status }
  }
  if (operation === 'byId' || operation === 'draftById') {
    const path = `/api/${collection}/${doc.id}?depth=${depth}${operation === 'draftById' ? '&draft=true' : ''}`
    const { status, text } = await call(actor, context, path)
    noServerError(status)
    problems.push(...leaks(text, actor, context))
    const readable = mayRead(actor, context.tenant, doc)
    if (operation === 'byId' && readable !== (status === 200)) problems.push(`expected ${readable ? 200 : 404}, got ${status}`)
    if (!readable && status !== 404 && status !== 200) problems.push(`unreadable answered ${status}, not 404`)
    return { description: label(`GET ${path}`), problems, status }
  }
  if (operation === 'versions') {
    const path = `/api/${collection}/versions?limit=100&depth=${depth}`
    const { status, text } = await call(actor, context, path)
    noServerError(status)
    if (collection === 'media') {
      if (status !== 404) problems.push(`media has no versions: expected 404, got ${status}`)
      return { description: label(path), problems, status }
    }
    const allowedTenants = actor.superAdmin ? network.offices.map((o) => o.id) : actor.memberOf
    problems.push(...leaks(text, actor, context))
    if (status === 200)
      for (const version of JSON.parse(text).docs as { version: { tenant: string | { id: string } } }[]) {
        const tenant = typeof version.version.tenant === 'object' ? version.version.tenant.id : version.version.tenant
        if (!allowedTenants.includes(tenant)) problems.push(`a version of another office (${tenant}) is visible`)
      }
    else if (allowedTenants.length) problems.push(`versions answered ${status} to a member`)
    return { description: label(`GET ${path}`), problems, status }
  }
  if (operation === 'graphqlList' || operation === 'graphqlById') {
    if (collection === 'media') return { description: label('graphql media (skipped: not a content list)'), problems, status: 200 }
    const names = graphqlNames[collection]
    const query =
      operation === 'graphqlList'
        ? `{ ${names.list}(limit: 100) { totalDocs docs { id title tenant { id } } } }`
        : `{ ${names.one}(id: "${doc.id}") { id title } }`
    const { status, text } = await call(actor, context, '/api/graphql', { method: 'POST', json: { query } })
    noServerError(status)
    problems.push(...leaks(text, actor, context))
    const body = JSON.parse(text)
    if (operation === 'graphqlList') {
      const ids = (body.data?.[names.list]?.docs ?? []).map((d: { id: string }) => d.id).sort()
      if (!samePage(ids, expectedIds(actor, context, collection))) problems.push(`graphql list ${ids.length} ≠ expected`)
    } else if (Boolean(body.data?.[names.one]) !== mayRead(actor, context.tenant, doc)) problems.push('graphql by id disagrees with oracle')
    return { description: label(`graphql ${query}`), problems, status }
  }
  if (operation === 'local') {
    if (!actor.user) return { description: label('local (no user)'), problems, status: 200 }
    const noContext: Context = { label: 'local', headers: {} }
    const result = await hub.payload.find({ collection, overrideAccess: false, user: actor.user, limit: 200, depth })
    const ids = result.docs.map((d) => d.id).sort()
    const text = JSON.stringify(result.docs)
    problems.push(...leaks(text, actor, noContext))
    if (JSON.stringify(ids) !== JSON.stringify(expectedIds(actor, noContext, collection))) problems.push('local API list ≠ expected')
    return { description: label(`local find ${collection}`), problems, status: 200 }
  }
  if (operation === 'file') {
    const media = random.pick(network.docs.filter((d) => d.collection === 'media'))
    const { status } = await call(actor, context, `/api/media/file/${media.filename}`)
    noServerError(status)
    const readable = mayRead(actor, context.tenant, media)
    if (readable !== (status === 200)) problems.push(`file expected ${readable ? 200 : 'refusal'}, got ${status}`)
    return { description: label(`GET file ${media.filename}`), problems, status }
  }
  if (collection === 'media') return { description: label('write media (covered by upload tests)'), problems, status: 200 }
  const office = network.offices.find((o) => o.id === doc.tenant)!
  const role = actor.roles[doc.tenant]
  const isEditor = actor.superAdmin || role === 'office-admin' || role === 'editor'

  if (operation === 'update') {
    const locale = random.pick(['en', 'de', 'sv', 'fr'])
    const asDraft = random.chance(0.5)
    const marker = `edit-${random.int(1e9)}`
    const path = `/api/${collection}/${doc.id}?locale=${locale}${asDraft ? '&draft=true' : ''}`
    const { status, text } = await call(actor, context, path, { method: 'PATCH', json: { summary: marker } })
    noServerError(status)
    const localeAllowed = office.locales.includes(locale)
    // A translator's save never publishes: a draft, or a save of a document that is not published.
    const translatorMay = role === 'translator' && actor.translatorLocales.includes(locale) && locale !== office.defaultLocale && (asDraft || !doc.published)
    const allowed = localeAllowed && (isEditor || translatorMay)
    if (allowed !== (status === 200)) problems.push(`update expected ${allowed ? 200 : 'refusal'}, got ${status} ${text.slice(0, 300)}`)
    const stored = await hub.payload.findByID({ collection: collection as never, id: doc.id, locale: locale as never, fallbackLocale: false as never, draft: true, overrideAccess: true })
    const written = (stored as { summary?: string }).summary === marker
    if (written !== allowed) problems.push(`update ${allowed ? 'not written' : 'WRITTEN although refused'}`)
    // A non-draft save of a published document publishes its pending draft (as the admin does).
    if (status === 200 && !asDraft && doc.published) doc.draftToken = undefined
    return { description: label(`PATCH ${path}`), problems, status }
  }
  if (operation === 'publish') {
    const path = `/api/${collection}/${doc.id}?locale=${office.defaultLocale}`
    const { status, text } = await call(actor, context, path, { method: 'PATCH', json: { _status: doc.published ? 'published' : 'draft' } })
    noServerError(status)
    if (isEditor !== (status === 200)) problems.push(`publish expected ${isEditor ? 200 : 'refusal'}, got ${status} ${text.slice(0, 300)}`)
    // Publishing makes the pending draft the published content: its words are public now.
    if (status === 200 && doc.published) doc.draftToken = undefined
    return { description: label(`publish ${path}`), problems, status }
  }
  if (operation === 'create') {
    const target = random.pick(network.offices)
    const targetRole = actor.roles[target.id]
    const allowed = Boolean(actor.superAdmin || targetRole === 'office-admin' || targetRole === 'editor')
    const body = minimalBody(collection, target.id)
    const before = await hub.payload.count({ collection, overrideAccess: true })
    const { status, text } = await call(actor, context, `/api/${collection}?locale=${target.defaultLocale}`, { method: 'POST', json: body })
    noServerError(status)
    if (allowed !== (status === 201)) problems.push(`create expected ${allowed ? 201 : 'refusal'}, got ${status}`)
    if (status === 201) await hub.payload.delete({ collection, id: JSON.parse(text).doc.id, overrideAccess: true })
    else if ((await hub.payload.count({ collection, overrideAccess: true })).totalDocs !== before.totalDocs) problems.push('refused create WROTE')
    return { description: label(`POST /api/${collection} tenant ${target.slug}`), problems, status }
  }
  // delete: a throwaway document of the office, so the network stays as the oracle knows it
  const victim = await hub.payload.create({
    collection,
    data: minimalBody(collection, doc.tenant) as never,
    overrideAccess: true,
    context: { seeding: true },
  })
  const allowed = Boolean(actor.superAdmin || role === 'office-admin')
  const { status } = await call(actor, context, `/api/${collection}/${victim.id}`, { method: 'DELETE' })
  noServerError(status)
  if (allowed !== (status === 200)) problems.push(`delete expected ${allowed ? 200 : 'refusal'}, got ${status}`)
  const still = (await hub.payload.count({ collection, where: { id: { equals: victim.id } }, overrideAccess: true })).totalDocs
  if (!allowed && still !== 1) problems.push('refused delete DELETED')
  if (still) await hub.payload.delete({ collection, id: victim.id, overrideAccess: true })
  return { description: label(`DELETE ${collection}`), problems, status }
}

describe('tenant isolation', () => {
  it(`survives ${requestCount} random requests with zero leaks, zero unauthorized writes, zero 500s`, async () => {
    const failures: string[] = []
    const statuses = new Map<number, number>()
    const writes: string[] = []
    for (let i = 0; i < requestCount && failures.length < 10; i++) {
      const outcome = await randomRequest()
      if (/PATCH|publish|DELETE|POST \/api/.test(outcome.description)) writes.push(`#${i} ${outcome.description} → ${outcome.status}`)
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1)
      if (outcome.problems.length) failures.push(`#${i} ${outcome.description}: ${outcome.problems.join('; ')}`)
    }
    console.log(`isolation: ${requestCount} requests, seed ${seed}, statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
    if (failures.length) console.log(`successful writes before the first failure:\n${writes.join('\n')}`)
    expect(failures, `replay with HUB_TEST_SEED=${seed}\n${failures.join('\n')}`).toEqual([])
  }, 900_000)

  it('refuses a disabled API key with 401 and an unknown X-Tenant with 400', async () => {
    const disabled = await fetch(`${hub.url}/api/case-studies`, { headers: { authorization: network.disabledKey } })
    expect(disabled.status).toBe(401)
    const forged = await fetch(`${hub.url}/api/case-studies`, { headers: { authorization: 'api-keys API-Key not-a-real-key' } })
    expect(forged.status).toBe(401)
    const unknown = await fetch(`${hub.url}/api/case-studies`, { headers: { 'x-tenant': 'atlantis', 'accept-language': 'de' } })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).errors[0].message).toBe('Unbekannter Mandant „atlantis“.')
  })
})
