import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant, curriculumBody, formatBody } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'
import { seededRandom, testSeed } from '../helpers/random'

// The delivery cache through real HTTP: what it serves must always equal what the hub answers
// without it. The oracle is a second Express app on the same Payload with the cache off; every
// cached answer is compared with the oracle's after writes through REST, GraphQL and the Local API.

let hub: TestHub
let oracle: { url: string; server: Server }
let root: string
let austria: string
let germany: string

beforeAll(async () => {
  hub = await startHub()
  root = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  austria = String((await createTenant(hub, 'austria', ['de', 'en'])).id)
  germany = String((await createTenant(hub, 'germany', ['de', 'en'])).id)
  const { createHubApp } = await import('../../src/server/app')
  const app = createHubApp({ payload: hub.payload, config: hub.payload.config, deliveryCaching: false })
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  oracle = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}, 300_000)

afterAll(async () => {
  oracle?.server.closeAllConnections()
  oracle?.server.close()
  await hub?.close()
})

const asAustria = { 'x-tenant': 'austria' }

type Read = { status: number; body: string; etag: string | null; cache: string | null; cacheControl: string | null }

async function read(base: string, path: string, headers: Record<string, string> = asAustria, init: RequestInit = {}): Promise<Read> {
  const response = await fetch(`${base}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } })
  return {
    status: response.status,
    body: await response.text(),
    etag: response.headers.get('etag'),
    cache: response.headers.get('x-cache'),
    cacheControl: response.headers.get('cache-control'),
  }
}

const deliver = (path: string, headers?: Record<string, string>) => read(hub.url, path, headers)

/** The cached answer equals the uncached one, byte for byte. */
async function expectFresh(path: string, headers: Record<string, string> = asAustria): Promise<Read> {
  const cached = await deliver(path, headers)
  const truth = await read(oracle.url, path, headers)
  expect({ path, status: cached.status, body: cached.body }).toEqual({ path, status: truth.status, body: truth.body })
  return cached
}

const graphql = (query: string, headers: Record<string, string> = asAustria) =>
  read(hub.url, '/api/graphql', { ...headers, 'content-type': 'application/json' }, { method: 'POST', body: JSON.stringify({ query }) })

async function create(collection: string, body: unknown): Promise<string> {
  const created = await hub.json(`/api/${collection}?locale=de`, { method: 'POST', token: root, body })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id
}

async function patch(collection: string, id: string, body: unknown, query = '') {
  const updated = await hub.json(`/api/${collection}/${id}${query}`, { method: 'PATCH', token: root, body })
  expect(updated.status, JSON.stringify(updated.body)).toBe(200)
}

describe('delivery cache', () => {
  it('answers a repeated anonymous read from memory, with a strong ETag, 304 on If-None-Match and Cache-Control', async () => {
    await create('case-studies', caseStudyBody(austria, { title: 'Cache basics', slug: 'cache-basics' }))
    const path = '/api/case-studies?limit=10&locale=de'
    const first = await deliver(path)
    expect(first.status).toBe(200)
    expect(first.cache).toBe('MISS')
    expect(first.etag).toMatch(/^"[\w-]{20,}"$/)
    expect(first.cacheControl).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/)
    const second = await deliver('/api/case-studies?locale=de&limit=10')
    expect(second).toMatchObject({ status: 200, cache: 'HIT', etag: first.etag, body: first.body })
    const revalidated = await read(hub.url, path, { ...asAustria, 'if-none-match': first.etag! })
    expect(revalidated).toMatchObject({ status: 304, body: '', etag: first.etag })
    // Another office's context is another answer.
    const german = await deliver(path, { 'x-tenant': 'germany' })
    expect(german.cache).toBe('MISS')
    expect(german.body).not.toContain('Cache basics')
  })

  it('evicts a document wherever it appears: by id, in lists, populated, hidden then visible, inherited by an adaptation', async () => {
    const organization = await create('organizations', { tenant: austria, name: 'Caritas Wien', sector: 'civil-society', country: 'AT' })
    const format = await create('learning-formats', formatBody(austria, { title: 'Lernreise', slug: 'lernreise' }))
    const study = await create(
      'case-studies',
      caseStudyBody(austria, { title: 'Wien hilft', slug: 'wien-hilft', partners: [{ organization, role: 'Partner' }], relatedFormats: [format] }),
    )
    const curriculum = await create('curricula', curriculumBody(austria, { title: 'Programm', slug: 'programm', caseStudies: [study] }))
    const paths = [
      `/api/case-studies/${study}?depth=1&locale=de`,
      `/api/curricula/${curriculum}?depth=2&locale=de`,
      '/api/case-studies?locale=de&depth=1',
      '/api/learning-formats/count',
    ]
    for (const path of paths) await expectFresh(path)
    for (const path of paths) expect((await deliver(path)).cache).toBe('HIT')

    // A populated organization, two levels down in the curriculum.
    await patch('organizations', organization, { name: 'Caritas Österreich' }, '?locale=de')
    for (const path of paths) await expectFresh(path)
    expect((await deliver(paths[1])).body).toContain('Caritas Österreich')

    // Unpublished: the format disappears from every answer that populated it …
    await patch('learning-formats', format, { _status: 'draft' }, '?locale=de')
    for (const path of paths) await expectFresh(path)
    // … and comes back when published, though the answers that hid it never named it.
    await patch('learning-formats', format, { _status: 'published' }, '?locale=de')
    for (const path of paths) await expectFresh(path)
    expect((await deliver(paths[0])).body).toContain(format)

    // Written through the Local API (scripts, jobs): the same evictions.
    await hub.payload.update({ collection: 'case-studies', id: study, data: { title: 'Wien hilft weiter' } as never, locale: 'de', overrideAccess: true })
    for (const path of paths) await expectFresh(path)

    // Deleted: 404 by id, gone from lists.
    await hub.payload.delete({ collection: 'case-studies', id: study, overrideAccess: true })
    for (const path of paths) await expectFresh(path)
    expect((await deliver(paths[0])).status).toBe(404)
  })

  it('follows an adaptation’s origin: a change to the origin reaches the adaptation at once', async () => {
    const origin = await create('learning-formats', formatBody(germany, { title: 'Werkstatt', slug: 'werkstatt', visibility: 'network' }))
    const adapted = await hub.json(`/api/learning-formats/${origin}/adapt`, { method: 'POST', token: root, headers: asAustria })
    expect(adapted.status, JSON.stringify(adapted.body)).toBe(201)
    const adaptation = adapted.body.doc.id
    await patch('learning-formats', adaptation, { _status: 'published' }, '?locale=de')
    const path = `/api/learning-formats/${adaptation}?locale=de`
    expect(JSON.parse((await expectFresh(path)).body).title).toBe('Werkstatt')
    expect((await deliver(path)).cache).toBe('HIT')
    await patch('learning-formats', origin, { title: 'Zukunftswerkstatt' }, '?locale=de')
    expect(JSON.parse((await expectFresh(path)).body).title).toBe('Zukunftswerkstatt')
  })

  it('caches per API key, and a disabled key is refused at once', async () => {
    const created = await hub.json('/api/api-keys', { method: 'POST', token: root, body: { name: 'Vienna site', tenant: austria, scope: 'preview' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const key = { authorization: `api-keys API-Key ${created.body.doc.apiKey}` }
    const draft = await create('case-studies', caseStudyBody(austria, { title: 'Nur Vorschau', slug: 'nur-vorschau', _status: 'draft' }))
    const path = `/api/case-studies/${draft}?draft=true&locale=de`
    const preview = await expectFresh(path, key)
    expect(preview.status).toBe(200)
    expect(preview.cacheControl).toMatch(/^private,/)
    expect((await deliver(path, key)).cache).toBe('HIT')
    // The same path without the key is another answer: the draft stays unseen.
    expect((await expectFresh(path)).status).toBe(404)
    await hub.json(`/api/api-keys/${created.body.doc.id}`, { method: 'PATCH', token: root, body: { enabled: false } })
    expect((await deliver(path, key)).status).toBe(401)
  })

  it('never serves people from the cache, nor their answers to anyone', async () => {
    const study = await create('case-studies', caseStudyBody(austria, { title: 'Öffentlich', slug: 'oeffentlich' }))
    await patch('case-studies', study, { title: 'Entwurf der Redaktion' }, '?locale=de&draft=true')
    const path = `/api/case-studies/${study}?locale=de&draft=true`
    const asRoot = await read(hub.url, path, { ...asAustria, authorization: `JWT ${root}` })
    expect(asRoot.cache).toBeNull()
    expect(asRoot.body).toContain('Entwurf der Redaktion')
    const anonymous = await expectFresh(path)
    expect(anonymous.body).toContain('Öffentlich')
    expect(anonymous.body).not.toContain('Entwurf der Redaktion')
  })

  it('caches GraphQL queries, evicts them on writes, never caches mutations', async () => {
    const study = await create('case-studies', caseStudyBody(austria, { title: 'GraphQL-Studie', slug: 'graphql-studie' }))
    const query = `{ CaseStudy(id: "${study}", locale: de) { title } CaseStudies(limit: 5, locale: de) { totalDocs docs { title } } }`
    const first = await graphql(query)
    expect(first.cache).toBe('MISS')
    expect(JSON.parse(first.body).data.CaseStudy.title).toBe('GraphQL-Studie')
    expect((await graphql(query)).cache).toBe('HIT')
    await patch('case-studies', study, { title: 'GraphQL-Studie, neu' }, '?locale=de')
    const after = await graphql(query)
    expect(after.cache).toBe('MISS')
    expect(JSON.parse(after.body).data.CaseStudy.title).toBe('GraphQL-Studie, neu')
    const mutation = await graphql(`mutation { updateCaseStudy(id: "${study}", data: { title: "x" }) { title } }`)
    expect(mutation.cache).toBeNull()
  })

  it('randomized: after every seeded edit, publish, unpublish, create or delete, each cached answer equals the uncached one and holds no other office’s documents', async () => {
    const seed = testSeed()
    const random = seededRandom(seed)
    const studies: string[] = []
    const organizations: string[] = []
    for (let i = 0; i < 4; i++) organizations.push(await create('organizations', { tenant: austria, name: `Partner ${i}`, sector: 'business', country: 'AT', visibility: 'network' }))
    for (let i = 0; i < 6; i++) {
      studies.push(
        await create('case-studies', caseStudyBody(i % 2 ? germany : austria, { title: `Studie ${i}`, slug: `studie-${i}`, visibility: i % 3 ? 'tenant' : 'network', partners: [{ organization: organizations[i % 4], role: 'Partner' }] })),
      )
    }
    const { pick, chance, int } = random
    const readers = [asAustria, { 'x-tenant': 'germany' }, {}]
    const paths = () => [
      '/api/case-studies?locale=de&depth=1&sort=-updatedAt',
      '/api/case-studies?locale=en&where[visibility][equals]=network',
      '/api/organizations?locale=de',
      `/api/case-studies/${pick(studies)}?depth=1&locale=de`,
      ...(deleted.length ? [`/api/case-studies/${pick(deleted)}`] : []),
      `/api/organizations/${pick(organizations)}`,
      '/api/case-studies/count',
    ]
    let hits = 0
    const deleted: string[] = []
    const officeIds = { austria, germany } as Record<string, string>
    for (let step = 0; step < 60; step++) {
      const study = pick(studies)
      const action = int(6)
      const context = `seed ${seed}, step ${step}, action ${action}`
      if (action === 0) await patch('case-studies', study, { title: `Titel ${step}` }, '?locale=de')
      else if (action === 1) await patch('case-studies', study, { _status: chance(0.5) ? 'draft' : 'published' }, '?locale=de')
      else if (action === 2) await patch('organizations', pick(organizations), { name: `Partner ${step}` }, '?locale=de')
      else if (action === 3) await patch('case-studies', study, { visibility: chance(0.5) ? 'tenant' : 'network' })
      else if (action === 4) studies.push(await create('case-studies', caseStudyBody(pick([austria, germany]), { title: `Neu ${step}`, slug: `neu-${step}` })))
      else if (studies.length > 3) {
        expect((await hub.json(`/api/case-studies/${study}`, { method: 'DELETE', token: root })).status, context).toBe(200)
        studies.splice(studies.indexOf(study), 1)
        deleted.push(study)
      }
      for (let i = 0; i < 4; i++) {
        const path = pick(paths())
        const headers = pick(readers)
        const truth = await read(oracle.url, path, headers)
        // Twice: the first may fill the cache, the second is answered from it.
        for (const cached of [await deliver(path, headers), await deliver(path, headers)]) {
          if (cached.cache === 'HIT') hits++
          expect({ context, path, headers, status: cached.status, body: cached.body }).toEqual({ context, path, headers, status: truth.status, body: truth.body })
        }
        // And nothing of another office unless it is shared with the network.
        const office = officeIds[(headers as Record<string, string>)['x-tenant'] ?? '']
        const body = JSON.parse(truth.body)
        for (const doc of path.startsWith('/api/case-studies?') ? body.docs : []) {
          expect(doc.visibility === 'network' || (office !== undefined && (doc.tenant?.id ?? doc.tenant) === office), `${context}: ${path}`).toBe(true)
        }
      }
    }
    // The comparison means something only if the cache actually answered.
    expect(hits).toBeGreaterThan(100)
  }, 300_000)
})
