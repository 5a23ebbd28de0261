import type { RequestHandler } from 'express'
import { handleEndpoints, type PayloadRequest, type SanitizedConfig } from 'payload'

import { releaseRequest as releaseDocumentLocks } from '../plugins/concurrency'

import { bodyMeterOf, bodyProblemOf, sendBodyTooLarge } from './bodyLimit'
import { sendFetchResponse, toFetchRequest } from './bridge'
import { databaseFailedForThisRequest, sendDatabaseUnavailable } from './databaseOutage'
import { beginRead, cacheableRestRead, type DeliveryCaching, sendAnswer, storeAnswer } from './deliveryCache'
import { sendError } from './errors'

/** Payload's REST API under `/api`, served from Express through the Fetch bridge. */
export function restHandler(config: SanitizedConfig, caching?: DeliveryCaching): RequestHandler {
  return async (req, res, next) => {
    if (!isDecodable(req.path)) return sendError(req, res, 400, 'errors.malformedUrl')
    if (namesObjectMember(req.path)) return sendError(req, res, 404, 'errors.routeNotFound', { path: req.path })
    const malformed = malformedJsonParameter(req.originalUrl)
    if (malformed) return sendError(req, res, 400, 'errors.malformedQuery', { name: malformed })
    const read = cacheableRestRead(caching, req)
    const cached = read && caching!.cache.get(read.key)
    if (read && cached) return sendAnswer(req, res, cached, read, 'HIT')
    const meter = bodyMeterOf(res)
    // Payload turns this Request into its PayloadRequest (the same object).
    const request = toFetchRequest(req, { meter })
    const started = read && beginRead(caching!, request)
    try {
      const response = await handleEndpoints({ config, request }).finally(() => releaseDocumentLocks(request as PayloadRequest))
      // The database watch already answered 503 (the database hung), or this answer rests on
      // database calls that found no database (a 500, or a caller taken for anonymous).
      if (res.headersSent || databaseFailedForThisRequest()) {
        await response.body?.cancel()
        return res.headersSent ? undefined : sendDatabaseUnavailable(req, res)
      }
      // Payload saw the body end in an error at the limit; whatever it made of that, it is a 413.
      if (meter?.exceeded) {
        await response.body?.cancel()
        return sendBodyTooLarge(req, res, meter)
      }
      const wrapped = response.status === 500 ? await wrappedClientError(response) : undefined
      if (wrapped) {
        await response.body?.cancel()
        return sendError(req, res, wrapped, wrapped === 401 ? 'errors.unauthorized' : wrapped === 403 ? 'errors.forbidden' : 'errors.badRequest')
      }
      const problem = response.status >= 500 ? await bodyProblemOf(req, meter) : undefined
      if (problem) {
        await response.body?.cancel()
        return sendError(req, res, 400, problem)
      }
      // Payload answers a collection without REST endpoints (payload-migrations) with a 501
      // naming the full URL: to a client that route simply does not exist.
      if (response.status === 501 || (response.status === 404 && (await isRouteNotFound(response)))) {
        await response.body?.cancel()
        return sendError(req, res, 404, 'errors.routeNotFound', { path: req.path })
      }
      const answer = read && started && (await storeAnswer(caching!, read, started, request as PayloadRequest, response))
      if (read && answer) return sendAnswer(req, res, answer, read, 'MISS')
      await sendFetchResponse(res, response)
    } catch (error) {
      if (databaseFailedForThisRequest()) return sendDatabaseUnavailable(req, res)
      // Payload's method override parses the JSON body outside its own error handling.
      if (meter?.exceeded) return sendBodyTooLarge(req, res, meter)
      const problem = await bodyProblemOf(req, meter)
      if (problem) return sendError(req, res, 400, problem)
      next(error)
    }
  }
}

/**
 * Payload decodes path segments with decodeURIComponent while matching its routes and turns the
 * URIError of a malformed escape (`/api/tenants/%E0%A4%A`) into a 500: it is the client's 400.
 * So is a NUL (`/api/media/file/%00`): PostgreSQL refuses it in the file name it is looked up by.
 */
function isDecodable(path: string): boolean {
  try {
    return !decodeURIComponent(path).includes('\u0000')
  } catch {
    return false
  }
}

/**
 * Payload looks the first segment up in plain objects (`payload.collections[segment]`), so
 * `/api/__proto__` or `/api/constructor` finds Object's own members and crashes (a 500).
 */
function namesObjectMember(path: string): boolean {
  const segment = decodeURIComponent(path.split('/')[1] ?? '')
  return segment in Object.prototype
}

/**
 * Payload accepts `where` and `data` as JSON strings too (`?where={"title":{"equals":"x"}}`) and
 * parses them without a guard: anything else there is a SyntaxError and a 500.
 */
function malformedJsonParameter(url: string): string | undefined {
  const params = new URL(url, 'http://hub.invalid').searchParams
  for (const name of ['where', 'data']) {
    const value = params.get(name)
    if (!value) continue
    try {
      JSON.parse(value)
    } catch {
      return name
    }
  }
  return undefined
}

/**
 * Payload's `/access` endpoint answers every error as a 500 carrying the serialized error, also a
 * client's (an unknown X-Tenant is a 400 everywhere else): its own status, in the hub's shape.
 */
async function wrappedClientError(response: Response): Promise<number | undefined> {
  const body = (await response.clone().json().catch(() => null)) as { error?: { status?: unknown; isPublic?: unknown } } | null
  const status = body?.error?.status
  return typeof status === 'number' && status >= 400 && status < 500 && body?.error?.isPublic === true ? status : undefined
}

/** Payload answers an unknown route with `{ message }`; the hub answers in its own error shape. */
async function isRouteNotFound(response: Response): Promise<boolean> {
  const body = (await response.clone().json().catch(() => null)) as { message?: string } | null
  return typeof body?.message === 'string' && body.message.startsWith('Route not found')
}
