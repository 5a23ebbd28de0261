import { errorResponse, param } from './components'
import type { EndpointDocs, Parameter } from './types'

/**
 * Descriptions of the hub's custom endpoints that do not describe themselves
 * (`endpoint.custom.openapi`). They document the URL contracts of other plugins without
 * reaching into them; an endpoint not listed here still appears, with a generic description.
 */
export type KnownEndpoint = {
  /** `root` (`/api/<path>`), any collection (`*`), or the collections named. */
  scope: 'root' | '*' | string[]
  method: string
  path: string
  docs: EndpointDocs
}

const query = (name: string, description: string, schema: Parameter['schema'] = { type: 'string' }, required = false): Parameter => ({
  name,
  in: 'query',
  description,
  required,
  schema,
})

const xliffBody = {
  required: true,
  description: 'An XLIFF 1.2 or 2.x document: the raw body, or the `file` part of a multipart form. At most 5 MB; no DOCTYPE or entity declarations.',
  content: {
    'application/xliff+xml': { schema: { type: 'string' } },
    'application/xml': { schema: { type: 'string' } },
    'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'application/xliff+xml' } } } },
  },
}

const importResult = {
  description: 'What was written: units updated, unchanged, skipped as outdated (their source changed since the export), rejected; per file.',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          updated: { type: 'integer' },
          unchanged: { type: 'integer' },
          outdated: { type: 'integer' },
          rejected: { type: 'integer' },
          files: { type: 'array', items: { type: 'object', additionalProperties: true } },
        },
      },
    },
  },
}

const xliffFile = { description: 'The XLIFF document (a download).', content: { 'application/xliff+xml': { schema: { type: 'string' } } } }
const target = query('target', 'The locale to translate into (one of the office\'s locales).', { type: 'string' }, true)
const source = query('source', "The source locale; default: the office's default locale.")
const translatable = (description: string) => query('collection', description, { type: 'string' }, true)

export const knownEndpoints: KnownEndpoint[] = [
  {
    scope: 'root',
    method: 'get',
    path: '/translation-report',
    docs: {
      summary: "Translation report of the request's office",
      description: 'Per document per target locale: state, state label, completeness, outdated fields, last change; totals per locale. For people with a role in the office (name it with `X-Tenant` or call on an office domain).',
      tags: ['translation'],
      parameters: [
        param('tenant'),
        translatable('A translatable collection.'),
        query('locale', 'Only this target locale.'),
        query('state', 'Only documents in this state.', { type: 'string', enum: ['missing', 'in-progress', 'translated', 'approved', 'outdated'] }),
        query('id', 'Only this document.'),
      ],
      responses: {
        '200': { description: 'The report.', content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } } },
        '400': errorResponse('400'),
        '401': errorResponse('401'),
        '403': errorResponse('403'),
      },
    },
  },
  {
    scope: 'root',
    method: 'get',
    path: '/xliff',
    docs: {
      summary: "Export every document of the request's office as one multi-file XLIFF 2.1",
      tags: ['translation'],
      parameters: [param('tenant'), translatable('A translatable collection.'), target, source],
      responses: { '200': xliffFile, '400': errorResponse('400'), '401': errorResponse('401'), '403': errorResponse('403') },
    },
  },
  {
    scope: 'root',
    method: 'post',
    path: '/xliff',
    docs: {
      summary: 'Import a multi-file XLIFF into the target locale as drafts, all documents or none',
      tags: ['translation'],
      requestBody: xliffBody,
      responses: { '200': importResult, '400': errorResponse('400'), '401': errorResponse('401'), '403': errorResponse('403'), '404': errorResponse('404'), '413': errorResponse('413') },
    },
  },
  {
    scope: '*',
    method: 'get',
    path: '/:id/xliff',
    docs: {
      summary: "Export one document's localized fields as XLIFF",
      description: 'One unit per localized field path; rich text as one segment per block with inline codes; the target\'s current text as targets.',
      tags: ['translation'],
      parameters: [target, source, query('version', 'XLIFF version.', { type: 'string', enum: ['2.1', '1.2'], default: '2.1' })],
      responses: { '200': xliffFile, '400': errorResponse('400'), '401': errorResponse('401'), '404': errorResponse('404') },
    },
  },
  {
    scope: '*',
    method: 'post',
    path: '/:id/xliff',
    docs: {
      summary: "Import one document's translation (XLIFF 1.2 or 2.x) into the target locale as a draft",
      tags: ['translation'],
      requestBody: xliffBody,
      responses: { '200': importResult, '400': errorResponse('400'), '401': errorResponse('401'), '403': errorResponse('403'), '404': errorResponse('404'), '413': errorResponse('413') },
    },
  },
  {
    scope: '*',
    method: 'get',
    path: '/:id/jsonld',
    docs: {
      summary: 'The document as JSON-LD (schema.org)',
      tags: ['interop'],
      parameters: [param('tenant'), param('locale')],
      responses: {
        '200': { description: 'A JSON-LD document.', content: { 'application/ld+json': { schema: { type: 'object', additionalProperties: true } } } },
        '400': errorResponse('400'),
        '404': errorResponse('404'),
      },
    },
  },
  {
    scope: ['curricula'],
    method: 'get',
    path: '/:id/cartridge',
    docs: {
      summary: 'The curriculum as an IMS Common Cartridge package',
      tags: ['interop'],
      parameters: [param('tenant'), param('locale')],
      responses: {
        '200': { description: 'The cartridge (a zip file).', content: { 'application/zip': { schema: { type: 'string', contentMediaType: 'application/zip' } } } },
        '400': errorResponse('400'),
        '404': errorResponse('404'),
      },
    },
  },
  {
    scope: ['tenants'],
    method: 'get',
    path: '/populate-tenant-options',
    docs: { summary: 'The offices the signed-in user may pick in the admin panel', tags: ['tenants'] },
  },
  {
    scope: ['payload-preferences'],
    method: 'get',
    path: '/:key',
    docs: { summary: "Read one of the signed-in user's admin preferences", tags: ['payload-preferences'] },
  },
  {
    scope: ['payload-preferences'],
    method: 'post',
    path: '/:key',
    docs: { summary: "Save one of the signed-in user's admin preferences", tags: ['payload-preferences'] },
  },
  {
    scope: ['payload-preferences'],
    method: 'delete',
    path: '/:key',
    docs: { summary: "Delete one of the signed-in user's admin preferences", tags: ['payload-preferences'] },
  },
]

/** The description of a custom endpoint, when the hub knows it. */
export function knownDocs(scope: string | 'root', method: string, path: string): EndpointDocs | undefined {
  const applies = (entry: KnownEndpoint) =>
    entry.scope === 'root' ? scope === 'root' : scope !== 'root' && (entry.scope === '*' || entry.scope.includes(scope))
  return knownEndpoints.find((entry) => entry.method === method && entry.path === path && applies(entry))?.docs
}
