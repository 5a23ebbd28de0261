import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { spawnHub, type HubProcess } from '../helpers/process'

// The production server on an empty database: committed migrations create the schema,
// the first super-admin is created from the environment, SIGTERM ends it cleanly.
let database: TestDatabase
let hub: HubProcess
beforeAll(async () => {
  database = await createTestDatabase()
  hub = await spawnHub({
    DATABASE_URL: database.url,
    HUB_ADMIN: 'false',
    PAYLOAD_SECRET: 'production-boot-test',
    HUB_ADMIN_EMAIL: 'boot@example.org',
    HUB_ADMIN_PASSWORD: 'boot-password-123',
  })
})
afterAll(async () => {
  await hub?.stop('SIGKILL')
  await database?.drop()
})

describe('production boot', () => {
  it('applies the committed migrations and creates the first super-admin', async () => {
    if (database.kind !== 'mongodb') expect(hub.output()).toMatch(/migrat/i)
    const login = await fetch(`${hub.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boot@example.org', password: 'boot-password-123' }),
    })
    expect(login.status).toBe(200)
    const { token, user } = await login.json()
    expect(user.roles).toEqual(['super-admin'])
    const created = await fetch(`${hub.url}/api/tenants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ name: 'Germany', slug: 'germany', locales: ['de', 'en'], defaultLocale: 'de', countries: ['DE'] }),
    })
    expect(created.status).toBe(201)
  })

  it('exits 0 on SIGTERM', async () => {
    expect(await hub.stop('SIGTERM')).toBe(0)
  })
})

describe('a taken port', () => {
  it('ends a second server with one clear line', async () => {
    const { spawnSync } = await import('node:child_process')
    const { serverArgs, rootDir } = await import('../helpers/process')
    const second = await createTestDatabase()
    const blocker = await spawnHub({ DATABASE_URL: second.url, HUB_ADMIN: 'false', PAYLOAD_SECRET: 'x' })
    const port = new URL(blocker.url).port
    const result = spawnSync(process.execPath, serverArgs, {
      cwd: rootDir,
      env: { ...process.env, NODE_ENV: 'production', HUB_ADMIN: 'false', DATABASE_URL: second.url, PAYLOAD_SECRET: 'x', PORT: port },
      encoding: 'utf8',
      timeout: 150_000,
    })
    await blocker.stop()
    await second.drop()
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(`Port ${port} is already in use; set PORT to a free port.`)
    // Two production boots on a loaded CI machine (PostgreSQL lane) can take most of a minute.
  }, 180_000)
})
