/**
 * Emulator smoke: the hub's MongoDB path (mongoose adapter, ObjectIds, the access rules as Mongo
 * queries) on jongodb, a Mongo-wire emulator. NOT MongoDB (see test/helpers/mongoEmulator.ts):
 * this proves that the hub boots, seeds and applies its access rules there exactly as on SQLite;
 * transactions, deletes and joins are proven only by the MongoDB lane (MONGODB_URL).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultDemoPassword } from '../../src/seed'
import { caseStudyBody } from '../helpers/fixtures'
import { startMongoEmulator, type MongoEmulator } from '../helpers/mongoEmulator'
import { spawnHub, type HubProcess } from '../helpers/process'

const collections = ['case-studies', 'learning-formats', 'curricula', 'organizations', 'media', 'topics']
type Reader = { name: string; headers: Record<string, string> }
type Doc = { id: string; slug?: string; filename?: string; name?: string; tenant?: unknown }

let emulator: MongoEmulator | undefined
let dir: string
const hubs: { mongo?: HubProcess; sqlite?: HubProcess } = {}

/** Seeded demo network on first start (HUB_SEED unset), API only. */
function demoEnv(databaseUrl: string): Record<string, string> {
  return { DATABASE_URL: databaseUrl, HUB_SEED: '', HUB_ADMIN: 'false', HUB_MONGO_JOINS: 'false', PAYLOAD_SECRET: 'emulator-smoke' }
}

async function json(hub: HubProcess, pathname: string, init: RequestInit = {}) {
  const response = await fetch(`${hub.url}${pathname}`, init)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function editorHeaders(hub: HubProcess): Promise<Record<string, string>> {
  const login = await json(hub, '/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@austria.example.org', password: defaultDemoPassword }),
  })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  return { authorization: `JWT ${String(login.body.token)}` }
}

/** What a reader sees of a collection, by a key both adapters share (ids differ: ObjectId vs UUID). */
async function visible(hub: HubProcess, collection: string, headers: Record<string, string>) {
  const answer = await json(hub, `/api/${collection}?limit=100&depth=0&locale=en`, { headers })
  expect(answer.status, `${collection}: ${JSON.stringify(answer.body)}`).toBe(200)
  const docs = answer.body.docs as Doc[]
  return { totalDocs: answer.body.totalDocs, keys: docs.map((doc) => doc.slug ?? doc.filename ?? doc.name).sort() }
}

describe('emulator smoke (jongodb, a Mongo-wire emulator, not MongoDB): the hub on the MongoDB adapter', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-emulator-'))
    emulator = await startMongoEmulator()
    ;[hubs.mongo, hubs.sqlite] = await Promise.all([
      spawnHub(demoEnv(emulator.url)),
      spawnHub(demoEnv(`file:${path.join(dir, 'hub.db')}`)),
    ])
  }, 300_000)

  afterAll(async () => {
    await Promise.all([hubs.mongo?.stop(), hubs.sqlite?.stop()])
    await emulator?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('boots, seeds the demo network, and every reader sees exactly what it sees on SQLite', async () => {
    const readers: Reader[] = [
      { name: 'anonymous', headers: {} },
      { name: 'X-Tenant austria', headers: { 'x-tenant': 'austria' } },
      { name: 'X-Tenant scandinavia', headers: { 'x-tenant': 'scandinavia' } },
    ]
    const editors = { mongo: await editorHeaders(hubs.mongo!), sqlite: await editorHeaders(hubs.sqlite!) }
    let compared = 0
    for (const collection of collections) {
      for (const reader of readers) {
        const onMongo = await visible(hubs.mongo!, collection, reader.headers)
        expect(onMongo, `${collection} as ${reader.name}`).toEqual(await visible(hubs.sqlite!, collection, reader.headers))
        compared += onMongo.keys.length
      }
      const editorOnMongo = await visible(hubs.mongo!, collection, editors.mongo)
      expect(editorOnMongo, `${collection} as the Austrian editor`).toEqual(await visible(hubs.sqlite!, collection, editors.sqlite))
    }
    // The demo network is not empty, so the comparison compared something.
    expect(compared).toBeGreaterThan(50)
  })

  it('keeps a draft from delivery until it is published, and refuses another office’s tenant', async () => {
    const hub = hubs.mongo!
    const editor = await editorHeaders(hub)
    // Offices are public (name, slug, locales).
    const offices = (await json(hub, '/api/tenants?limit=10&depth=0')).body.docs as Doc[]
    const austria = offices.find((office) => office.slug === 'austria')!
    const write = (method: string, pathname: string, body: unknown) =>
      json(hub, pathname, { method, headers: { ...editor, 'content-type': 'application/json' }, body: JSON.stringify(body) })

    const draft = await write('POST', '/api/case-studies?locale=en', caseStudyBody(austria.id, { title: 'Emulator smoke draft', _status: 'draft' }))
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const id = (draft.body.doc as Doc).id
    expect((await json(hub, `/api/case-studies/${id}`, { headers: { 'x-tenant': 'austria' } })).status).toBe(404)

    const published = await write('PATCH', `/api/case-studies/${id}?locale=en`, { _status: 'published' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const delivered = await json(hub, `/api/case-studies/${id}?locale=en`, { headers: { 'x-tenant': 'austria' } })
    expect(delivered.status).toBe(200)
    expect(delivered.body.title).toBe('Emulator smoke draft')
    // Published but `tenant` visibility: another office's delivery does not see it.
    expect((await json(hub, `/api/case-studies/${id}`, { headers: { 'x-tenant': 'scandinavia' } })).status).toBe(404)

    const scandinavia = offices.find((office) => office.slug === 'scandinavia')!
    const foreign = await write('POST', '/api/case-studies?locale=en', caseStudyBody(scandinavia.id, { title: 'Not my office', _status: 'draft' }))
    expect(foreign.status, JSON.stringify(foreign.body)).toBe(403)
  })
})
