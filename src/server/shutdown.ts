import type { Server } from 'node:http'

import type { Payload } from 'payload'

import { closeDatabase } from '../config/database'

export const shutdownGraceMs = 10_000

/**
 * SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (up to 10 s),
 * close the database, exit 0.
 */
export function installGracefulShutdown(server: Server, payload: Payload, onClosed?: () => Promise<void>): void {
  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal} received: finishing in-flight requests`)
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    // Connections that finish their request from now on close at once instead of idling on.
    server.keepAliveTimeout = 1
    server.closeIdleConnections()
    const deadline = setTimeout(() => server.closeAllConnections(), shutdownGraceMs - 1000)
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
