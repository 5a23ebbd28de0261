import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import { sendError } from './errors'
import { graphqlHandler, playgroundHandler } from './graphql'
import { live, ready } from './health'
import { restHandler } from './rest'

export type HubAppOptions = {
  payload: Payload
  config: SanitizedConfig
  /** Next.js request handler serving the admin panel; omitted in API-only tests. */
  nextHandler?: RequestHandler
}

/** Anything that escapes a route: a JSON error, never a stack trace. */
const jsonErrors: ErrorRequestHandler = (error, req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500
  if (status >= 500) req.app.locals.payload?.logger.error({ err: error, msg: `${req.method} ${req.originalUrl}` })
  if (status === 413) return sendError(req, res, 413, 'errors.payloadTooLarge', { limit: '20 MB' })
  if (status === 400) return sendError(req, res, 400, 'errors.malformedJson')
  sendError(req, res, status, status >= 500 ? 'errors.internal' : 'errors.notFound')
}

/**
 * The hub's HTTP surface. Transport only: every rule lives in Payload's access
 * functions and hooks, so this file never decides who may see what.
 */
export function createHubApp({ payload, config, nextHandler }: HubAppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.HUB_TRUST_PROXY === 'true')
  app.locals.payload = payload

  app.get('/health/live', live)
  app.get('/health/ready', ready(payload))

  const api = config.routes.api
  app.post(`${api}${config.routes.graphQL}`, graphqlHandler(config))
  app.get(`${api}${config.routes.graphQLPlayground}`, playgroundHandler(config))
  // No body parser on /api: Payload reads the request body itself.
  app.use(api, restHandler(config))

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
