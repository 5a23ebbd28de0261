import type { CollectionConfig } from 'payload'

import { hubLocales } from '../../config/locales'
import { countryField } from '../../fields/countries'
import { slugField } from '../../fields/slug'
import { superAdminOnly } from '../../access/common'
import { readTenants, updateTenant } from './access'
import { refuseWhileInUse } from './hooks'
import { validateDefaultLocale, validateDomains, validateTimezone } from './validate'

const localeOptions = hubLocales.map(({ code, label }) => ({ label: `${label} (${code})`, value: code }))

export const Tenants: CollectionConfig = {
  slug: 'tenants',
  labels: { singular: 'Office', plural: 'Offices' },
  admin: {
    useAsTitle: 'name',
    group: 'Administration',
    defaultColumns: ['name', 'slug', 'countries', 'defaultLocale', 'updatedAt'],
  },
  defaultSort: 'slug',
  hooks: { beforeDelete: [refuseWhileInUse] },
  access: {
    create: superAdminOnly,
    read: readTenants,
    update: updateTenant,
    delete: superAdminOnly,
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ sourceField: 'name', overrides: { unique: true } }),
    countryField({ name: 'countries', hasMany: true }),
    {
      name: 'domains',
      type: 'text',
      hasMany: true,
      validate: validateDomains,
      admin: { description: 'Hostnames of the office’s front ends; a request for one of them reads in this tenant’s context.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'locales',
          type: 'select',
          hasMany: true,
          required: true,
          options: localeOptions,
        },
        { name: 'defaultLocale', type: 'select', required: true, options: localeOptions, validate: validateDefaultLocale },
      ],
    },
    {
      name: 'office',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', localized: true },
        { name: 'address', type: 'textarea' },
        { name: 'city', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text' },
        { name: 'website', type: 'text' },
      ],
    },
    { name: 'timezone', type: 'text', defaultValue: 'UTC', validate: validateTimezone },
  ],
}
