import type { SanitizedConfig } from 'payload'

/** An OpenAPI 3.1 Schema Object: plain JSON Schema 2020-12. */
export type JsonSchema = { [keyword: string]: unknown }

export type Reference = { $ref: string; summary?: string; description?: string }

export type Parameter = {
  name: string
  in: 'query' | 'header' | 'path' | 'cookie'
  description?: string
  required?: boolean
  schema?: JsonSchema
  style?: 'form' | 'deepObject' | 'simple'
  explode?: boolean
  example?: unknown
}

export type MediaType = { schema?: JsonSchema; example?: unknown }

export type Header = { description?: string; schema: JsonSchema }

export type ResponseObject = {
  description: string
  headers?: Record<string, Header | Reference>
  content?: Record<string, MediaType>
}

export type RequestBody = { description?: string; required?: boolean; content: Record<string, MediaType> }

export type SecurityRequirement = Record<string, string[]>

export type Operation = {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: (Parameter | Reference)[]
  requestBody?: RequestBody | Reference
  responses: Record<string, ResponseObject | Reference>
  security?: SecurityRequirement[]
  deprecated?: boolean
  /** Specification extensions (`x-...`). */
  [extension: `x-${string}`]: unknown
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace'

export type PathItem = Partial<Record<HttpMethod, Operation>> & { summary?: string; description?: string }

export type Paths = Record<string, PathItem>

export type SecurityScheme = {
  type: 'apiKey' | 'http'
  description?: string
  name?: string
  in?: 'header' | 'query' | 'cookie'
  scheme?: string
  bearerFormat?: string
}

export type Tag = { name: string; description?: string }

export type OpenApiDocument = {
  openapi: '3.1.0'
  info: { title: string; version: string; description?: string }
  jsonSchemaDialect?: string
  servers?: { url: string; description?: string }[]
  tags?: Tag[]
  paths: Paths
  components: {
    schemas: Record<string, JsonSchema>
    parameters: Record<string, Parameter>
    headers: Record<string, Header>
    responses: Record<string, ResponseObject>
    securitySchemes: Record<string, SecurityScheme>
  }
  security?: SecurityRequirement[]
}

/**
 * What a custom endpoint may say about itself in `endpoint.custom.openapi`: any part of an
 * Operation Object. Parameters named in the path (`/:id/xliff`) are added when missing.
 */
export type EndpointDocs = Partial<Operation>

export type OpenApiOptions = {
  info?: { title?: string; version?: string; description?: string }
  /**
   * Routes the host serves beside Payload's REST API (the hub's Express app: GraphQL, health).
   * Payload cannot see them, so the host describes them.
   */
  hostRoutes?: (config: SanitizedConfig) => Paths
  /** Where the document and the reference page are served, under the API route. */
  documentPath?: string
  docsPath?: string
}
