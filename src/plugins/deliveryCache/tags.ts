import type { CollectionBeforeOperationHook, CollectionBeforeReadHook, PayloadRequest } from 'payload'

import { documentIdPattern } from '../../access/ids'

/**
 * The tags of what a cacheable request read, kept on the request object (GraphQL's request
 * proxies read properties through, so nested operations find the same set). Only requests the
 * transport marked as cacheable collect tags: other reads pay nothing.
 */
const readTags = Symbol('hub.deliveryTags')
type Tagged = { [readTags]?: Set<string> }

export function collectDeliveryTags(req: object): Set<string> {
  const tags = new Set<string>()
  ;(req as Tagged)[readTags] = tags
  return tags
}

const tagsOf = (req: PayloadRequest): Set<string> | undefined => (req as unknown as Tagged)[readTags]


/** Every id a stored document holds: its own, its relations (also hidden ones), rich-text links, its origin. */
function collectIds(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 64) return
  if (typeof value === 'string') {
    if (documentIdPattern.test(value)) into.add(`id:${value.toLowerCase()}`)
  } else if (Array.isArray(value)) {
    for (const item of value) collectIds(item, into, depth + 1)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectIds(item, into, depth + 1)
  }
}

/** `where: { id: { in | equals } }`: Payload's relation loader and the hub's visibility checks read by id. */
function idsOnly(where: unknown): string[] | undefined {
  const keys = where && typeof where === 'object' ? Object.keys(where) : []
  if (keys.length !== 1 || keys[0] !== 'id') return undefined
  const condition = (where as { id: Record<string, unknown> }).id
  const conditionKeys = condition && typeof condition === 'object' ? Object.keys(condition) : []
  if (conditionKeys.length !== 1) return undefined
  const value = condition.in ?? condition.equals
  if (Array.isArray(value)) return value.map(String)
  return value === undefined || value === null ? undefined : [String(value)]
}

/**
 * A read by id depends on that document (also when it was not found: creating or publishing it
 * must evict the 404); any other query on every document of the collection.
 */
export const tagQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const tags = tagsOf(req)
  if (!tags || !['read', 'count', 'readDistinct'].includes(operation)) return args
  const { id, where } = args as { id?: unknown; where?: unknown }
  const ids = id !== undefined && id !== null ? [String(id)] : idsOnly(where)
  if (ids) for (const one of ids) tags.add(`id:${one.toLowerCase()}`)
  else tags.add(`list:${collection.slug}`)
  return args
}

/**
 * Runs after every other beforeRead hook (adaptations merge their origin here first), on the
 * document as stored: relations are still ids, including those the caller will see as null.
 */
export const tagDocument: CollectionBeforeReadHook = ({ doc, req }) => {
  const tags = tagsOf(req)
  if (tags) collectIds(doc, tags)
  return doc
}
