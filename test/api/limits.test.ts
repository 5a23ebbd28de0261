import http from 'node:http'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authAttempts } from '../../src/server/graphql'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { createTenant } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'
import { rootDir, spawnHub, type HubProcess } from '../helpers/process'

// Transport limits and headers (README "Limits and headers"): 413 for bodies over their limit,
// 429 with Retry-After for logins, password resets and API keys, security headers everywhere,
// and error bodies without stack traces or paths.
const loginLimit = 5
const apiKeyLimit = 20
const MB = 1024 * 1024

let hub: TestHub
let token: string
let tenantId: string
let apiKey: string
let otherApiKey: string

beforeAll(async () => {
  hub = await startHub({ HUB_LOGIN_RATE_LIMIT: String(loginLimit), HUB_API_KEY_RATE_LIMIT: String(apiKeyLimit) })
  // The Local API creates the super-admin; the one REST login counts against the login limit.
  token = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  const tenant = await createTenant(hub, 'limits', ['en', 'de'])
  tenantId = tenant.id
  const key = (name: string) =>
    hub.payload.create({ collection: 'api-keys', data: { name, tenant: tenantId, scope: 'published' } as never, overrideAccess: true })
  apiKey = ((await key('limited')) as { apiKey?: string }).apiKey!
  otherApiKey = ((await key('other')) as { apiKey?: string }).apiKey!
})
afterAll(async () => hub?.close())

const tenantCount = async () => (await hub.payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs

function jsonOfSize(bytes: number) {
  return JSON.stringify({ name: 'x'.repeat(bytes), slug: `big-${bytes}`, locales: ['en'], defaultLocale: 'en' })
}

/** A body streamed in chunks without Content-Length (Transfer-Encoding: chunked). */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let offset = 0
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.subarray(offset, offset + 64 * 1024))
      offset += 64 * 1024
    },
  })
}

describe('body size', () => {
  it('refuses a JSON body over 1 MB with 413 naming the limit, and writes nothing', async () => {
    const before = await tenantCount()
    const response = await hub.json('/api/tenants', { method: 'POST', token, body: jsonOfSize(MB + 10) , headers: { 'content-type': 'application/json' } })
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toBe('The request body is too large (limit 1 MB).')
    expect(await tenantCount()).toBe(before)
  })

  it('counts a chunked body without Content-Length and stops it at 1 MB', async () => {
    const before = await tenantCount()
    const response = await fetch(`${hub.url}/api/tenants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, 'accept-language': 'de' },
      body: chunked(jsonOfSize(3 * MB)),
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toBe('Der Anfragetext ist zu groß (Grenze 1 MB).')
    expect(await tenantCount()).toBe(before)
  })

  it('limits GraphQL bodies to 1 MB too, declared or streamed', async () => {
    const query = `{ Tenants(where: { slug: { equals: "${'y'.repeat(MB)}" } }) { totalDocs } }`
    const declared = await hub.json('/api/graphql', { method: 'POST', body: { query } })
    expect(declared.status).toBe(413)
    const streamed = await fetch(`${hub.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked(JSON.stringify({ query })),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  it('lets JSON just under the limit through to Payload, and uploads above it (up to 20 MB)', async () => {
    // Payload reads all of it: its own validation (40,000 characters per text field) answers.
    const under = await hub.json('/api/tenants', { method: 'POST', token, body: jsonOfSize(MB - 200), headers: { 'content-type': 'application/json' } })
    expect(under.status).toBe(400)
    expect(under.body.errors[0].data.errors[0].path).toBe('name')
    const noise = await sharp({ create: { width: 1400, height: 1400, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(noise.length).toBeGreaterThan(2 * MB)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(noise)], { type: 'image/png' }), 'noise.png')
    form.append('_payload', JSON.stringify({ alt: 'Noise', tenant: tenantId, visibility: 'network' }))
    const upload = await hub.json('/api/media', { method: 'POST', token, body: form })
    expect(upload.status, JSON.stringify(upload.body).slice(0, 300)).toBe(201)
  })
})

describe('keep-alive connections', () => {
  /** Requests one after another over one socket, as a browser or an HTTP client pool reuses it. */
  function overOneSocket(requests: { method: string; path: string; body?: string }[]) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const send = ({ method, path, body }: (typeof requests)[number]) =>
      new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
        const request = http.request(`${hub.url}${path}`, { method, agent, headers: body ? { 'content-type': 'application/json' } : {} }, (response) => {
          response.resume()
          response.on('end', () => resolve({ status: response.statusCode!, socket: request.socket }))
        })
        // A hang is the failure this guards against: fail fast instead of waiting for the socket timeout.
        request.setTimeout(10_000, () => request.destroy(new Error(`${method} ${path} got no answer on a reused connection`)))
        request.on('error', reject)
        request.end(body)
      })
    return (async () => {
      const answers = []
      for (const request of requests) answers.push(await send(request))
      agent.destroy()
      return answers
    })()
  }

  it('stay usable after a write answered before its body was read (a POST to a route that does not exist)', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(300_000) })
    const answers = await overOneSocket([
      { method: 'POST', path: '/api/users/00000000-0000-4000-8000-000000000000/duplicate', body },
      { method: 'PATCH', path: '/api/nothing-here', body },
      { method: 'GET', path: '/api/tenants?limit=1' },
    ])
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 200])
    expect(new Set(answers.map((answer) => answer.socket)).size).toBe(1)
  })
})

describe('rate limits', () => {
  const login = (email: string) =>
    hub.fetch('/api/users/login', { method: 'POST', body: { email, password: 'wrong-password-123' }, headers: { 'content-type': 'application/json' } })

  it(`allows ${loginLimit} logins per address and window, then 429 with Retry-After (REST and GraphQL)`, async () => {
    // beforeAll's login was the first of the window.
    for (let i = 1; i < loginLimit; i++) expect((await login(`nobody${i}@example.org`)).status).toBe(401)
    const refused = await login('nobody@example.org')
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60).toBe(true)
    expect((await refused.json()).errors[0].message).toMatch(/^Too many requests/)

    // GraphQL logins share the limit: one request with aliases is one attempt per alias.
    const mutation = `mutation { loginUser(email: "a@example.org", password: "wrong-password-1") { token } }`
    const graphql = await hub.fetch('/api/graphql', { method: 'POST', body: { query: mutation } })
    expect(graphql.status).toBe(429)
    expect(graphql.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('counts GraphQL sign-in attempts per aliased mutation, through fragments, never a field read in a query', () => {
    expect(authAttempts('mutation { a: loginUser(email: "x", password: "y") { token } b: loginUser(email: "x", password: "z") { token } }')).toEqual({ login: 2, forgotPassword: 0 })
    expect(authAttempts('mutation { ...F } fragment F on Mutation { forgotPasswordUser(email: "x") }')).toEqual({ login: 0, forgotPassword: 1 })
    expect(authAttempts('{ Users { docs { loginAttempts } } }')).toEqual({ login: 0, forgotPassword: 0 })
  })

  it('limits password-reset requests per address on their own counter', async () => {
    const forgot = () => hub.fetch('/api/users/forgot-password', { method: 'POST', body: { email: 'nobody@example.org' } })
    for (let i = 0; i < loginLimit; i++) expect((await forgot()).status).toBeLessThan(300)
    const refused = await forgot()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it(`allows ${apiKeyLimit} requests per API key and window, then 429; other keys and anonymous readers are unaffected`, async () => {
    const read = (key?: string) => hub.fetch('/api/tenants?limit=1', { headers: key ? { authorization: `api-keys API-Key ${key}` } : {} })
    for (let i = 0; i < apiKeyLimit - 1; i++) expect((await read(apiKey)).status).toBe(200)
    const last = await read(apiKey)
    expect(last.status).toBe(200)
    expect(last.headers.get('ratelimit-remaining')).toBe('0')
    const refused = await read(apiKey)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const graphql = await hub.fetch('/api/graphql', { method: 'POST', headers: { authorization: `api-keys API-Key ${apiKey}` }, body: { query: '{ Tenants { totalDocs } }' } })
    expect(graphql.status).toBe(429)
    expect((await read(otherApiKey)).status).toBe(200)
    expect((await read()).status).toBe(200)
  })
})

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  expect(response.headers.get('x-powered-by')).toBeNull()
}

describe('security headers', () => {
  it('are on API, GraphQL, health and error answers, with a CSP that lets nothing run', async () => {
    const answers = [
      await hub.fetch('/api/tenants'),
      await hub.fetch('/api/graphql', { method: 'POST', body: { query: '{ Tenants { totalDocs } }' } }),
      await hub.fetch('/health/live'),
      await hub.fetch('/health/ready'),
      await hub.fetch('/api/no-such-route'),
    ]
    for (const response of answers) {
      expectSecurityHeaders(response)
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
      // HSTS only in production (see the production test below).
      expect(response.headers.get('strict-transport-security')).toBeNull()
    }
  })

  it('give the GraphQL playground the CDN its page loads from', async () => {
    const response = await hub.fetch('/api/graphql-playground')
    expectSecurityHeaders(response)
    expect(response.headers.get('content-security-policy')).toContain('https://cdn.jsdelivr.net')
  })
})

/** A stack frame ("at fn (/path/file.js:1:2)") or a path of the hub's installation. */
function leaksInternals(text: string): string | undefined {
  if (/\bat .+:\d+:\d+/.test(text)) return 'a stack frame'
  if (text.includes(rootDir)) return 'the installation path'
  if (/node_modules|\/src\/|\.ts\b|"stack"/.test(text)) return 'an internal path or stack'
  return undefined
}

describe('error bodies', () => {
  it('hide an internal error behind a generic message and log it', async () => {
    const db = hub.payload.db as unknown as { count: (...args: unknown[]) => Promise<unknown> }
    const original = db.count
    db.count = async () => {
      throw new Error(`connection to ${rootDir}/data/hub.db failed\n    at count (${rootDir}/node_modules/x.js:1:2)`)
    }
    try {
      const response = await hub.json('/api/tenants/count')
      expect(response.status).toBe(500)
      expect(response.body.errors[0].message).toBe('Something went wrong.')
      expect(leaksInternals(JSON.stringify(response.body))).toBeUndefined()
    } finally {
      db.count = original
    }
  })
})

describe('in production', () => {
  let database: TestDatabase
  let production: HubProcess

  beforeAll(async () => {
    database = await createTestDatabase()
    production = await spawnHub({
      DATABASE_URL: database.url,
      HUB_ADMIN: 'false',
      PAYLOAD_SECRET: 'limits-production-test',
      HUB_ADMIN_EMAIL: 'prod@example.org',
      HUB_ADMIN_PASSWORD: 'prod-password-123',
    })
  }, 180_000)
  afterAll(async () => {
    await production?.stop('SIGKILL')
    await database?.drop()
  })

  it('sends HSTS and keeps stack traces and paths out of every error body', async () => {
    const call = (path: string, init: RequestInit = {}) => fetch(`${production.url}${path}`, init)
    const json = { 'content-type': 'application/json' }
    const requests: [string, () => Promise<Response>][] = [
      ['malformed JSON', () => call('/api/tenants', { method: 'POST', headers: json, body: '{"name": ' })],
      ['unknown route', () => call('/api/no-such-route')],
      ['undecodable path', () => call('/api/tenants/%E0%A4%A')],
      ['invalid id', () => call("/api/tenants/1'%20OR%20'1'='1")],
      ['invalid where', () => call('/api/tenants?where[name][$where]=1&where[__proto__][x]=1')],
      ['path traversal', () => call('/api/media/file/..%2F..%2Fpackage.json')],
      ['garbage multipart', () => call('/api/media', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\ngarbage' })],
      ['oversized', () => call('/api/tenants', { method: 'POST', headers: json, body: 'x'.repeat(MB + 1) })],
      ['GraphQL syntax', () => call('/api/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ Tenants { ' }) })],
      ['GraphQL variables', () => call('/api/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: 'query($l: Int) { Tenants(limit: $l) { totalDocs } }', variables: { l: 'many' } }) })],
      ['method override', () => call('/api/tenants', { method: 'POST', headers: { ...json, 'x-http-method-override': 'GET' }, body: '{"where": ' })],
    ]
    for (const [name, send] of requests) {
      const response = await send()
      const text = await response.text()
      expect(response.status, `${name}: ${text.slice(0, 300)}`).toBeLessThan(500)
      expect(leaksInternals(text), `${name}: ${text.slice(0, 500)}`).toBeUndefined()
      expect(response.headers.get('strict-transport-security'), name).toMatch(/max-age=\d+/)
      expect(response.headers.get('x-powered-by'), name).toBeNull()
    }
  })
})
