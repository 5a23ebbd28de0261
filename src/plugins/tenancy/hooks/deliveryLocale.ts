import type { CollectionBeforeOperationHook } from 'payload'

import { isPerson } from '../../../access/roles'
import { tenantContext } from '../../../access/tenantContext'

const readOperations = new Set(['read', 'readDistinct', 'count'])

/**
 * A delivery read in a locale the office does not publish falls back to the office's default
 * locale, and says so in `Content-Language`.
 */
export const deliveryLocale: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Delivery only: signed-in people edit and read any locale; anonymous and API-key reads fall back.
  if (!readOperations.has(operation) || isPerson(req.user)) return args
  const context = await tenantContext(req)
  if (!context || !req.locale || req.locale === 'all') return args
  if (!context.locales.includes(req.locale)) {
    req.locale = context.defaultLocale as typeof req.locale
    if (args && typeof args === 'object' && 'locale' in args) (args as { locale?: string }).locale = context.defaultLocale
  }
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('content-language', req.locale ?? context.defaultLocale)
  return args
}
