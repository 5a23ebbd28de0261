import { afterAll, beforeAll, expect, it } from 'vitest'

import { adminEmail, adminPassword, loginToAdmin, startAdminHub, type AdminHub } from '../helpers/adminHub'
import { curriculumBody, formatBody } from '../helpers/fixtures'

// Adaptations in the admin (issue 6): Sweden adapts Austria's network learning format. The edit
// view's sidebar overrides and reverts single fields, another office adapts with one button, and
// /admin/network shows where the format runs.
let admin: AdminHub
let token: string
let origin: string
let adaptation: string
const offices: Record<string, string> = {}
const shots = process.env.HUB_E2E_SCREENSHOTS ?? '/tmp'

async function api(path: string, init: RequestInit = {}) {
  const response = await fetch(`${admin.hub.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  return { status: response.status, body: await response.json() }
}

/** The adaptation's `inherited` flags in English, as the API reports them to its editors. */
const inherited = async () => (await api(`/api/learning-formats/${adaptation}?locale=en&draft=true&depth=0`)).body.inherited

beforeAll(async () => {
  admin = await startAdminHub('adaptations-e2e')
  const login = await fetch(`${admin.hub.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  })
  token = (await login.json()).token
  for (const [slug, locales] of [['austria', ['de', 'en']], ['sweden', ['sv', 'en']], ['denmark', ['da', 'en']]] as const) {
    const office = await api('/api/tenants', { method: 'POST', body: JSON.stringify({ name: `Visionary ${slug}`, slug, locales, defaultLocale: locales[0] }) })
    expect(office.status, JSON.stringify(office.body)).toBe(201)
    offices[slug] = office.body.doc.id
  }

  const created = await api('/api/learning-formats?locale=de', {
    method: 'POST',
    body: JSON.stringify(formatBody(offices.austria, { title: 'Ko-Kreationslabor', summary: 'Gemeinsam gestalten' })),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  origin = created.body.doc.id
  const english = await api(`/api/learning-formats/${origin}?locale=en`, { method: 'PATCH', body: JSON.stringify({ title: 'Co-creation lab', summary: 'Design together', _status: 'published' }) })
  expect(english.status, JSON.stringify(english.body)).toBe(200)
  const adapted = await api(`/api/learning-formats/${origin}/adapt`, { method: 'POST', body: JSON.stringify({ tenant: offices.sweden }) })
  expect(adapted.status, JSON.stringify(adapted.body)).toBe(201)
  adaptation = adapted.body.doc.id
})
afterAll(async () => admin?.stop())

it('overrides and reverts a field of an adaptation from its edit view, and adapts with one button', async () => {
  const { hub, browser } = admin
  // Wider than Payload's large breakpoint (1440 px), where the nav starts open.
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  page.setDefaultTimeout(30_000)
  const panel = page.getByTestId('adaptation-panel')
  const summary = page.getByTestId('adaptation-fields').locator('li[data-field="summary"]')
  try {
    await loginToAdmin(page, hub.url)

    await page.goto(`${hub.url}/admin/collections/learning-formats/${adaptation}?locale=en`)
    await expect.poll(() => panel.locator('p').first().innerText()).toBe('Adapted from austria: Co-creation lab')
    expect(await page.getByTestId('adaptation-origin').getAttribute('href')).toBe(`/admin/collections/learning-formats/${origin}`)
    await expect.poll(() => summary.getAttribute('data-state')).toBe('inherited')
    expect(await summary.innerText()).toContain('inherited from austria')
    expect(await panel.innerText()).toContain('Fields in en')
    await page.screenshot({ path: `${shots}/adaptation-panel.png`, fullPage: true })

    // Override: the page reloads with summary owned by Sweden, as the API says.
    await summary.getByRole('button', { name: 'Override' }).click()
    await expect.poll(() => summary.getAttribute('data-state')).toBe('overridden')
    expect((await inherited()).summary).toBe(false)
    expect(await summary.innerText()).toContain('overridden')

    // Revert: inherited again.
    await summary.getByRole('button', { name: 'Revert' }).click()
    await expect.poll(() => summary.getAttribute('data-state')).toBe('inherited')
    expect((await inherited()).summary).toBe(true)

    // Austria changes a field Sweden owns: a warning with its own Revert, which brings the new text.
    await summary.getByRole('button', { name: 'Override' }).click()
    await expect.poll(() => summary.getAttribute('data-state')).toBe('overridden')
    const edited = await api(`/api/learning-formats/${origin}?locale=en`, { method: 'PATCH', body: JSON.stringify({ summary: 'Design together, 2nd edition', _status: 'published' }) })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    await page.reload()
    const warning = page.getByTestId('adaptation-origin-changes').locator('li[data-field="summary"]')
    await expect.poll(() => warning.innerText()).toContain('The origin changed Summary (en) since you overrode it')
    expect(await page.locator('#field-summary').inputValue()).toBe('Design together')
    await warning.getByRole('button', { name: 'Revert' }).click()
    await expect.poll(() => summary.getAttribute('data-state')).toBe('inherited')
    expect(await page.getByTestId('adaptation-origin-changes').count()).toBe(0)
    expect(await page.locator('#field-summary').inputValue()).toBe('Design together, 2nd edition')

    // On the origin: Sweden's adaptation is linked; Denmark may adapt it too.
    await page.goto(`${hub.url}/admin/collections/learning-formats/${origin}?locale=en`)
    await expect.poll(() => panel.getByRole('link', { name: 'sweden adapts this already: open its adaptation' }).getAttribute('href')).toBe(`/admin/collections/learning-formats/${adaptation}`)
    await panel.getByRole('button', { name: 'Adapt for denmark' }).click()
    await page.waitForURL((url) => /\/admin\/collections\/learning-formats\/[^/?]+$/.test(url.pathname) && !url.pathname.endsWith(origin))
    const danish = page.url().split('?')[0].split('/').pop()!
    await expect.poll(() => panel.locator('p').first().innerText()).toMatch(/^Adapted from austria: /)
    const created = await api(`/api/learning-formats/${danish}?draft=true&depth=0`)
    expect(created.body).toMatchObject({ origin, tenant: offices.denmark, _status: 'draft' })
  } catch (error) {
    await page.screenshot({ path: `${shots}/adaptation-panel-failure.png`, fullPage: true })
    throw error
  } finally {
    await page.close()
  }
})

it('lets an office editor adapt another office’s shared curriculum for their office', async () => {
  const { hub, browser } = admin
  const editor = { email: 'editor@se.example.org', password: 'editor-password-123' }
  const user = await api('/api/users', { method: 'POST', body: JSON.stringify({ ...editor, tenants: [{ tenant: offices.sweden, roles: ['editor'] }] }) })
  expect(user.status, JSON.stringify(user.body)).toBe(201)
  const curriculum = await api('/api/curricula?locale=de', { method: 'POST', body: JSON.stringify(curriculumBody(offices.austria, { title: 'Visionäres Programm', visibility: 'network' })) })
  expect(curriculum.status, JSON.stringify(curriculum.body)).toBe(201)
  const id = curriculum.body.doc.id

  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  page.setDefaultTimeout(30_000)
  const panel = page.getByTestId('adaptation-panel')
  try {
    await loginToAdmin(page, hub.url, editor.email, editor.password)
    await page.goto(`${hub.url}/admin/collections/curricula/${id}`)
    // One editing office: a plain button, no office picker.
    await panel.getByRole('button', { name: 'Adapt for sweden' }).click()
    await page.waitForURL((url) => /\/admin\/collections\/curricula\/[^/?]+$/.test(url.pathname) && !url.pathname.endsWith(id))
    await expect.poll(() => panel.locator('p').first().innerText()).toBe('Adapted from austria: Visionäres Programm')
    const adapted = page.url().split('?')[0].split('/').pop()!
    expect((await api(`/api/curricula/${adapted}?draft=true&depth=0`)).body).toMatchObject({ origin: id, tenant: offices.sweden, _status: 'draft' })
  } catch (error) {
    await page.screenshot({ path: `${shots}/adapt-curriculum-failure.png`, fullPage: true })
    throw error
  } finally {
    await page.close()
  }
})

// Lists the adaptations the tests above made: Sweden's and Denmark's of the format, Sweden's of the curriculum.
it('shows where a network format runs in /admin/network', async () => {
  const { hub, browser } = admin
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  page.setDefaultTimeout(30_000)
  const row = page.locator(`section[data-collection="learning-formats"] tr[data-document="${origin}"]`)
  try {
    await loginToAdmin(page, hub.url)
    await page.goto(`${hub.url}/admin`)
    await page.locator('#nav-network').click()
    await page.waitForURL(/\/admin\/network/)
    await expect.poll(() => row.locator('th').innerText()).toBe('Co-creation lab')
    expect(await row.getByTestId('owner').innerText()).toBe('austria')
    const runs = row.getByTestId('adaptations')
    expect(await runs.innerText()).toContain('sweden (draft')
    expect(await runs.innerText()).toContain('denmark (draft')
    expect(await runs.locator(`[data-adaptation="${adaptation}"] a`).getAttribute('href')).toBe(`/admin/collections/learning-formats/${adaptation}`)
    await page.screenshot({ path: `${shots}/network-view.png`, fullPage: true })
    const curricula = page.locator('section[data-collection="curricula"] tbody tr')
    expect(await curricula.locator('th').innerText()).toBe('Visionäres Programm')
    expect(await curricula.getByTestId('adaptations').innerText()).toMatch(/^sweden \(draft/)
  } catch (error) {
    await page.screenshot({ path: `${shots}/network-view-failure.png`, fullPage: true })
    throw error
  } finally {
    await page.close()
  }
})

it('sends signed-out visitors to the login', async () => {
  const page = await admin.browser.newPage()
  await page.goto(`${admin.hub.url}/admin/network`)
  await page.waitForURL(/\/admin\/login/)
  await page.close()
})
