import { expect } from 'vitest'

import type { Tenant } from '../../payload-types'
import { seed } from '../../src/seed'
import { ensureFirstAdmin } from '../../src/server/firstAdmin'
import { startHub, type TestHub } from './hub'

export type DemoHub = { hub: TestHub; offices: Tenant[]; editorToken: string }

/** The hub with the seeded demo network, and the Austrian editor signed in over REST. */
export async function startDemoHub(): Promise<DemoHub> {
  const hub = await startHub()
  await ensureFirstAdmin(hub.payload)
  await seed(hub.payload)
  const offices = (await hub.payload.find({ collection: 'tenants', pagination: false, overrideAccess: true, depth: 0 })).docs as Tenant[]
  const login = await hub.json('/api/users/login', { method: 'POST', body: { email: 'editor@austria.example.org', password: process.env.HUB_DEMO_PASSWORD || 'visionary-demo-2026' } })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  return { hub, offices, editorToken: login.body.token }
}

/** Takes the seed's media documents (and their files) along, then stops the hub. */
export async function closeDemoHub(hub: TestHub | undefined): Promise<void> {
  await hub?.payload.delete({ collection: 'media', where: { id: { exists: true } }, overrideAccess: true })
  await hub?.close()
}
