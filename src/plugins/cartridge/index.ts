import type { CollectionConfig, Config, Endpoint, Plugin } from 'payload'

import type { Curriculum } from '../../../payload-types'
import { announceLocale, readForExport } from '../../access/exportRead'
import { buildCartridge } from './build'

/**
 * `GET /api/curricula/<id>/cartridge[?locale=<code>][&draft=true]`: the curriculum as an IMS
 * Common Cartridge 1.3 (`.imscc`) for learning management systems, read with the caller's own
 * access (404 when unreadable; formats and media the caller may not read are left out).
 */
const cartridgeEndpoint: Endpoint = {
  path: '/:id/cartridge',
  method: 'get',
  handler: async (req) => {
    // Depth 2: the sessions' formats (1) and the uploads and links in their rich text (2).
    const { doc, locale } = await readForExport<Curriculum>(req, 'curricula', { depth: 2, populate: { tenants: { name: true }, 'case-studies': { title: true } } })
    const { filename, zip } = await buildCartridge(req, doc, locale)
    announceLocale(req, locale)
    return new Response(zip as unknown as BodyInit, {
      headers: { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${filename}"`, 'content-length': String(zip.byteLength) },
    })
  },
}

function withCartridge(collection: CollectionConfig): CollectionConfig {
  return { ...collection, endpoints: [...(collection.endpoints || []), cartridgeEndpoint] }
}

/** Course packages (issue 7): curricula as IMS Common Cartridge 1.3 for learning management systems. */
export const cartridgePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => (collection.slug === 'curricula' ? withCartridge(collection) : collection)),
  })
