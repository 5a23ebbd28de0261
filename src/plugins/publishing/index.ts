import type { CollectionBeforeOperationHook, CollectionConfig, Config, Plugin } from 'payload'

/**
 * Payload builds a non-draft update on the newest version; when that is a pending draft, a plain
 * `PATCH` (no `_status`) would save the document as a draft and take it off the public site.
 * The hub keeps the document's published state instead: an editor's save of a published
 * document stays published (and, as in the admin's "Publish changes", includes the draft).
 */
const keepPublishedState: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const { data, draft, id } = args as { data?: { _status?: string }; draft?: boolean; id?: string }
  if (draft || !id || !data || data._status !== undefined) return args
  const current = await req.payload
    .findByID({ collection: collection.slug as never, id, depth: 0, overrideAccess: true, select: { _status: true } as never, req })
    .catch(() => null)
  const status = (current as { _status?: string } | null)?._status
  return status ? { ...args, data: { ...data, _status: status } } : args
}

function withPublishedState(collection: CollectionConfig): CollectionConfig {
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) return collection
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), keepPublishedState] } }
}

export const publishingPlugin =
  (): Plugin =>
  (config: Config): Config => ({ ...config, collections: config.collections?.map(withPublishedState) })
