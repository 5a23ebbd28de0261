import fs from 'node:fs'
import path from 'node:path'

import type { Config, Endpoint, PayloadRequest, Plugin, SanitizedConfig } from 'payload'

import { rootDir } from '../../config/paths'
import { buildDocument } from './document'
import { docsAsset, docsPage } from './docs'
import type { EndpointDocs, OpenApiDocument, OpenApiOptions } from './types'

export type { OpenApiDocument, OpenApiOptions, EndpointDocs } from './types'
export { buildDocument } from './document'

/** The document depends only on the config, which does not change while the hub runs. */
const documents = new WeakMap<SanitizedConfig, OpenApiDocument>()

function packageVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

function documentFor(config: SanitizedConfig, options: OpenApiOptions): OpenApiDocument {
  let document = documents.get(config)
  if (!document) documents.set(config, (document = buildDocument(config, options, packageVersion())))
  return document
}

/** The hub as this caller reached it (for "Try it out"), and its configured public URL. */
function servers(req: PayloadRequest): OpenApiDocument['servers'] {
  const here = new URL(req.url ?? '/', 'http://localhost').origin
  const configured = req.payload.config.serverURL
  return [
    { url: here, description: 'This hub, as you called it' },
    ...(configured && configured !== here ? [{ url: configured, description: 'The public URL (HUB_PUBLIC_URL)' }] : []),
  ]
}

const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } })

/**
 * An OpenAPI 3.1 description of the REST API, generated at runtime from the sanitized config
 * (every collection, Payload's operations, every custom endpoint), served public at
 * `/api/openapi.json`, with a swagger-ui reference page at `/api/docs` served from the hub.
 */
export const openapiPlugin =
  (options: OpenApiOptions = {}): Plugin =>
  (config: Config): Config => {
    const documentPath = options.documentPath ?? '/openapi.json'
    const docsPath = options.docsPath ?? '/docs'
    const api = () => config.routes?.api ?? '/api'
    const documentUrl = () => `${api()}${documentPath}`
    const self = (docs: EndpointDocs) => ({ openapi: { tags: ['docs'], security: [], ...docs } })

    const endpoints: Endpoint[] = [
      {
        path: documentPath,
        method: 'get',
        custom: self({ summary: 'This OpenAPI 3.1 document', responses: { '200': json('The description of the REST API.') } }),
        // Public: it describes the API and holds no data.
        handler: (req) => Response.json({ ...documentFor(req.payload.config, options), servers: servers(req) }, { headers: { 'cache-control': 'no-cache' } }),
      },
      {
        path: docsPath,
        method: 'get',
        custom: self({ summary: 'Interactive API reference (swagger-ui)', responses: { '200': { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } } }),
        handler: () => docsPage({ title: options.info?.title ?? 'Visionary Hub API', assetsUrl: `${api()}${docsPath}/assets` }),
      },
      {
        path: `${docsPath}/assets/:file`,
        method: 'get',
        custom: self({ summary: "A file of the reference page (swagger-ui's script, styles, icons)", responses: { '200': { description: 'The file.', content: { '*/*': {} } }, '404': { $ref: '#/components/responses/404' } } }),
        handler: (req) => docsAsset(req, req.routeParams?.file, documentUrl()),
      },
    ]
    return { ...config, endpoints: [...(config.endpoints ?? []), ...endpoints] }
  }
