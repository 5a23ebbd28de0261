import { formatNames, type Endpoint, type Field, type SanitizedCollectionConfig, type SanitizedConfig, type SanitizedGlobalConfig } from 'payload'

import { apiKeySchemeName, baseComponents, errorResponse, paginated, schemaRef } from './components'
import { collectProperties, idSchema, type SchemaContext } from './fields'
import { knownDocs } from './known'
import { collectionOperations, globalOperations, rootOperations, type Entity } from './operations'
import type { EndpointDocs, HttpMethod, JsonSchema, OpenApiDocument, OpenApiOptions, Operation, Parameter, Reference, Tag } from './types'

const httpMethods = new Set<string>(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/** A Payload route (`/:id/xliff`, `/access/:id?`) as OpenAPI paths (`/{id}/xliff`): an optional parameter gives two. */
export function openApiPaths(base: string, route: string): string[] {
  let variants = ['']
  for (const segment of route.split('/').filter(Boolean)) {
    const parameter = /^:([A-Za-z0-9_]+)(?:\([^)]*\))?([?*+])?$/.exec(segment)
    // A parameter inside a segment (`/:id.jsonld`) is templated in place (`/{id}.jsonld`).
    const part = parameter ? `/{${parameter[1]}}` : `/${segment.replace(/:([A-Za-z0-9_]+)(?:\([^)]*\))?/g, '{$1}')}`
    variants = parameter?.[2] === '?' || parameter?.[2] === '*' ? [...variants, ...variants.map((variant) => variant + part)] : variants.map((variant) => variant + part)
  }
  return variants.map((variant) => `${base}${variant}` || '/')
}

/** A route or path with its parameter names blanked: `/:id` and `/{key}` have the same shape. */
function sameShape(path: string): string {
  return path.replace(/:[A-Za-z0-9_]+/g, ':').replace(/\{[^}]+\}/g, ':')
}

function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1])
}

type Builder = {
  config: SanitizedConfig
  document: OpenApiDocument
  operationIds: Set<string>
}

function resolveParameter(builder: Builder, parameter: Parameter | Reference): Parameter | undefined {
  if (!('$ref' in parameter)) return parameter
  return builder.document.components.parameters[parameter.$ref.replace('#/components/parameters/', '')]
}

/**
 * Adds an operation under one concrete path: its path parameters match the path exactly (added
 * when the endpoint did not declare them), references to parameters the config does not have
 * (no localization: no `locale`) are dropped, and operation ids stay unique.
 */
function addOperation(builder: Builder, route: string, method: HttpMethod, operation: Operation): void {
  // OpenAPI forbids two templated paths that differ only in parameter names: share the first one.
  const path = Object.keys(builder.document.paths).find((existing) => sameShape(existing) === sameShape(route)) ?? route
  const names = pathParameterNames(path)
  const parameters = (operation.parameters ?? []).filter((parameter) => {
    const resolved = resolveParameter(builder, parameter)
    return resolved && (resolved.in !== 'path' || names.includes(resolved.name))
  })
  for (const name of names) {
    if (!parameters.some((parameter) => resolveParameter(builder, parameter)?.name === name && resolveParameter(builder, parameter)?.in === 'path')) {
      parameters.unshift({ name, in: 'path', required: true, schema: { type: 'string' } })
    }
  }
  const item = (builder.document.paths[path] ??= {})
  if (item[method]) return // Payload's router takes the first endpoint that matches; so does the description.
  const base = operation.operationId ?? `${method}${path.replace(/[^A-Za-z0-9]+/g, '_')}`
  let id = base
  for (let n = 2; builder.operationIds.has(id); n++) id = `${base}_${n}`
  builder.operationIds.add(id)
  const { parameters: _declared, ...rest } = operation
  item[method] = { ...rest, operationId: id, ...(parameters.length ? { parameters } : {}) }
}

function customOperation(endpoint: Endpoint, scope: string, tag: string, route: string): Operation {
  const own = (endpoint.custom?.openapi ?? knownDocs(scope, endpoint.method, endpoint.path)) as EndpointDocs | undefined
  const method = endpoint.method.toUpperCase()
  const hasBody = ['post', 'put', 'patch'].includes(endpoint.method)
  return {
    operationId: `${scope === 'root' ? 'root' : scope.replace(/[^A-Za-z0-9]+/g, '_')}_${endpoint.method}${endpoint.path.replace(/[^A-Za-z0-9]+/g, '_')}`,
    summary: own?.summary ?? `${method} ${route}`,
    description: own ? own.description : 'A custom endpoint of this hub with no further description: it answers JSON or a file, and the hub\'s errors as `{ errors: [{ message }] }`.',
    tags: own?.tags ?? [tag],
    parameters: own?.parameters,
    ...(own?.requestBody ? { requestBody: own.requestBody } : hasBody && !own ? { requestBody: { content: { '*/*': {} } } } : {}),
    responses: own?.responses ?? {
      '200': { description: 'Success.', content: { '*/*': {} } },
      '400': errorResponse('400'),
      '401': errorResponse('401'),
      '403': errorResponse('403'),
      '404': errorResponse('404'),
    },
    ...(own?.security ? { security: own.security } : {}),
    'x-custom-endpoint': true,
  }
}

type RouteSet = {
  base: string
  endpoints: Endpoint[] | false | undefined
  builtins: Record<string, (() => Operation | undefined) | undefined>
  scope: string
  tag: string
  /** Version routes of an entity without versions answer 404 in the hub: not described. */
  hasVersions: boolean
}

/**
 * Every endpoint of a collection, global or the root, in the order a reader expects: Payload's
 * own operations first (described by operations.ts), then custom ones. A custom endpoint on the
 * same method and path as a built-in one (the hub's serialized PATCH) keeps the built-in contract.
 */
function addRoutes(builder: Builder, { base, endpoints, builtins, scope, tag, hasVersions }: RouteSet): void {
  if (!endpoints) return
  const builtinOrder = Object.keys(builtins)
  const seen = new Set<string>()
  const entries: { rank: number; endpoint: Endpoint }[] = []
  endpoints.forEach((endpoint, index) => {
    const key = `${endpoint.method} ${endpoint.path}`
    // `/:key` shadows `/:id` as much as `/:id` does: compare routes without parameter names.
    const route = `${endpoint.method} ${sameShape(endpoint.path)}`
    if (seen.has(route) || !httpMethods.has(endpoint.method)) return
    seen.add(route)
    if (!hasVersions && endpoint.path.startsWith('/versions')) return
    const rank = builtinOrder.indexOf(key)
    entries.push({ rank: rank >= 0 ? rank : builtinOrder.length + index, endpoint })
  })
  for (const { endpoint } of entries.sort((a, b) => a.rank - b.rank)) {
    const key = `${endpoint.method} ${endpoint.path}`
    const builtin = builtins[key]
    for (const path of openApiPaths(base, endpoint.path)) {
      const operation = builtin ? builtin() : customOperation(endpoint, scope, tag, path)
      if (operation) addOperation(builder, path, endpoint.method as HttpMethod, operation)
    }
  }
}

function schemaName(entity: SanitizedCollectionConfig | SanitizedGlobalConfig): string {
  return entity.typescript?.interface ?? formatNames(entity.slug).singular
}

function plainText(text: unknown): string | undefined {
  if (typeof text === 'string') return text
  if (text && typeof text === 'object' && typeof (text as Record<string, unknown>).en === 'string') return (text as Record<string, string>).en
  return undefined
}

/** `Case studies` → `case studies`, but `API keys` stays. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label
}

function labelsOf(labels: { singular?: unknown; plural?: unknown } | undefined, slug: string): { singular: string; plural: string } {
  return { singular: inSentence(plainText(labels?.singular) ?? slug), plural: inSentence(plainText(labels?.plural) ?? slug) }
}

/** Document, input, list and version schemas of a collection or global. */
function addEntitySchemas(builder: Builder, entity: Entity, fields: Field[], extraInput: Record<string, JsonSchema> = {}, createRequired: string[] = []): void {
  const names = new Map<string, string>(builder.config.collections.map((collection) => [collection.slug, schemaName(collection)]))
  const context = (mode: SchemaContext['mode']): SchemaContext => ({
    mode,
    documentRef: (slug) => `#/components/schemas/${names.get(slug) ?? slug}`,
    blocks: builder.config.blocks ?? [],
  })
  const read = collectProperties(fields, context('read'))
  const write = collectProperties(fields, context('write'))
  const schemas = builder.document.components.schemas
  schemas[entity.name] = {
    type: 'object',
    title: entity.name,
    required: entity.kind === 'collection' ? ['id'] : [],
    properties: { ...(entity.kind === 'collection' ? { id: idSchema } : {}), ...read.properties },
  }
  schemas[`${entity.name}Input`] = {
    type: 'object',
    title: `${entity.name}Input`,
    description: 'A request body: ids for relations; server-set fields (id, timestamps, file data) are left out.',
    properties: { ...write.properties, ...extraInput },
  }
  schemas[`${entity.name}Create`] = {
    allOf: [schemaRef(`${entity.name}Input`)],
    title: `${entity.name}Create`,
    ...(write.required.length + createRequired.length ? { required: [...write.required, ...createRequired] } : {}),
  }
  if (entity.kind === 'collection') schemas[`${entity.name}List`] = paginated(schemaRef(entity.name))
  if (entity.hasVersions) {
    schemas[`${entity.name}Version`] = {
      type: 'object',
      required: ['id', 'version'],
      properties: {
        id: idSchema,
        ...(entity.kind === 'collection' ? { parent: { oneOf: [idSchema, schemaRef(entity.name)] } } : {}),
        version: schemaRef(entity.name),
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
        latest: { type: 'boolean' },
        autosave: { type: 'boolean' },
      },
    }
    schemas[`${entity.name}VersionList`] = paginated(schemaRef(`${entity.name}Version`))
  }
}

function collectionEntity(config: SanitizedConfig, collection: SanitizedCollectionConfig): Entity {
  const auth = collection.auth
  return {
    kind: 'collection',
    slug: collection.slug,
    name: schemaName(collection),
    ...labelsOf(collection.labels, collection.slug),
    tag: collection.slug,
    hasVersions: Boolean(collection.versions),
    hasDrafts: Boolean(collection.versions && collection.versions.drafts),
    localized: Boolean(config.localization),
    upload: Boolean(collection.upload),
    auth: auth
      ? { localStrategy: !auth.disableLocalStrategy, loginWithUsername: Boolean(auth.loginWithUsername), apiKeys: Boolean(auth.useAPIKey) }
      : false,
    config,
  }
}

function addCollection(builder: Builder, collection: SanitizedCollectionConfig, api: string): Tag {
  const entity = collectionEntity(builder.config, collection)
  const password = entity.auth && entity.auth.localStrategy
  addEntitySchemas(
    builder,
    entity,
    collection.fields,
    password ? { password: { type: 'string', format: 'password', writeOnly: true } } : {},
    password ? ['password'] : [],
  )
  const builtins = Object.fromEntries(Object.entries(collectionOperations).map(([key, make]) => [key, () => make(entity)]))
  addRoutes(builder, { base: `${api}/${collection.slug}`, endpoints: collection.endpoints, builtins, scope: collection.slug, tag: entity.tag, hasVersions: entity.hasVersions })
  const internal = collection.slug.startsWith('payload-')
  const label = plainText(collection.labels?.plural) ?? collection.slug
  return { name: entity.tag, description: internal ? `${label}: kept by Payload for the admin panel.` : label }
}

function addGlobal(builder: Builder, global: SanitizedGlobalConfig, api: string): Tag {
  const entity: Entity = {
    kind: 'global',
    slug: global.slug,
    name: schemaName(global),
    ...labelsOf({ singular: global.label, plural: global.label }, global.slug),
    tag: `globals/${global.slug}`,
    hasVersions: Boolean(global.versions),
    hasDrafts: Boolean(global.versions && global.versions.drafts),
    localized: Boolean(builder.config.localization),
    upload: false,
    auth: false,
    config: builder.config,
  }
  addEntitySchemas(builder, entity, global.fields)
  const builtins = Object.fromEntries(Object.entries(globalOperations).map(([key, make]) => [key, () => make(entity)]))
  addRoutes(builder, { base: `${api}/globals/${global.slug}`, endpoints: global.endpoints, builtins, scope: `globals/${global.slug}`, tag: entity.tag, hasVersions: entity.hasVersions })
  return { name: entity.tag, description: plainText(global.label) ?? global.slug }
}

function defaultSecurity(config: SanitizedConfig): OpenApiDocument['security'] {
  const keys = config.collections.filter((collection) => collection.auth && collection.auth.useAPIKey).map((collection) => ({ [apiKeySchemeName(config, collection.slug)]: [] }))
  // `{}`: anonymous callers are welcome too; delivery reads need no credential.
  return [{}, { JWT: [] }, { cookie: [] }, ...keys]
}

const tagDescriptions: Record<string, string> = {
  translation: 'Translation workflow: the report per office, XLIFF 2.1 / 1.2 export and import.',
  interop: 'Content in exchange formats for other systems.',
  auth: 'Permissions of the signed-in caller.',
  endpoints: 'Other endpoints of the hub.',
  graphql: 'GraphQL, served beside REST with the same rules.',
  health: 'Liveness and readiness, for load balancers and orchestrators.',
  docs: 'This description and its reference page.',
}

const overview = [
  "Payload CMS's REST API of Visionary Hub, generated from the running configuration: every collection with its fields, Payload's operations and the hub's own endpoints.",
  '',
  '**Offices.** Delivery reads (anonymous or with an API key) see published documents of the office in context plus every office\'s `network` documents. ' +
    "The office in context is the API key's office, else the `X-Tenant: <slug>` header, else the request's host matched against the offices' domains.",
  '',
  '**Locales.** `?locale=de` reads and writes German; untranslated fields fall back (see `fallback-locale`); `Content-Language` names the locale served.',
  '',
  '**Relations.** `depth` (default 2) populates related documents; a relation is an id at depth 0 and the document above it. Documents the caller may not read are left out, never shown by id or title.',
  '',
  '**Errors.** `{ "errors": [{ "message": "..." }] }`, in the request\'s language (Accept-Language) where the hub writes the message.',
  '',
  'GraphQL: `POST /api/graphql`. This document: `GET /api/openapi.json`; the reference page: `/api/docs`.',
].join('\n')

/** The OpenAPI 3.1 description of everything the hub serves, from its sanitized config. */
export function buildDocument(config: SanitizedConfig, options: OpenApiOptions = {}, version = '0.0.0'): OpenApiDocument {
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: options.info?.title ?? 'Visionary Hub API', version: options.info?.version ?? version, description: options.info?.description ?? overview },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    paths: {},
    components: baseComponents(config),
    security: defaultSecurity(config),
  }
  const builder: Builder = { config, document, operationIds: new Set() }
  const api = config.routes.api
  const tags: Tag[] = []
  for (const collection of config.collections) tags.push(addCollection(builder, collection, api))
  for (const global of config.globals) tags.push(addGlobal(builder, global, api))
  const rootBuiltins = Object.fromEntries(Object.entries(rootOperations).map(([key, make]) => [key, make]))
  addRoutes(builder, { base: api, endpoints: config.endpoints, builtins: rootBuiltins, scope: 'root', tag: 'endpoints', hasVersions: true })
  for (const [path, item] of Object.entries(options.hostRoutes?.(config) ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (httpMethods.has(method)) addOperation(builder, path, method as HttpMethod, operation as Operation)
    }
  }
  const used = new Set(Object.values(document.paths).flatMap((item) => Object.values(item).flatMap((operation) => (operation as Operation).tags ?? [])))
  const named = new Set(tags.map((tag) => tag.name))
  const others = [...used].filter((name) => !named.has(name)).map((name): Tag => ({ name, ...(tagDescriptions[name] ? { description: tagDescriptions[name] } : {}) }))
  document.tags = [...tags.filter((tag) => used.has(tag.name)), ...others]
  return document
}

