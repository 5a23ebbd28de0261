import { APIError, type PayloadRequest } from 'payload'

import { languageFromHeader, translate } from '../i18n'
import { relationId } from './ids'

export type TenantContext = { id: string; slug: string; locales: string[]; defaultLocale: string }

type ContextCache = { hubTenant?: TenantContext | null }

function hostname(req: PayloadRequest): string | undefined {
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host')
  return host?.split(',')[0].trim().toLowerCase().replace(/:\d+$/, '') || undefined
}

/** Looked up on a request of its own: the caller's request would resolve its context again. */
async function findTenant(req: PayloadRequest, where: Record<string, unknown>): Promise<TenantContext | null> {
  const { docs } = await req.payload.find({
    collection: 'tenants',
    where: where as never,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { slug: true, locales: true, defaultLocale: true },
  })
  const tenant = docs[0]
  return tenant
    ? { id: String(tenant.id), slug: tenant.slug, locales: (tenant.locales ?? []) as string[], defaultLocale: tenant.defaultLocale }
    : null
}

/** A 400 in the request's language: the caller named an office that does not exist. */
export function unknownTenant(req: PayloadRequest, slug: string): never {
  const language = languageFromHeader(req.headers.get('accept-language'))
  throw new APIError(translate(language, 'errors.unknownTenant', { tenant: slug }), 400, null, true)
}

/**
 * The office a request reads for, in this order: the API key's office, the `X-Tenant: <slug>`
 * header, the Host matched against the offices' domains. Resolved once per request.
 */
export async function tenantContext(req: PayloadRequest): Promise<TenantContext | null> {
  const cache = req.context as ContextCache
  if (cache.hubTenant !== undefined) return cache.hubTenant
  let tenant: TenantContext | null = null
  const keyTenant = req.user?.collection === 'api-keys' ? relationId((req.user as { tenant?: unknown }).tenant) : undefined
  const header = req.headers.get('x-tenant')?.trim()
  const host = hostname(req)
  if (keyTenant) tenant = await findTenant(req, { id: { equals: keyTenant } })
  else if (header) tenant = (await findTenant(req, { slug: { equals: header.toLowerCase() } })) ?? unknownTenant(req, header)
  else if (host) tenant = await findTenant(req, { domains: { in: [host] } })
  cache.hubTenant = tenant
  return tenant
}
