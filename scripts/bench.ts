/**
 * `npm run bench`: seeds a temporary SQLite database (10 offices, 20,000 case studies, 2,000
 * formats, 200 curricula, 4 locales each), starts the real production server on it, drives it
 * with autocannon over loopback and writes `bench/results/<time>.md|json` and `latest.md`.
 * Every row is a ratio (or a bound) measured in this one run; see README "Benchmark".
 *
 *   npm run bench                      the issue's dataset, 10 s per run, 10 connections
 *   npm run bench -- --quick           a tenth of the dataset, 3 s per run (a smoke test)
 *   npm run bench -- --scale 0.25 --duration 5 --connections 20 --keep
 *
 * Env equivalents: BENCH_SCALE, BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { benchPassword, benchUsers, type DatasetSize, fullDataset, scaledDataset, tenantSlug } from '../bench/dataset'
import { type LoadResult, type LoadSettings, measureLatency, measureOrTime, medianTime, type Target } from '../bench/load'
import { hubServer, rootDir, rssMegabytes, runToEnd, type Running, startServer } from '../bench/processes'
import { atLeast, atMost, type BenchReport, machine, type Row, under, writeReport } from '../bench/report'

// ─── Options ────────────────────────────────────────────────────────────────────────────────

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
})
const number = (value: string | undefined, fallback: number) => (value !== undefined && Number.isFinite(Number(value)) ? Number(value) : fallback)
const scale = number(args.scale ?? process.env.BENCH_SCALE, args.quick ? 0.1 : 1)
const load: LoadSettings = {
  durationSeconds: number(args.duration ?? process.env.BENCH_DURATION, args.quick ? 3 : 10),
  warmupSeconds: number(args.warmup ?? process.env.BENCH_WARMUP, args.quick ? 1 : 3),
  connections: number(args.connections ?? process.env.BENCH_CONNECTIONS, 10),
}
const size: DatasetSize = scale === 1 ? fullDataset : scaledDataset(scale)

const startedAt = new Date()
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'))
const databaseUrl = `file:${path.join(workDir, 'bench.db')}`
const office = tenantSlug(0)

/** Both servers and the seeder see the same database; the hub runs API-only (no admin build needed). */
const sharedEnv = { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'hub-bench-secret', HUB_MEDIA_DIR: path.join(workDir, 'media'), NEXT_TELEMETRY_DISABLED: '1' }
const hubEnv = { ...sharedEnv, HUB_ADMIN: 'false', HUB_SEED: 'none', HUB_BENCH: '1', HUB_LOGIN_RATE_LIMIT: '0' }

function log(message: string): void {
  console.info(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${message}`)
}

// ─── Steps ──────────────────────────────────────────────────────────────────────────────────

async function seed(caseStudies: [number, number], base: boolean): Promise<number> {
  const began = Date.now()
  const output = await runToEnd('bench/seed.ts', { ...sharedEnv, BENCH_SEED: JSON.stringify({ size, caseStudies, base }) })
  log(output.trim().split('\n').filter((line) => line.startsWith('seeded')).join(' ') || 'seeded')
  return (Date.now() - began) / 1000
}

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: benchUsers.editor, password: benchPassword }) })
  if (!response.ok) throw new Error(`login at ${url} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/**
 * fetch, once more on a network error: autocannon ends a run by destroying connections whose
 * answers are still being computed, and the next request may meet a socket the server reset.
 */
async function send(target: Target): Promise<Response> {
  const init = { method: target.method, headers: target.headers, body: target.body }
  return fetch(target.url, init).catch(() => new Promise((resolve) => setTimeout(resolve, 500)).then(() => fetch(target.url, init)))
}

async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await send({ url, headers })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/** One request before the load: it must succeed, and its size goes into the notes. */
async function answerBytes(target: Target): Promise<number> {
  const response = await send(target)
  const text = await response.text()
  if (!response.ok || text.includes('"errors"')) throw new Error(`${target.method ?? 'GET'} ${target.url} answered ${response.status}: ${text.slice(0, 500)}`)
  return Buffer.byteLength(text)
}

async function run(name: string, target: Target, how: 'load' | 'latency' = 'load'): Promise<LoadResult> {
  const began = performance.now()
  const bytes = await answerBytes(target)
  const probeMs = performance.now() - began
  const result = how === 'load' ? await measureOrTime(target, load, probeMs) : await measureLatency(target, load, probeMs)
  const mode = result.sequential ? ' (sequential)' : ''
  log(`${name}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.requests} answers${mode}, ${bytes} bytes${result.failures ? `, ${result.failures} FAILED` : ''}`)
  runs[name] = { ...result, bytes }
  return result
}

const runs: Record<string, unknown> = {}
const editorHeaders = (token: string) => ({ authorization: `JWT ${token}` })

/** The scale row's query: one office's published case studies in German, newest first (uncached: an editor). */
function scaleQuery(url: string, tenantId: string, token: string): Target {
  const query = new URLSearchParams({ locale: 'de', depth: '0', limit: '10', sort: '-updatedAt', 'where[tenant][equals]': tenantId, 'where[_status][equals]': 'published' })
  return { url: `${url}/api/case-studies?${query}`, headers: editorHeaders(token) }
}

async function officeId(url: string): Promise<string> {
  const { docs } = await getJson<{ docs: { id: string }[] }>(`${url}/api/tenants?where[slug][equals]=${office}&depth=0`)
  return docs[0].id
}

/** Curriculum 0 (office 1, published): 7 sessions × (3 formats + 2 materials), 10 case studies, a cover. */
async function deepCurriculumId(url: string): Promise<string> {
  const { docs } = await getJson<{ docs: { id: string }[] }>(`${url}/api/curricula?where[slug][equals]=curriculum-0&depth=0`, { 'x-tenant': office })
  return docs[0].id
}

/** How many related documents a depth-3 answer carries (objects with an id below the root). */
function countRelations(value: unknown, root = true): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countRelations(item, false), 0)
  if (!value || typeof value !== 'object') return 0
  const own = !root && 'createdAt' in value && 'id' in value ? 1 : 0
  return own + Object.values(value).reduce((sum: number, item) => sum + countRelations(item, false), 0)
}

const deepQuery = `query Deep($id: String!) {
  Curriculum(id: $id, locale: de) {
    title summary durationMonths
    coverImage { url alt }
    sessions {
      title summary durationDays
      formats { title summary kind steps { title minutes } }
      materials { url alt caption }
    }
    caseStudies {
      title summary year
      heroImage { url alt }
      gallery { url alt }
      partners { role organization { name sector logo { url } } }
      topics { name slug }
      relatedFormats { title kind }
    }
  }
}`

/** Deep read, REST depth 3 and GraphQL, against one server. */
function deepTargets(url: string, id: string): { rest: Target; graphql: Target } {
  const headers = { 'x-tenant': office }
  return {
    rest: { url: `${url}/api/curricula/${id}?depth=3&locale=de`, headers },
    graphql: { url: `${url}/api/graphql`, method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: deepQuery, variables: { id } }) },
  }
}

// ─── The run ────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  log(`dataset ${JSON.stringify(size)}, load ${JSON.stringify(load)}, database ${databaseUrl}`)
  const servers: Running[] = []
  try {
    // The hub runs from the production bundle, as `npm start` runs it.
    await runToEnd('scripts/build-server.mjs', {})
    // 1. The small point of the scale row: 500 case studies.
    let seedSeconds = await seed([0, size.caseStudiesSmall], true)
    let hub = await startServer(hubServer, hubEnv, '/health/ready')
    servers.push(hub)
    const firstStartMs = hub.readyMs
    log(`hub ready in ${Math.round(firstStartMs)} ms (first start)`)
    const tenantId = await officeId(hub.url)
    const small = await run(`scale list at ${size.caseStudiesSmall}`, scaleQuery(hub.url, tenantId, await login(hub.url)), 'latency')
    await hub.stop()

    // 2. Grow to the full dataset, then start the hub again: its cold start is a row.
    seedSeconds += await seed([size.caseStudiesSmall, size.caseStudies], false)
    hub = await startServer(hubServer, hubEnv, '/health/ready')
    servers.push(hub)
    const coldStartMs = hub.readyMs
    log(`hub ready in ${Math.round(coldStartMs)} ms`)
    const stock = await startServer('bench/stock/server.ts', sharedEnv, '/health/ready')
    servers.push(stock)
    const hubToken = await login(hub.url)
    const stockToken = await login(stock.url)

    const large = await run(`scale list at ${size.caseStudies}`, scaleQuery(hub.url, tenantId, hubToken), 'latency')

    const delivery = `/api/case-studies?limit=10&locale=de`
    const tenantHeader = { 'x-tenant': office }
    const ceiling = await run('bare route, same bytes', { url: `${hub.url}/__bench/bytes?from=${encodeURIComponent(delivery)}`, headers: tenantHeader })
    const cached = await run('delivery list', { url: `${hub.url}${delivery}`, headers: tenantHeader })

    const editorList = `/api/case-studies?limit=10&depth=1`
    const hubEditor = await run('editor list (hub)', { url: `${hub.url}${editorList}`, headers: editorHeaders(hubToken) })
    const stockEditor = await run('editor list (stock)', { url: `${stock.url}${editorList}`, headers: editorHeaders(stockToken) })

    const curriculum = await deepCurriculumId(hub.url)
    const relations = countRelations(await getJson(deepTargets(hub.url, curriculum).rest.url, tenantHeader))
    const hubDeep = deepTargets(hub.url, curriculum)
    const stockDeep = deepTargets(stock.url, curriculum)
    const hubRest = await run('deep read REST (hub)', hubDeep.rest)
    const stockRest = await run('deep read REST (stock)', stockDeep.rest)
    const hubGraphql = await run('deep read GraphQL (hub)', hubDeep.graphql)
    const stockGraphql = await run('deep read GraphQL (stock)', stockDeep.graphql)

    const perOffice = Math.round(size.caseStudies / size.tenants)
    const reportTarget = { url: `${hub.url}/api/translation-report?collection=case-studies`, headers: { ...editorHeaders(hubToken), ...tenantHeader } }
    // A report slower than fetch's 5-minute header timeout must not cost the rest of the table.
    const report = await medianTime(reportTarget, args.quick ? 3 : 5).catch((error: Error) => ({ medianMs: NaN, samplesMs: [] as number[], status: 0, bytes: 0, error: error.message }))
    runs['translation report'] = report
    log(`translation report: median ${report.medianMs} ms (${report.samplesMs.join(', ')}), status ${report.status}, ${report.bytes} bytes`)

    const rss = rssMegabytes(hub.child.pid!) ?? NaN
    const stockRss = rssMegabytes(stock.child.pid!)
    log(`RSS hub ${rss} MB, stock Payload ${stockRss} MB`)

    const rows: Row[] = [
      atLeast('cached delivery list ÷ bare route', 'req/s', cached, 'bare Express route', ceiling, (r) => r.requestsPerSecond, 0.5, '`GET /api/case-studies?limit=10&locale=de`, anonymous, `X-Tenant`; the bare route returns the same bytes from memory in the same process.'),
      atLeast('uncached editor list ÷ stock Payload', 'req/s', hubEditor, 'stock Payload', stockEditor, (r) => r.requestsPerSecond, 0.9, '`GET /api/case-studies?limit=10&depth=1` as an editor (JWT); stock Payload as the same user.'),
      atMost('deep read REST depth 3, p50 hub ÷ stock', 'p50 ms', hubRest, 'stock Payload', stockRest, (r) => r.p50Ms, 0.33, `a curriculum with 7 sessions → formats → media → case studies: ${relations} related documents at depth 3.`),
      atMost('deep read GraphQL, p50 hub ÷ stock', 'p50 ms', hubGraphql, 'stock Payload', stockGraphql, (r) => r.p50Ms, 0.33),
      atMost(`scale: filtered list p50 at ${size.caseStudies} ÷ at ${size.caseStudiesSmall}`, 'p50 ms', large, `${size.caseStudiesSmall} documents`, small, (r) => r.p50Ms, 2, 'office-, locale- and status-filtered, sorted by `-updatedAt`, limit 10, depth 0, as an editor (uncached); one connection (latency of the query, not queueing), 5 sequential requests when that completes fewer than 5.'),
      under(`translation report, ${perOffice} documents × 4 locales`, 'ms', report.medianMs, 1000, report.status === 200, `median of ${report.samplesMs.length} sequential requests after one warm-up; ${report.bytes} bytes.`),
      under('cold start to ready', 'ms', coldStartMs, 3000, true, `spawn of the production bundle \`dist/server/index.mjs\` (as \`npm start\` runs it after bundling; production, API-only) to the first 200 of \`/health/ready\`, on the full database, migrations already applied (the run's first start, on the small database, took ${Math.round(firstStartMs)} ms).`),
      under('RSS of the hub after the run', 'MB', rss, 500, Number.isFinite(rss), `stock Payload: ${stockRss} MB.`),
    ]

    const finished = new Date()
    const result: BenchReport = {
      startedAt: startedAt.toISOString(),
      finishedAt: finished.toISOString(),
      totalSeconds: Math.round((finished.getTime() - startedAt.getTime()) / 1000),
      seedSeconds: Math.round(seedSeconds),
      machine: machine(),
      settings: { duration: `${load.durationSeconds} s`, warmup: `${load.warmupSeconds} s`, connections: load.connections, scale },
      dataset: { ...size, locales: 4, database: 'SQLite' },
      rows,
      runs,
    }
    const files = writeReport(path.join(rootDir, 'bench/results'), result)
    console.info(`\n${fs.readFileSync(files[2], 'utf8')}`)
    log(`wrote ${files.map((file) => path.relative(rootDir, file)).join(', ')}`)
  } catch (error) {
    // What the servers said last usually explains a failed run (a crash, an error in the log).
    for (const server of servers) {
      const state = server.child.exitCode === null ? 'running' : `exited with ${server.child.exitCode}`
      console.error(`\n--- ${server.url} (${state}), last output:\n${server.output().split('\n').slice(-40).join('\n')}`)
    }
    throw error
  } finally {
    for (const server of servers) await server.stop()
    if (args.keep) log(`kept ${workDir}`)
    else fs.rmSync(workDir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
