import { afterAll, beforeAll, expect, it } from 'vitest'

import { createTenant, formatBody } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// Updates are serialized per document (plugins/concurrency). A failed update must not keep its
// document locked: on SQLite a GraphQL update refused after taking the lock held it until the lock's
// 30 s safety release, and every later save of that document stalled (found by the request fuzzer).
let hub: TestHub
let token: string
let id: string

beforeAll(async () => {
  hub = await startHub()
  token = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  const office = await createTenant(hub, 'alpha', ['de', 'en'])
  id = (await hub.payload.create({ collection: 'learning-formats', locale: 'de', data: formatBody(office.id) as never, overrideAccess: true })).id
})
afterAll(async () => hub?.close())

const update = (target: string, data: string) =>
  hub.json('/api/graphql', { method: 'POST', token, body: { query: `mutation { updateLearningFormat(id: "${target}", locale: de, data: ${data}) { id } }` } })

it('frees a document whose GraphQL update failed before anything else ran (not found)', async () => {
  const missing = '00000000-0000-4000-8000-000000000000'
  const refused = await update(missing, '{ summary: "x" }')
  expect(refused.body.errors?.[0]?.extensions?.statusCode).toBe(404)
  // Well below the lock's 30 s safety release: a functional bound, not a benchmark.
  const again = await hub.json(`/api/learning-formats/${missing}?locale=de`, { method: 'PATCH', token, body: { summary: 'y' }, signal: AbortSignal.timeout(15_000) })
  expect(again.status).toBe(404)
})

it('frees the document after a refused GraphQL update, so the next save is answered at once', async () => {
  const refused = await update(id, '{ groupSize: { min: 50, max: 2 } }')
  expect(refused.body.errors?.[0]?.extensions?.statusCode).toBe(400)
  const saved = await hub.json(`/api/learning-formats/${id}?locale=de`, { method: 'PATCH', token, body: { summary: 'Saved after the refusal' }, signal: AbortSignal.timeout(15_000) })
  expect(saved.status).toBe(200)
  expect(saved.body.doc.summary).toBe('Saved after the refusal')
})
