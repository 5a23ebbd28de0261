import type { RequestHandler } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { bodyMeterOf, bodyProblemOf, sendBodyTooLarge } from './bodyLimit'
import { sendFetchResponse, toFetchRequest } from './bridge'
import { sendError } from './errors'

/** Payload's REST API under `/api`, served from Express through the Fetch bridge. */
export function restHandler(config: SanitizedConfig): RequestHandler {
  return async (req, res, next) => {
    if (!isDecodable(req.path)) return sendError(req, res, 400, 'errors.badRequest')
    const meter = bodyMeterOf(res)
    try {
      const response = await handleEndpoints({ config, request: toFetchRequest(req, { meter }) })
      // Payload saw the body end in an error at the limit; whatever it made of that, it is a 413.
      if (meter?.exceeded) {
        await response.body?.cancel()
        return sendBodyTooLarge(req, res, meter)
      }
      const problem = response.status >= 500 ? await bodyProblemOf(req, meter) : undefined
      if (problem) {
        await response.body?.cancel()
        return sendError(req, res, 400, problem)
      }
      if (response.status === 404 && (await isRouteNotFound(response))) {
        sendError(req, res, 404, 'errors.routeNotFound', { path: req.path })
        return
      }
      await sendFetchResponse(res, response)
    } catch (error) {
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
 */
function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/** Payload answers an unknown route with `{ message }`; the hub answers in its own error shape. */
async function isRouteNotFound(response: Response): Promise<boolean> {
  const body = (await response.clone().json().catch(() => null)) as { message?: string } | null
  return typeof body?.message === 'string' && body.message.startsWith('Route not found')
}
