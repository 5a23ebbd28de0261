import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { slugField } from './slug'
import { sourceText } from './sourceText'
import { visibilityField } from './visibility'

/** What every curriculum, format and case study starts with: title, slug, visibility, summary. */
export function contentHeader(collection: CollectionSlug): Field[] {
  return [
    sourceText('title'),
    slugField({ collection }),
    visibilityField,
    { name: 'summary', type: 'textarea', localized: true },
  ]
}

/** Drafts with autosave in the admin, and a version history per document. */
export const contentVersions: CollectionConfig['versions'] = { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 }

/**
 * Delivery lists filter by office and published status and sort by the last change (the default
 * sort): one index serves that query at any size (single-column indexes exist for each field too).
 * Every reader also sees published `network` documents: `visibility = network and _status =
 * published` is one side of each read's `or`, and the whole query for readers without an office.
 * Its own index makes that side an index range (counts became seven times faster in `npm run
 * bench`). Not with `updatedAt` as a third column: SQLite then took 20 times longer for the page
 * of documents itself (measured at 5,000 case studies).
 */
export const deliveryIndexes: CollectionConfig['indexes'] = [{ fields: ['tenant', '_status', 'updatedAt'] }, { fields: ['visibility', '_status'] }]
