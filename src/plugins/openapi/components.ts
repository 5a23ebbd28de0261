import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { richTextSchema } from './fields'
import type { Header, JsonSchema, OpenApiDocument, Parameter, Reference, ResponseObject, SecurityScheme } from './types'

/** `#/components/parameters/<name>` */
export const param = (name: string): Reference => ({ $ref: `#/components/parameters/${name}` })
/** `#/components/responses/<status>` */
export const errorResponse = (status: ErrorStatus): Reference => ({ $ref: `#/components/responses/${status}` })
export const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

export type ErrorStatus = '400' | '401' | '403' | '404' | '413'

function localeCodes(config: SanitizedConfig): string[] {
  return config.localization ? config.localization.localeCodes : []
}

/** Query parameters shared by Payload's REST operations, and the hub's `X-Tenant` header. */
export function parameters(config: SanitizedConfig): Record<string, Parameter> {
  const locales = localeCodes(config)
  const localized: Record<string, Parameter> = locales.length
    ? {
        locale: {
          name: 'locale',
          in: 'query',
          description:
            'The locale to read or write. `all` answers every locale at once (each localized field becomes an object keyed by locale code). ' +
            "Delivery reads with an office context fall back to the office's default locale when it does not publish this one; `Content-Language` says which was used.",
          schema: { type: 'string', enum: [...locales, 'all'], default: config.localization ? config.localization.defaultLocale : undefined },
        },
        fallbackLocale: {
          name: 'fallback-locale',
          in: 'query',
          description: "Where an untranslated field falls back to; `none` answers `null` instead. Default: the office's default locale (delivery) or the hub's.",
          schema: { type: 'string', enum: [...locales, 'none'] },
        },
      }
    : {}
  return {
    where: {
      name: 'where',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description:
        'A Payload query: `where[<field>][<operator>]=<value>` with operators equals, not_equals, in, not_in, like, contains, exists, greater_than, less_than, ... ' +
        'Combine with `where[or][0][...]` and `where[and][0][...]`; nested fields use dots (`where[quote.author][equals]=...`).',
      schema: { type: 'object', additionalProperties: true },
    },
    ...localized,
    depth: {
      name: 'depth',
      in: 'query',
      description: 'How many levels of relations to populate (0: ids only).',
      schema: { type: 'integer', minimum: 0, maximum: config.maxDepth, default: config.defaultDepth },
    },
    limit: { name: 'limit', in: 'query', description: 'Documents per page.', schema: { type: 'integer', minimum: 0, default: 10 } },
    page: { name: 'page', in: 'query', description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1, default: 1 } },
    sort: {
      name: 'sort',
      in: 'query',
      description: 'Field to sort by; a leading `-` sorts descending; several fields separated by commas (`-year,title`).',
      schema: { type: 'string' },
    },
    draft: {
      name: 'draft',
      in: 'query',
      description: 'Read (or save as) the newest draft instead of the published version. Reading drafts needs a signed-in member of the office or a `preview` API key.',
      schema: { type: 'boolean', default: false },
    },
    select: {
      name: 'select',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description: 'Only these fields: `select[title]=true&select[slug]=true` (or `false` to leave fields out; nested fields as `select[quote][author]=true`).',
      schema: { type: 'object', additionalProperties: { type: ['boolean', 'object'] } },
      example: { title: true, slug: true },
    },
    pagination: { name: 'pagination', in: 'query', description: '`false` answers every matching document in one page.', schema: { type: 'boolean', default: true } },
    id: { name: 'id', in: 'path', required: true, description: 'Document id.', schema: { type: 'string' } },
    tenant: {
      name: 'X-Tenant',
      in: 'header',
      description:
        "The office (tenant slug) a delivery read is for: its published documents plus every office's `network` documents. " +
        "An API key's own office wins over it; without either, the request's host is matched against the offices' domains. An unknown slug is a 400.",
      schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
      example: 'austria',
    },
  }
}

export function headers(): Record<string, Header> {
  return {
    'Content-Language': {
      description: "The locale of the answer: on delivery reads with an office context, the locale actually served (the office's default when it does not publish the requested one); on hub errors, the language of the message.",
      schema: { type: 'string' },
    },
  }
}

/** The hub's error shape: `{ errors: [{ message }] }`; Payload's validation errors add `name` and `data`. */
export const errorSchema: JsonSchema = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message'],
        properties: {
          message: { type: 'string', description: "In the request's language (Accept-Language) where the hub writes the message." },
          name: { type: 'string' },
          data: { description: 'Details, e.g. `{ errors: [{ path, message }] }` for invalid fields.' },
        },
        additionalProperties: true,
      },
    },
  },
  additionalProperties: true,
}

export function responses(): Record<ErrorStatus, ResponseObject> {
  const error = (description: string): ResponseObject => ({
    description,
    headers: { 'Content-Language': { $ref: '#/components/headers/Content-Language' } },
    content: { 'application/json': { schema: schemaRef('Error') } },
  })
  return {
    '400': error('Bad request: invalid input, an unknown office in `X-Tenant`, a locale the office does not have, malformed JSON.'),
    '401': error('Not authenticated, or the credential is invalid (e.g. a disabled or deleted API key).'),
    '403': error('Authenticated, but not allowed to do this.'),
    '404': error('Not found, or not readable by the caller (documents of other offices are 404, never 403).'),
    '413': error('The request body is too large.'),
  }
}

/** Payload's paginated list around any document schema. */
export function paginated(items: JsonSchema): JsonSchema {
  return {
    type: 'object',
    required: ['docs', 'totalDocs', 'limit', 'totalPages', 'page', 'pagingCounter', 'hasPrevPage', 'hasNextPage'],
    properties: {
      docs: { type: 'array', items },
      totalDocs: { type: 'integer' },
      limit: { type: 'integer' },
      totalPages: { type: 'integer' },
      page: { type: 'integer' },
      pagingCounter: { type: 'integer' },
      hasPrevPage: { type: 'boolean' },
      hasNextPage: { type: 'boolean' },
      prevPage: { type: ['integer', 'null'] },
      nextPage: { type: ['integer', 'null'] },
    },
  }
}

function apiKeyCollections(config: SanitizedConfig): SanitizedCollectionConfig[] {
  return config.collections.filter((collection) => collection.auth && collection.auth.useAPIKey)
}

/** The name of the API-key scheme of an auth collection with `useAPIKey`. */
export function apiKeySchemeName(config: SanitizedConfig, slug: string): string {
  return apiKeyCollections(config).length > 1 ? `apiKey-${slug}` : 'apiKey'
}

/**
 * How callers authenticate: a JWT from a login (header or the session cookie the login sets), or
 * an API key of an auth collection with `useAPIKey` (the hub's `api-keys`).
 */
export function securitySchemes(config: SanitizedConfig): Record<string, SecurityScheme> {
  const schemes: Record<string, SecurityScheme> = {
    JWT: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description: 'The token answered by `POST /api/users/login`, sent as `Authorization: JWT <token>` (`Bearer <token>` works too).',
    },
    cookie: {
      type: 'apiKey',
      in: 'cookie',
      name: `${config.cookiePrefix}-token`,
      description: 'The session cookie set by a login; accepted from the hub, office domains and HUB_ALLOWED_ORIGINS only (CSRF).',
    },
  }
  for (const collection of apiKeyCollections(config)) {
    schemes[apiKeySchemeName(config, collection.slug)] = {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description: `A key of \`${collection.slug}\`, sent as \`Authorization: ${collection.slug} API-Key <secret>\`. The secret is shown once, when the key is created.`,
    }
  }
  return schemes
}

export function baseComponents(config: SanitizedConfig): OpenApiDocument['components'] {
  return {
    schemas: { Error: errorSchema, RichText: richTextSchema },
    parameters: parameters(config),
    headers: headers(),
    responses: responses(),
    securitySchemes: securitySchemes(config),
  }
}
