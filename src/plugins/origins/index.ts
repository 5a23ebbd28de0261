import type { CollectionAfterChangeHook, Config, Payload, PayloadRequest, Plugin } from 'payload'

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
 * its session cookie); any other origin may not.
 */
export const originsPlugin =
  (options: OriginsOptions): Plugin =>
  (config: Config): Config => {
    const refresh: CollectionAfterChangeHook = async ({ doc, req }) => {
      await applyOrigins(req.payload, options, req)
      return doc
    }
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        collection.slug === 'tenants'
          ? { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), refresh] } }
          : collection,
      ),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        await applyOrigins(payload, options)
      },
    }
  }
