import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { spawnHub, type HubProcess } from '../helpers/process'

// An editor's whole path through the admin: create a case study in English, switch to
// German, add the German title, publish, and find both over REST.
let database: TestDatabase
let hub: HubProcess
let browser: Browser
let token: string
const shots = process.env.HUB_E2E_SCREENSHOTS ?? '/tmp'

async function api(path: string, init: RequestInit = {}) {
  const response = await fetch(`${hub.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  return { status: response.status, body: await response.json() }
}

beforeAll(async () => {
  database = await createTestDatabase('sqlite')
  hub = await spawnHub({
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'case-study-e2e',
    HUB_ADMIN_EMAIL: 'admin@example.org',
    HUB_ADMIN_PASSWORD: 'admin-password-123',
  })
  const login = await fetch(`${hub.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'admin-password-123' }),
  })
  token = (await login.json()).token
  const tenant = await api('/api/tenants', {
    method: 'POST',
    body: JSON.stringify({ name: 'Visionary Austria', slug: 'austria', locales: ['de', 'en'], defaultLocale: 'de' }),
  })
  expect(tenant.status).toBe(201)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await hub?.stop()
  await database?.drop()
})

async function login(page: Page) {
  await page.goto(`${hub.url}/admin/login`)
  await page.fill('input[name="email"]', 'admin@example.org')
  await page.fill('input[name="password"]', 'admin-password-123')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
}

it('creates a case study, adds the German title, publishes, and REST serves both locales', async () => {
  const page = await browser.newPage()
  page.setDefaultTimeout(30_000)
  try {
    await login(page)
    await page.goto(`${hub.url}/admin/collections/case-studies/create`)
    await page.locator('#field-title').fill('Crowdsourcing refugee inclusion')
    await page.locator('#field-slug').fill('crowdsourcing-refugee-inclusion')
    await page.getByRole('button', { name: /publish/i }).first().click()
    await page.waitForURL(/\/admin\/collections\/case-studies\/[0-9a-f-]{36}/)
    const id = page.url().match(/case-studies\/([0-9a-f-]{36})/)![1]
    await expect.poll(async () => (await api(`/api/case-studies/${id}?locale=en`)).body._status).toBe('published')

    await page.locator('.localizer button, .localizer').first().click()
    await page.getByRole('button', { name: /Deutsch/ }).or(page.getByText('Deutsch', { exact: true })).first().click()
    await page.waitForURL(/locale=de/)
    await page.locator('#field-title').fill('Inklusion von Geflüchteten durch Crowdsourcing')
    await page.getByRole('button', { name: /publish/i }).first().click()

    // Read as the office's front end would (its tenant context): the case study is office-only.
    const asOffice = (locale: string) => fetch(`${hub.url}/api/case-studies/${id}?locale=${locale}`, { headers: { 'x-tenant': 'austria' } }).then((r) => r.json())
    await expect.poll(async () => (await asOffice('de')).title, { timeout: 20_000 }).toBe('Inklusion von Geflüchteten durch Crowdsourcing')
    const english = await asOffice('en')
    expect(english.title).toBe('Crowdsourcing refugee inclusion')
    expect(english._status).toBe('published')
    await page.screenshot({ path: `${shots}/case-study-de.png` })
  } catch (error) {
    await page.screenshot({ path: `${shots}/case-study-failure.png` })
    throw error
  }
})
