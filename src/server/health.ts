import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { languageFromHeader, translate } from '../i18n'

const readyTimeoutMs = 2000

/** Resolves true when the database answers a real query within the timeout. */
export async function databaseAnswers(payload: Payload, timeoutMs = readyTimeoutMs): Promise<boolean> {
  let answered: boolean | undefined
  const query = payload.count({ collection: 'tenants', overrideAccess: true }).then(
    () => (answered = true),
    () => (answered = false),
  )
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs)
  })
  await Promise.race([query, timeout])
  clearTimeout(timer)
  // A busy process runs due timers before it reads its sockets: read an answer that already
  // arrived before calling the database silent (else a slow hub would answer 503 on a healthy one).
  if (answered === undefined) await new Promise((resolve) => setImmediate(resolve))
  return answered === true
}

/** `/health/live`: the process is up and serving. */
export const live: RequestHandler = (req, res) => {
  res.json({ status: 'ok', message: translate(languageFromHeader(req.get('accept-language')), 'health.live') })
}

/** `/health/ready`: the database answers within 2 s, else 503. */
export function ready(payload: Payload): RequestHandler {
  return async (req, res) => {
    const ok = await databaseAnswers(payload)
    const language = languageFromHeader(req.get('accept-language'))
    res
      .status(ok ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({ status: ok ? 'ok' : 'unavailable', message: translate(language, ok ? 'health.ready' : 'health.notReady') })
  }
}
