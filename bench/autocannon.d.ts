/** The part of autocannon's API the bench uses (the package ships no types). */
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; min: number }
  export type Result = {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    latency: Histogram & { totalCount: number }
    requests: Histogram & { sent: number; total: number }
    statusCodeStats: Record<string, { count: number }>
  }
  export type Options = {
    url: string
    method?: 'GET' | 'POST'
    headers?: Record<string, string>
    body?: string
    connections?: number
    duration?: number
    timeout?: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
