import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { type HubProcess, spawnHub } from '../helpers/process'
import { type RedisServer, startRedisServer } from '../helpers/redisServer'

// Postgres lane: two production hub processes on one PostgreSQL database and one redis-server.
// Each keeps its own delivery cache; an edit through one instance must not be served stale by the
// other once the invalidation message arrived, and while Redis is unreachable neither serves
// cached answers at all.
let database: TestDatabase
let redis: RedisServer
let first: HubProcess
let second: HubProcess
let token: string
let studyId: string
let austriaId: string

const asAustria = { 'x-tenant': 'austria' }
const loginLimit = 6
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(25)
  }
}

async function deliver(hub: HubProcess, path: string) {
  const response = await fetch(`${hub.url}${path}`, { headers: asAustria })
  return { status: response.status, cache: response.headers.get('x-cache'), body: await response.json() }
}

async function rename(hub: HubProcess, title: string): Promise<void> {
  const response = await fetch(`${hub.url}/api/case-studies/${studyId}?locale=de`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

/**
 * Reads through `reader` until it serves `title` and checks it never goes back. Returns how many
 * reads still saw the old value and how long that lasted (including the reads' own time).
 */
async function staleWindow(reader: HubProcess, path: string, title: string, titleOf: (body: any) => string) {
  const started = performance.now()
  let staleReads = 0
  await waitFor(`${reader.url} to serve "${title}"`, async () => titleOf((await deliver(reader, path)).body) === title || (staleReads++, false), 5000)
  const ms = performance.now() - started
  for (let i = 0; i < 5; i++) expect(titleOf((await deliver(reader, path)).body)).toBe(title)
  return `${staleReads} stale reads in ${ms.toFixed(0)} ms`
}

beforeAll(async () => {
  database = await createTestDatabase()
  redis = await startRedisServer()
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    HUB_ADMIN: 'false',
    PAYLOAD_SECRET: 'shared-cache-test',
    HUB_ADMIN_EMAIL: 'root@example.org',
    HUB_ADMIN_PASSWORD: 'root-password-123',
    HUB_LOGIN_RATE_LIMIT: String(loginLimit),
    // Long enough that no window ends while the rate-limit test runs.
    HUB_RATE_LIMIT_WINDOW_MS: '600000',
  }
  // One after the other: the first applies the migrations.
  first = await spawnHub(env, 240_000)
  second = await spawnHub(env, 240_000)
  for (const hub of [first, second]) await waitFor('the Redis subscription', () => hub.output().includes('shared over Redis'))

  const login = await fetch(`${first.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'root@example.org', password: 'root-password-123' }),
  })
  token = (await login.json()).token
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${first.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify(body),
    })
    expect(response.status, await response.clone().text()).toBe(201)
    return (await response.json()).doc
  }
  const austria = await post('/api/tenants', { name: 'Austria', slug: 'austria', locales: ['de', 'en'], defaultLocale: 'de', countries: ['AT'] })
  austriaId = austria.id
  studyId = (await post('/api/case-studies?locale=de', { tenant: austria.id, title: 'Eins', country: 'AT', year: 2016, _status: 'published' })).id
}, 600_000)

afterAll(async () => {
  await Promise.all([first?.stop('SIGKILL'), second?.stop('SIGKILL')])
  await redis?.stop()
  await database?.drop()
})

describe('two hub instances sharing invalidations over Redis', () => {
  const byId = () => `/api/case-studies/${studyId}?locale=de`
  const list = '/api/case-studies?locale=de&limit=10'
  const titleById = (body: any) => body.title
  const titleInList = (body: any) => body.docs?.[0]?.title

  it('an edit through one instance is not served stale by the other', async () => {
    for (const hub of [first, second]) {
      for (const path of [byId(), list]) {
        await deliver(hub, path)
        expect((await deliver(hub, path)).cache).toBe('HIT')
      }
    }
    await rename(first, 'Zwei')
    const byIdWait = await staleWindow(second, byId(), 'Zwei', titleById)
    const listWait = await staleWindow(second, list, 'Zwei', titleInList)
    await rename(second, 'Drei')
    const backWait = await staleWindow(first, byId(), 'Drei', titleById)
    console.log(`shared cache after the write's answer: by id ${byIdWait}, list ${listWait}, the other way ${backWait}`)
  })

  it('lets a browser on an office domain saved through one instance call the other (CORS)', async () => {
    const allowed = async (hub: HubProcess) =>
      (await fetch(`${hub.url}/api/case-studies`, { headers: { origin: 'https://shared.localhost' } })).headers.get('access-control-allow-origin') === 'https://shared.localhost'
    expect(await allowed(second)).toBe(false)
    const response = await fetch(`${first.url}/api/tenants/${austriaId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ domains: ['shared.localhost'] }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    await waitFor('the other instance to allow the new domain', () => allowed(second), 5000)
  })

  it('counts login attempts across both instances (rate limits shared over Redis)', async () => {
    const failedLogin = async (hub: HubProcess) =>
      fetch(`${hub.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong-password-123' }),
      })
    // Alternating between the instances: counted per instance, the first 429 would need twice the limit.
    let attempts = 0
    let refused: Response | undefined
    while (!refused && attempts < 4 * loginLimit) {
      const response = await failedLogin(attempts % 2 ? second : first)
      attempts++
      if (response.status === 429) refused = response
    }
    expect(refused, `no 429 within ${attempts} attempts`).toBeDefined()
    expect(attempts).toBeLessThanOrEqual(loginLimit + 1)
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('serves nothing from the cache while Redis is down, and caches again once it is back', async () => {
    await redis.stop()
    // Suspended once the instance notices the lost connection: every read goes to the database.
    await waitFor('the cache to be suspended', async () => (await deliver(second, byId())).cache !== 'HIT' && (await deliver(second, byId())).cache !== 'HIT')
    await rename(first, 'Vier')
    expect(titleById((await deliver(second, byId())).body)).toBe('Vier')
    expect(titleInList((await deliver(second, list)).body)).toBe('Vier')
    expect((await deliver(second, byId())).cache).not.toBe('HIT')
    // Logins still answer (each instance counts on its own meanwhile): never a hang or a 500.
    const login = await fetch(`${second.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'root@example.org', password: 'root-password-123' }),
    })
    expect(login.status).toBe(200)

    await redis.start()
    await waitFor('caching to resume', async () => (await deliver(second, byId())).cache === 'HIT', 60_000)
    await waitFor('caching to resume', async () => (await deliver(first, byId())).cache === 'HIT', 60_000)
    await rename(first, 'Fünf')
    await staleWindow(second, byId(), 'Fünf', titleById)
  }, 120_000)
})
