import type { SanitizedConfig } from 'payload'

import { errorResponse, param, schemaRef, type ErrorStatus } from './components'
import { idSchema } from './fields'
import type { JsonSchema, Operation, Parameter, Reference, RequestBody, ResponseObject } from './types'

/** A collection or global as the operations see it. */
export type Entity = {
  kind: 'collection' | 'global'
  slug: string
  /** The schema names of its documents: `CaseStudy`, `CaseStudyInput`. */
  name: string
  /** For summaries: `case study`, `case studies`. */
  singular: string
  plural: string
  tag: string
  hasVersions: boolean
  hasDrafts: boolean
  localized: boolean
  /** Collections with `upload`: files are created with multipart/form-data. */
  upload: boolean
  /** Auth collections: whether email + password login exists (API-key-only collections have none). */
  auth: false | { localStrategy: boolean; loginWithUsername: boolean; apiKeys: boolean }
  config: SanitizedConfig
}

type OperationSpec = {
  entity: Entity
  action: string
  summary: string
  description?: string
  /** Names of shared parameters (components/parameters); those the entity cannot use are left out. */
  params?: string[]
  extraParams?: Parameter[]
  body?: RequestBody
  ok: Record<string, ResponseObject>
  errors: ErrorStatus[]
  /** `[]` for operations anyone may call without credentials (login, forgot password). */
  security?: Operation['security']
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } })

/** A 200/201 with a JSON body; reads say which locale they answer in. */
export function success(description: string, schema: JsonSchema, contentLanguage = false): ResponseObject {
  return {
    description,
    ...(contentLanguage ? { headers: { 'Content-Language': { $ref: '#/components/headers/Content-Language' } } } : {}),
    content: json(schema),
  }
}

function camel(text: string): string {
  return text.replace(/[^a-zA-Z0-9]+(.)?/g, (_, next: string | undefined) => (next ? next.toUpperCase() : ''))
}

export function operationId(entity: Pick<Entity, 'kind' | 'slug'>, action: string): string {
  return `${entity.kind === 'global' ? 'global_' : ''}${camel(entity.slug)}_${action}`
}

function usable(entity: Entity, name: string): boolean {
  if (name === 'draft') return entity.hasDrafts
  if (name === 'locale' || name === 'fallbackLocale') return entity.localized
  return true
}

function operation({ entity, action, summary, description, params = [], extraParams = [], body, ok, errors, security }: OperationSpec): Operation {
  const parameters: (Parameter | Reference)[] = [...params.filter((name) => usable(entity, name)).map(param), ...extraParams]
  return {
    operationId: operationId(entity, action),
    summary,
    ...(description ? { description } : {}),
    tags: [entity.tag],
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: { ...ok, ...Object.fromEntries(errors.map((status) => [status, errorResponse(status)])) },
    ...(security ? { security } : {}),
  }
}

const doc = (entity: Entity) => schemaRef(entity.name)
const input = (entity: Entity) => schemaRef(`${entity.name}Input`)
const message = { type: 'string' }
const withDoc = (entity: Entity): JsonSchema => ({ type: 'object', required: ['doc'], properties: { doc: doc(entity), message } })
const bulkResult = (entity: Entity): JsonSchema => ({
  type: 'object',
  required: ['docs', 'errors'],
  properties: {
    docs: { type: 'array', items: doc(entity) },
    errors: { type: 'array', items: { type: 'object', properties: { id: idSchema, message }, additionalProperties: true } },
    message,
  },
})

/** A document body: JSON, or for uploads a multipart form with the file and the fields as JSON in `_payload`. */
function documentBody(entity: Entity, create: boolean): RequestBody {
  const schema: JsonSchema = create ? schemaRef(`${entity.name}Create`) : { ...input(entity), description: 'Only the fields to change.' }
  const multipart = {
    'multipart/form-data': {
      schema: {
        type: 'object',
        ...(create ? { required: ['file'] } : {}),
        properties: {
          file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The file.' },
          _payload: { type: 'string', contentMediaType: 'application/json', description: `The other fields, as JSON (${entity.name}${create ? 'Create' : 'Input'}).` },
        },
      },
    },
  }
  return { required: true, content: entity.upload ? (create ? multipart : { ...json(schema), ...multipart }) : json(schema) }
}

const readParams = ['tenant', 'locale', 'fallbackLocale', 'depth', 'draft', 'select']
const writeParams = ['tenant', 'locale', 'depth', 'draft', 'select']
const whereRequired: Parameter = { name: 'where', in: 'query', required: true, style: 'deepObject', explode: true, description: 'Which documents (see the list operation); required, so an empty filter never touches everything by accident.', schema: { type: 'object', additionalProperties: true } }

/** Payload's own operations of a collection, by `<method> <path>` as its endpoints declare them. */
export const collectionOperations: Record<string, (entity: Entity) => Operation | undefined> = {
  'get /': (entity) =>
    operation({
      entity,
      action: 'find',
      summary: `List ${entity.plural}`,
      description: 'Paginated, filtered with `where`, sorted with `sort`. Delivery reads (anonymous, API keys) see published documents of the office in context plus `network` ones.',
      params: ['tenant', 'where', 'locale', 'fallbackLocale', 'depth', 'limit', 'page', 'sort', 'draft', 'select', 'pagination'],
      ok: { '200': success('A page of documents.', schemaRef(`${entity.name}List`), true) },
      errors: ['400', '401', '403'],
    }),
  'post /': (entity) =>
    operation({
      entity,
      action: 'create',
      summary: `Create one ${entity.singular}`,
      params: writeParams,
      body: documentBody(entity, true),
      ok: { '201': success('Created.', withDoc(entity)) },
      errors: ['400', '401', '403', '413'],
    }),
  'patch /': (entity) =>
    operation({
      entity,
      action: 'updateMany',
      summary: `Update every ${entity.singular} matching where`,
      params: [...writeParams, 'limit', 'sort'],
      extraParams: [whereRequired],
      body: documentBody(entity, false),
      ok: { '200': success('The updated documents, and one error per document that could not be updated.', bulkResult(entity)) },
      errors: ['400', '401', '403', '413'],
    }),
  'delete /': (entity) =>
    operation({
      entity,
      action: 'deleteMany',
      summary: `Delete every ${entity.singular} matching where`,
      params: ['tenant', 'locale', 'depth', 'select'],
      extraParams: [whereRequired],
      ok: { '200': success('The deleted documents, and one error per document that could not be deleted.', bulkResult(entity)) },
      errors: ['400', '401', '403'],
    }),
  'get /:id': (entity) =>
    operation({
      entity,
      action: 'findByID',
      summary: `Read one ${entity.singular}`,
      params: ['id', ...readParams],
      ok: { '200': success('The document.', doc(entity), true) },
      errors: ['400', '401', '403', '404'],
    }),
  'patch /:id': (entity) =>
    operation({
      entity,
      action: 'updateByID',
      summary: `Update one ${entity.singular}`,
      description: entity.localized ? 'Localized fields are written in `locale`; a write must name a locale of the document\'s office.' : undefined,
      params: ['id', ...writeParams],
      body: documentBody(entity, false),
      ok: { '200': success('Updated.', withDoc(entity)) },
      errors: ['400', '401', '403', '404', '413'],
    }),
  'delete /:id': (entity) =>
    operation({
      entity,
      action: 'deleteByID',
      summary: `Delete one ${entity.singular}`,
      params: ['id', 'tenant', 'depth', 'select'],
      ok: { '200': success('Deleted.', withDoc(entity)) },
      errors: ['400', '401', '403', '404'],
    }),
  'get /count': (entity) =>
    operation({
      entity,
      action: 'count',
      summary: `Count ${entity.plural}`,
      params: ['tenant', 'where', 'locale', 'draft'],
      ok: { '200': success('How many documents match.', { type: 'object', required: ['totalDocs'], properties: { totalDocs: { type: 'integer' } } }) },
      errors: ['400', '401', '403'],
    }),
  'post /:id/duplicate': (entity) =>
    operation({
      entity,
      action: 'duplicate',
      summary: `Copy one ${entity.singular}`,
      params: ['id', 'locale', 'depth', 'select'],
      ok: { '201': success('The copy.', withDoc(entity)) },
      errors: ['400', '401', '403', '404'],
    }),
  'post /access/:id?': (entity) =>
    operation({
      entity,
      action: 'access',
      summary: `What the caller may do with ${entity.plural} (or one document, with an id)`,
      description: 'Used by the admin panel.',
      ok: { '200': success('Permissions per operation and field.', { type: 'object', additionalProperties: true }) },
      errors: ['400', '401'],
    }),
  'get /versions': (entity) =>
    entity.hasVersions
      ? operation({
          entity,
          action: 'findVersions',
          summary: `List versions of ${entity.plural}`,
          description: 'Needs a signed-in member of the office (or a `preview` API key).',
          params: ['tenant', 'where', 'locale', 'depth', 'limit', 'page', 'sort', 'select', 'pagination'],
          ok: { '200': success('A page of versions.', schemaRef(`${entity.name}VersionList`), true) },
          errors: ['400', '401', '403'],
        })
      : undefined,
  'get /versions/:id': (entity) =>
    entity.hasVersions
      ? operation({
          entity,
          action: 'findVersionByID',
          summary: `Read one version of one ${entity.singular}`,
          params: ['id', 'tenant', 'locale', 'depth', 'select'],
          ok: { '200': success('The version.', schemaRef(`${entity.name}Version`), true) },
          errors: ['400', '401', '403', '404'],
        })
      : undefined,
  'post /versions/:id': (entity) =>
    entity.hasVersions
      ? operation({
          entity,
          action: 'restoreVersion',
          summary: `Restore a version of one ${entity.singular}`,
          params: ['id', 'depth', 'draft'],
          ok: { '200': success('The document as restored.', withDoc(entity)) },
          errors: ['400', '401', '403', '404'],
        })
      : undefined,
  'get /file/:filename': (entity) =>
    operation({
      entity,
      action: 'file',
      summary: `Download the file of one ${entity.singular}`,
      description: 'Readable when its document is (published, and of the office in context or shared with the network).',
      extraParams: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
      ok: { '200': { description: 'The file.', content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } } },
      errors: ['400', '401', '403', '404'],
    }),
  'get /paste-url/:id?': (entity) =>
    operation({
      entity,
      action: 'pasteUrl',
      summary: 'Fetch a remote file for an upload (admin panel)',
      extraParams: [{ name: 'src', in: 'query', required: true, schema: { type: 'string', format: 'uri' } }],
      ok: { '200': { description: 'The remote file.', content: { '*/*': {} } } },
      errors: ['400', '401', '403'],
    }),
  ...authOperations(),
}

const user = (entity: Entity) => ({ anyOf: [doc(entity), { type: 'null' }] })
const token = { type: 'string', description: 'A JWT: send it as `Authorization: JWT <token>`.' }
const exp = { type: 'integer', description: 'When the token expires (seconds since 1970).' }

function credentials(entity: Entity): JsonSchema {
  const auth = entity.auth || { loginWithUsername: false }
  return {
    type: 'object',
    required: auth.loginWithUsername ? ['username', 'password'] : ['email', 'password'],
    properties: { email: { type: 'string', format: 'email' }, ...(auth.loginWithUsername ? { username: { type: 'string' } } : {}), password: { type: 'string', format: 'password' } },
  }
}

/** Only auth collections with a password login have these; API-key-only collections answer them with errors. */
function passwordOperation(make: (entity: Entity) => Operation): (entity: Entity) => Operation | undefined {
  return (entity) => (entity.auth && entity.auth.localStrategy ? make(entity) : undefined)
}

function authOperations(): Record<string, (entity: Entity) => Operation | undefined> {
  const loggedIn = (entity: Entity, action: string, summary: string, schema: JsonSchema, body?: JsonSchema, errors: ErrorStatus[] = ['400', '401']) =>
    operation({
      entity,
      action,
      summary,
      ...(body ? { body: { required: true, content: json(body) } } : {}),
      ok: { '200': success(summary, schema) },
      errors,
      ...(['login', 'forgotPassword', 'resetPassword', 'firstRegister', 'init'].includes(action) ? { security: [] } : {}),
    })
  return {
    'post /login': passwordOperation((entity) => ({
      ...loggedIn(entity, 'login', 'Log in', { type: 'object', properties: { user: doc(entity), token, exp, message } }, credentials(entity)),
      description: `Answers a JWT and sets the \`${entity.config.cookiePrefix}-token\` session cookie. Too many failed attempts lock the account for a while.`,
    })),
    'post /logout': passwordOperation((entity) => loggedIn(entity, 'logout', 'Log out (clears the session cookie)', { type: 'object', properties: { message } })),
    'get /me': (entity) =>
      entity.auth
        ? loggedIn(entity, 'me', `The signed-in ${entity.singular}`, {
            type: 'object',
            properties: { user: user(entity), token, exp, collection: { type: 'string' }, message },
          })
        : undefined,
    'post /refresh-token': passwordOperation((entity) =>
      loggedIn(entity, 'refreshToken', 'Exchange a valid token for a fresh one', { type: 'object', properties: { user: doc(entity), refreshedToken: token, exp, message } }),
    ),
    'post /forgot-password': passwordOperation((entity) =>
      loggedIn(entity, 'forgotPassword', 'Send a password-reset email', { type: 'object', properties: { message } }, { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } }),
    ),
    'post /reset-password': passwordOperation((entity) =>
      loggedIn(
        entity,
        'resetPassword',
        'Set a new password with the token from the reset email',
        { type: 'object', properties: { user: doc(entity), token, message } },
        { type: 'object', required: ['token', 'password'], properties: { token: { type: 'string' }, password: { type: 'string', format: 'password' } } },
      ),
    ),
    'get /init': passwordOperation((entity) =>
      loggedIn(entity, 'init', 'Whether a first user exists (admin panel)', { type: 'object', properties: { initialized: { type: 'boolean' } } }),
    ),
    'post /first-register': passwordOperation((entity) =>
      loggedIn(
        entity,
        'firstRegister',
        'Create the first user (only while there is none)',
        { type: 'object', properties: { user: doc(entity), token, exp, message } },
        { allOf: [input(entity), credentials(entity)] },
        ['400', '403'],
      ),
    ),
    'post /unlock': passwordOperation((entity) =>
      loggedIn(entity, 'unlock', 'Unlock an account locked by failed logins', { type: 'object', properties: { message } }, { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } }, ['400', '401', '403']),
    ),
    'post /verify/:id': passwordOperation((entity) => ({
      ...loggedIn(entity, 'verify', 'Verify an email address', { type: 'object', properties: { message } }),
      parameters: [{ name: 'id', in: 'path', required: true, description: 'The verification token from the email.', schema: { type: 'string' } }],
      security: [],
    })),
    'post /:id/api-key/reveal': (entity) =>
      operation({ entity, action: 'revealApiKey', summary: 'Reveal the API key of a document', params: ['id'], ok: { '200': success('The key.', { type: 'object', properties: { apiKey: { type: 'string' } } }) }, errors: ['401', '403', '404'] }),
  }
}

/** Payload's own operations of a global. */
export const globalOperations: Record<string, (entity: Entity) => Operation | undefined> = {
  'get /': (entity) =>
    operation({ entity, action: 'find', summary: `Read ${entity.plural}`, params: readParams, ok: { '200': success('The global.', doc(entity), true) }, errors: ['400', '401', '403'] }),
  'post /': (entity) =>
    operation({ entity, action: 'update', summary: `Update ${entity.plural}`, params: writeParams, body: documentBody(entity, false), ok: { '200': success('Updated.', withDoc(entity)) }, errors: ['400', '401', '403', '413'] }),
  'post /access': (entity) =>
    operation({ entity, action: 'access', summary: `What the caller may do with ${entity.plural}`, ok: { '200': success('Permissions.', { type: 'object', additionalProperties: true }) }, errors: ['401'] }),
  'get /versions': (entity) =>
    entity.hasVersions
      ? operation({ entity, action: 'findVersions', summary: `List versions of ${entity.plural}`, params: ['where', 'locale', 'depth', 'limit', 'page', 'sort', 'select'], ok: { '200': success('A page of versions.', schemaRef(`${entity.name}VersionList`)) }, errors: ['400', '401', '403'] })
      : undefined,
  'get /versions/:id': (entity) =>
    entity.hasVersions
      ? operation({ entity, action: 'findVersionByID', summary: `Read one version of ${entity.plural}`, params: ['id', 'locale', 'depth', 'select'], ok: { '200': success('The version.', schemaRef(`${entity.name}Version`)) }, errors: ['400', '401', '403', '404'] })
      : undefined,
  'post /versions/:id': (entity) =>
    entity.hasVersions
      ? operation({ entity, action: 'restoreVersion', summary: `Restore a version of ${entity.plural}`, params: ['id', 'depth', 'draft'], ok: { '200': success('Restored.', withDoc(entity)) }, errors: ['400', '401', '403', '404'] })
      : undefined,
}

/** Payload's own root operations (`/api/<path>`). */
export const rootOperations: Record<string, () => Operation> = {
  'get /access': () => ({
    operationId: 'access',
    summary: "The caller's permissions on every collection and global",
    description: 'Used by the admin panel.',
    tags: ['auth'],
    responses: { '200': success('Permissions.', { type: 'object', additionalProperties: true }), '401': errorResponse('401') },
  }),
}
