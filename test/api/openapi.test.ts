import http from 'node:http'

import { Validator } from '@seriousme/openapi-schema-validator'
import type { Endpoint, Field, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildDocument } from '../../src/plugins/openapi'
import { collectProperties, type SchemaContext } from '../../src/plugins/openapi/fields'
import type { OpenApiDocument, Operation, Parameter } from '../../src/plugins/openapi/types'
import { expressRoutes } from '../../src/server/openapi'
import { startHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let document: OpenApiDocument
let config: SanitizedConfig

beforeAll(async () => {
  hub = await startHub()
  config = hub.payload.config
  const response = await hub.fetch('/api/openapi.json')
  expect(response.status).toBe(200)
  document = await response.json()
})
afterAll(async () => hub?.close())

/** `/:id/xliff` → `/{}/xliff`: routes compared by shape, as the document shares one path per shape. */
const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}')

/** The paths a Payload route must appear under (an optional `:id?` gives two). */
function expectedPaths(base: string, route: string): string[] {
  let paths = [base]
  for (const segment of route.split('/').filter(Boolean)) {
    const optional = /^:(\w+)\?$/.exec(segment)
    if (optional) paths = [...paths, ...paths.map((path) => `${path}/{${optional[1]}}`)]
    else paths = paths.map((path) => `${path}/${segment.replace(/:(\w+)/g, '{$1}')}`)
  }
  return paths
}

function operationAt(path: string, method: string): Operation | undefined {
  const found = Object.entries(document.paths).find(([candidate]) => shape(candidate) === shape(path))
  return (found?.[1] as Record<string, Operation> | undefined)?.[method]
}

function parameterNames(operation: Operation): string[] {
  return (operation.parameters ?? []).map((parameter) => {
    if ('$ref' in parameter) return document.components.parameters[parameter.$ref.split('/').pop()!].name
    return (parameter as Parameter).name
  })
}

const passwordRoutes = ['/login', '/logout', '/refresh-token', '/forgot-password', '/reset-password', '/init', '/first-register', '/unlock', '/verify/:id']

/** Routes the document leaves out on purpose: version routes where there are no versions (the hub answers 404), password routes of key-only auth collections. */
function describedOnPurposeNot(collection: SanitizedConfig['collections'][number], endpoint: Endpoint): boolean {
  if (!collection.versions && endpoint.path.startsWith('/versions')) return true
  return Boolean(collection.auth?.disableLocalStrategy && passwordRoutes.includes(endpoint.path))
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document whose references all resolve, served to anonymous callers', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(document) as Record<string, unknown>)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
    expect(document.openapi).toBe('3.1.0')
    expect(() => validator.resolveRefs()).not.toThrow()
    expect(document.servers?.[0].url).toBe(hub.url)
  })

  it('lists every collection of the live config with its standard operations', () => {
    const collections = config.collections.filter((collection) => collection.endpoints !== false)
    expect(collections.length).toBeGreaterThan(5)
    for (const { slug } of collections) {
      expect(document.tags?.map((tag) => tag.name), slug).toContain(slug)
      for (const method of ['get', 'post', 'patch', 'delete']) expect(operationAt(`/api/${slug}`, method), `${method} /api/${slug}`).toBeDefined()
      for (const method of ['get', 'patch', 'delete']) expect(operationAt(`/api/${slug}/{id}`, method), `${method} /api/${slug}/{id}`).toBeDefined()
    }
    for (const slug of ['case-studies', 'curricula', 'learning-formats', 'organizations', 'topics', 'media', 'tenants', 'users', 'api-keys']) {
      expect(collections.map((collection) => collection.slug)).toContain(slug)
    }
  })

  it('describes every endpoint of the live config, Payload\'s and custom ones, with its method', () => {
    const missing: string[] = []
    const check = (base: string, endpoint: Endpoint) => {
      for (const path of expectedPaths(base, endpoint.path)) if (!operationAt(path, endpoint.method)) missing.push(`${endpoint.method} ${path}`)
    }
    for (const endpoint of config.endpoints) check('/api', endpoint)
    for (const collection of config.collections) {
      for (const endpoint of collection.endpoints || []) if (!describedOnPurposeNot(collection, endpoint)) check(`/api/${collection.slug}`, endpoint)
    }
    expect(missing).toEqual([])
  })

  it('gives the hub\'s known custom endpoints their own summaries and parameters', () => {
    const xliff = operationAt('/api/case-studies/{id}/xliff', 'get')!
    expect(xliff.summary).toMatch(/XLIFF/)
    expect(xliff['x-custom-endpoint']).toBe(true)
    expect(parameterNames(xliff)).toEqual(expect.arrayContaining(['id', 'target', 'source', 'version']))
    expect(operationAt('/api/case-studies/{id}/xliff', 'post')!.requestBody).toBeDefined()
    expect(parameterNames(operationAt('/api/translation-report', 'get')!)).toEqual(expect.arrayContaining(['X-Tenant', 'collection', 'locale', 'state']))
    expect(operationAt('/api/xliff', 'post')!.responses['413']).toBeDefined()
  })

  it('describes Payload\'s query parameters on the operations that take them', () => {
    const list = parameterNames(operationAt('/api/case-studies', 'get')!)
    expect(list).toEqual(expect.arrayContaining(['where', 'locale', 'fallback-locale', 'depth', 'limit', 'page', 'sort', 'draft', 'select', 'X-Tenant']))
    expect(parameterNames(operationAt('/api/case-studies/{id}', 'get')!)).toEqual(expect.arrayContaining(['id', 'locale', 'fallback-locale', 'depth', 'draft', 'select', 'X-Tenant']))
    // Collections without drafts take no `draft`.
    expect(parameterNames(operationAt('/api/topics', 'get')!)).not.toContain('draft')
    expect(document.components.parameters.where).toMatchObject({ in: 'query', style: 'deepObject', explode: true })
    expect(document.components.parameters.select).toMatchObject({ in: 'query', style: 'deepObject' })
    expect(document.components.parameters.tenant).toMatchObject({ name: 'X-Tenant', in: 'header' })
    const locales = (document.components.parameters.locale.schema as { enum: string[] }).enum
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'ar', 'all']))
    expect((document.components.parameters.fallbackLocale.schema as { enum: string[] }).enum).toContain('none')
    for (const method of ['patch', 'delete']) {
      const bulk = operationAt('/api/case-studies', method)!
      const where = bulk.parameters!.find((parameter) => !('$ref' in parameter) && parameter.name === 'where') as Parameter
      expect(where, `${method} bulk`).toMatchObject({ required: true, style: 'deepObject' })
    }
  })

  it('has version routes exactly where there are versions, and auth routes on auth collections', () => {
    for (const [method, path] of [['get', '/versions'], ['get', '/versions/{id}'], ['post', '/versions/{id}']]) {
      expect(operationAt(`/api/case-studies${path}`, method)).toBeDefined()
      expect(operationAt(`/api/topics${path}`, method)).toBeUndefined()
    }
    for (const [method, path] of [['post', '/login'], ['post', '/logout'], ['get', '/me'], ['post', '/refresh-token'], ['post', '/forgot-password'], ['post', '/reset-password']]) {
      expect(operationAt(`/api/users${path}`, method), path).toBeDefined()
    }
    expect(operationAt('/api/users/login', 'post')!.security).toEqual([])
    // API keys log in with nothing: they are the credential.
    expect(operationAt('/api/api-keys/login', 'post')).toBeUndefined()
    expect(operationAt('/api/api-keys/me', 'get')).toBeDefined()
  })

  it('describes the hub\'s headers, errors and credentials', () => {
    const list = operationAt('/api/case-studies', 'get')!
    expect(list.responses['200']).toMatchObject({ headers: { 'Content-Language': { $ref: '#/components/headers/Content-Language' } } })
    for (const status of ['400', '401', '403', '404', '413']) {
      expect(document.components.responses[status].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' })
    }
    expect(document.components.schemas.Error).toMatchObject({
      required: ['errors'],
      properties: { errors: { type: 'array', items: { required: ['message'], properties: { message: { type: 'string' } } } } },
    })
    expect(operationAt('/api/case-studies/{id}', 'get')!.responses['404']).toEqual({ $ref: '#/components/responses/404' })
    expect(operationAt('/api/case-studies', 'post')!.responses['413']).toEqual({ $ref: '#/components/responses/413' })
    const schemes = document.components.securitySchemes
    expect(schemes.JWT).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' })
    expect(schemes.JWT.description).toContain('JWT <token>')
    expect(schemes.cookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'payload-token' })
    expect(schemes.apiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' })
    expect(schemes.apiKey.description).toContain('api-keys API-Key <secret>')
    expect(document.security).toEqual(expect.arrayContaining([{}, { JWT: [] }, { cookie: [] }, { apiKey: [] }]))
  })

  it('describes the hub\'s own Express routes: GraphQL and health', () => {
    expect(operationAt('/api/graphql', 'post')!.requestBody).toBeDefined()
    expect(operationAt('/health/live', 'get')).toBeDefined()
    expect(operationAt('/health/ready', 'get')!.responses['503']).toBeDefined()
    expect(operationAt('/api/openapi.json', 'get')).toBeDefined()
    expect(operationAt('/api/docs', 'get')).toBeDefined()
  })

  it('turns the hub\'s fields into JSON Schemas', () => {
    const { CaseStudy, CaseStudyInput, Tenant, Media } = document.components.schemas as Record<string, { properties: Record<string, any>; required?: string[] }>
    const p = CaseStudy.properties
    expect(CaseStudy.required).toEqual(['id'])
    expect(p.title).toMatchObject({ type: ['string', 'null'], 'x-localized': true })
    expect(p.title.description).toMatch(/Localized/)
    expect(p.slug).toMatchObject({ type: 'string' })
    expect(p.visibility).toMatchObject({ type: 'string', enum: ['tenant', 'network'] })
    expect(p.year).toMatchObject({ type: ['number', 'null'] })
    expect(p.sectors).toMatchObject({ type: ['array', 'null'], items: { type: 'string', enum: expect.arrayContaining(['civil-society', 'business']) } })
    expect(p.country.enum).toEqual(expect.arrayContaining(['AT', 'DE', null]))
    expect(p.challenge.anyOf[0]).toEqual({ $ref: '#/components/schemas/RichText' })
    expect(p.heroImage.oneOf).toEqual([expect.objectContaining({ type: 'string' }), { $ref: '#/components/schemas/Media' }, { type: 'null' }])
    expect(p.topics.items.oneOf[1]).toEqual({ $ref: '#/components/schemas/Topic' })
    // Rows keep their fields (a row inside the array row is flattened) and their id.
    expect(Object.keys(p.impact.items.properties)).toEqual(['label', 'value', 'unit', 'id'])
    expect(p.impact.items.properties.value).toEqual({ type: 'number' })
    expect(p.quote).toMatchObject({ type: ['object', 'null'], properties: { text: { 'x-localized': true }, author: { type: ['string', 'null'] } } })
    expect(p._status).toMatchObject({ enum: ['draft', 'published', null] })
    expect(p.createdAt).toMatchObject({ format: 'date-time' })
    // A `row` of the document itself is flattened too.
    expect(p).toHaveProperty('country')
    expect(p).not.toHaveProperty('row')
    // Write bodies name relations by id and leave server-set fields out.
    expect(CaseStudyInput.properties.heroImage).toEqual({ type: ['string', 'null'], description: expect.any(String) })
    expect(CaseStudyInput.properties).not.toHaveProperty('id')
    expect(CaseStudyInput.properties).not.toHaveProperty('createdAt')
    expect(Tenant.properties.domains).toMatchObject({ type: ['array', 'null'], items: { type: 'string' } })
    expect(Tenant.properties.locales).toMatchObject({ type: 'array', items: { enum: expect.arrayContaining(['de', 'en']) } })
    expect(Tenant.properties.office.properties.email).toMatchObject({ format: 'email' })
    expect(Media.properties.sizes.properties.card.properties.url).toBeDefined()
    expect((document.components.schemas.UserInput as { properties: Record<string, unknown> }).properties.password).toMatchObject({ writeOnly: true })
    expect(document.components.schemas.User).not.toHaveProperty('properties.hash')
    expect(document.components.schemas.CaseStudyList).toMatchObject({ properties: { docs: { items: { $ref: '#/components/schemas/CaseStudy' } }, totalDocs: { type: 'integer' } } })
  })
})

describe('the field mapping', () => {
  const read: SchemaContext = { mode: 'read', documentRef: (slug) => `#/components/schemas/${slug}`, blocks: [{ slug: 'quote', fields: [{ name: 'text', type: 'text' }] }] }
  const fields: Field[] = [
    { name: 'code', type: 'code', required: true },
    { name: 'email', type: 'email', required: true },
    { name: 'flag', type: 'checkbox', required: true },
    { name: 'when', type: 'date', required: true },
    { name: 'numbers', type: 'number', hasMany: true, required: true },
    { name: 'kind', type: 'radio', options: ['a', 'b'], required: true },
    { name: 'tags', type: 'select', hasMany: true, options: [{ label: 'X', value: 'x' }], required: true },
    { name: 'data', type: 'json', required: true },
    { name: 'where', type: 'point', required: true },
    { name: 'owner', type: 'relationship', relationTo: ['users', 'api-keys'], required: true },
    { type: 'collapsible', label: 'More', fields: [{ name: 'inCollapsible', type: 'text', required: true }] },
    { type: 'group', fields: [{ name: 'inUnnamedGroup', type: 'text', required: true }] } as Field,
    {
      type: 'tabs',
      tabs: [
        { label: 'Unnamed', fields: [{ name: 'inUnnamedTab', type: 'text', required: true }] },
        { name: 'seo', fields: [{ name: 'metaTitle', type: 'text', required: true }] },
      ],
    },
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      blocks: [{ slug: 'hero', fields: [{ name: 'heading', type: 'text', required: true }] }],
      blockReferences: [{ slug: 'hero', fields: [{ name: 'heading', type: 'text', required: true }] }, 'quote' as never],
    },
    { name: 'note', type: 'ui', admin: { components: { Field: '/x' } } } as Field,
    { name: 'secret', type: 'text', hidden: true },
  ]

  it('maps every field type and flattens presentational fields', () => {
    const { properties } = collectProperties(fields, read)
    expect(properties.code).toEqual({ type: 'string' })
    expect(properties.email).toEqual({ type: 'string', format: 'email' })
    expect(properties.flag).toEqual({ type: 'boolean' })
    expect(properties.when).toEqual({ type: 'string', format: 'date-time' })
    expect(properties.numbers).toEqual({ type: 'array', items: { type: 'number' } })
    expect(properties.kind).toEqual({ type: 'string', enum: ['a', 'b'] })
    expect(properties.tags).toEqual({ type: 'array', items: { type: 'string', enum: ['x'] } })
    expect(properties.data).toMatchObject({ description: expect.stringMatching(/any JSON/i) })
    expect(properties.data).not.toHaveProperty('type')
    expect(properties.where).toMatchObject({ type: 'array', minItems: 2, maxItems: 2, prefixItems: [{ type: 'number' }, { type: 'number' }] })
    expect(properties.owner).toMatchObject({
      type: 'object',
      properties: { relationTo: { enum: ['users', 'api-keys'] }, value: { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/users' }, { $ref: '#/components/schemas/api-keys' }] } },
    })
    expect(properties).toHaveProperty('inCollapsible')
    expect(properties).toHaveProperty('inUnnamedGroup')
    expect(properties).toHaveProperty('inUnnamedTab')
    expect(properties.seo).toMatchObject({ type: 'object', properties: { metaTitle: { type: 'string' } } })
    const blocks = properties.layout as { items: { oneOf: { properties: Record<string, unknown>; required: string[] }[] } }
    expect(blocks.items.oneOf.map((block) => block.properties.blockType)).toEqual([{ type: 'string', const: 'hero' }, { type: 'string', const: 'quote' }])
    expect(blocks.items.oneOf[0].required).toEqual(expect.arrayContaining(['blockType', 'id']))
    expect(properties).not.toHaveProperty('note')
    expect(properties).not.toHaveProperty('secret')
  })

  it('asks for required fields on create and ids for relations', () => {
    const { properties, required } = collectProperties(fields, { ...read, mode: 'write' })
    expect(required).toEqual(expect.arrayContaining(['code', 'email', 'inCollapsible', 'inUnnamedTab', 'layout']))
    expect(properties.owner).toMatchObject({ properties: { value: { type: 'string' } } })
  })
})

describe('endpoints added by other plugins', () => {
  const handler: Endpoint['handler'] = () => Response.json({})
  const withEndpoints = (): SanitizedConfig => ({
    ...config,
    endpoints: [...config.endpoints, { path: '/made-up/:thing', method: 'post', handler }] as SanitizedConfig['endpoints'],
    collections: config.collections.map((collection) => {
      const added: Endpoint[] = [{ path: '/:id/jsonld', method: 'get', handler }]
      if (collection.slug === 'curricula') added.push({ path: '/:id/cartridge', method: 'get', handler })
      if (collection.slug === 'topics') added.push({ path: '/:id/self-described', method: 'get', handler, custom: { openapi: { summary: 'Described by itself' } } })
      if (collection.slug === 'organizations') added.push({ path: '/:id.vcf', method: 'get', handler })
      return { ...collection, endpoints: collection.endpoints === false ? false : [...added, ...collection.endpoints] }
    }),
  })

  it('appear automatically: known ones with their summaries, unknown ones with a generic description', async () => {
    const extended = buildDocument(withEndpoints(), { hostRoutes: expressRoutes })
    expect((await new Validator().validate(structuredClone(extended) as Record<string, unknown>)).valid).toBe(true)
    expect(extended.paths['/api/case-studies/{id}/jsonld'].get!.summary).toMatch(/JSON-LD/)
    expect(extended.paths['/api/curricula/{id}/cartridge'].get!.summary).toMatch(/Common Cartridge/)
    expect(extended.paths['/api/topics/{id}/self-described'].get!.summary).toBe('Described by itself')
    expect(extended.paths['/api/organizations/{id}.vcf'].get!.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }])
    const unknown = extended.paths['/api/made-up/{thing}'].post!
    expect(unknown.description).toMatch(/custom endpoint/i)
    expect(unknown.parameters).toEqual([{ name: 'thing', in: 'path', required: true, schema: { type: 'string' } }])
  })
})

/** A request with the path exactly as written: fetch would normalize `..` away before sending. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(hub.url)
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('GET /api/docs', () => {
  it('serves the reference page whose scripts and styles load from the hub', async () => {
    const response = await hub.fetch('/api/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const html = await response.text()
    expect(html).toContain('id="swagger-ui"')
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    expect(assets.filter((asset) => asset.endsWith('.js'))).toHaveLength(2)
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true)
    // No CDN: every asset comes from the hub.
    expect(assets.every((asset) => asset.startsWith('/api/docs/assets/'))).toBe(true)
    for (const asset of assets) {
      const file = await hub.fetch(asset)
      expect(file.status, asset).toBe(200)
      const body = await file.arrayBuffer()
      expect(body.byteLength, asset).toBeGreaterThan(0)
      if (asset.endsWith('.js')) expect(file.headers.get('content-type')).toMatch(/javascript/)
      if (asset.endsWith('.css')) expect(file.headers.get('content-type')).toMatch(/text\/css/)
    }
    const start = await (await hub.fetch(assets.find((asset) => asset.endsWith('start.js'))!)).text()
    expect(start).toContain('"/api/openapi.json"')
    expect(start).toContain('SwaggerUIBundle')
  })

  it('refuses asset paths outside its list, plain or encoded, with a 4xx', async () => {
    const attempts = [
      '/api/docs/assets/../../package.json',
      '/api/docs/assets/../../../package.json',
      '/api/docs/assets/..%2F..%2Fpackage.json',
      '/api/docs/assets/..%2f..%2f..%2fpackage.json',
      '/api/docs/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/api/docs/assets/%2e%2e/%2e%2e/package.json',
      '/api/docs/assets/%252e%252e%252fpackage.json',
      '/api/docs/assets/..%5c..%5cpackage.json',
      '/api/docs/assets/package.json',
      '/api/docs/assets/index.html',
      '/api/docs/assets/swagger-ui.css%00',
      '/api/docs/assets/%E0%A4%A',
    ]
    for (const path of attempts) {
      const { status, body } = await rawGet(path)
      expect(status, path).toBeGreaterThanOrEqual(400)
      expect(status, path).toBeLessThan(500)
      expect(body, path).not.toMatch(/"name":\s*"(swagger-ui-dist|visionary-hub)"/)
    }
    // A broken escape anywhere under /api is the caller's mistake, not the hub's.
    const broken = await rawGet('/api/case-studies/%E0%A4%A')
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.body).errors[0].message).toMatch(/percent-encoding/)
  })
})
