import type { CollectionBeforeOperationHook } from 'payload'

import { isPerson } from '../../../access/roles'
import { tenantContext } from '../../../access/tenantContext'

const readOperations = new Set(['read', 'readDistinct', 'count'])

/**
 * A delivery read in a locale the office does not publish falls back to the office's default
 * locale, and says so in `Content-Language`; so does each untranslated field.
 */
export const deliveryLocale: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Delivery only: signed-in people edit and read any locale; anonymous and API-key reads fall back.
  if (!readOperations.has(operation) || isPerson(req.user)) return args
  const context = await tenantContext(req)
  if (!context || !req.locale || req.locale === 'all') return args
  const settable = args && typeof args === 'object' ? (args as { locale?: string; fallbackLocale?: unknown }) : {}
  if (!context.locales.includes(req.locale)) {
    req.locale = context.defaultLocale as typeof req.locale
    if ('locale' in settable) settable.locale = context.defaultLocale
  }
  // A field not yet translated falls back to the office's own source language (not the hub's
  // default), unless the caller chose a fallback with `fallback-locale`.
  const declined = (value: unknown) => value === 'none' || value === 'false' || value === false || value === null
  if (req.query?.['fallback-locale'] === undefined && !declined(settable.fallbackLocale) && req.locale !== context.defaultLocale) {
    req.fallbackLocale = context.defaultLocale as typeof req.fallbackLocale
    if ('fallbackLocale' in settable) settable.fallbackLocale = context.defaultLocale
  }
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('content-language', req.locale ?? context.defaultLocale)
  return args
}
