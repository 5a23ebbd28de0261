import { APIError, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { relationId } from '../../access/ids'
import { languageFromHeader, translate } from '../../i18n'
import { extractUnits, toXliff12, toXliff21, withTargets } from './xliff'

function badRequest(message: string): never {
  throw new APIError(message, 400, null, true)
}

/** The source (office default unless `source=`) and target locales, both the office's own. */
function chooseLocales(req: PayloadRequest, office: { locales?: string[] | null; defaultLocale: string }) {
  const allowed = office.locales ?? []
  const language = languageFromHeader(req.headers.get('accept-language'))
  const notAllowed = (locale: string) => translate(language, 'errors.localeNotAllowed', { locale, allowed: allowed.join(', ') })
  const target = req.searchParams.get('target')
  const source = req.searchParams.get('source') ?? office.defaultLocale
  if (!target) badRequest('Name the target locale: ?target=<code>.')
  if (!allowed.includes(target)) badRequest(notAllowed(target))
  if (!allowed.includes(source)) badRequest(notAllowed(source))
  if (source === target) badRequest(`The target locale must differ from the source locale (${source}).`)
  return { source, target }
}

/**
 * `GET /api/<collection>/<id>/xliff?target=<code>[&source=<code>][&version=2.1|1.2]`: the document's
 * localized fields for a translation tool. Read with the caller's own access, so a document the
 * caller may not read is a 404 here too.
 */
export function xliffExportEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/xliff',
    method: 'get',
    handler: async (req) => {
      const id = String(req.routeParams?.id)
      const version = req.searchParams.get('version') ?? '2.1'
      if (version !== '2.1' && version !== '1.2') badRequest(`Unknown XLIFF version "${version}"; use 2.1 or 1.2.`)
      // Signed-in people and API keys read the newest draft (their access decides); everyone else the published text.
      const read = async (locale: string) =>
        (await req.payload.findByID({ collection, id, depth: 0, locale: locale as never, fallbackLocale: false as never, draft: Boolean(req.user), overrideAccess: false, req })) as unknown as Record<string, unknown>
      const probe = await read(req.locale ?? 'en')
      const tenant = relationId((probe as { tenant?: unknown }).tenant)
      if (!tenant) badRequest('The document belongs to no office.')
      const office = await req.payload.findByID({ collection: 'tenants', id: tenant, depth: 0, overrideAccess: true, select: { locales: true, defaultLocale: true } })
      const { source, target } = chooseLocales(req, office as { locales?: string[]; defaultLocale: string })
      const fields = req.payload.collections[collection].config.fields
      const units = withTargets(extractUnits(fields, await read(source)), extractUnits(fields, await read(target)))
      const options = { sourceLocale: source, targetLocale: target, documents: [{ collection, id, units }] }
      const xml = version === '1.2' ? toXliff12(options) : toXliff21(options)
      return new Response(xml, {
        headers: {
          'content-type': 'application/xliff+xml; charset=utf-8',
          'content-disposition': `attachment; filename="${collection}-${id}-${source}-${target}.xlf"`,
        },
      })
    },
  }
}
