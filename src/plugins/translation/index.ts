import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { trackTranslation, translationFields } from './fields'
import { translationReportEndpoint } from './report'
import { xliffBulkExportEndpoint, xliffBulkImportEndpoint, xliffExportEndpoint, xliffImportEndpoint } from './xliffEndpoints'

export type TranslationOptions = { collections: CollectionSlug[] }

/** A translatable collection: per-locale translation state, kept by a hook, and XLIFF in and out per document. */
function withTranslation(collection: CollectionConfig, translatable: CollectionSlug[]): CollectionConfig {
  const slug = collection.slug as CollectionSlug
  return {
    ...collection,
    fields: [...collection.fields, ...translationFields],
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), trackTranslation] },
    endpoints: [...(collection.endpoints || []), xliffExportEndpoint(slug), xliffImportEndpoint(slug, translatable)],
  }
}

/**
 * The translation workflow (issue 5): translation state per document and locale with outdated
 * detection, a report per office, and XLIFF 2.1 / 1.2 export and import (xliff/ is the format core).
 */
export const translationPlugin =
  ({ collections }: TranslationOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collections.includes(collection.slug as CollectionSlug) ? withTranslation(collection, collections) : collection,
    ),
    endpoints: [
      ...(config.endpoints ?? []),
      translationReportEndpoint(collections),
      xliffBulkExportEndpoint(collections),
      xliffBulkImportEndpoint(collections),
    ],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        views: {
          ...config.admin?.components?.views,
          // The report as a matrix for the admin's office; the view gets the collections as a prop.
          translations: {
            Component: { path: '/src/plugins/translation/admin/TranslationsView#TranslationsView', serverProps: { translatable: collections } },
            path: '/translations',
          },
        },
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/src/plugins/translation/admin/TranslationsNavLink#TranslationsNavLink'],
      },
    },
  })
