/** Boots Payload, the admin panel and Express; `index.ts` checks the environment first. */
import type { Server } from 'node:http'

import { getPayload } from 'payload'

import { rootDir } from '../config/paths'
import { port } from '../config/server'
import { createHubApp, keepConnectionsAlive } from './app'
import { createDeliveryCaching } from './deliveryCache'
import { ensureFirstAdmin } from './firstAdmin'
import { seedOnFirstStart } from './firstStart'
import { installGracefulShutdown } from './shutdown'

const started = Date.now()
const dev = process.env.NODE_ENV !== 'production'
const { default: configPromise } = await import('../../payload.config')
const config = await configPromise
const payload = await getPayload({ config })
await seedOnFirstStart(payload)
await ensureFirstAdmin(payload)

// HUB_ADMIN=false runs an API-only instance (no admin panel, no Next.js build needed).
const withAdmin = process.env.HUB_ADMIN !== 'false'
// Imported only when needed: loading Next.js alone takes seconds of an API-only cold start.
const nextApp = withAdmin ? (await import('next')).default({ dev, dir: rootDir }) : null
await nextApp?.prepare()
const nextRequestHandler = nextApp?.getRequestHandler()

// With REDIS_URL, instances tell each other what their writes changed (README "Delivery cache").
const deliveryCaching = createDeliveryCaching(payload, config)
const redisUrl = process.env.REDIS_URL
// Loaded only when used: the Redis client adds about a second to every start.
const sharedInvalidations =
  deliveryCaching && redisUrl ? (await import('../delivery/redis')).shareInvalidationsOverRedis(payload, deliveryCaching.cache, redisUrl) : undefined
// Rate limits count across instances too (else each instance would allow the full limit).
const sharedRateLimits = redisUrl ? (await import('./rateLimitRedis')).shareRateLimitsOverRedis(payload, redisUrl) : undefined

const app = createHubApp({
  payload,
  config,
  rateLimitStore: sharedRateLimits,
  deliveryCaching: deliveryCaching ?? false,
  nextHandler: nextRequestHandler && ((req, res) => nextRequestHandler(req, res)),
})

const server: Server = app.listen(port())
keepConnectionsAlive(server)
server.on('listening', () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port()
  payload.logger.info(
    `Visionary Hub ready on http://localhost:${actualPort} (admin /admin, REST /api, GraphQL /api/graphql) in ${Date.now() - started} ms`,
  )
})
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') console.error(`Port ${port()} is already in use; set PORT to a free port.`)
  else console.error(`Cannot listen on port ${port()}: ${error.message}`)
  process.exit(1)
})

installGracefulShutdown(server, payload, async () => {
  await sharedInvalidations?.close()
  await sharedRateLimits?.close()
  await nextApp?.close?.()
})
