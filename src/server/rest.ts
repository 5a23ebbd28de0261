import type { RequestHandler } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { sendFetchResponse, toFetchRequest } from './bridge'
import { sendError } from './errors'

/** Payload's REST API under `/api`, served from Express through the Fetch bridge. */
export function restHandler(config: SanitizedConfig): RequestHandler {
  return async (req, res, next) => {
    if (hasMalformedEscape(req.path)) {
      sendError(req, res, 400, 'errors.malformedUrl')
      return
    }
    try {
      const response = await handleEndpoints({ config, request: toFetchRequest(req) })
      if (response.status === 404 && (await isRouteNotFound(response))) {
        sendError(req, res, 404, 'errors.routeNotFound', { path: req.path })
        return
      }
      await sendFetchResponse(res, response)
    } catch (error) {
      next(error)
    }
  }
}

/** Payload's router decodes path parameters and throws on a broken escape (`%E0%A4%A`): a 400, not a 500. */
function hasMalformedEscape(path: string): boolean {
  try {
    decodeURIComponent(path)
    return false
  } catch {
    return true
  }
}

/** Payload answers an unknown route with `{ message }`; the hub answers in its own error shape. */
async function isRouteNotFound(response: Response): Promise<boolean> {
  const body = (await response.clone().json().catch(() => null)) as { message?: string } | null
  return typeof body?.message === 'string' && body.message.startsWith('Route not found')
}
