import type { Locale, PayloadRequest } from 'payload'

/** The office picked in the admin's tenant selector (cookie set by the multi-tenant plugin). */
function selectedTenant(req: PayloadRequest): string | undefined {
  const cookie = req.headers.get('cookie') ?? ''
  const match = cookie.match(/(?:^|;\s*)payload-tenant=([^;]+)/)
  return match ? decodeURIComponent(match[1]) : undefined
}

/** The admin's locale picker offers the selected office's locales only. */
export async function officeLocales({ locales, req }: { locales: Locale[]; req: PayloadRequest }): Promise<Locale[]> {
  const tenant = selectedTenant(req)
  if (!tenant) return locales
  const office = await req.payload
    .findByID({ collection: 'tenants', id: tenant, depth: 0, overrideAccess: true, select: { locales: true } })
    .catch(() => null)
  const allowed = (office?.locales ?? []) as string[]
  return allowed.length ? locales.filter((locale) => allowed.includes(locale.code)) : locales
}
