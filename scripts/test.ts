/**
 * `npm test`: the whole suite, lane by lane.
 *   sqlite   always (unit + API tests, each file on its own fresh SQLite file)
 *   postgres when POSTGRES_URL is set (API tests + outage tests, a fresh database per file)
 *   mongodb  when MONGODB_URL is set (API tests)
 *   emulator when the jongodb Mongo-wire emulator is installed (an optional dependency): a smoke
 *            test of the MongoDB path, labelled as such; it is not MongoDB
 *   browser  when Chromium is installed (builds the admin first when the build is stale)
 * Prints each lane's counts and a final "N passed, N failed" line.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromiumPath } from '../test/helpers/browser'
import { mongoEmulatorPath } from '../test/helpers/mongoEmulator'
import { rootDir } from '../test/helpers/process'

type Lane = { name: string; env: Record<string, string>; config?: string }
type Counts = { passed: number; failed: number; skipped: number; failures: string[] }
type FileResult = { name: string; status: string; message?: string; assertionResults: { status: string; fullName: string; failureMessages?: string[] }[] }

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-report-'))
const extraArgs = process.argv.slice(2)

function runVitest(lane: Lane): Counts {
  const report = path.join(reportDir, `${lane.name}.json`)
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  if (lane.config) args.push('--config', lane.config)
  console.log(`\n=== lane ${lane.name} ===`)
  spawnSync('npx', [...args, ...extraArgs], { cwd: rootDir, stdio: 'inherit', env: { ...process.env, ...lane.env } })
  if (!fs.existsSync(report)) return { passed: 0, failed: 1, skipped: 0, failures: ['vitest wrote no report'] }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'))
  const files: FileResult[] = json.testResults ?? []
  const suiteErrors = files.filter((file) => file.status === 'failed' && !file.assertionResults.length)
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests + suiteErrors.length + (json.success || json.numFailedTests ? 0 : 1),
    skipped: json.numPendingTests + json.numTodoTests,
    failures: failureLines(files),
  }
}

/** One line per failed test (CI logs keep only the tail, so the summary must name what failed). */
function failureLines(files: FileResult[]): string[] {
  const firstLine = (text = '') => text.split('\n')[0].slice(0, 300)
  return files.flatMap((file) => {
    const where = path.relative(rootDir, file.name)
    if (file.status === 'failed' && !file.assertionResults.length) return [`${where}: ${firstLine(file.message)}`]
    return file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
  })
}

function newestSourceChange(): number {
  const roots = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json', 'locales']
  let newest = 0
  const visit = (entry: string) => {
    const stat = fs.statSync(entry)
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  for (const root of roots) if (fs.existsSync(path.join(rootDir, root))) visit(path.join(rootDir, root))
  return newest
}

function ensureAdminBuild(): boolean {
  const buildId = path.join(rootDir, '.next', 'BUILD_ID')
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSourceChange()) return true
  console.log('\n=== building the admin panel for the browser lane (npm run build) ===')
  return spawnSync('npm', ['run', 'build'], { cwd: rootDir, stdio: 'inherit' }).status === 0
}

const lanes: Lane[] = [{ name: 'sqlite', env: { HUB_TEST_DB: 'sqlite' } }]
if (process.env.POSTGRES_URL) lanes.push({ name: 'postgres', env: { HUB_TEST_DB: 'postgres' } })
else console.log('lane postgres: not run (POSTGRES_URL is not set)')
if (process.env.MONGODB_URL) lanes.push({ name: 'mongodb', env: { HUB_TEST_DB: 'mongodb' } })
else console.log('lane mongodb: not run (MONGODB_URL is not set)')
if (mongoEmulatorPath()) lanes.push({ name: 'emulator-smoke', env: { HUB_TEST_DB: 'emulator' } })
else console.log('lane emulator-smoke: not run (the optional @jongodb/memory-server-bin-linux-x64-gnu is not installed)')

const results: [string, Counts][] = []
for (const lane of lanes) results.push([lane.name, runVitest(lane)])

if (fs.existsSync(chromiumPath)) {
  if (ensureAdminBuild()) results.push(['browser', runVitest({ name: 'browser', env: {}, config: 'vitest.e2e.config.ts' })])
  else results.push(['browser', { passed: 0, failed: 1, skipped: 0, failures: ['npm run build failed'] }])
} else {
  console.log(`lane browser: not run (no Chromium at ${chromiumPath}; apt-get install -y chromium)`)
}

console.log('\n=== summary ===')
const total = { passed: 0, failed: 0, skipped: 0 }
for (const [name, counts] of results) {
  console.log(`lane ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  for (const failure of counts.failures) console.log(`  FAILED ${failure}`)
  total.passed += counts.passed
  total.failed += counts.failed
  total.skipped += counts.skipped
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
fs.rmSync(reportDir, { recursive: true, force: true })
process.exit(total.failed ? 1 : 0)
