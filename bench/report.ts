/** The bench's rows (each a ratio or a bound, with its target) and how they are written down. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { LoadResult } from './load'

export type Row = {
  name: string
  /** What was measured, e.g. "req/s" or "p50 ms". */
  unit: string
  hub: number
  /** The baseline the hub is divided by; absent for absolute rows (time, memory). */
  baseline?: number
  baselineName?: string
  value: number
  target: string
  pass: boolean
  /** False when a run had failed (or no completed) requests: the number measures nothing. */
  valid: boolean
  note?: string
}

/** A run counts only when requests completed and none failed. */
const succeeded = (run: LoadResult) => run.failures === 0 && run.requests > 0

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits
/** Two decimals, or two significant digits for a ratio below 0.01 (so it never reads 0). */
const ratio = (n: number) => (Math.abs(n) < 0.01 && n !== 0 ? Number(n.toPrecision(2)) : round(n))

/** Higher is better (throughput ÷ ceiling or ÷ stock Payload). */
export function atLeast(name: string, unit: string, hub: LoadResult, baselineName: string, baseline: LoadResult, pick: (r: LoadResult) => number, target: number, note?: string): Row {
  const value = ratio(pick(hub) / Math.max(pick(baseline), 1e-9))
  return { name, unit, hub: pick(hub), baseline: pick(baseline), baselineName, value, target: `≥ ${target}`, pass: value >= target, valid: succeeded(hub) && succeeded(baseline), note }
}

/** Lower is better (latency ÷ latency). */
export function atMost(name: string, unit: string, hub: LoadResult, baselineName: string, baseline: LoadResult, pick: (r: LoadResult) => number, target: number, note?: string): Row {
  const value = ratio(pick(hub) / Math.max(pick(baseline), 1e-9))
  return { name, unit, hub: pick(hub), baseline: pick(baseline), baselineName, value, target: `≤ ${target}`, pass: value <= target, valid: succeeded(hub) && succeeded(baseline), note }
}

/** An absolute bound (time, memory). */
export function under(name: string, unit: string, hub: number, target: number, valid = true, note?: string): Row {
  return { name, unit, hub: round(hub, 0), value: round(hub, 0), target: `< ${target} ${unit}`, pass: hub < target, valid, note }
}

export type BenchReport = {
  startedAt: string
  finishedAt: string
  totalSeconds: number
  seedSeconds: number
  machine: { cpus: number; model: string; loadAverage: number[]; node: string; platform: string }
  settings: Record<string, unknown>
  dataset: Record<string, unknown>
  rows: Row[]
  runs: Record<string, unknown>
}

export function machine(): BenchReport['machine'] {
  return { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', loadAverage: os.loadavg().map((n) => round(n)), node: process.version, platform: `${os.platform()} ${os.release()}` }
}

function verdict(row: Row): string {
  if (!row.valid) return 'INVALID (failed or no requests)'
  return row.pass ? 'PASS' : 'FAIL'
}

/** Runs that completed fewer than 5 answers under load were timed one request at a time. */
function sequentialNote(runs: BenchReport['runs']): string[] {
  const names = Object.entries(runs).filter(([, run]) => (run as { sequential?: boolean }).sequential).map(([name]) => name)
  return names.length ? [`- Fewer than 5 answers in the run's time, so timed as 5 sequential requests (req/s = 1 ÷ median): ${names.join('; ')}.`] : []
}

export function markdown(report: BenchReport): string {
  const lines = [
    `# npm run bench — ${report.startedAt}`,
    '',
    `Dataset: ${Object.entries(report.dataset).map(([k, v]) => `${k} ${v}`).join(', ')}. Load: ${Object.entries(report.settings).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    `Machine: ${report.machine.cpus} × ${report.machine.model}, Node ${report.machine.node}, load average at the end ${report.machine.loadAverage.join(' / ')}. Seeding ${report.seedSeconds} s, whole run ${report.totalSeconds} s.`,
    '',
    '| row | unit | hub | baseline | ratio / value | target | result |',
    '|---|---|---:|---:|---:|---|---|',
    ...report.rows.map((row) =>
      `| ${row.name} | ${row.unit} | ${row.hub} | ${row.baseline === undefined ? '—' : `${row.baseline} (${row.baselineName})`} | ${row.value} | ${row.target} | ${verdict(row)} |`,
    ),
    '',
    ...report.rows.filter((row) => row.note).map((row) => `- **${row.name}**: ${row.note}`),
    ...sequentialNote(report.runs),
    '',
  ]
  return lines.join('\n')
}

/** `bench/results/<timestamp>.md` and `.json`, and `latest.md` (the one committed). */
export function writeReport(dir: string, report: BenchReport): string[] {
  fs.mkdirSync(dir, { recursive: true })
  const stamp = report.startedAt.replace(/[:.]/g, '-')
  const files = [path.join(dir, `${stamp}.md`), path.join(dir, `${stamp}.json`), path.join(dir, 'latest.md')]
  const text = markdown(report)
  fs.writeFileSync(files[0], text)
  fs.writeFileSync(files[1], `${JSON.stringify(report, null, 2)}\n`)
  fs.writeFileSync(files[2], text)
  return files
}
