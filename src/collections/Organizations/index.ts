import type { CollectionConfig } from 'payload'

import { tenantContentAccess } from '../../access/tenantContent'
import { countryField } from '../../fields/countries'
import { mediaField } from '../../fields/relations'
import { visibilityField } from '../../fields/visibility'
import { sourceText } from '../../fields/sourceText'

export const organizationSectors = [
  { label: 'Civil society', value: 'civil-society' },
  { label: 'Public sector', value: 'public-sector' },
  { label: 'Business', value: 'business' },
  { label: 'Philanthropy', value: 'philanthropy' },
  { label: 'Academia', value: 'academia' },
]

/** Partner organizations of an office (NGOs, companies, public bodies, foundations, universities). */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'sector', 'country', 'updatedAt'] },
  defaultSort: 'name',
  access: tenantContentAccess({ hasDrafts: false }),
  fields: [
    sourceText('name'),
    visibilityField,
    {
      type: 'row',
      fields: [
        { name: 'sector', type: 'select', required: true, options: organizationSectors },
        countryField({ name: 'country' }),
      ],
    },
    {
      name: 'website',
      type: 'text',
      validate: (value: string | null | undefined) =>
        !value || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value) ? true : 'Must be a web address starting with https://',
    },
    mediaField('logo'),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
