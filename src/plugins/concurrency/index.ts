import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Endpoint,
  PayloadRequest,
  Plugin,
} from 'payload'

import { watchTransactionEnds, whenTransactionEnds } from '../../db/transactionEnd'

export type ConcurrencyPluginOptions = {
  /** Collections whose updates are serialized per document; every collection when omitted. */
  collections?: string[]
  /** A lock whose operation never ends (it should not happen) is released after this long. */
  maxHoldMs?: number
}

/**
 * Why: Payload saves one locale of a document by reading the whole document, merging the new
 * locale into it and writing every locale back. Two translators saving different locales of the
 * same document at the same time therefore overwrite each other (measured on PostgreSQL: 11 of 12
 * locales lost, plus deadlocks). The hub serializes updates per document in this process: an update
 * waits for the previous update of the same document to be committed before it reads.
 *
 * REST `PATCH /:id` takes the lock before Payload opens the update's transaction, so waiting
 * writers hold no database connection (12 waiting transactions exhaust a PostgreSQL pool) and
 * release it when the answer is ready, i.e. after commit or rollback. Other paths (Local API,
 * GraphQL) take it in the first beforeOperation hook after the input checks, inside their transaction, and release it
 * when that transaction ends, or, on adapters without transactions, after the operation or error.
 * The guarantee holds within one hub process.
 */

type Release = () => void

/** The tail of each document's queue of updates: `${collection}:${id}` → settles when it is free. */
const queues = new Map<string, Promise<void>>()
/**
 * Locks a request holds: released after a non-transactional operation, and for re-entry. Kept on
 * the request object itself: Payload's GraphQL resolvers hand operations proxies of the request
 * (isolated locale and transaction) that read and write its other properties through, so every
 * proxy finds the same locks (keyed by identity, a failed GraphQL update's lock was never found).
 */
const heldLocks = Symbol('hub.heldLocks')
type LockHolder = { [heldLocks]?: Map<string, Release> }
const heldBy = (req: PayloadRequest): Map<string, Release> => ((req as unknown as LockHolder)[heldLocks] ??= new Map())

/** Waits for the document's previous update, then returns this update's idempotent release. */
async function lockDocument(key: string, maxHoldMs: number): Promise<Release> {
  const previous = queues.get(key) ?? Promise.resolve()
  let free!: () => void
  const mine = new Promise<void>((resolve) => (free = resolve))
  queues.set(key, mine)
  await previous
  let released = false
  // Never let a lost release block the document forever.
  const timer = setTimeout(() => release(), maxHoldMs)
  timer.unref?.()
  const release = () => {
    if (released) return
    released = true
    clearTimeout(timer)
    if (queues.get(key) === mine) queues.delete(key)
    free()
  }
  return release
}

/** Locks the document for this request (re-entrant), remembering the lock on the request. */
async function lockForRequest(req: PayloadRequest, key: string, maxHoldMs: number): Promise<Release | undefined> {
  // A hook that updates the same document again within the same request already holds it.
  if (heldBy(req).has(key)) return undefined
  const unlock = await lockDocument(key, maxHoldMs)
  const release = () => {
    heldBy(req).delete(key)
    unlock()
  }
  heldBy(req).set(key, release)
  return release
}

/**
 * Releases every document lock a request still holds. Without a transaction an update's lock is
 * released in afterOperation, or in afterError, which Payload calls for REST only: a GraphQL (or
 * Local API) update that failed kept its document locked until maxHoldMs (30 s of stalled saves on
 * SQLite, found by the request fuzzer). The transport calls this once the answer is ready.
 */
export function releaseRequest(req: PayloadRequest) {
  for (const release of [...heldBy(req).values()]) release()
}

const serializeUpdate =
  (maxHoldMs: number): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const id = (args as { id?: string | number }).id
    if (operation !== 'update' || id === undefined || id === null) return args
    const release = await lockForRequest(req, `${collection.slug}:${id}`, maxHoldMs)
    if (!release) return args
    // Payload begins the operation's transaction before beforeOperation; null means none.
    const transactionID = await req.transactionID
    if (transactionID) whenTransactionEnds(transactionID, release)
    return args
  }

/**
 * REST `PATCH /:id`: waits for the document before Payload's own handler (found behind this one)
 * opens a transaction, and releases it once the handler has committed or failed.
 */
const serializedPatchEndpoint = (slug: string, maxHoldMs: number): Endpoint => {
  const endpoint: Endpoint = {
    path: '/:id',
    method: 'patch',
    handler: async (req) => {
      const collections = req.payload.collections as unknown as Record<string, { config: { endpoints: Endpoint[] | false } }>
      const payloadHandler = (collections[slug]?.config.endpoints || []).find(
        (other) => other !== endpoint && other.method === 'patch' && other.path === '/:id',
      )
      if (!payloadHandler) return Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404 })
      const release = await lockForRequest(req, `${slug}:${req.routeParams?.id}`, maxHoldMs)
      try {
        return await payloadHandler.handler(req)
      } finally {
        release?.()
      }
    },
  }
  return endpoint
}

/** Without a transaction the update is durable once the operation returns. */
const releaseAfterUpdate: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  // Only the updated document's lock: a read (or another document's update) inside the update
  // must not free it before the update itself has written.
  if (operation !== 'updateByID' || (await req.transactionID)) return result
  heldBy(req).get(`${collection.slug}:${(args as { id?: string | number }).id}`)?.()
  return result
}

export const concurrencyPlugin =
  ({ collections, maxHoldMs = 30_000 }: ConcurrencyPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const applies = (collection: CollectionConfig) => !collections || collections.includes(collection.slug)
    return {
      ...config,
      collections: config.collections?.map((collection) => {
        if (!applies(collection)) return collection
        const hooks = collection.hooks ?? {}
        const endpoints = collection.endpoints === false ? false : [serializedPatchEndpoint(collection.slug, maxHoldMs), ...(collection.endpoints ?? [])]
        return {
          ...collection,
          endpoints,
          hooks: {
            ...hooks,
            // First, so every other hook of the update already reads the committed document.
            beforeOperation: [serializeUpdate(maxHoldMs), ...(hooks.beforeOperation ?? [])],
            afterOperation: [...(hooks.afterOperation ?? []), releaseAfterUpdate],
          },
        }
      }),
      hooks: {
        ...config.hooks,
        // A failed REST or GraphQL update without a transaction never reaches afterOperation.
        afterError: [...(config.hooks?.afterError ?? []), ({ req }) => releaseRequest(req)],
      },
      onInit: async (payload) => {
        // Transactional updates release their locks when the transaction ends.
        watchTransactionEnds(payload)
        await config.onInit?.(payload)
      },
    }
  }
