import type { PayloadRequest } from 'payload'

export type Office = { id: string; slug: string; locales: string[]; defaultLocale: string }

type OfficeCache = { hubOffices?: Map<string, Promise<Office | null>> }

/**
 * An office's slug and locales, looked up once per request (several hooks of one write need
 * them). Read inside the request's transaction, so an office created in it is found too.
 */
export function officeById(req: PayloadRequest, id: string): Promise<Office | null> {
  const cache = ((req.context as OfficeCache).hubOffices ??= new Map())
  if (!cache.has(id)) {
    const lookup = req.payload
      .findByID({ collection: 'tenants', id, depth: 0, overrideAccess: true, req, select: { slug: true, locales: true, defaultLocale: true } })
      .then((office) => ({ id: String(office.id), slug: office.slug, locales: (office.locales ?? []) as string[], defaultLocale: office.defaultLocale }))
      .catch(() => null)
    cache.set(id, lookup)
  }
  return cache.get(id)!
}
