import type { IncomingMessage, Server, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { closeDatabase } from '../config/database'

export const shutdownGraceMs = 10_000

/**
 * Keep-alive connections outlive their requests: after the signal, every answer says
 * `Connection: close` and its socket is closed once the answer is out, so `server.close()`
 * completes as soon as the last request in flight has been answered (instead of waiting for the
 * clients' idle keep-alive sockets to time out, or serving new requests on them).
 */
function closeConnectionsAfterAnswers(server: Server): () => void {
  let stopping = false
  const inFlight = new Set<ServerResponse>()
  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close')
  }
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res)
    if (stopping) closeAfter(res)
    res.once('close', () => {
      inFlight.delete(res)
      if (stopping) setImmediate(() => server.closeIdleConnections())
    })
  })
  return () => {
    stopping = true
    inFlight.forEach(closeAfter)
  }
}

/**
 * SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (up to 10 s),
 * close the database, exit 0.
 */
export function installGracefulShutdown(server: Server, payload: Payload, onClosed?: () => Promise<void>): void {
  const stopAfterAnswers = closeConnectionsAfterAnswers(server)
  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal} received: finishing in-flight requests`)
    stopAfterAnswers()
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    // Connections that finish their request from now on close at once instead of idling on.
    server.keepAliveTimeout = 1
    server.closeIdleConnections()
    // Requests still running a second before the limit are cut, so the database closes in time.
    const deadline = setTimeout(() => {
      payload.logger.warn('requests still running at the shutdown limit: closing their connections')
      server.closeAllConnections()
    }, shutdownGraceMs - 1000)
    // Closing the database could hang on a lost server: the process still ends, with an error code.
    setTimeout(() => {
      payload.logger.error('shutdown did not finish in time: exiting')
      process.exit(1)
    }, shutdownGraceMs + 5000).unref()
    await closed
    clearTimeout(deadline)
    await onClosed?.()
    await closeDatabase(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'closing the database failed' }))
    payload.logger.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
