import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { type BodyMeter, meteredBody } from './bodyLimit'

/** The public origin of a request as the client saw it. */
function requestOrigin(req: ExpressRequest): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`
}

export type FetchRequestOptions = {
  /** Counts the streamed body and ends it in an error past the limit (see bodyLimit.ts). */
  meter?: BodyMeter
  signal?: AbortSignal
}

/**
 * Express request -> WHATWG Request. The body is streamed untouched: Payload reads and
 * parses it itself, so no body parser may run on these routes.
 */
export function toFetchRequest(req: ExpressRequest, { meter, signal }: FetchRequestOptions = {}): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(new URL(req.originalUrl, requestOrigin(req)), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(meter ? meteredBody(req, meter) : req) as ReadableStream) : undefined,
    // Required by Node's fetch for streamed request bodies.
    duplex: hasBody ? 'half' : undefined,
    signal,
  } as RequestInit)
}

/** WHATWG Response -> Express response, streaming the body. */
export async function sendFetchResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  const cookies = response.headers.getSetCookie()
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  if (cookies.length) res.setHeader('set-cookie', cookies)
  // Answered before the body was read (e.g. 413): the rest of the body would still be on the
  // socket, so the connection must not be reused for another request.
  if (!res.req.complete) res.setHeader('connection', 'close')
  if (!response.body) {
    res.end()
    return
  }
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res)
  } catch (error) {
    // The client hung up before the whole answer was sent (a file it stopped reading): not an error of the hub.
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE' && res.destroyed) return
    throw error
  }
}
