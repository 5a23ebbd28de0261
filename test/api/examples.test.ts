import { spawn } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant } from '../helpers/fixtures'
import { startHub, type TestHub } from '../helpers/hub'
import { rootDir } from '../helpers/process'

let hub: TestHub

/** What the example must list for austria: its published German titles, nothing else. */
const published = ['Geflüchtete finden Arbeit in Wien', 'Schule trifft Wirtschaft', 'Veröffentlichter Titel', 'Netzwerk für Pflegekräfte']

async function caseStudy(tenant: string, title: string, options: { draft?: boolean; visibility?: 'tenant' | 'network'; locale?: string } = {}) {
  const { draft = false, visibility = 'tenant', locale = 'de' } = options
  return hub.payload.create({
    collection: 'case-studies',
    data: caseStudyBody(tenant, { title, visibility, _status: draft ? 'draft' : 'published' }) as never,
    locale: locale as never,
    draft,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  hub = await startHub()
  const austria = await createTenant(hub, 'austria', ['de', 'en'], 'de')
  const germany = await createTenant(hub, 'germany', ['de', 'en'], 'de')
  await caseStudy(austria.id, published[0])
  await caseStudy(austria.id, published[1])
  await caseStudy(austria.id, published[3], { visibility: 'network' })
  // Published, then changed in a draft: readers keep the published title.
  const edited = await caseStudy(austria.id, published[2])
  await hub.payload.update({ collection: 'case-studies', id: edited.id, data: { title: 'Unveröffentlichter Entwurfstitel' } as never, locale: 'de', draft: true, overrideAccess: true })
  await caseStudy(austria.id, 'Nur ein Entwurf', { draft: true })
  // Another office's, shared with the network: visible with X-Tenant austria, but not austria's own.
  await caseStudy(germany.id, 'Aus Deutschland, im Netzwerk geteilt', { visibility: 'network' })
  await caseStudy(germany.id, 'Aus Deutschland, nur für Deutschland')
})
afterAll(async () => hub?.close())

/** Runs the example as a front-end developer would (`npx tsx examples/case-studies-de.ts`). */
function runExample(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/case-studies-de.ts', ...args], {
      cwd: rootDir,
      env: { ...process.env, HUB_URL: '', HUB_TENANT: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The indented lines under the heading that starts with `prefix`. */
function section(output: string, prefix: string): string[] {
  const lines = output.split('\n')
  const start = lines.findIndex((line) => line.startsWith(prefix))
  if (start < 0) return []
  const titles: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break
    titles.push(line.trim())
  }
  return titles
}

describe('examples/case-studies-de.ts', () => {
  it('lists exactly the office\'s published German titles, over REST and over GraphQL', async () => {
    const { code, stdout, stderr } = await runExample(['--hub', hub.url, '--tenant', 'austria'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const expected = [...published].sort()
    expect(section(stdout, 'REST').sort()).toEqual(expected)
    expect(section(stdout, 'GraphQL').sort()).toEqual(expected)
    expect(stdout).toContain('Content-Language: de')
    expect(stdout).toContain('REST GET /api/case-studies (austria, Content-Language: de): 4 case studies')
  }, 120_000)

  it('takes the hub and office from the environment, and fails with the hub\'s message for an unknown office', async () => {
    const child = await runExample([], { HUB_URL: hub.url, HUB_TENANT: 'atlantis' })
    expect(child.code).toBe(1)
    expect(child.stderr).toMatch(/400/)
    expect(child.stderr).toMatch(/atlantis/)
  }, 120_000)
})
