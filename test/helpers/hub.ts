import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'

import type { Payload } from 'payload'

import { closeDatabase } from '../../src/config/database'
import { createTestDatabase, type TestDatabase } from './database'

export type TestHub = {
  url: string
  payload: Payload
  database: TestDatabase
  /** fetch against the hub: `hub.fetch('/api/tenants', { token })`. */
  fetch: (path: string, init?: HubRequestInit) => Promise<Response>
  /** POST JSON and parse the JSON answer. */
  json: <T = any>(path: string, init?: HubRequestInit) => Promise<{ status: number; body: T; headers: Headers }>
  close: () => Promise<void>
}

export type HubRequestInit = Omit<RequestInit, 'body'> & { token?: string; body?: unknown }

/**
 * Boots the real hub (Payload + Express, no admin build) on a fresh database and an
 * ephemeral port. One per test file: vitest runs each file in its own process.
 */
export async function startHub(env: Record<string, string> = {}): Promise<TestHub> {
  const database = await createTestDatabase()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-media-'))
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    HUB_MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: 'test-secret-for-this-file-only',
    HUB_SEED: 'none',
    // Test files log many people in from one address; test/api/limits.test.ts sets its own limits.
    HUB_LOGIN_RATE_LIMIT: '100000',
    HUB_API_KEY_RATE_LIMIT: '100000',
    ...env,
  })
  const [{ getPayload }, { createHubApp, keepConnectionsAlive }, { default: configPromise }] = await Promise.all([
    import('payload'),
    import('../../src/server/app'),
    import('../../payload.config'),
  ])
  const config = await configPromise
  const payload = await getPayload({ config })
  const app = createHubApp({ payload, config })
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    keepConnectionsAlive(listening)
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const hubFetch = (path: string, init: HubRequestInit = {}) => {
    const { token, body, headers, ...rest } = init
    const merged = new Headers(headers)
    if (token) merged.set('authorization', `JWT ${token}`)
    let payloadBody: BodyInit | undefined
    if (body !== undefined) {
      if (typeof body === 'string' || body instanceof FormData || body instanceof Uint8Array) payloadBody = body as BodyInit
      else {
        payloadBody = JSON.stringify(body)
        if (!merged.has('content-type')) merged.set('content-type', 'application/json')
      }
    }
    return fetch(`${url}${path}`, { ...rest, headers: merged, body: payloadBody })
  }

  return {
    url,
    payload,
    database,
    fetch: hubFetch,
    json: async (path, init) => {
      const response = await hubFetch(path, init)
      const text = await response.text()
      let body: any = text
      try {
        body = JSON.parse(text)
      } catch {
        /* not JSON: keep the text so the assertion shows it */
      }
      return { status: response.status, body, headers: response.headers }
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      if (database.kind === 'mongodb') {
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      }
      await closeDatabase(payload)
      await database.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}

/** Creates a user through the Local API and logs in over REST, returning the JWT. */
export async function createUserAndLogin(
  hub: TestHub,
  data: { email: string; password?: string; roles?: ('super-admin')[]; tenants?: unknown[] },
): Promise<string> {
  const password = data.password ?? 'correct-horse-battery'
  await hub.payload.create({ collection: 'users', data: { ...data, password } as never, overrideAccess: true })
  const { status, body } = await hub.json('/api/users/login', { method: 'POST', body: { email: data.email, password } })
  if (status !== 200) throw new Error(`login failed: ${status} ${JSON.stringify(body)}`)
  return body.token
}
