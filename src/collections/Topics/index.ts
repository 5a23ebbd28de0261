import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/common'
import { superAdmin } from '../../access/content'
import { slugField } from '../../fields/slug'

/** The network-wide taxonomy: one list for every office. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'slug', 'updatedAt'] },
  defaultSort: 'slug',
  access: { read: anyone, create: superAdmin, update: superAdmin, delete: superAdmin },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ collection: 'topics', sourceField: 'name', tenantScoped: false, overrides: { unique: true } }),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
