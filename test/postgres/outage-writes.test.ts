import { afterAll, beforeAll, expect, it } from 'vitest'

import { caseStudyBody, createTenant } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type HubRequestInit, type TestHub } from '../helpers/hub'
import { startPostgresServer, type PostgresServer, type ShutdownMode } from '../helpers/postgresServer'

/**
 * Postgres lane only. A steady stream of reads and writes (REST and GraphQL, anonymous and an
 * editor) runs against the hub while its PostgreSQL is stopped (fast, then immediate: a crash)
 * and started again. Every answer is recorded with its time. The hub must answer 503 with its
 * error shape within 5 s while the database is down, never another 5xx, recover without a
 * restart, and every write it acknowledged with a 2xx must be in the database afterwards.
 */
let server: PostgresServer
let hub: TestHub
let editor: string
let tenant: string

beforeAll(async () => {
  server = await startPostgresServer()
  process.env.POSTGRES_URL = server.url
  hub = await startHub()
  tenant = (await createTenant(hub, 'austria', ['en', 'de'], 'en')).id
  editor = await createUserAndLogin(hub, { email: 'editor@at.example.org', tenants: [{ tenant, roles: ['editor'] }] })
  // The first GraphQL request builds the schema (seconds of CPU): not part of what is measured.
  expect((await hub.json('/api/graphql', { method: 'POST', body: { query: '{ Organizations(limit: 1) { totalDocs } }' } })).status).toBe(200)
})
afterAll(async () => {
  try {
    server?.thaw()
  } catch {
    // not frozen, or not running
  }
  await server?.startInBackground().catch(() => undefined)
  await hub?.close().catch(() => undefined)
  server?.remove()
})

const unavailable = { en: 'The database is not available. Please try again shortly.', de: 'Die Datenbank ist nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.' }
const outageBound = 5000

/** `graphqlErrors`: a 200 carrying GraphQL errors, which acknowledges nothing. */
type Answer = { loop: string; sentAt: number; ms: number; status: number; body: any; graphqlErrors?: boolean; cache?: string | null }
/** A write: which document (once known), the value sent, and how it was answered. */
type Write = { collection: 'organizations' | 'case-studies'; id?: string; value: string; answer: Answer }

const answers: Answer[] = []
const writes: Write[] = []
/** Moments of the run (ms since epoch): the requests sent while the database was down are judged strictly. */
const outages: { mode: ShutdownMode; down: number; restarting: number; started: number; recovered: number; refused: number }[] = []
let running = true

/** Sends one request, records its answer and time; a failed fetch (reset, hung up) is status 0. */
async function send(loop: string, path: string, init: HubRequestInit = {}): Promise<Answer> {
  const sentAt = Date.now()
  let answer: Answer
  try {
    const response = await hub.fetch(path, { ...init, signal: AbortSignal.timeout(30_000) })
    const text = await response.text()
    let body: any = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: the shape assertion shows the text
    }
    answer = { loop, sentAt, ms: Date.now() - sentAt, status: response.status, body, graphqlErrors: Array.isArray(body?.errors) && response.ok, cache: response.headers.get('x-cache') }
  } catch (error) {
    answer = { loop, sentAt, ms: Date.now() - sentAt, status: 0, body: String(error) }
  }
  answers.push(answer)
  return answer
}

/** 2xx, and for GraphQL without errors. */
const acknowledged = (answer: Answer) => answer.status >= 200 && answer.status < 300 && !answer.graphqlErrors
const pause = () => new Promise((resolve) => setTimeout(resolve, 20))
const graphql = (loop: string, query: string, init: HubRequestInit = {}) => send(loop, '/api/graphql', { method: 'POST', body: { query }, ...init })

/** Creates organizations over REST as the editor and renames each one it created, in turn. */
async function restOrganizations() {
  const mine: string[] = []
  for (let n = 0; running; n++) {
    const value = `rest-org-${n}`
    if (n % 2 === 0 || !mine.length) {
      const answer = await send('rest-org', '/api/organizations', { method: 'POST', token: editor, body: { tenant, name: value, sector: 'business' } })
      const id = answer.status === 201 ? answer.body.doc.id : undefined
      if (id) mine.push(id)
      writes.push({ collection: 'organizations', id, value, answer })
    } else {
      const id = mine[n % mine.length]
      const answer = await send('rest-org', `/api/organizations/${id}`, { method: 'PATCH', token: editor, body: { name: value } })
      writes.push({ collection: 'organizations', id, value, answer })
    }
    await pause()
  }
}

/** The same through GraphQL mutations. */
async function graphqlOrganizations() {
  const mine: string[] = []
  for (let n = 0; running; n++) {
    const value = `graphql-org-${n}`
    if (n % 2 === 0 || !mine.length) {
      const answer = await graphql('graphql-org', `mutation { createOrganization(data: { tenant: "${tenant}", name: "${value}", sector: business, visibility: tenant }) { id name } }`, { token: editor })
      const id = acknowledged(answer) ? answer.body.data.createOrganization.id : undefined
      if (id) mine.push(id)
      writes.push({ collection: 'organizations', id, value, answer })
    } else {
      const id = mine[n % mine.length]
      const answer = await graphql('graphql-org', `mutation { updateOrganization(id: "${id}", data: { name: "${value}" }) { id name } }`, { token: editor })
      writes.push({ collection: 'organizations', id, value, answer })
    }
    await pause()
  }
}

/** Published case studies (drafts and versions: several tables per save), created and retitled. */
async function restCaseStudies() {
  const mine: string[] = []
  for (let n = 0; running; n++) {
    const value = `case-${n}`
    if (n % 2 === 0 || !mine.length) {
      const answer = await send('rest-case', '/api/case-studies', { method: 'POST', token: editor, body: caseStudyBody(tenant, { title: value, slug: value }) })
      const id = answer.status === 201 ? answer.body.doc.id : undefined
      if (id) mine.push(id)
      writes.push({ collection: 'case-studies', id, value, answer })
    } else {
      const id = mine[n % mine.length]
      const answer = await send('rest-case', `/api/case-studies/${id}`, { method: 'PATCH', token: editor, body: { title: value } })
      writes.push({ collection: 'case-studies', id, value, answer })
    }
    await pause()
  }
}

/** Reads: anonymous and signed-in, REST and GraphQL, the admin's `me`; German answers in German. */
async function reads() {
  const de = { 'accept-language': 'de' }
  while (running) {
    await send('read', '/api/organizations?depth=0&limit=5', { headers: { 'x-tenant': 'austria' } })
    await send('read', '/api/case-studies?limit=5', { token: editor })
    await send('read-de', '/api/case-studies?limit=5', { headers: { 'x-tenant': 'austria', ...de } })
    await graphql('read', '{ Organizations(limit: 5) { docs { id name } } }', { headers: { 'x-tenant': 'austria' } })
    await graphql('read-de', '{ CaseStudies(limit: 5) { docs { id title } } }', { token: editor, headers: de })
    await send('me', '/api/users/me', { token: editor })
    await pause()
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits for the first write sent after `since` that was acknowledged. */
async function firstAcknowledgedWriteAfter(since: number, limitMs = 60_000): Promise<number> {
  const deadline = Date.now() + limitMs
  while (Date.now() < deadline) {
    const write = writes.find((w) => w.answer.sentAt >= since && acknowledged(w.answer))
    if (write) return write.answer.sentAt + write.answer.ms
    await wait(50)
  }
  throw new Error('no write was acknowledged after PostgreSQL restarted')
}

/** Waits until every writer had a write acknowledged since `since` (a busy machine starts slowly). */
async function everyWriterAcknowledgedSince(since: number) {
  const writers = ['rest-org', 'graphql-org', 'rest-case']
  const done = () => writers.every((loop) => writes.some((w) => w.answer.loop === loop && w.answer.sentAt >= since && acknowledged(w.answer)))
  for (const deadline = Date.now() + 60_000; !done() && Date.now() < deadline; ) await wait(50)
  expect(done()).toBe(true)
}

/** Stops PostgreSQL under the traffic, keeps it down a while, starts it and waits for writes to succeed. */
async function outage(mode: ShutdownMode) {
  const before = Date.now()
  await wait(1000)
  await everyWriterAcknowledgedSince(before)
  const stopping = Date.now()
  await server.stopInBackground(mode)
  const down = Date.now()
  const ready = await send('health', '/health/ready')
  expect(ready.status).toBe(503)
  await wait(3000)
  const restarting = Date.now()
  await server.startInBackground()
  const started = Date.now()
  const recovered = await firstAcknowledgedWriteAfter(started)
  const refused = answers.filter((a) => a.sentAt >= stopping && a.status === 503).length
  outages.push({ mode, down, restarting, started, recovered, refused })
  await wait(1500)
}

it('answers 503 within 5 s while PostgreSQL is down, recovers without a restart and loses no acknowledged write', async () => {
  const loops = Promise.all([restOrganizations(), graphqlOrganizations(), restCaseStudies(), reads()])
  try {
    await outage('fast')
    await outage('immediate')
  } finally {
    running = false
    await loops
  }

  // While the database was down every request was refused with the hub's 503, in time.
  const duringOutage = answers.filter((a) => outages.some((o) => a.sentAt >= o.down && a.sentAt + a.ms <= o.restarting))
  for (const o of outages) expect(duringOutage.filter((a) => a.sentAt >= o.down && a.sentAt <= o.restarting).length).toBeGreaterThan(4)
  // Except delivery reads the cache still holds: nothing could be written meanwhile, so they are current.
  const fromCache = (a: Answer) => a.status === 200 && a.cache === 'HIT'
  expect(duringOutage.filter((a) => a.loop !== 'health' && a.status !== 503 && !fromCache(a))).toEqual([])
  for (const answer of answers.filter((a) => a.status === 503 && a.loop !== 'health')) {
    const language = answer.loop === 'read-de' ? 'de' : 'en'
    expect(answer.body).toEqual({ errors: [{ message: unavailable[language] }] })
  }

  // Throughout the run: only 2xx or 503, never another 5xx, a reset or a 4xx; refusals in time.
  const statuses = answers.reduce<Record<number, number>>((counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }), {})
  const otherFailures = answers.filter((a) => !acknowledged(a) && a.status !== 503)
  expect(otherFailures).toEqual([])
  const judged = [...new Set([...answers.filter((a) => a.status === 503), ...duringOutage])]
  expect(judged.filter((a) => a.ms >= outageBound)).toEqual([])
  const slowest = Math.max(...judged.map((a) => a.ms))
  // The admin is never signed out: `me` either names the editor or is refused.
  expect(answers.filter((a) => a.loop === 'me' && acknowledged(a) && a.body?.user?.email !== 'editor@at.example.org')).toEqual([])

  // Every acknowledged write is there with its value, or with the value of a later write that was
  // refused but may have committed (the answer was lost with the connection).
  const acked = writes.filter((w) => acknowledged(w.answer))
  const lost: string[] = []
  for (const id of new Set(acked.map((w) => w.id!))) {
    const history = writes.filter((w) => w.id === id)
    const lastAck = history.map((w) => acknowledged(w.answer)).lastIndexOf(true)
    const allowed = history.slice(lastAck).map((w) => w.value)
    const { collection } = history[0]
    const doc = await hub.payload.findByID({ collection, id, draft: true, overrideAccess: true, locale: 'en', disableErrors: true })
    const value = doc ? (collection === 'organizations' ? (doc as { name?: string }).name : (doc as { title?: string }).title) : undefined
    if (!value || !allowed.includes(value)) lost.push(`${collection}/${id}: ${value ?? 'missing'}, acknowledged ${history[lastAck].value}`)
  }
  expect(lost).toEqual([])

  // The same process reads and writes again after each restart.
  for (const o of outages) expect(o.recovered).toBeGreaterThan(o.started)
  const afterwards = await send('after', '/api/organizations', { method: 'POST', token: editor, body: { tenant, name: 'after the outages', sector: 'academia' } })
  expect(afterwards.status).toBe(201)

  const summary = {
    requests: answers.length,
    statuses,
    writesAcknowledged: acked.length,
    writesRefused: writes.filter((w) => w.answer.status === 503).length,
    otherFailures: otherFailures.length,
    slowestRefusalMs: slowest,
    outages: outages.map((o) => ({ mode: o.mode, downMs: o.restarting - o.down, recoveryMs: o.recovered - o.started, refused: o.refused })),
  }
  console.log(`outage: ${JSON.stringify(summary)}`)
  expect(acked.filter((w) => w.answer.sentAt < outages[0].down).length).toBeGreaterThan(0)
  expect(summary.writesRefused).toBeGreaterThan(0)
}, 180_000)

it('answers 503 within 5 s while PostgreSQL hangs instead of refusing, and serves again once it resumes', async () => {
  const wave = () =>
    Promise.all([
      send('frozen', '/api/organizations?depth=0', { headers: { 'x-tenant': 'austria' } }),
      send('frozen', '/api/organizations', { method: 'POST', token: editor, body: { tenant, name: 'while frozen', sector: 'business' } }),
      send('frozen', '/api/users/me', { token: editor }),
      graphql('frozen', '{ CaseStudies(limit: 1) { docs { id } } }', { headers: { 'x-tenant': 'austria' } }),
    ])
  // Its processes stopped: connections open but nothing answers, queries on pooled connections hang.
  server.freeze()
  const frozen: Answer[] = []
  try {
    frozen.push(...(await wave()))
    // Again, now that hung queries hold pooled connections.
    frozen.push(...(await wave()))
  } finally {
    server.thaw()
  }
  const fromCache = (a: Answer) => a.status === 200 && a.cache === 'HIT'
  expect(frozen.filter((a) => (a.status !== 503 && !fromCache(a)) || a.ms >= outageBound)).toEqual([])
  for (const answer of frozen.filter((a) => !fromCache(a))) expect(answer.body).toEqual({ errors: [{ message: unavailable.en }] })
  const afterwards = await send('after', '/api/organizations', { method: 'POST', token: editor, body: { tenant, name: 'after the freeze', sector: 'academia' } })
  expect(afterwards.status).toBe(201)
  console.log(`frozen: ${JSON.stringify({ requests: frozen.length, slowestRefusalMs: Math.max(...frozen.map((a) => a.ms)) })}`)
})
