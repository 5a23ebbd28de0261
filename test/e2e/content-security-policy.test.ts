import { afterAll, beforeAll, expect, it } from 'vitest'

import { loginToAdmin, startAdminHub, type AdminHub } from '../helpers/adminHub'

// The admin under the hub's Content-Security-Policy (src/server/securityHeaders.ts): every page
// the editors use renders, and the browser reports no violation (Next.js inlines scripts and
// styles, Lexical styles its editor inline, upload previews are blob: URLs).
let admin: AdminHub

beforeAll(async () => {
  admin = await startAdminHub('admin-csp-secret')
})
afterAll(async () => admin?.stop())

it('serves the admin with its CSP and the browser reports no violation on the pages editors use', async () => {
  const { hub, browser } = admin
  const page = await browser.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`))
  })

  const response = await page.goto(`${hub.url}/admin`)
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'")
  expect(response?.headers()['x-content-type-options']).toBe('nosniff')
  await loginToAdmin(page, hub.url)

  const pages: [string, RegExp][] = [
    ['/admin', /Offices|Case studies|Dashboard/i],
    ['/admin/collections/tenants', /Offices/],
    ['/admin/collections/case-studies/create', /Case stud/i],
    ['/admin/collections/media/create', /Media|Upload/i],
    ['/admin/translations', /Translations/],
  ]
  for (const [path, heading] of pages) {
    await page.goto(`${hub.url}${path}`)
    await page.getByText(heading).first().waitFor({ timeout: 30_000 })
  }
  // The rich-text editor is interactive under the policy.
  await page.goto(`${hub.url}/admin/collections/case-studies/create`)
  const editor = page.locator('[contenteditable="true"]').first()
  await editor.waitFor({ timeout: 30_000 })
  await editor.click()
  await page.keyboard.type('Typed under the CSP')
  await page.getByText('Typed under the CSP').waitFor({ timeout: 10_000 })

  expect(violations).toEqual([])
})
