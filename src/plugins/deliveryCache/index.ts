import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, PayloadRequest, Plugin } from 'payload'

import { afterCommit, watchTransactionEnds } from '../../db/transactionEnd'
import { invalidationBus } from '../../delivery/invalidation'
import { tagDocument, tagQuery } from './tags'

export { collectDeliveryTags } from './tags'

export type CacheControl = { maxAge: number; staleWhileRevalidate: number }

export type DeliveryCacheOptions = {
  /** Collections whose published content front ends read; their REST reads are cached. */
  collections: string[]
  /** `Cache-Control` of cached answers, by collection (`default` for the rest and GraphQL). */
  cacheControl?: Record<string, CacheControl>
}

export type DeliveryCacheSettings = Required<DeliveryCacheOptions>

const defaultCacheControl: CacheControl = { maxAge: 30, staleWhileRevalidate: 300 }

/** The settings the transport reads (`config.custom.deliveryCache`). */
export function deliveryCacheSettings(config: { custom?: Record<string, unknown> }): DeliveryCacheSettings | undefined {
  return config.custom?.deliveryCache as DeliveryCacheSettings | undefined
}

/** Payload's own bookkeeping (jobs, preferences, locks, migrations) is never delivered. */
const isBookkeeping = (slug: string) => slug.startsWith('payload-')

/**
 * Published now (so other instances drop it at once) and again once the write is committed: a
 * read between the two would otherwise store the old content after the first eviction.
 */
async function invalidate(req: PayloadRequest, tags: string[]): Promise<void> {
  const bus = invalidationBus(req.payload)
  bus.publish({ tags })
  await afterCommit(req, () => bus.publish({ tags }))
}

const documentTags = (slug: string, id: unknown) => [`id:${String(id).toLowerCase()}`, `list:${slug}`]

const invalidateChanged: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await invalidate(req, documentTags(collection.slug, doc.id))
  return doc
}

const invalidateDeleted: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await invalidate(req, documentTags(collection.slug, id))
}

function withCacheHooks(collection: CollectionConfig): CollectionConfig {
  if (isBookkeeping(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), tagQuery],
      // Last: the document as the other hooks (adaptations' inheritance) made it.
      beforeRead: [...(hooks.beforeRead ?? []), tagDocument],
      afterChange: [...(hooks.afterChange ?? []), invalidateChanged],
      afterDelete: [...(hooks.afterDelete ?? []), invalidateDeleted],
    },
  }
}

/**
 * Delivery cache, Payload's half: reads record which documents and lists an answer contains,
 * writes announce what they changed (see src/server/deliveryCache.ts for the transport's half).
 */
export const deliveryCachePlugin =
  ({ collections, cacheControl = {} }: DeliveryCacheOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map(withCacheHooks),
    custom: { ...config.custom, deliveryCache: { collections, cacheControl: { default: defaultCacheControl, ...cacheControl } } },
    onInit: async (payload) => {
      watchTransactionEnds(payload)
      await config.onInit?.(payload)
    },
  })
