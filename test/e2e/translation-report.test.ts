import { afterAll, beforeAll, expect, it } from 'vitest'

import { type AdminApi, type AdminHub, loginToAdmin, startAdminHub, superAdminApi } from '../helpers/adminHub'

// The translation report as an admin view (issue 5): one office's case studies by target locale,
// reached from the nav, by office picker, by the tenant selector's cookie and by ?tenant=.
let admin: AdminHub
let austria: string
let caseStudy: string
const shots = process.env.HUB_E2E_SCREENSHOTS ?? '/tmp'
const germanTitle = 'Inklusion von Geflüchteten durch Crowdsourcing'

let api: AdminApi

beforeAll(async () => {
  admin = await startAdminHub('translation-report-e2e')
  api = await superAdminApi(admin)
  const office = await api('/api/tenants', {
    method: 'POST',
    body: JSON.stringify({ name: 'Visionary Austria', slug: 'austria', locales: ['de', 'en', 'fr'], defaultLocale: 'de' }),
  })
  expect(office.status).toBe(201)
  austria = office.body.doc.id
  // A second office, so the super-admin has no office selected until they pick one.
  const denmark = await api('/api/tenants', {
    method: 'POST',
    body: JSON.stringify({ name: 'Visionary Denmark', slug: 'denmark', locales: ['da', 'en'], defaultLocale: 'da' }),
  })
  expect(denmark.status).toBe(201)

  const created = await api('/api/case-studies?locale=de', {
    method: 'POST',
    body: JSON.stringify({ tenant: austria, title: germanTitle, country: 'AT', year: 2016, _status: 'published' }),
  })
  expect(created.status).toBe(201)
  caseStudy = created.body.doc.id
  const english = await api(`/api/case-studies/${caseStudy}?locale=en&draft=true`, {
    method: 'PATCH',
    body: JSON.stringify({ title: 'English title', translationState: 'translated', _status: 'draft' }),
  })
  expect(english.status).toBe(200)
})
afterAll(async () => admin?.stop())

it('shows the office matrix with state, completeness and links into each locale', async () => {
  const { hub, browser } = admin
  // Wider than Payload's large breakpoint (1440 px), where the nav starts open.
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  page.setDefaultTimeout(30_000)
  const table = page.getByTestId('translation-report')
  const row = table.locator(`tr[data-document="${caseStudy}"]`)
  try {
    await loginToAdmin(page, hub.url)

    // From the dashboard's nav: no office is selected yet (two offices), so the view offers them.
    await page.goto(`${hub.url}/admin`)
    await page.locator('#nav-translations').click()
    await page.waitForURL(/\/admin\/translations/)
    await expect.poll(() => page.getByTestId('offices').innerText()).toContain('Visionary Denmark')
    await page.getByTestId('offices').getByRole('link', { name: 'Visionary Austria' }).click()
    await page.waitForURL(new RegExp(`tenant=${austria}`))
    await expect.poll(() => row.locator('th').innerText()).toBe(germanTitle)

    // The office from ?tenant=: the source locale de is no column, en and fr are.
    await page.goto(`${hub.url}/admin/translations?tenant=${austria}&collection=case-studies`)
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Document', 'en', 'fr'])
    expect(await row.locator('th').innerText()).toBe(germanTitle)
    // Only the title is written in the source, and English has it: complete.
    const en = row.locator('td[data-locale="en"]')
    expect(await en.innerText()).toMatch(/^Translated\s+100%$/)
    const fr = row.locator('td[data-locale="fr"]')
    expect(await fr.innerText()).toMatch(/^Missing\s+0%$/)
    const totals = page.getByTestId('totals')
    expect(await totals.locator('td[data-locale="en"]').innerText()).toMatch(/Complete: 100%\s+Translated: 1/)
    expect(await totals.locator('td[data-locale="fr"]').innerText()).toMatch(/Complete: 0%\s+Missing: 1/)
    await page.screenshot({ path: `${shots}/translations-view.png`, fullPage: true })

    // A state filter keeps only the matching cells.
    await page.getByRole('navigation', { name: 'Translation state' }).getByRole('link', { name: 'Missing' }).click()
    await page.waitForURL(/state=missing/)
    await expect.poll(() => table.locator('thead th').allInnerTexts()).toEqual(['Document', 'en', 'fr'])
    expect(await row.locator('td[data-locale="en"]').innerText()).toBe('–')
    expect(await row.locator('td[data-locale="fr"]').innerText()).toMatch(/^Missing/)

    // Errors are messages, not a crashed page.
    await page.goto(`${hub.url}/admin/translations?tenant=${austria}&collection=topics`)
    expect(await page.getByTestId('report-problem').innerText()).toMatch(/^400: Unknown collection "topics"/)

    // The tenant selector's cookie names the office when the query does not.
    await page.context().addCookies([{ name: 'payload-tenant', value: austria, url: hub.url }])
    await page.goto(`${hub.url}/admin/translations`)
    expect(await row.locator('td[data-locale="en"]').innerText()).toMatch(/^Translated/)

    // The en cell opens the edit view in English.
    const link = row.locator('td[data-locale="en"] a')
    expect(await link.getAttribute('href')).toBe(`/admin/collections/case-studies/${caseStudy}?locale=en`)
    await link.click()
    await page.waitForURL(new RegExp(`/admin/collections/case-studies/${caseStudy}\\?locale=en`))
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe('English title')
  } catch (error) {
    await page.screenshot({ path: `${shots}/translations-view-failure.png`, fullPage: true })
    throw error
  }
})

it('sends signed-out visitors to the login', async () => {
  const page = await admin.browser.newPage()
  await page.goto(`${admin.hub.url}/admin/translations`)
  await page.waitForURL(/\/admin\/login/)
  await page.close()
})
