import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { languageFromHeader, translate } from '../i18n'

/** The hub's error shape, `{ errors: [{ message }] }`, in the request's language. */
export function sendError(
  req: ExpressRequest,
  res: ExpressResponse,
  status: number,
  key: string,
  values: Record<string, unknown> = {},
): void {
  const language = languageFromHeader(req.get('accept-language'))
  if (res.headersSent) {
    res.end()
    return
  }
  res.status(status).set('content-language', language).json({ errors: [{ message: translate(language, key, values) }] })
}
