import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Payload, PayloadRequest, Plugin } from 'payload'

import { invalidationBus } from '../../delivery/invalidation'

export type OriginsOptions = { publicUrl: string; extra?: string[] }

/** Every https and http origin of the offices' domains, plus the hub itself and HUB_ALLOWED_ORIGINS. */
async function allowedOrigins(payload: Payload, { publicUrl, extra = [] }: OriginsOptions, req?: PayloadRequest): Promise<string[]> {
  // With the saving request, the read sees the office's change inside its transaction.
  const { docs } = await payload.find({ collection: 'tenants', depth: 0, limit: 1000, pagination: false, overrideAccess: true, select: { domains: true }, req })
  const domains = docs.flatMap((tenant) => (tenant.domains ?? []) as string[])
  return [...new Set([publicUrl, ...extra, ...domains.flatMap((domain) => [`https://${domain}`, `http://${domain}`])])]
}

async function applyOrigins(payload: Payload, options: OriginsOptions, req?: PayloadRequest): Promise<void> {
  const origins = await allowedOrigins(payload, options, req)
  // Payload reads both lists on every request, so updating them in place takes effect at once.
  payload.config.cors = origins
  payload.config.csrf = origins
}

/**
 * CORS and CSRF follow the offices: a browser on an office's domain may call the API (and use
 * its session cookie); any other origin may not. The lists change when an office is saved or
 * deleted here, and when another instance says (over Redis, as delivery-cache invalidations)
 * that it changed an office.
 */
export const originsPlugin =
  (options: OriginsOptions): Plugin =>
  (config: Config): Config => {
    const refreshAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
      await applyOrigins(req.payload, options, req)
      return doc
    }
    const refreshAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
      await applyOrigins(req.payload, options, req)
    }
    const withRefresh = (hooks: NonNullable<Config['collections']>[number]['hooks'] = {}) => ({
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), refreshAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), refreshAfterDelete],
    })
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        collection.slug === 'tenants' ? { ...collection, hooks: withRefresh(collection.hooks) } : collection,
      ),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        await applyOrigins(payload, options)
        invalidationBus(payload).subscribe(({ tags, remote }) => {
          if (remote && tags.includes('list:tenants')) applyOrigins(payload, options).catch((error: unknown) => payload.logger.warn(`CORS origins not refreshed: ${String(error)}`))
        })
      },
    }
  }
