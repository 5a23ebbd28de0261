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
  if (hasBody) discardUnreadBodyAfterAnswer(req)
  return new Request(new URL(req.originalUrl, requestOrigin(req)), {
    method: req.method,
    headers,
    body: hasBody ? requestBody(meter ? meteredBody(req, meter) : req) : undefined,
    // Required by Node's fetch for streamed request bodies.
    duplex: hasBody ? 'half' : undefined,
    signal,
  } as RequestInit)
}

/**
 * Once the answer is out, whatever is left of the body is read and dropped. Node discards an
 * unread body only when nobody started reading it; our body stream did, so the next request on
 * this keep-alive connection would wait behind the rest until the socket timed out (a POST that
 * Payload answers with a 404 without reading its body; fuzzer seed 203727126).
 */
function discardUnreadBodyAfterAnswer(req: ExpressRequest): void {
  req.res?.once('finish', () => {
    if (req.readableEnded) return
    // Off the body stream Payload was given: its pipe would pause the socket again.
    req.unpipe()
    drain(req)
  })
}

/** Reads the rest of a request body into nothing; past `drainLimit` the connection is dropped instead. */
function drain(req: Readable): void {
  let drained = 0
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length
    if (drained > drainLimit) req.destroy()
  })
  req.resume()
}

/**
 * The request body as a web stream that, unlike `Readable.toWeb`, does not destroy the socket
 * when the reader cancels (Payload stops reading a too large upload): the connection must live
 * on until the client has its answer (see answerBeforeBody).
 */
function requestBody(req: Readable): ReadableStream<Uint8Array> {
  let open = true
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (!open) return
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
        if ((controller.desiredSize ?? 1) <= 0) req.pause()
      })
      req.once('end', () => open && ((open = false), controller.close()))
      req.once('error', (error) => open && ((open = false), controller.error(error)))
    },
    pull() {
      req.resume()
    },
    cancel() {
      open = false
    },
  })
}

/** WHATWG Response -> Express response, streaming the body. */
export async function sendFetchResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  const cookies = response.headers.getSetCookie()
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!res.req.complete) return answerBeforeBody(res, response)
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

/** How much of an unread request body is read and discarded so the client gets the answer. */
const drainLimit = 64 * 1024 * 1024

/**
 * Answered before the body was read (e.g. a 413 for a too large upload). Closing at once would
 * reset the connection while the client is still sending, and it would never see the answer:
 * send the answer, read and discard the rest of the body (up to a limit), then close.
 */
async function answerBeforeBody(res: ExpressResponse, response: Response): Promise<void> {
  const req = res.req
  res.setHeader('connection', 'close')
  const body = Buffer.from(await response.arrayBuffer())
  res.setHeader('content-length', String(body.length))
  res.write(body)
  await new Promise<void>((resolve) => {
    const done = () => resolve()
    req.once('end', done)
    req.once('close', done)
    req.once('error', done)
    setTimeout(done, 10_000).unref()
    drain(req)
  })
  res.end()
}
