import { APIError, type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { editorRoles, isSuperAdmin, tenantIdsWithRole, translatorLocales } from '../../../access/roles'
import { languageFromHeader, translate } from '../../../i18n'
import { relationId } from '../../../access/ids'
import { officeById } from '../../../access/offices'


/**
 * Every write names a locale the document's office publishes in (400 naming the allowed ones);
 * a translator writes only in their assigned locales, never the office's default locale, and
 * saves drafts only (an office-admin or editor publishes them). Non-localized fields are already
 * read-only for translators through field access (see plugins/tenancy).
 */
export const enforceWriteLimits: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req, context }) => {
  // The seeder and the hub's own system writes (detaching adaptations) act for no person.
  if (context?.seeding || context?.hubSystemWrite) return data
  const tenantId = relationId(data?.tenant ?? originalDoc?.tenant)
  if (!tenantId) return data
  const office = await officeById(req, tenantId)
  if (!office) return data
  const locale = req.locale
  const language = languageFromHeader(req.headers.get('accept-language'))
  if (locale && locale !== 'all' && !office.locales?.includes(locale as never)) {
    throw new APIError(translate(language, 'errors.localeNotAllowed', { locale, allowed: (office.locales ?? []).join(', ') }), 400, null, true)
  }
  if (!req.user || isSuperAdmin(req.user) || tenantIdsWithRole(req.user, editorRoles).includes(tenantId)) return data

  const allowed = translatorLocales(req.user, tenantId)
  if (!allowed.length) throw new Forbidden(req.t)
  if (locale === office.defaultLocale || !allowed.includes(locale ?? '')) {
    throw new APIError(translate(language, 'errors.localeNotAllowed', { locale, allowed: allowed.filter((l) => l !== office.defaultLocale).join(', ') }), 403, null, true)
  }
  // A translator's save is a draft: only an editor or office-admin publishes it.
  if (collection.versions?.drafts && data?._status !== 'draft') throw new Forbidden(req.t)
  return data
}
