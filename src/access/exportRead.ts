import { APIError, NotFound, type CollectionSlug, type PayloadRequest, type PopulateType } from 'payload'

import { hubLocaleCodes } from '../config/locales'
import { languageFromHeader, translate } from '../i18n'
import { documentIdPattern, relationId } from './ids'
import { officeById, type Office } from './offices'

export type ExportedDocument<T> = { doc: T; office: Office; locale: string }

export type ExportReadOptions = { depth: number; populate?: PopulateType }


function localeNotAllowed(req: PayloadRequest, locale: string, allowed: string[]): never {
  const language = languageFromHeader(req.headers.get('accept-language'))
  throw new APIError(translate(language, 'errors.localeNotAllowed', { locale, allowed: allowed.join(', ') }), 400, null, true)
}

/**
 * The locale an export is written in. `?locale=` must be one of the hub's locales (else 400
 * naming the office's). A hub locale the office does not publish, like a missing one, gives the
 * office's default locale: the same fallback as the hub's delivery reads.
 */
export function exportLocale(req: PayloadRequest, office: Office): string {
  const requested = req.searchParams.get('locale')?.trim()
  if (requested && !hubLocaleCodes.includes(requested)) localeNotAllowed(req, requested, office.locales)
  return requested && office.locales.includes(requested) ? requested : office.defaultLocale
}

/**
 * One document of `collection` (the route's `:id`) as the caller may read it, for an export
 * endpoint: the same rules as `GET /api/<collection>/<id>` (published only unless `?draft=true`
 * and the caller may read drafts; the tenant context; unreadable → 404), with relations the
 * caller may not read left out at every depth, in the export's locale with the office's
 * default locale as the fallback for untranslated fields.
 */
export async function readForExport<T = Record<string, unknown>>(
  req: PayloadRequest,
  collection: CollectionSlug,
  { depth, populate }: ExportReadOptions,
): Promise<ExportedDocument<T>> {
  const id = String(req.routeParams?.id ?? '')
  // Anything else names no document (and would make PostgreSQL fail on the uuid column instead of a 404).
  if (!documentIdPattern.test(id)) throw new NotFound(req.t)
  const draft = req.searchParams.get('draft') === 'true'
  const read = { collection, id, draft, overrideAccess: false, user: req.user, req } as const
  // The office first: the locale is checked against it, and an unreadable document is a 404
  // whatever locale was asked for.
  const head = (await req.payload.findByID({ ...read, depth: 0, select: { tenant: true } as never })) as { tenant?: unknown }
  const office = await officeById(req, relationId(head.tenant) ?? '')
  if (!office) throw new NotFound(req.t)
  const locale = exportLocale(req, office)
  const doc = (await req.payload.findByID({ ...read, depth, populate, locale: locale as never, fallbackLocale: office.defaultLocale as never })) as T
  // With a tenant context of another office the hub's delivery rules read in that office's
  // default locale instead (plugins/tenancy deliveryLocale), keeping this office's default as the
  // fallback. A locale the document's office does not publish holds none of its texts: they all
  // come from the fallback, so that is the language served.
  const readIn = req.locale && req.locale !== 'all' ? req.locale : locale
  const served = office.locales.includes(readIn) ? readIn : office.defaultLocale
  return { doc, office, locale: served }
}

/**
 * Says which locale the export is in. Called last by an endpoint: every delivery read sets
 * `Content-Language` to its own locale (plugins/tenancy deliveryLocale), and the response
 * headers are merged into the endpoint's answer.
 */
export function announceLocale(req: PayloadRequest, locale: string): void {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('content-language', locale)
}
