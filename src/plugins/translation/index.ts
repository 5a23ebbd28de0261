import type { CollectionSlug, Config, Plugin } from 'payload'

import { xliffExportEndpoint } from './exportEndpoint'

export type TranslationOptions = { collections: CollectionSlug[] }

/**
 * The translation workflow (issue 5). So far: XLIFF 2.1 / 1.2 export of one document; the import,
 * translation state, report and admin view build on the same `xliff/` core.
 */
export const translationPlugin =
  ({ collections }: TranslationOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collections.includes(collection.slug as CollectionSlug)
        ? { ...collection, endpoints: [...(collection.endpoints || []), xliffExportEndpoint(collection.slug as CollectionSlug)] }
        : collection,
    ),
  })
