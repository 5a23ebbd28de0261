import type { SanitizedConfig } from 'payload'

import type { JsonSchema, Paths } from '../plugins/openapi/types'

const health: JsonSchema = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', enum: ['ok', 'unavailable'] }, message: { type: 'string' } },
}

const graphqlResult: JsonSchema = {
  type: 'object',
  properties: {
    data: { type: ['object', 'null'], additionalProperties: true },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message'],
        properties: { message: { type: 'string' }, path: { type: 'array' }, extensions: { type: 'object', additionalProperties: true } },
      },
    },
  },
}

/**
 * The routes app.ts serves itself (Express), beside Payload's REST API: GraphQL, its playground
 * and the health checks. The OpenAPI plugin cannot see them in the Payload config.
 */
export function expressRoutes(config: SanitizedConfig): Paths {
  const api = config.routes.api
  return {
    [`${api}${config.routes.graphQL}`]: {
      post: {
        operationId: 'graphql',
        summary: 'GraphQL',
        description:
          'Payload\'s GraphQL schema: one query per collection (`CaseStudies(locale: de, where: {...}) { docs { title } }`), ' +
          'the same access rules, tenant context (`X-Tenant`) and locale fallback as REST. Errors come as `errors` beside `data` (status 200).',
        tags: ['graphql'],
        parameters: [{ $ref: '#/components/parameters/tenant' }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['query'],
                properties: { query: { type: 'string' }, variables: { type: 'object', additionalProperties: true }, operationName: { type: 'string' } },
              },
              example: { query: '{ CaseStudies(locale: de) { docs { title } } }' },
            },
          },
        },
        responses: {
          '200': { description: 'The result (and any errors).', content: { 'application/json': { schema: graphqlResult }, 'application/graphql-response+json': { schema: graphqlResult } } },
          '400': { description: 'Not a GraphQL request (no query, invalid syntax).', content: { 'application/json': { schema: graphqlResult } } },
        },
      },
    },
    [`${api}${config.routes.graphQLPlayground}`]: {
      get: {
        operationId: 'graphqlPlayground',
        summary: 'GraphQL playground (HTML page)',
        tags: ['graphql'],
        security: [],
        responses: { '200': { description: 'The playground.', content: { 'text/html': { schema: { type: 'string' } } } } },
      },
    },
    '/health/live': {
      get: {
        operationId: 'healthLive',
        summary: 'The process is up',
        tags: ['health'],
        security: [],
        responses: { '200': { description: 'Serving.', content: { 'application/json': { schema: health } } } },
      },
    },
    '/health/ready': {
      get: {
        operationId: 'healthReady',
        summary: 'The database answers (within 2 s)',
        tags: ['health'],
        security: [],
        responses: {
          '200': { description: 'Ready.', content: { 'application/json': { schema: health } } },
          '503': { description: 'The database does not answer.', content: { 'application/json': { schema: health } } },
        },
      },
    },
  }
}
