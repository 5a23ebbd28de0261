import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from './browser'
import { createTestDatabase, type TestDatabase } from './database'
import { spawnHub, type HubProcess } from './process'

export const adminEmail = 'admin@example.org'
export const adminPassword = 'admin-password-123'

export type AdminHub = { hub: HubProcess; browser: Browser; stop: () => Promise<void> }

/** The production server (with the built admin) on a fresh SQLite file, plus headless Chromium. */
export async function startAdminHub(secret: string): Promise<AdminHub> {
  const database: TestDatabase = await createTestDatabase('sqlite')
  const hub = await spawnHub({
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: secret,
    HUB_ADMIN_EMAIL: adminEmail,
    HUB_ADMIN_PASSWORD: adminPassword,
  })
  const browser = await launchBrowser()
  return {
    hub,
    browser,
    stop: async () => {
      await browser.close()
      await hub.stop()
      await database.drop()
    },
  }
}

/** Signs in through the admin's login form (as the super-admin unless told otherwise). */
export async function loginToAdmin(page: Page, url: string, email = adminEmail, password = adminPassword): Promise<void> {
  await page.goto(`${url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((next) => !next.pathname.includes('/login'), { timeout: 30_000 })
}

export type AdminApi = (path: string, init?: RequestInit) => Promise<{ status: number; body: any }>

/** REST calls to the hub as its super-admin (a JWT from the login endpoint), JSON in and out. */
export async function superAdminApi(admin: AdminHub): Promise<AdminApi> {
  const login = await fetch(`${admin.hub.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  })
  const { token } = await login.json()
  return async (path, init = {}) => {
    const response = await fetch(`${admin.hub.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
    })
    return { status: response.status, body: await response.json() }
  }
}
