import type { CollectionConfig } from 'payload'

import { tenantContentAccess } from '../../access/tenantContent'
import { textList } from '../../fields/lists'
import { positiveNumber, requiredPositive } from '../../fields/numbers'
import { contentHeader, contentVersions, deliveryIndexes } from '../../fields/contentHeader'
import { richTextField } from '../../fields/richText'
import { validateGroupMax } from './validate'
import { sourceText } from '../../fields/sourceText'

export const formatKinds = [
  'co-creation-lab',
  'peer-learning-circle',
  'learning-journey',
  'study-visit',
  'masterclass',
  'design-sprint',
  'open-space',
  'action-learning',
  'other',
] as const

/** A reusable transnational learning format: what a session of a programme actually does. */
export const LearningFormats: CollectionConfig = {
  slug: 'learning-formats',
  labels: { singular: 'Learning format', plural: 'Learning formats' },
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'kind', 'visibility', '_status', 'updatedAt'],
  },
  defaultSort: '-updatedAt',
  access: tenantContentAccess({ hasDrafts: true }),
  versions: contentVersions,
  indexes: deliveryIndexes,
  fields: [
    ...contentHeader('learning-formats'),
    richTextField('description'),
    { name: 'kind', type: 'select', required: true, options: formatKinds.map((value) => ({ label: value, value })) },
    {
      name: 'duration',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', required: true, validate: requiredPositive },
            {
              name: 'unit',
              type: 'select',
              required: true,
              defaultValue: 'hours',
              options: ['minutes', 'hours', 'days'].map((value) => ({ label: value, value })),
            },
          ],
        },
      ],
    },
    {
      name: 'groupSize',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            positiveNumber('min', { required: true }),
            { name: 'max', type: 'number', required: true, validate: validateGroupMax },
          ],
        },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      labels: { singular: 'Step', plural: 'Steps' },
      admin: { initCollapsed: true },
      fields: [
        sourceText('title'),
        positiveNumber('minutes', { required: true }),
        richTextField('instructions'),
      ],
    },
    { name: 'materials', type: 'textarea', localized: true },
    textList('outcomes', 'Outcome', 'Outcomes'),
    richTextField('facilitatorNotes'),
  ],
}
