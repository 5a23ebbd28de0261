import { configToSchema } from '@payloadcms/graphql'
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import { createRequire } from 'node:module'

import type { DocumentNode, SelectionNode } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { renderPlaygroundPage } from 'graphql-playground-html'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { releaseRequest as releaseDocumentLocks } from '../plugins/concurrency'
import { bodyMeterOf, bodyProblemOf, sendBodyTooLarge } from './bodyLimit'
import { sendFetchResponse, toFetchRequest } from './bridge'
import { databaseFailedForThisRequest, sendDatabaseUnavailable } from './databaseOutage'
import { beginRead, cacheableGraphQLRead, type DeliveryCaching, sendAnswer, storeAnswer } from './deliveryCache'
import { sendError } from './errors'
import { graphqlLimitRules } from './graphqlLimits'
import { clientAddress, type HubRateLimiters, sendTooManyRequests } from './rateLimit'

type Schema = ReturnType<typeof configToSchema>

/**
 * graphql's classes check `instanceof` across schema and validation, so they must come from the
 * copy Payload's schema was built with: Node resolves Payload's `import 'graphql'` to the CommonJS
 * build, while bundler-style resolvers (vitest) would hand this file the ESM build.
 */
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql')
const { GraphQLObjectType, GraphQLSchema, Kind, NoFragmentCyclesRule, parse, validate } = graphql

/**
 * Payload adds `verifyEmail<User>` to every auth collection; where email verification is off it
 * queries a field that does not exist and fails with a 500 (found by the request fuzzer). The
 * REST route answers 404 (plugins/authRoutes); the schema drops the mutation.
 */
function withoutUnusedMutations({ schema, validationRules }: Schema, config: SanitizedConfig): Schema {
  const mutation = schema.getMutationType()
  // The hub verifies no email addresses; should a collection ever do so, its mutation stays.
  const verifies = config.collections.some((collection) => collection.auth && collection.auth.verify)
  if (!mutation || verifies) return { schema, validationRules }
  const { fields, ...rest } = mutation.toConfig()
  const kept = Object.fromEntries(Object.entries(fields).filter(([name]) => !name.startsWith('verifyEmail')))
  const schemaConfig = schema.toConfig()
  const types = schemaConfig.types.filter((type) => type !== mutation)
  return { schema: new GraphQLSchema({ ...schemaConfig, types, mutation: new GraphQLObjectType({ ...rest, fields: kept }) }), validationRules }
}

/** Building the schema takes a while; it depends only on the config, so build it once. */
let schemaCache: { config: SanitizedConfig; schema: Schema } | null = null
function graphqlSchema(config: SanitizedConfig): Schema {
  if (schemaCache?.config !== config) schemaCache = { config, schema: withoutUnusedMutations(configToSchema(config), config) }
  return schemaCache.schema
}

type GraphQLErrorLike = { message: string; locations?: unknown; path?: unknown; originalError?: { status?: number; name?: string; data?: unknown } }

/** Internal errors never leak their message; Payload's own errors keep theirs. */
function formatError(error: GraphQLErrorLike, req: PayloadRequest) {
  const status = error.originalError?.status ?? (error.originalError ? 500 : 400)
  if (status >= 500) logError({ err: error as unknown as Error, payload: req.payload })
  return {
    message: status >= 500 && !req.payload.config.debug ? 'Something went wrong.' : error.message,
    locations: error.locations,
    path: error.path,
    extensions: { name: error.originalError?.name, data: error.originalError?.data, statusCode: status },
  }
}

/**
 * Payload's query-complexity rule follows fragment spreads recursively: a fragment cycle
 * (`fragment F on Query { ...F }`) overflows the stack and the answer is a 500. graphql's own
 * rule reports the cycle as a 400 once the complexity rule is left out for that document.
 */
function hasFragmentCycle(schema: Schema['schema'], document: DocumentNode): boolean {
  return validate(schema, document, [NoFragmentCyclesRule]).length > 0
}

/** The root fields of a selection set, through fragments (each fragment once: cycles end here). */
function rootFields(selections: readonly SelectionNode[], fragments: Map<string, readonly SelectionNode[]>, seen = new Set<string>()): string[] {
  return selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value]
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet.selections, fragments, seen)
    const name = selection.name.value
    if (seen.has(name)) return []
    seen.add(name)
    return rootFields(fragments.get(name) ?? [], fragments, seen)
  })
}

/**
 * Login and password-reset mutations in a GraphQL document, counted per root field: aliases
 * repeat them (`a: loginUser(…) b: loginUser(…)` is two attempts). A `loginAttempts` field read
 * in a query is not one.
 */
export function authAttempts(query: unknown): { login: number; forgotPassword: number } {
  const attempts = { login: 0, forgotPassword: 0 }
  if (typeof query !== 'string' || !/login|forgotPassword/.test(query)) return attempts
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return attempts // graphql-http answers the syntax error
  }
  const fragments = new Map<string, readonly SelectionNode[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet.selections)
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue
    for (const name of rootFields(definition.selectionSet.selections, fragments)) {
      if (/^login[A-Z]/.test(name)) attempts.login++
      if (/^forgotPassword[A-Z]/.test(name)) attempts.forgotPassword++
    }
  }
  return attempts
}

/** The REST login limits hold for GraphQL's `loginUser`/`forgotPasswordUser` too; false when refused. */
async function withinAuthLimits(limiters: HubRateLimiters | undefined, query: unknown, req: ExpressRequest, res: ExpressResponse) {
  if (!limiters) return true
  const { login, forgotPassword } = authAttempts(query)
  for (const [limiter, weight] of [[limiters.login, login], [limiters.forgotPassword, forgotPassword]] as const) {
    if (!weight) continue
    const decision = await limiter.consume(clientAddress(req), weight)
    if (!decision.allowed) {
      sendTooManyRequests(req, res, decision)
      return false
    }
  }
  return true
}

/** Queries only: a document with a mutation (or one that does not parse) is never cached. */
function isQueryOnly(query: string): boolean {
  try {
    return parse(query).definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query')
  } catch {
    return false
  }
}

/** An answer with errors (a refused limit, a database that did not answer) is not kept. */
function hasNoErrors(body: Buffer): boolean {
  try {
    return !('errors' in JSON.parse(body.toString('utf8')))
  } catch {
    return false
  }
}

/** `POST /api/graphql`: a port of @payloadcms/next's GRAPHQL_POST onto Express. */
export function graphqlHandler(config: SanitizedConfig, limiters?: HubRateLimiters, caching?: DeliveryCaching): RequestHandler {
  return async (expressReq, res, next) => {
    const meter = bodyMeterOf(res)
    try {
      const request = toFetchRequest(expressReq, { meter })
      const original = request.clone()
      const req = await createPayloadRequest({ canSetHeaders: true, config, request })
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      if (!(await withinAuthLimits(limiters, req.data?.query, expressReq, res))) return
      const read = cacheableGraphQLRead(caching, expressReq, req.data, isQueryOnly)
      const cached = read && caching!.cache.get(read.key)
      if (read && cached) return sendAnswer(expressReq, res, cached, read, 'HIT')
      const started = read && beginRead(caching!, req)
      const { schema, validationRules } = graphqlSchema(config)
      const headers: Record<string, string> = {}
      const apiResponse = await createHandler({
        context: { headers, req },
        schema,
        validationRules: (_, args, defaultRules) => {
          const limits = graphqlLimitRules(graphql, args.variableValues ?? undefined, expressReq.get('accept-language'))
          return hasFragmentCycle(schema, args.document) ? defaultRules : defaultRules.concat(validationRules(args), limits)
        },
        onOperation: (_request, _args, result) =>
          'errors' in result && result.errors
            ? { ...result, errors: result.errors.map((error) => formatError(error as GraphQLErrorLike, req)) as never }
            : result,
      })(original).finally(() => releaseDocumentLocks(req))
      // A resolver whose database was unreachable makes the whole answer a 503 (see rest.ts).
      if (res.headersSent || databaseFailedForThisRequest()) {
        await apiResponse.body?.cancel()
        return res.headersSent ? undefined : sendDatabaseUnavailable(expressReq, res)
      }
      const responseHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
      for (const [name, value] of Object.entries(headers)) responseHeaders.append(name, value)
      const response = new Response(apiResponse.body, {
        status: apiResponse.status,
        headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, responseHeaders) : responseHeaders,
      })
      const answer = read && started && (await storeAnswer(caching!, read, started, req, response, hasNoErrors))
      if (read && answer) return sendAnswer(expressReq, res, answer, read, 'MISS')
      await sendFetchResponse(res, response)
    } catch (error) {
      if (databaseFailedForThisRequest()) return sendDatabaseUnavailable(expressReq, res)
      if (meter?.exceeded) return sendBodyTooLarge(expressReq, res, meter)
      const problem = await bodyProblemOf(expressReq, meter)
      if (problem) return sendError(expressReq, res, 400, problem)
      next(error)
    }
  }
}

/** `GET /api/graphql-playground`. */
export function playgroundHandler(config: SanitizedConfig): RequestHandler {
  return (_req, res) => {
    const endpoint = `${config.routes.api}${config.routes.graphQL}`
    res.type('html').send(renderPlaygroundPage({ endpoint, settings: { 'request.credentials': 'include' } }))
  }
}
