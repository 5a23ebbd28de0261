import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type Config, type PayloadRequest, type Plugin } from 'payload'

import { isPerson } from '../../access/roles'
import { languageFromHeader, translate } from '../../i18n'

export type QueryLimits = {
  /** Largest `limit` of a REST list (and of a GraphQL list, see server/graphql.ts). */
  maxLimit: number
  /** Largest REST `depth`; Payload itself would silently cut deeper requests short. */
  maxDepth: number
  /** Depth of a delivery read that names none (Payload's default is 2). */
  deliveryDepth: number
}

export const defaultQueryLimits: QueryLimits = { maxLimit: 100, maxDepth: 4, deliveryDepth: 1 }

/** Anonymous callers and API keys: front ends, not people. */
const isDelivery = (req: PayloadRequest) => !isPerson(req.user)

function refuse(req: PayloadRequest, key: string, values: Record<string, unknown>): never {
  throw new APIError(translate(languageFromHeader(req.headers.get('accept-language')), key, values), 400, null, true)
}

/**
 * Checks what the REST caller asked for: the request's own query string, on the route's own
 * collection. A front end cannot ask for every document at once, and gets depth 1 unless it
 * asks for more.
 */
const limitRestQueries =
  ({ maxLimit, maxDepth, deliveryDepth }: QueryLimits): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    // The route's own operation, not a lookup under it (signing the caller in finds the user first).
    if (req.payloadAPI !== 'REST' || req.routeParams?.collection !== collection.slug) return args
    const query = (req.query ?? {}) as Record<string, unknown>
    const depth = query.depth === undefined ? undefined : Number(query.depth)
    // Not only reads: a duplicate writes its copy before reading its answer at that depth, and
    // the refusal then (depth=1000) left the copy behind on SQLite (found by the fuzzer).
    if (depth !== undefined && depth > maxDepth) refuse(req, 'errors.depthTooHigh', { max: maxDepth, depth })
    if (!['read', 'count', 'findVersions', 'readDistinct'].includes(operation)) return args
    const typed = args as { depth?: number; id?: unknown }
    if (depth === undefined && typed.depth === undefined && isDelivery(req)) typed.depth = deliveryDepth
    if (typed.id !== undefined) return args
    const limit = query.limit === undefined ? undefined : Number(query.limit)
    if (limit !== undefined && limit > maxLimit) refuse(req, 'errors.limitTooHigh', { max: maxLimit, limit })
    if (isDelivery(req) && (limit === 0 || String(query.pagination) === 'false')) refuse(req, 'errors.unpaged', { max: maxLimit })
    return args
  }

function withLimits(collection: CollectionConfig, hook: CollectionBeforeOperationHook): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), hook] } }
}

/** REST query limits for every collection; GraphQL's (limit, nesting depth, complexity) live with its handler. */
export const queryLimitsPlugin =
  (limits: Partial<QueryLimits> = {}): Plugin =>
  (config: Config): Config => {
    const hook = limitRestQueries({ ...defaultQueryLimits, ...limits })
    return { ...config, collections: config.collections?.map((collection) => withLimits(collection, hook)) }
  }
