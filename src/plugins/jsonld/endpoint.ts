import type { CollectionSlug, Endpoint, PopulateType } from 'payload'

import { announceLocale, readForExport } from '../../access/exportRead'
import type { BuildContext, JsonLdNode } from './nodes'

/** How one collection becomes JSON-LD: what to read (depth, populated fields) and how to map it. */
export type JsonLdMapping = {
  depth: number
  populate?: PopulateType
  build: (doc: never, context: BuildContext) => JsonLdNode | Promise<JsonLdNode>
}

/**
 * `GET /api/<collection>/<id>/jsonld[?locale=<code>][&draft=true]`: the document as schema.org
 * JSON-LD, read with the caller's own access (404 when unreadable), in the requested locale with
 * the office's default locale as the fallback (`Content-Language` says which was served).
 */
export function jsonLdEndpoint(collection: CollectionSlug, mapping: JsonLdMapping): Endpoint {
  return {
    path: '/:id/jsonld',
    method: 'get',
    handler: async (req) => {
      const { doc, office, locale } = await readForExport(req, collection, { depth: mapping.depth, populate: mapping.populate })
      const serverUrl = (req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin).replace(/\/$/, '')
      const body = await mapping.build(doc as never, { req, office, locale, serverUrl })
      announceLocale(req, locale)
      return new Response(JSON.stringify({ '@context': 'https://schema.org', ...body }), {
        headers: { 'content-type': 'application/ld+json; charset=utf-8' },
      })
    },
  }
}
