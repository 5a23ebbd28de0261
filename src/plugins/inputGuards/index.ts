import { APIError, type CollectionBeforeOperationHook, type Config, type Field, type PayloadRequest, type Plugin, ValidationError } from 'payload'

import { idFormat } from '../../access/ids'
import { pagingProblem, whereProblem } from './query'
import { missingRelations, relationsIn } from './relations'
import { type Context, isPlainObject, maxNesting, nestingDepth, shapeProblems, textProblem, valuesOf } from './shape'

/**
 * Input shapes, checked before Payload sees them, for every collection and every transport (REST,
 * GraphQL, the Local API). Payload validates values but assumes their shapes; a wrong shape
 * otherwise ends in a 500 from a field hook or the database driver (and, on SQLite without
 * transactions, in a half-written document). These are the client's mistakes: 400 naming them.
 */

const writeOperations = new Set(['create', 'update'])
/** Sign-in operations look people up by what the body says (an email with a NUL is a PostgreSQL error). */
const authOperations = new Set(['login', 'forgotPassword', 'resetPassword', 'unlock'])
const queryOperations = new Set(['read', 'count', 'countVersions', 'update', 'delete', 'findVersions', 'readDistinct'])

function badRequest(message: string): never {
  throw new APIError(message, 400, null, true)
}

type WriteArgs = { data?: unknown; locale?: string; req: PayloadRequest }
type CollectionFields = { slug: string; fields: Field[]; flattenedFields?: { type: string }[] }

async function checkData(args: WriteArgs, collection: CollectionFields, locales: string[]): Promise<void> {
  const { data, req } = args
  if (!isPlainObject(data)) badRequest('The request body must be a JSON object of fields.')
  if (nestingDepth(data) > maxNesting) badRequest(`The request body nests deeper than ${maxNesting} levels.`)
  checkText(data)
  const context: Context = { locale: args.locale ?? req.locale ?? undefined, locales }
  const problems = shapeProblems(collection.fields, data, context)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems })
  const relations = relationsIn(collection.fields, data, (field, value) => valuesOf(field, value, context))
  const missing = await missingRelations(req, relations)
  if (missing.length) {
    const errors = missing.map(({ path, collection: target, id }) => ({ path, message: `There is no ${target} document with the id ${JSON.stringify(id)}.` }))
    throw new ValidationError({ collection: collection.slug, errors })
  }
}

function checkText(data: unknown, root = 'data'): void {
  const path = textProblem(data, root)
  if (path) badRequest(`${path}: text may not contain NUL characters or unpaired surrogates.`)
}

/** Whether a value can be an id of this database (numeric ids: any value, the database converts). */
function idCheckOf(req: PayloadRequest): (value: string) => boolean {
  const format = idFormat(req.payload.db as { name?: string; idType?: string })
  return (value) => !format || format.test(value)
}

function checkQuery(args: { where?: unknown; limit?: unknown; page?: unknown; req?: PayloadRequest }, collection: CollectionFields, locales: string[]): void {
  if (args.where !== undefined && args.where !== null) {
    const hasPointFields = (collection.flattenedFields ?? []).some((field) => field.type === 'point')
    const isId = args.req ? idCheckOf(args.req) : () => true
    const hasAll = args.req?.payload.db.name === 'mongoose'
    const problem = whereProblem(args.where, { fields: collection.fields, locales, hasPointFields, isId, hasAll })
    if (problem) badRequest(`Invalid query: ${problem}.`)
    checkText(args.where, 'where')
  }
  const paging = pagingProblem(args)
  if (paging) badRequest(`Invalid query: ${paging}.`)
}

const checkInput =
  (locales: string[]): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (writeOperations.has(operation)) await checkData(args as WriteArgs, collection, locales)
    if (authOperations.has(operation)) checkText((args as { data?: unknown }).data)
    if (queryOperations.has(operation)) checkQuery({ ...(args as object), req }, collection, locales)
    return args
  }

/** Payload's own collections: their writes are Payload's (shaped by their field hooks later), their queries come from anyone. */
const checkQueries =
  (locales: string[]): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (queryOperations.has(operation)) checkQuery({ ...(args as object), req }, collection, locales)
    return args
  }

/**
 * Last in the plugin list, so its hook runs first: no other hook sees a wrong shape. Payload adds
 * its own collections (jobs, preferences, locked documents…) after the plugins ran; they get the
 * query checks when Payload starts.
 */
export const inputGuardsPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const locales = config.localization ? config.localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code)) : []
    const hook = checkInput(locales)
    const queryHook = checkQueries(locales)
    const own = new Set((config.collections ?? []).map((collection) => collection.slug))
    return {
      ...config,
      collections: config.collections?.map((collection) => ({
        ...collection,
        hooks: { ...collection.hooks, beforeOperation: [hook, ...(collection.hooks?.beforeOperation ?? [])] },
      })),
      onInit: async (payload) => {
        for (const { config: collection } of Object.values(payload.collections)) {
          if (own.has(collection.slug)) continue
          const hooks = (collection.hooks.beforeOperation ??= [])
          if (!hooks.includes(queryHook)) hooks.unshift(queryHook)
        }
        await config.onInit?.(payload)
      },
    }
  }
