import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { articleOf } from './article'
import { courseOf } from './course'
import { jsonLdEndpoint, type JsonLdMapping } from './endpoint'
import { learningResourceOf } from './learningResource'

export type JsonLdOptions = {
  /** `courseMode` of every curriculum's course instance (schema.org: "onsite", "online", "blended"). */
  courseMode?: string
}

// Only the fields each mapping uses are populated: a curriculum's case studies are read for their topics.
const officeFields = { name: true, slug: true, domains: true, office: true } as const
const mediaFields = { url: true, filename: true, alt: true } as const

function mappings({ courseMode = 'onsite' }: JsonLdOptions): Partial<Record<CollectionSlug, JsonLdMapping>> {
  return {
    curricula: {
      depth: 2,
      populate: { tenants: officeFields, media: mediaFields, 'case-studies': { topics: true }, 'learning-formats': { title: true } },
      build: (doc, context) => courseOf(doc, context, courseMode),
    },
    'learning-formats': { depth: 1, populate: { tenants: officeFields }, build: learningResourceOf },
    'case-studies': {
      depth: 1,
      populate: { tenants: officeFields, media: mediaFields, organizations: { name: true, website: true, description: true } },
      build: articleOf,
    },
  }
}

function withJsonLd(collection: CollectionConfig, mapping: JsonLdMapping): CollectionConfig {
  return { ...collection, endpoints: [...(collection.endpoints || []), jsonLdEndpoint(collection.slug as CollectionSlug, mapping)] }
}

/**
 * schema.org structured data (issue 7): `GET /api/<collection>/<id>/jsonld` for curricula
 * (`Course`), learning formats (`LearningResource`) and case studies (`Article`).
 */
export const jsonLdPlugin =
  (options: JsonLdOptions = {}): Plugin =>
  (config: Config): Config => {
    const byCollection = mappings(options)
    return {
      ...config,
      collections: config.collections?.map((collection) => {
        const mapping = byCollection[collection.slug as CollectionSlug]
        return mapping ? withJsonLd(collection, mapping) : collection
      }),
    }
  }
