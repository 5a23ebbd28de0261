import type { CollectionConfig } from 'payload'

import { tenantContentAccess } from '../../access/tenantContent'
import { audienceSectors, textList } from '../../fields/lists'
import { positiveNumber } from '../../fields/numbers'
import { mediaField, tenantRelation } from '../../fields/relations'
import { contentHeader, contentVersions, deliveryIndexes } from '../../fields/contentHeader'
import { richTextField } from '../../fields/richText'
import { validateSessions } from './validate'
import { sourceText } from '../../fields/sourceText'

/** A programme: ordered sessions over months, each using learning formats. */
export const Curricula: CollectionConfig = {
  slug: 'curricula',
  labels: { singular: 'Curriculum', plural: 'Curricula' },
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'durationMonths', 'visibility', '_status', 'updatedAt'],
  },
  defaultSort: '-updatedAt',
  access: tenantContentAccess({ hasDrafts: true }),
  versions: contentVersions,
  indexes: deliveryIndexes,
  fields: [
    ...contentHeader('curricula'),
    richTextField('description'),
    {
      type: 'row',
      fields: [
        { name: 'audienceSectors', type: 'select', hasMany: true, options: audienceSectors },
        positiveNumber('durationMonths', { required: true }),
      ],
    },
    {
      name: 'sessions',
      type: 'array',
      labels: { singular: 'Session', plural: 'Sessions' },
      minRows: 1,
      validate: validateSessions,
      admin: { initCollapsed: true },
      fields: [
        sourceText('title'),
        { name: 'summary', type: 'textarea', localized: true },
        {
          type: 'row',
          fields: [
            positiveNumber('durationDays', { required: true, defaultValue: 2 }),
            {
              name: 'monthOffset',
              type: 'number',
              required: true,
              defaultValue: 0,
              validate: (value: number | null | undefined) =>
                typeof value === 'number' && Number.isInteger(value) && value >= 0 ? true : 'Must be a whole number of months from the start (0 or more).',
            },
          ],
        },
        textList('objectives', 'Objective', 'Objectives'),
        tenantRelation('formats', 'learning-formats'),
        mediaField('materials', { hasMany: true }),
      ],
    },
    textList('learningOutcomes', 'Learning outcome', 'Learning outcomes'),
    tenantRelation('caseStudies', 'case-studies'),
    mediaField('coverImage'),
  ],
}
