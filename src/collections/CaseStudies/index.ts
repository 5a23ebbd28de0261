import type { CollectionConfig } from 'payload'

import { tenantContentAccess } from '../../access/tenantContent'
import { countryField } from '../../fields/countries'
import { audienceSectors } from '../../fields/lists'
import { validateYear } from '../../fields/numbers'
import { mediaField, tenantRelation } from '../../fields/relations'
import { contentHeader, contentVersions, deliveryIndexes } from '../../fields/contentHeader'
import { richTextField } from '../../fields/richText'
import { sourceText } from '../../fields/sourceText'

/** What happened when sectors worked together: challenge, approach, outcome, partners, impact. */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: { singular: 'Case study', plural: 'Case studies' },
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'country', 'year', 'visibility', '_status', 'updatedAt'],
  },
  defaultSort: '-updatedAt',
  access: tenantContentAccess({ hasDrafts: true }),
  versions: contentVersions,
  indexes: deliveryIndexes,
  fields: [
    ...contentHeader('case-studies'),
    richTextField('challenge'),
    richTextField('approach'),
    richTextField('outcome'),
    {
      name: 'partners',
      type: 'array',
      labels: { singular: 'Partner', plural: 'Partners' },
      fields: [
        tenantRelation('organization', 'organizations', { hasMany: false, required: true }),
        { name: 'role', type: 'text', localized: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'sectors', type: 'select', hasMany: true, options: audienceSectors },
        countryField({ name: 'country' }),
        { name: 'year', type: 'number', validate: validateYear },
      ],
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    {
      name: 'impact',
      type: 'array',
      labels: { singular: 'Impact figure', plural: 'Impact figures' },
      fields: [
        {
          type: 'row',
          fields: [
            sourceText('label'),
            { name: 'value', type: 'number', required: true },
            { name: 'unit', type: 'text', localized: true },
          ],
        },
      ],
    },
    {
      name: 'quote',
      type: 'group',
      fields: [
        { name: 'text', type: 'textarea', localized: true },
        { name: 'author', type: 'text' },
      ],
    },
    mediaField('heroImage'),
    mediaField('gallery', { hasMany: true }),
    tenantRelation('relatedFormats', 'learning-formats'),
    tenantRelation('relatedCurricula', 'curricula'),
  ],
}
