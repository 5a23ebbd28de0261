import type { CollectionConfig } from 'payload'

import { superAdminField } from '../../access/common'
import { createApiKey, manageApiKeys } from './access'
import { issueSecret, revealSecretOnce } from './hooks'

/**
 * A front end's credential: `Authorization: api-keys API-Key <secret>`. It reads for one office,
 * published content only (`published`) or drafts too (`preview`). No password login.
 */
export const ApiKeys: CollectionConfig = {
  slug: 'api-keys',
  labels: { singular: 'API key', plural: 'API keys' },
  admin: { useAsTitle: 'name', group: 'Administration', defaultColumns: ['name', 'tenant', 'scope', 'enabled', 'updatedAt'] },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  access: { read: manageApiKeys, create: createApiKey, update: manageApiKeys, delete: manageApiKeys },
  hooks: { beforeOperation: [issueSecret], afterRead: [revealSecretOnce] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'tenant',
      type: 'relationship',
      relationTo: 'tenants',
      required: true,
      index: true,
      // Moving a key to another office is issuing a new key.
      access: { update: superAdminField },
    },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'published',
      options: [
        { label: 'Published content', value: 'published' },
        { label: 'Preview (drafts too)', value: 'preview' },
      ],
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true },
  ],
}
