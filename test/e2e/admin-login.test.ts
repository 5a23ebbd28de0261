import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { spawnHub, type HubProcess } from '../helpers/process'

// The production build of the admin (npm run build) behind the real Express server.
let database: TestDatabase
let hub: HubProcess
let browser: Browser

beforeAll(async () => {
  database = await createTestDatabase('sqlite')
  hub = await spawnHub({
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'admin-e2e-secret',
    HUB_ADMIN_EMAIL: 'admin@example.org',
    HUB_ADMIN_PASSWORD: 'admin-password-123',
  })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await hub?.stop()
  await database?.drop()
})

it('logs in at /admin and sees the offices (tenants) list', async () => {
  const page = await browser.newPage()
  await page.goto(`${hub.url}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await page.fill('input[name="email"]', 'admin@example.org')
  await page.fill('input[name="password"]', 'admin-password-123')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })

  await page.goto(`${hub.url}/admin/collections/tenants`)
  await page.getByRole('heading', { name: 'Offices' }).waitFor({ timeout: 30_000 })
  expect(await page.title()).toContain('Visionary Hub')
  await page.screenshot({ path: `${process.env.HUB_E2E_SCREENSHOTS ?? '/tmp'}/admin-tenants.png` })
})
