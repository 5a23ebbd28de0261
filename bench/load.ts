/** Drives one URL with autocannon for a bounded time, after a warm-up, and keeps what the table needs. */
import autocannon, { type Options } from 'autocannon'

export type LoadSettings = { durationSeconds: number; warmupSeconds: number; connections: number }

export type LoadResult = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Answers that were not 2xx, errors and timeouts: a run with any is not a measurement of success. */
  failures: number
  statuses: Record<string, number>
}

export type Target = { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }

export async function measure(target: Target, settings: LoadSettings): Promise<LoadResult> {
  const options: Options = { ...target, connections: settings.connections, timeout: 30 }
  // The warm-up fills caches (the hub's, SQLite's page cache, V8's JIT) and is thrown away.
  if (settings.warmupSeconds > 0) await autocannon({ ...options, duration: settings.warmupSeconds })
  const result = await autocannon({ ...options, duration: settings.durationSeconds })
  return {
    requestsPerSecond: Math.round(result['2xx'] / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result['2xx'],
    failures: result.non2xx + result.errors + result.timeouts,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count])),
  }
}

/**
 * One request at a time, up to `times` times after one warm-up, while `budgetMs` lasts (a very
 * slow answer still gets one sample): the median wall time in ms, for slow, heavy answers.
 */
export async function medianTime(target: Target, times: number, budgetMs = 60_000): Promise<{ medianMs: number; samplesMs: number[]; status: number; bytes: number }> {
  const once = async () => {
    const began = performance.now()
    const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body, signal: AbortSignal.timeout(240_000) })
    const bytes = (await response.arrayBuffer()).byteLength
    return { ms: performance.now() - began, status: response.status, bytes }
  }
  const began = performance.now()
  const warm = await once()
  const samples: number[] = []
  while (samples.length < times && (samples.length === 0 || performance.now() - began < budgetMs)) samples.push((await once()).ms)
  const sorted = [...samples].sort((a, b) => a - b)
  return { medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]), samplesMs: samples.map(Math.round), status: warm.status, bytes: warm.bytes }
}

/**
 * A run that completed fewer than 5 answers in its time says nothing (a very slow query, or a
 * machine busy with other work): then 5 sequential requests (within a minute) give its numbers.
 */
export async function measureOrTime(target: Target, settings: LoadSettings, probeMs = 0): Promise<LoadResult & { sequential: boolean }> {
  // An answer so slow that not even 5 fit in the run goes straight to sequential timing: a load
  // run would only leave a backlog of abandoned requests the server keeps computing.
  if (probeMs <= (settings.durationSeconds * 1000) / 5) {
    const result = await measure(target, settings)
    if (result.requests >= 5) return { ...result, sequential: false }
  }
  const timed = await medianTime(target, 5)
  return {
    requestsPerSecond: Math.round((1000 / timed.medianMs) * 100) / 100,
    p50Ms: timed.medianMs,
    p99Ms: Math.max(...timed.samplesMs),
    requests: timed.samplesMs.length,
    failures: timed.status === 200 ? 0 : timed.samplesMs.length,
    statuses: { [timed.status]: timed.samplesMs.length },
    sequential: true,
  }
}

/** The latency of one query on its own: one connection, no queueing behind other requests. */
export function measureLatency(target: Target, settings: LoadSettings, probeMs = 0): Promise<LoadResult & { sequential: boolean }> {
  return measureOrTime(target, { ...settings, connections: 1 }, probeMs)
}
