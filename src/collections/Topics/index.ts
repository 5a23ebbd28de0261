import type { CollectionConfig } from 'payload'

import { anyone, superAdminOnly } from '../../access/common'
import { slugField } from '../../fields/slug'

/** The network-wide taxonomy: one list for every office. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'slug', 'updatedAt'] },
  defaultSort: 'slug',
  access: { read: anyone, create: superAdminOnly, update: superAdminOnly, delete: superAdminOnly },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ collection: 'topics', sourceField: 'name', tenantScoped: false, overrides: { unique: true } }),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
