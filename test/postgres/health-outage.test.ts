import { afterAll, beforeAll, expect, it } from 'vitest'

import { startHub, type TestHub } from '../helpers/hub'
import { startPostgresServer, type PostgresServer } from '../helpers/postgresServer'

// Postgres lane only: stops and restarts a private PostgreSQL server under a running hub.
let server: PostgresServer
let hub: TestHub

beforeAll(async () => {
  server = await startPostgresServer()
  process.env.POSTGRES_URL = server.url
  hub = await startHub()
})
afterAll(async () => {
  server?.start()
  await hub?.close().catch(() => undefined)
  server?.remove()
})

async function ready(): Promise<{ status: number; ms: number }> {
  const started = Date.now()
  const response = await hub.fetch('/health/ready')
  return { status: response.status, ms: Date.now() - started }
}

it('/health/ready says 503 while PostgreSQL is down and 200 again after it restarts, without a hub restart', async () => {
  expect((await ready()).status).toBe(200)

  server.stop()
  const down = await ready()
  expect(down.status).toBe(503)
  expect(down.ms).toBeLessThan(5000)
  expect((await hub.fetch('/health/live')).status).toBe(200)

  server.start()
  let status = 0
  for (let attempt = 0; attempt < 60 && status !== 200; attempt++) {
    status = (await ready()).status
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500))
  }
  expect(status).toBe(200)
  const tenants = await hub.payload.find({ collection: 'tenants' })
  expect(tenants.totalDocs).toBe(0)
})
