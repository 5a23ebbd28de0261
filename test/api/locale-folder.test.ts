import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// Adding a language is adding a folder: boot the hub on a copy of locales/ plus Estonian.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-locales-'))
// The hub reads HUB_LOCALES_DIR when it boots, so nothing of the hub is imported before startHub.
fs.cpSync(path.join(process.cwd(), 'locales'), dir, { recursive: true })
fs.mkdirSync(path.join(dir, 'et'))
fs.writeFileSync(path.join(dir, 'et', 'hub.json'), JSON.stringify({ errors: { notFound: 'Ei leitud.' } }))

let hub: TestHub
let token: string
beforeAll(async () => {
  hub = await startHub({ HUB_LOCALES_DIR: dir })
  token = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
})
afterAll(async () => {
  await hub?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

it('stores and serves content in a language that exists only as a new folder', async () => {
  const created = await hub.json('/api/tenants?locale=et', {
    method: 'POST',
    token,
    body: { name: 'Visionary Eesti', slug: 'estonia', locales: ['et', 'en'], defaultLocale: 'et' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const read = await hub.json(`/api/tenants/${created.body.doc.id}?locale=et&fallback-locale=none`)
  expect(read.body.name).toBe('Visionary Eesti')
  expect(read.body.locales).toEqual(['et', 'en'])
  expect(hub.payload.config.localization && hub.payload.config.localization.localeCodes).toContain('et')
})
