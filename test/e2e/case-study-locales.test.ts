import { afterAll, beforeAll, expect, it } from 'vitest'

import { type AdminApi, type AdminHub, loginToAdmin, startAdminHub, superAdminApi } from '../helpers/adminHub'

// An editor's whole path through the admin: create a case study in English, switch to
// German, add the German title, publish, and find both over REST.
let admin: AdminHub
const shots = process.env.HUB_E2E_SCREENSHOTS ?? '/tmp'

let api: AdminApi

beforeAll(async () => {
  admin = await startAdminHub('case-study-e2e')
  api = await superAdminApi(admin)
  const tenant = await api('/api/tenants', {
    method: 'POST',
    body: JSON.stringify({ name: 'Visionary Austria', slug: 'austria', locales: ['de', 'en'], defaultLocale: 'de' }),
  })
  expect(tenant.status).toBe(201)
})
afterAll(async () => admin?.stop())

it('creates a case study, adds the German title, publishes, and REST serves both locales', async () => {
  const { hub, browser } = admin
  const page = await browser.newPage()
  page.setDefaultTimeout(30_000)
  try {
    await loginToAdmin(page, hub.url)
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
