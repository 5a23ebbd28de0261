import http from 'node:http'
import net from 'node:net'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { formatBody, curriculumBody } from '../helpers/fixtures'
import { spawnHub, type HubProcess } from '../helpers/process'

// Graceful shutdown of the production server under load: requests in flight when SIGTERM arrives
// all complete with 2xx, new connections are refused after the signal, and the process exits 0
// within the design's 10 s. "In flight" is observed, not guessed: every request is sent with
// `Expect: 100-continue`, and Node answers "100 Continue" only once it has handed the request to
// the hub; the writes' bodies are held back until the hub has stopped accepting connections.
let database: TestDatabase
let hub: HubProcess
let token: string
let tenant: string
const port = () => Number(new URL(hub.url).port)

async function api(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`http://127.0.0.1:${port()}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

beforeAll(async () => {
  database = await createTestDatabase()
  hub = await spawnHub({
    DATABASE_URL: database.url,
    HUB_ADMIN: 'false',
    PAYLOAD_SECRET: 'shutdown-test',
    HUB_ADMIN_EMAIL: 'root@example.org',
    HUB_ADMIN_PASSWORD: 'shutdown-password-1',
  })
  const login = await fetch(`${hub.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'root@example.org', password: 'shutdown-password-1' }),
  })
  token = (await login.json()).token
  tenant = (await api('/api/tenants', { method: 'POST', body: { name: 'Office', slug: 'office', locales: ['de', 'en'], defaultLocale: 'de' } })).doc.id
  // Enough related content that a list with depth takes a while to populate.
  const formats: string[] = []
  for (let i = 0; i < 12; i++) formats.push((await api('/api/learning-formats?locale=de', { method: 'POST', body: formatBody(tenant, { title: `Format ${i}` }) })).doc.id)
  for (let i = 0; i < 12; i++) {
    const sessions = Array.from({ length: 6 }, (_, s) => ({ title: `Session ${s}`, durationDays: 2, monthOffset: s, formats }))
    await api('/api/curricula?locale=de', { method: 'POST', body: curriculumBody(tenant, { title: `Programme ${i}`, sessions }) })
  }
}, 300_000)

afterAll(async () => {
  keepAlive.destroy()
  if (hub?.child.exitCode === null) await hub.stop('SIGKILL')
  await database?.drop()
})

type Answer = { status: number; body: string; connection?: string }
type InFlight = { accepted: Promise<void>; answer: Promise<Answer>; release: () => void }

/** Keep-alive, as browsers and front ends use it: a connection outlives its request. */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 })

/** A request on its own connection; `accepted` resolves when the hub has taken it (100 Continue). */
function send(method: string, path: string, body?: unknown): InFlight {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let accepted!: () => void
  const acceptedPromise = new Promise<void>((resolve) => (accepted = resolve))
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const answer = new Promise<Answer>((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port: port(),
      method,
      path,
      agent: keepAlive,
      headers: {
        authorization: `JWT ${token}`,
        expect: '100-continue',
        ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
      },
    })
    request.on('continue', () => {
      accepted()
      if (payload) void released.then(() => request.end(payload))
    })
    request.on('response', (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, connection: response.headers.connection }))
    })
    request.on('error', reject)
    if (payload) request.flushHeaders()
    else request.end()
  })
  return { accepted: acceptedPromise, answer, release }
}

/** Tries new connections until one is refused; false if the hub still accepts after `ms`. */
async function refusesNewConnections(ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: port() })
      socket.once('connect', () => {
        socket.destroy()
        resolve(false)
      })
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
    })
    if (refused) return true
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return false
}

it('finishes every request in flight at SIGTERM with 2xx, refuses new connections, and exits 0 within 10 s', async () => {
  const reads = Array.from({ length: 16 }, (_, i) => send('GET', i % 2 ? '/api/curricula?depth=3&limit=100' : '/api/learning-formats?depth=2&limit=100'))
  const writes = Array.from({ length: 6 }, (_, i) => send('POST', '/api/learning-formats?locale=de', formatBody(tenant, { title: `Written during shutdown ${i}` })))
  await Promise.all([...reads, ...writes].map((request) => request.accepted))

  const exited = new Promise<number | null>((resolve) => hub.child.once('exit', (code) => resolve(code)))
  const signalled = Date.now()
  hub.child.kill('SIGTERM')

  // The writes are still waiting for their bodies: they are in flight while the hub stops accepting.
  expect(await refusesNewConnections(5000)).toBe(true)
  for (const write of writes) write.release()

  const answers = await Promise.all([...reads, ...writes].map((request) => request.answer))
  for (const [index, { status, body }] of answers.entries()) expect(status, `request ${index}: ${body.slice(0, 300)}`).toBeGreaterThanOrEqual(200)
  for (const [index, { status, body }] of answers.entries()) expect(status, `request ${index}: ${body.slice(0, 300)}`).toBeLessThan(300)
  expect(answers.slice(reads.length).map((answer) => JSON.parse(answer.body).doc.title)).toEqual(writes.map((_, i) => `Written during shutdown ${i}`))
  // Answered after the signal: the keep-alive connection closes with it, no further request rides on it.
  expect(answers.slice(reads.length).map((answer) => answer.connection)).toEqual(writes.map(() => 'close'))

  const code = await exited
  const seconds = (Date.now() - signalled) / 1000
  console.log(`shutdown: ${reads.length} reads and ${writes.length} writes accepted before SIGTERM (the writes still in flight), all 2xx; exit ${code} after ${seconds.toFixed(1)} s`)
  expect(code).toBe(0)
  // A functional bound from the design ("in-flight requests finish for up to 10 s"), not a benchmark.
  expect(seconds).toBeLessThan(10)
  expect(hub.output()).toMatch(/SIGTERM received/)
  expect(hub.output()).toMatch(/stopped/)
}, 120_000)
