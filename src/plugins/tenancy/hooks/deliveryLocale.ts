import type { CollectionBeforeOperationHook } from 'payload'

import { isPerson } from '../../../access/roles'
import { tenantContext } from '../../../access/tenantContext'
import { defaultLocale, hubLocaleCodes } from '../../../config/locales'

const readOperations = new Set(['read', 'readDistinct', 'count'])

/**
 * A delivery read in a locale the office does not publish falls back to the office's default
 * locale, and says so in `Content-Language`; each untranslated field falls back to the office's
 * default locale, then to any language the document has.
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
  // A fallback some hub code chose (anything but the hub's default) stays.
  const current = settable.fallbackLocale ?? req.fallbackLocale
  const chosen = current !== undefined && current !== defaultLocale && !Array.isArray(current) && !declined(current)
  if (req.query?.['fallback-locale'] === undefined && !declined(settable.fallbackLocale) && !chosen) {
    // Then any language the hub has, in order: another office's network document may be written
    // in languages the context office does not publish.
    const chain = [context.defaultLocale, ...hubLocaleCodes.filter((code) => code !== context.defaultLocale && code !== req.locale)]
    req.fallbackLocale = chain as unknown as typeof req.fallbackLocale
    if ('fallbackLocale' in settable) settable.fallbackLocale = chain
  }
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('content-language', req.locale ?? context.defaultLocale)
  return args
}
