import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import { bodyLimitsFromEnv, rateLimitsFromEnv } from '../config/limits'
import { benchBytes } from './benchBytes'
import { bodyMeterOf, refuseOversizedBodies, sendBodyTooLarge } from './bodyLimit'
import { watchDatabase } from './databaseOutage'
import { sendError } from './errors'
import { createDeliveryCaching, type DeliveryCaching } from './deliveryCache'
import { graphqlHandler, playgroundHandler } from './graphql'
import { live, ready } from './health'
import { createHubRateLimiters, limitPerAddress, limitPerApiKey, type RateLimitStore } from './rateLimit'
import { restHandler } from './rest'
import { securityHeaders } from './securityHeaders'

export type HubAppOptions = {
  payload: Payload
  config: SanitizedConfig
  /** Next.js request handler serving the admin panel; omitted in API-only tests. */
  nextHandler?: RequestHandler
  /** Where rate-limit counters live; one process's memory unless a shared store is given. */
  rateLimitStore?: RateLimitStore
  /** The delivery cache; one of its own unless given (start.ts shares it with Redis), none with `false`. */
  deliveryCaching?: DeliveryCaching | false
}

/** Express's own 400s (a path it cannot decode) are not about JSON; bodies are Payload's to parse. */
function isJsonSyntaxError(error: unknown): boolean {
  return error instanceof SyntaxError || (error as { type?: string })?.type === 'entity.parse.failed'
}

/** Anything that escapes a route: a JSON error, never a stack trace. */
const jsonErrors: ErrorRequestHandler = (error, req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500
  if (status >= 500) req.app.locals.payload?.logger.error({ err: error, msg: `${req.method} ${req.originalUrl}` })
  const meter = bodyMeterOf(res)
  if (status === 413) return sendBodyTooLarge(req, res, meter ?? { bytes: 0, label: '20 MB' })
  if (status === 400) return sendError(req, res, 400, isJsonSyntaxError(error) ? 'errors.malformedJson' : 'errors.badRequest')
  sendError(req, res, status, status >= 500 ? 'errors.internal' : 'errors.notFound')
}

/**
 * The hub's HTTP surface. Transport only: every rule lives in Payload's access
 * functions and hooks, so this file never decides who may see what. What it does decide:
 * security headers, body size limits and rate limits (README "Limits and headers").
 */
export function createHubApp({ payload, config, nextHandler, rateLimitStore, deliveryCaching }: HubAppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.HUB_TRUST_PROXY === 'true')
  app.locals.payload = payload
  // `npm run bench`'s ceiling: a bare route before every middleware, off unless asked for.
  if (process.env.HUB_BENCH === '1') app.get('/__bench/bytes', benchBytes())

  const api = config.routes.api
  const graphqlPath = `${api}${config.routes.graphQL}`
  const playgroundPath = `${api}${config.routes.graphQLPlayground}`
  const limiters = createHubRateLimiters(rateLimitsFromEnv(), rateLimitStore)
  const caching = deliveryCaching === undefined ? createDeliveryCaching(payload, config) : deliveryCaching || undefined
  app.locals.deliveryCaching = caching

  app.use(securityHeaders({ apiRoute: api, playgroundRoute: playgroundPath, production: process.env.NODE_ENV === 'production' }))

  app.get('/health/live', live)
  app.get('/health/ready', ready(payload))

  // Before every /api route: a request whose database is unreachable is a 503 within 5 s.
  app.use(api, watchDatabase(payload))
  app.use(api, limitPerApiKey(limiters.apiKey))
  app.post(`${api}/:collection/login`, limitPerAddress(limiters.login))
  app.post(`${api}/:collection/forgot-password`, limitPerAddress(limiters.forgotPassword))
  // No body parser on /api: Payload reads the request body itself, the bridge counts it.
  app.use(api, refuseOversizedBodies(bodyLimitsFromEnv(), graphqlPath))
  app.post(graphqlPath, graphqlHandler(config, limiters, caching))
  app.get(playgroundPath, playgroundHandler(config))
  app.use(api, restHandler(config, caching))

  if (nextHandler) app.use(nextHandler)
  else app.use((req, res) => sendError(req, res, 404, 'errors.routeNotFound', { path: req.path }))

  app.use(jsonErrors)
  return app
}

/**
 * Idle keep-alive connections live longer than clients (and proxies) keep them: with Node's 5 s
 * a client reusing a socket just as the server drops it gets a connection reset on a request that
 * may already have been written (seen as ECONNRESET under load with 12 concurrent writers).
 */
export function keepConnectionsAlive(server: import('node:http').Server): void {
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
}
