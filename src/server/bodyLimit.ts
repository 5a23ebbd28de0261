import { Transform, type TransformCallback } from 'node:stream'

import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'

import { type BodyLimits, formatBytes, uploadFileLimit } from '../config/limits'
import { type BodyCheck, bodyCheckFor, type BodyProblem } from './bodyCheck'
import { sendError } from './errors'

/**
 * Body size limits on `/api`. Payload reads request bodies itself (no body parser runs here),
 * so the limit is enforced twice without reading the body first: a declared Content-Length over
 * the limit is refused at once, and the bridge counts the bytes it streams to Payload (chunked
 * bodies declare no length) and stops at the limit.
 */

export type BodyLimit = {
  bytes: number
  /** How the limit is named in the error message ("1 MB", "20 MB"). */
  label: string
}

/** Counts one request's body as the bridge streams it; `exceeded` turns true at the limit. */
export type BodyMeter = BodyLimit & { received: number; exceeded: boolean; check?: BodyCheck }

function mediaType(req: ExpressRequest): string {
  return (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
}

/** JSON (and GraphQL) 1 MB; multipart uploads 20 MB per file plus form fields; anything else 6 MB (XLIFF). */
export function bodyLimitOf(req: ExpressRequest, limits: BodyLimits, graphqlPath: string): BodyLimit {
  const type = mediaType(req)
  if (req.originalUrl.split('?')[0] === graphqlPath || type === 'application/json' || type.endsWith('+json')) {
    return { bytes: limits.json, label: formatBytes(limits.json) }
  }
  // Payload's upload limit is per file; the transport allows the file plus the form around it.
  if (type.startsWith('multipart/')) return { bytes: limits.multipart, label: formatBytes(uploadFileLimit) }
  return { bytes: limits.other, label: formatBytes(limits.other) }
}

export function sendBodyTooLarge(req: ExpressRequest, res: ExpressResponse, limit: BodyLimit): void {
  // The rest of the body may still be on the socket: this connection cannot carry another request.
  if (!req.complete) res.setHeader('connection', 'close')
  sendError(req, res, 413, 'errors.payloadTooLarge', { limit: limit.label })
}

/**
 * Refuses a body whose declared length is over its limit before anyone reads it, and leaves a
 * meter for the bridge, which counts the bytes actually streamed.
 */
export function refuseOversizedBodies(limits: BodyLimits, graphqlPath: string): RequestHandler {
  return (req, res, next) => {
    const limit = bodyLimitOf(req, limits, graphqlPath)
    const declared = Number(req.get('content-length') ?? 0)
    if (declared > limit.bytes) return sendBodyTooLarge(req, res, limit)
    res.locals.bodyMeter = { ...limit, received: 0, exceeded: false, check: bodyCheckFor(req.get('content-type')) } satisfies BodyMeter
    next()
  }
}

/** The meter `refuseOversizedBodies` left for this request, if any. */
export function bodyMeterOf(res: ExpressResponse): BodyMeter | undefined {
  return res.locals.bodyMeter as BodyMeter | undefined
}

export class BodyTooLargeError extends Error {
  readonly status = 413
  constructor(limit: BodyLimit) {
    super(`The request body is too large (limit ${limit.label}).`)
    this.name = 'BodyTooLargeError'
  }
}

/**
 * The request body as a Node stream that ends in an error once more than `meter.bytes` arrived.
 * The rest of the body is then read and dropped (never destroyed: the socket must stay open for
 * the 413 answer), and the connection is closed after that answer.
 */
export function meteredBody(req: ExpressRequest, meter: BodyMeter): Transform {
  // Counted where it leaves the socket, so the check sees every byte even when Payload stops early.
  req.on('data', (chunk: Buffer) => count(meter, chunk))
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (!meter.exceeded) return callback(null, chunk)
      req.unpipe(counter)
      req.resume()
      callback(new BodyTooLargeError(meter))
    },
  })
  req.pipe(counter)
  return counter
}

/** Adds a chunk to the meter, and to its syntax check while the body is within its limit. */
function count(meter: BodyMeter, chunk: Buffer): void {
  meter.received += chunk.length
  if (meter.received > meter.bytes) meter.exceeded = true
  else {
    try {
      meter.check?.write(chunk)
    } catch {
      meter.check = undefined // a check that breaks gives no verdict; it must never break the request
    }
  }
}

/**
 * Payload failed (a 5xx or an exception): was the body malformed? When Payload stopped reading
 * early, the rest of the body is read into the check first, so it judges the whole body.
 */
export async function bodyProblemOf(req: ExpressRequest, meter: BodyMeter | undefined): Promise<BodyProblem | undefined> {
  if (!meter?.check || meter.exceeded) return undefined
  if (!req.readableEnded && !req.destroyed) {
    await new Promise<void>((resolve) => {
      req.once('end', resolve)
      req.once('close', resolve)
      // Payload no longer reads: stop feeding it, and restart the socket its backpressure stopped.
      req.unpipe()
      req.resume()
      req.read(0)
    })
  }
  if (meter.exceeded || !req.complete) return undefined
  return meter.check.finish()
}
