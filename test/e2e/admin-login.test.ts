import { afterAll, beforeAll, expect, it } from 'vitest'

import { loginToAdmin, startAdminHub, type AdminHub } from '../helpers/adminHub'

// The production build of the admin (npm run build) behind the real Express server.
let admin: AdminHub

beforeAll(async () => {
  admin = await startAdminHub('admin-e2e-secret')
})
afterAll(async () => admin?.stop())

it('logs in at /admin and sees the offices (tenants) list', async () => {
  const { hub, browser } = admin
  const page = await browser.newPage()
  await page.goto(`${hub.url}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await loginToAdmin(page, hub.url)

  await page.goto(`${hub.url}/admin/collections/tenants`)
  await page.getByRole('heading', { name: 'Offices' }).waitFor({ timeout: 30_000 })
  expect(await page.title()).toContain('Visionary Hub')
  await page.screenshot({ path: `${process.env.HUB_E2E_SCREENSHOTS ?? '/tmp'}/admin-tenants.png` })
})
