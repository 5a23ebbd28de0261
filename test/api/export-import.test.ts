/**
 * Export / import (issue 9, item 6): the demo office `austria` leaves its hub through the real
 * `npm run export` and enters an empty hub on the other database adapter through `npm run import`,
 * and both hubs answer the same over REST for every document and locale.
 *
 * Lanes: the source is the lane's database (startDemoHub). The target is PostgreSQL when the
 * source is SQLite and POSTGRES_URL is set (SQLite → PostgreSQL), SQLite when the source is
 * PostgreSQL (PostgreSQL → SQLite), and a fresh SQLite hub when no PostgreSQL is around.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDemoHub, startDemoHub } from '../helpers/demoHub'
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from '../helpers/database'
import type { TestHub } from '../helpers/hub'
import { rootDir, spawnHub, type HubProcess } from '../helpers/process'
import type { ExportFile } from '../../src/transfer/format'

const secret = 'export-import-test-secret'
const targetAdmin = { email: 'target-admin@example.org', password: 'target-admin-password-1' }
const collections = ['topics', 'media', 'organizations', 'learning-formats', 'case-studies', 'curricula'] as const

type Run = { code: number | null; stdout: string; stderr: string; seconds: number }

/** `npm run <script> -- <args>` as an operator types it, against the given hub database and media folder. */
function npmRun(script: 'export' | 'import', args: string[], env: Record<string, string>): Promise<Run> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: rootDir, env: { ...process.env, PAYLOAD_SECRET: secret, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 }))
  })
}

function targetKind(source: TestDatabaseKind): TestDatabaseKind {
  if (source === 'postgres') return 'sqlite'
  return process.env.POSTGRES_URL ? 'postgres' : 'sqlite'
}

/** The one line a failed command prints (npm's own noise aside), and no stack trace. */
function failureLine(run: Run): string {
  const lines = run.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('npm '))
  expect(run.stderr).not.toMatch(/^\s+at /m)
  return lines.join('\n')
}

/**
 * A second super-admin on the seeded hub: only a super-admin grants the role (the first one was
 * created by the seed's first start, with a password nobody knows), so it acts as that one.
 */
async function superAdminToken(hub: TestHub): Promise<string> {
  const { docs } = await hub.payload.find({ collection: 'users', where: { roles: { contains: 'super-admin' } }, limit: 1, depth: 0, overrideAccess: true })
  const credentials = { email: 'source-admin@example.org', password: 'source-admin-password-1' }
  await hub.payload.create({ collection: 'users', data: { ...credentials, roles: ['super-admin'] } as never, user: { ...docs[0], collection: 'users' } as never, overrideAccess: true })
  const login = await hub.json('/api/users/login', { method: 'POST', body: credentials })
  expect(login.body.user?.roles, 'the source reader is a super-admin').toEqual(['super-admin'])
  return login.body.token
}

let source: TestHub
let sourceAdminToken: string
let sourceMediaDir: string
let target: HubProcess
let targetDatabase: TestDatabase
let targetMediaDir: string
let targetToken: string
let workDir: string
let exportFile: string
let exported: ExportFile
let exportRun: Run
let importRun: Run
const changedDraft = { summary: 'Ein neuerer Entwurf, noch nicht veröffentlicht.' }

async function targetJson(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${target.url}${pathname}`, { headers })
  return { status: response.status, body: await response.json() }
}

/** Counts of everything the target hub holds, and its media folder: what a failed import must leave as it was. */
async function targetSnapshot(): Promise<Record<string, unknown>> {
  const counts: Record<string, unknown> = {}
  for (const collection of ['tenants', ...collections]) {
    const { body } = await targetJson(`/api/${collection}?limit=1&depth=0&draft=true`, { authorization: `JWT ${targetToken}` })
    counts[collection] = body.totalDocs
  }
  counts.files = fs.readdirSync(targetMediaDir).sort()
  return counts
}

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-transfer-'))
  const demo = await startDemoHub()
  source = demo.hub
  sourceMediaDir = process.env.HUB_MEDIA_DIR!
  sourceAdminToken = await superAdminToken(source)
  // A draft saved over a published case study: the import must keep both states apart.
  const austria = demo.offices.find((office) => office.slug === 'austria')!
  const { docs } = await source.payload.find({ collection: 'case-studies', where: { tenant: { equals: austria.id } }, limit: 1, depth: 0, overrideAccess: true })
  const saved = await source.json(`/api/case-studies/${docs[0].id}?draft=true&locale=de`, { method: 'PATCH', token: demo.editorToken, body: { ...changedDraft, _status: 'draft' } })
  expect(saved.status, JSON.stringify(saved.body)).toBe(200)

  exportFile = path.join(workDir, 'austria.json')
  exportRun = await npmRun('export', ['--tenant', 'austria', '--out', exportFile, '--versions'], { DATABASE_URL: source.database.url, HUB_MEDIA_DIR: sourceMediaDir })
  expect(exportRun.code, exportRun.stderr).toBe(0)
  exported = JSON.parse(fs.readFileSync(exportFile, 'utf8'))

  targetDatabase = await createTestDatabase(targetKind(source.database.kind))
  targetMediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-media-'))
  target = await spawnHub({
    DATABASE_URL: targetDatabase.url,
    HUB_MEDIA_DIR: targetMediaDir,
    PAYLOAD_SECRET: secret,
    HUB_ADMIN: 'false',
    HUB_ADMIN_EMAIL: targetAdmin.email,
    HUB_ADMIN_PASSWORD: targetAdmin.password,
  })
  const login = await fetch(`${target.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(targetAdmin) })
  targetToken = (await login.json()).token
}, 600_000)

afterAll(async () => {
  await target?.stop()
  await targetDatabase?.drop()
  if (targetMediaDir) fs.rmSync(targetMediaDir, { recursive: true, force: true })
  await closeDemoHub(source)
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

const targetEnv = () => ({ DATABASE_URL: targetDatabase.url, HUB_MEDIA_DIR: targetMediaDir, NODE_ENV: 'production' })

describe(`export and import (${process.env.HUB_TEST_DB ?? 'sqlite'} source)`, () => {
  it('exports the office with every locale, its newer draft, the topics it uses and its media files', () => {
    console.info(`export of austria: ${exportRun.seconds.toFixed(1)} s\n${exportRun.stdout.trim()}`)
    expect(exported.tenant.slug).toBe('austria')
    expect(exported.collections['learning-formats'].length).toBeGreaterThan(0)
    expect(exported.collections.curricula.length).toBeGreaterThan(0)
    expect(exported.collections.topics.length).toBeGreaterThan(0)
    expect(exported.files.length).toBe(exported.collections.media.length)
    expect(exported.collections['case-studies'].filter((entry) => entry.draft).length).toBe(1)
    const media = exported.collections.media[0].doc
    expect(Buffer.from(exported.files[0].base64, 'base64').equals(fs.readFileSync(path.join(sourceMediaDir, String(media.filename))))).toBe(true)
    expect(exported.schema.migrations.at(-1)).toBeTruthy()
    // --versions: every document of a drafts collection carries its history, oldest first.
    expect(exported.options.versions).toBe(true)
    for (const collection of ['learning-formats', 'case-studies', 'curricula'] as const) {
      for (const entry of exported.collections[collection]) {
        expect(entry.versions?.length, `${collection} ${entry.doc.id}`).toBeGreaterThan(0)
        const dates = entry.versions!.map((version) => String(version.updatedAt))
        expect(dates).toEqual([...dates].sort())
      }
    }
    const drafted = exported.collections['case-studies'].find((entry) => entry.draft)!
    expect(drafted.versions!.at(-1)!.summary).toMatchObject({ de: changedDraft.summary })
  })

  it('refuses bad input with one line and a non-zero exit, before touching the hub', async () => {
    const missing = await npmRun('import', [], targetEnv())
    expect(missing.code).not.toBe(0)
    expect(failureLine(missing)).toMatch(/^Import failed: missing --in <value>/)

    const unreadable = await npmRun('import', ['--in', path.join(workDir, 'nope.json')], targetEnv())
    expect(unreadable.code).not.toBe(0)
    expect(failureLine(unreadable)).toMatch(/^Import failed: cannot read .*nope\.json \(ENOENT\)$/)

    const newer = path.join(workDir, 'newer.json')
    fs.writeFileSync(newer, JSON.stringify({ ...exported, schema: { migrations: [...exported.schema.migrations, 'a_future_change'] } }))
    const refused = await npmRun('import', ['--in', newer], targetEnv())
    expect(refused.code).not.toBe(0)
    expect(failureLine(refused)).toMatch(/^Import failed: the file comes from a newer hub schema \(migration "a_future_change" is unknown here; this hub's newest is "\w+"\): update this hub before importing it$/)

    const future = path.join(workDir, 'future.json')
    fs.writeFileSync(future, JSON.stringify({ ...exported, formatVersion: 99 }))
    const format = await npmRun('import', ['--in', future], targetEnv())
    expect(format.code).not.toBe(0)
    expect(failureLine(format)).toMatch(/^Import failed: the file uses export format 99/)

    const unknownOffice = await npmRun('export', ['--tenant', 'atlantis', '--out', path.join(workDir, 'x.json')], { DATABASE_URL: source.database.url, HUB_MEDIA_DIR: sourceMediaDir })
    expect(unknownOffice.code).not.toBe(0)
    expect(failureLine(unknownOffice)).toMatch(/Export failed: there is no office with the slug "atlantis"$/)
    expect(fs.existsSync(path.join(workDir, 'x.json'))).toBe(false)
  }, 300_000)

  it('a failing import leaves the target hub as it was', async () => {
    const before = await targetSnapshot()
    expect(before.tenants).toBe(0)
    // Valid in shape, refused by the hub's validation at the very last document: everything before it was written.
    const broken = structuredClone(exported)
    broken.collections.curricula.at(-1)!.doc.durationMonths = -3
    const file = path.join(workDir, 'broken.json')
    fs.writeFileSync(file, JSON.stringify(broken))
    const run = await npmRun('import', ['--in', file], targetEnv())
    expect(run.code).not.toBe(0)
    expect(failureLine(run)).toMatch(/^Import failed: could not write curricula .*durationMonths/m)
    expect(await targetSnapshot()).toEqual(before)
  }, 300_000)

  it('imports into the empty hub on the other adapter, and both hubs answer the same for every document and locale', async () => {
    importRun = await npmRun('import', ['--in', exportFile], targetEnv())
    expect(importRun.code, importRun.stderr).toBe(0)
    console.info(`import of austria into ${targetDatabase.kind}: ${importRun.seconds.toFixed(1)} s\n${importRun.stdout.trim()}`)

    const missing = new Set(exported.external.map((link) => link.id))
    const locales = exported.tenant.locales as string[]
    let compared = 0
    const differences: unknown[] = []
    const documents: [string, string][] = [['tenants', exported.tenant.id]]
    for (const collection of collections) for (const entry of exported.collections[collection]) documents.push([collection, entry.doc.id])
    for (const [collection, id] of documents) {
      for (const locale of locales) {
        for (const reader of ['anonymous', 'super-admin'] as const) {
          const query = `/api/${collection}/${id}?locale=${locale}&depth=0${reader === 'super-admin' ? '&draft=true' : ''}`
          const sourceAnswer = await source.json(query, reader === 'anonymous' ? { headers: { 'x-tenant': 'austria' } } : { token: sourceAdminToken })
          const targetAnswer = await targetJson(query, reader === 'anonymous' ? { 'x-tenant': 'austria' } : { authorization: `JWT ${targetToken}` })
          const expected = { status: sourceAnswer.status, body: normalize(sourceAnswer.body, missing) }
          const actual = { status: targetAnswer.status, body: normalize(targetAnswer.body, missing) }
          if (!isDeepStrictEqual(actual, expected)) differences.push({ request: `${reader} ${query}`, source: expected, target: actual })
          compared += 1
        }
      }
    }
    console.info(`compared ${compared} answers (${documents.length} documents × ${locales.length} locales × 2 readers)`)
    expect(compared).toBe(documents.length * locales.length * 2)
    // Every difference at once (each with both answers), rather than the first one only.
    expect(differences).toEqual([])

    // The draft stays a draft: delivery reads the published text, editors the newer one.
    const drafted = exported.collections['case-studies'].find((entry) => entry.draft)!
    const published = await targetJson(`/api/case-studies/${drafted.doc.id}?locale=de`, { 'x-tenant': 'austria' })
    expect(published.body.summary).not.toBe(changedDraft.summary)
    const draft = await targetJson(`/api/case-studies/${drafted.doc.id}?locale=de&draft=true`, { authorization: `JWT ${targetToken}` })
    expect(draft.body.summary).toBe(changedDraft.summary)
    expect(draft.body.translation).toEqual(drafted.draft!.translation)

    // Media files are the same bytes, served by the target hub.
    for (const media of exported.collections.media) {
      const bytes = Buffer.from(await (await fetch(`${target.url}/api/media/file/${String(media.doc.filename)}`, { headers: { 'x-tenant': 'austria' } })).arrayBuffer())
      expect(bytes.equals(fs.readFileSync(path.join(sourceMediaDir, String(media.doc.filename)))), String(media.doc.filename)).toBe(true)
    }
  }, 600_000)

  it('refuses a second import of the same office', async () => {
    const run = await npmRun('import', ['--in', exportFile], targetEnv())
    expect(run.code).not.toBe(0)
    expect(failureLine(run)).toMatch(/Import failed: this hub already has an office "austria"/)
  }, 300_000)
})

/**
 * What may differ between the hubs: the document's `updatedAt` (every write sets it), the hub's
 * own origin in media URLs, and links to other offices' documents, which the empty target hub does not have.
 */
function normalize(value: unknown, missing: Set<string>, top = true): unknown {
  if (Array.isArray(value)) return value.filter((entry) => !(typeof entry === 'string' && missing.has(entry))).map((entry) => normalize(entry, missing, false))
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [key, entry] of Object.entries(value)) {
      if (top && key === 'updatedAt') continue
      copy[key] = typeof entry === 'string' && missing.has(entry) ? null : normalize(entry, missing, false)
    }
    return copy
  }
  if (typeof value === 'string') return value.replace(/^https?:\/\/[^/]+(?=\/api\/media\/file\/)/, '')
  return value
}
