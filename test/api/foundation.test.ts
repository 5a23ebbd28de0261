import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let token: string

beforeAll(async () => {
  hub = await startHub()
  token = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
})
afterAll(async () => hub?.close())

const austria = {
  name: 'Visionary Austria',
  slug: 'austria',
  countries: ['AT'],
  domains: ['austria.localhost'],
  locales: ['de', 'en'],
  defaultLocale: 'de',
  timezone: 'Europe/Vienna',
}

describe('REST', () => {
  it('creates a tenant after login and reads it back', async () => {
    const created = await hub.json('/api/tenants', { method: 'POST', token, body: austria })
    expect(created.status).toBe(201)
    expect(typeof created.body.doc.id).toBe('string')
    const read = await hub.json(`/api/tenants/${created.body.doc.id}`, { token })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ slug: 'austria', name: 'Visionary Austria', countries: ['AT'], defaultLocale: 'de' })
  })

  it('falls back to English for a missing German value, and gives null with fallback-locale=none', async () => {
    const { body } = await hub.json('/api/tenants?where[slug][equals]=austria', { token })
    const id = body.docs[0].id
    const fallback = await hub.json(`/api/tenants/${id}?locale=de`, { token })
    expect(fallback.body.name).toBe('Visionary Austria')
    const none = await hub.json(`/api/tenants/${id}?locale=de&fallback-locale=none`, { token })
    expect(none.body.name ?? null).toBeNull()

    const patched = await hub.json(`/api/tenants/${id}?locale=de`, { method: 'PATCH', token, body: { name: 'Visionary Österreich' } })
    expect(patched.status).toBe(200)
    expect((await hub.json(`/api/tenants/${id}?locale=de`)).body.name).toBe('Visionary Österreich')
    expect((await hub.json(`/api/tenants/${id}?locale=en`)).body.name).toBe('Visionary Austria')
  })

  it('answers an unknown route with a JSON 404 in the hub error shape, in the request language', async () => {
    const en = await hub.json('/api/no-such-collection')
    expect(en.status).toBe(404)
    expect(en.body.errors[0].message).toMatch(/not found/i)
    const de = await hub.json('/api/no-such-collection', { headers: { 'accept-language': 'de-AT,de;q=0.9' } })
    expect(de.status).toBe(404)
    expect(de.body.errors[0].message).toMatch(/nicht gefunden/i)
  })

  it('answers a path that does not decode, or decodes to a NUL, with 400 (file names and ids alike)', async () => {
    for (const path of ['/api/tenants/%E0%A4%A', '/api/media/file/%00', '/api/tenants/a%00b', '/api/media/file/x%00.png']) {
      const { status, body } = await hub.json(path, { token })
      expect(status, path).toBe(400)
      expect(body.errors[0].message, path).toBeTruthy()
    }
  })

  it('refuses a malformed JSON body with 400 and writes nothing', async () => {
    const before = await hub.payload.count({ collection: 'tenants' })
    const response = await hub.json('/api/tenants', {
      method: 'POST',
      token,
      headers: { 'content-type': 'application/json' },
      body: '{"name": "Broken", "slug": ',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/json/i)
    expect((await hub.payload.count({ collection: 'tenants' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a tenant whose default locale is not one of its locales, naming the field', async () => {
    const response = await hub.json('/api/tenants', {
      method: 'POST',
      token,
      body: { ...austria, slug: 'broken', domains: [], locales: ['de'], defaultLocale: 'fr' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('defaultLocale')
    expect((await hub.payload.count({ collection: 'tenants', where: { slug: { equals: 'broken' } } })).totalDocs).toBe(0)
  })

  it('refuses a domain that another tenant already claims', async () => {
    const response = await hub.json('/api/tenants', {
      method: 'POST',
      token,
      body: { ...austria, slug: 'austria-two', name: 'Copy' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('austria.localhost')
  })
})

describe('GraphQL', () => {
  it('reads with a locale argument when authenticated', async () => {
    const query = `{ Tenants(locale: de, where: { slug: { equals: "austria" } }) { docs { slug name } } }`
    const { status, body } = await hub.json('/api/graphql', { method: 'POST', token, body: { query } })
    expect(status).toBe(200)
    expect(body.data.Tenants.docs).toEqual([{ slug: 'austria', name: 'Visionary Österreich' }])
  })

  it('refuses an unauthenticated mutation', async () => {
    const query = `mutation { createTenant(data: { name: "Pirates", slug: "pirates", locales: en, defaultLocale: en }) { id } }`
    const { body } = await hub.json('/api/graphql', { method: 'POST', body: { query } })
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await hub.payload.count({ collection: 'tenants', where: { slug: { equals: 'pirates' } } })).totalDocs).toBe(0)
  })
})

describe('roles from the body', () => {
  it('never grants super-admin through a self-service call', async () => {
    const first = await hub.json('/api/users/first-register', {
      method: 'POST',
      body: { email: 'intruder@example.org', password: 'intruder-password-1', roles: ['super-admin'] },
    })
    // A hub with users has no first registration; either way no super-admin appears.
    expect(first.status).toBeGreaterThanOrEqual(400)
    const intruders = await hub.payload.find({ collection: 'users', where: { email: { equals: 'intruder@example.org' } } })
    expect(intruders.docs.every((user) => !user.roles?.includes('super-admin'))).toBe(true)

    const editor = await createUserAndLogin(hub, { email: 'editor@example.org' })
    const me = await hub.json('/api/users/me', { token: editor })
    const escalate = await hub.json(`/api/users/${me.body.user.id}`, { method: 'PATCH', token: editor, body: { roles: ['super-admin'] } })
    expect(escalate.status).toBeLessThan(500)
    const after = await hub.payload.findByID({ collection: 'users', id: me.body.user.id })
    expect(after.roles ?? []).not.toContain('super-admin')
  })
})

describe('health', () => {
  it('is live and ready', async () => {
    expect((await hub.fetch('/health/live')).status).toBe(200)
    const ready = await hub.json('/health/ready')
    expect(ready.status).toBe(200)
    expect(ready.body.status).toBe('ok')
  })
})
