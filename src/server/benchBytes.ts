import type { RequestHandler } from 'express'

type Captured = { body: Buffer; contentType: string }

/**
 * `npm run bench` only (mounted when HUB_BENCH=1): the ceiling the delivery cache is measured
 * against. `GET /__bench/bytes?from=<api path>` fetches that path from this same server once
 * (with the request's X-Tenant), keeps the answer's bytes in memory and returns them on every
 * later call, so hub and ceiling serve identical bytes from one process.
 */
export function benchBytes(): RequestHandler {
  const captured = new Map<string, Promise<Captured>>()
  return async (req, res, next) => {
    const from = typeof req.query.from === 'string' && req.query.from.startsWith('/') ? req.query.from : undefined
    if (!from) return next()
    const tenant = req.get('x-tenant') ?? ''
    const key = `${tenant}\n${from}`
    let answer = captured.get(key)
    if (!answer) {
      answer = capture(`http://127.0.0.1:${req.socket.localPort}${from}`, tenant)
      captured.set(key, answer)
    }
    try {
      const { body, contentType } = await answer
      res.setHeader('content-type', contentType)
      res.end(body)
    } catch (error) {
      captured.delete(key)
      next(error)
    }
  }
}

async function capture(url: string, tenant: string): Promise<Captured> {
  const response = await fetch(url, { headers: tenant ? { 'x-tenant': tenant } : {} })
  if (!response.ok) throw new Error(`bench capture of ${url} answered ${response.status}`)
  return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? 'application/json' }
}
