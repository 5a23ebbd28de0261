import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { CollectionConfig, Config, Field, FieldAccess, Plugin } from 'payload'

import { isSuperAdmin, tenantIdsWithRole, tenantRoles } from '../../access/roles'
import { hubLocales } from '../../config/locales'
import type { Config as HubTypes } from '../../../payload-types'
import { rememberStoredRelations } from '../../fields/relations'
import { protectSharedFields } from './fieldAccess'
import { checkCredentials } from './hooks/checkCredentials'
import { deliveryLocale } from './hooks/deliveryLocale'
import { hideUnreadableRelations } from './hooks/hideUnreadableRelations'
import { enforceWriteLimits } from './hooks/writeLimits'

export type TenancyOptions = {
  /** Collections whose documents belong to one office. */
  tenantScoped: string[]
}

const userTenantRowFields = [
  {
    name: 'roles',
    type: 'select' as const,
    hasMany: true,
    required: true,
    defaultValue: ['viewer'],
    options: tenantRoles.map((role) => ({ label: role, value: role })),
  },
  {
    name: 'locales',
    type: 'select' as const,
    hasMany: true,
    options: hubLocales.map(({ code, label }) => ({ label: `${label} (${code})`, value: code })),
    admin: { description: 'Locales a translator may write in this office.' },
  },
]

const managesPeople: FieldAccess = ({ req }) =>
  isSuperAdmin(req.user) || tenantIdsWithRole(req.user, ['office-admin']).length > 0

/**
 * The plugin narrows every relationship picker of a tenant-scoped collection to the selected
 * office. Hub relations may also point at `network` documents of other offices, so fields that
 * carry their own filter (`custom.hubFilterOptions`, see fields/relations) get it back.
 */
function restoreHubFilters(fields: Field[]): Field[] {
  return fields.map((field) => {
    const hubFilter = (field as { custom?: { hubFilterOptions?: unknown } }).custom?.hubFilterOptions
    if (hubFilter && field.type === 'relationship') return { ...field, filterOptions: hubFilter } as Field
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: restoreHubFilters(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: restoreHubFilters(tab.fields) })) }
    return field
  })
}

function withHubFilters(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: restoreHubFilters(collection.fields) }
}

/**
 * Every collection: credentials and the tenant context are checked before any operation, and
 * relations to documents the caller may not read are hidden.
 */
function withCredentialChecks(collection: CollectionConfig, tenantScoped: string[]): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [checkCredentials, ...(hooks.beforeOperation ?? [])],
      afterRead: [...(hooks.afterRead ?? []), hideUnreadableRelations(tenantScoped)],
    },
  }
}

/** An office's content: delivery locale fallback, write limits, translator field limits. */
function withContentRules(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: protectSharedFields(collection.fields),
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), deliveryLocale],
      beforeValidate: [rememberStoredRelations, ...(hooks.beforeValidate ?? [])],
      beforeChange: [enforceWriteLimits, ...(hooks.beforeChange ?? [])],
    },
  }
}

/**
 * Offices as tenants. Payload's multi-tenant plugin scopes the admin panel and adds the
 * `tenant` field; the hub's own delivery-side rules (public API) live in the access layer.
 */
export const tenancyPlugin =
  ({ tenantScoped }: TenancyOptions): Plugin =>
  (config: Config): Config => {
    const scoped = multiTenantPlugin<HubTypes>({
      tenantsSlug: 'tenants',
      // Offices are publicly readable; the hub's Tenants access functions decide who writes.
      useTenantsCollectionAccess: false,
      userHasAccessToAllTenants: (user) => isSuperAdmin(user),
      tenantsArrayField: {
        includeDefaultField: true,
        rowFields: userTenantRowFields,
        // Office-admins edit the rows of their offices (Users hook limitOfficeRows keeps the rest).
        arrayFieldAccess: { create: managesPeople, update: managesPeople },
      },
      // The hub's own access functions (access/content.ts) decide reads and writes: the
      // plugin's would hide other offices' network documents from signed-in people.
      collections: Object.fromEntries(tenantScoped.map((slug) => [slug, { useTenantAccess: false }])),
    })(config)
    const collections = scoped.collections?.map((collection) => {
      const scopedCollection = tenantScoped.includes(collection.slug) ? withContentRules(withHubFilters(collection)) : collection
      return withCredentialChecks(scopedCollection, tenantScoped)
    })
    return { ...scoped, collections }
  }
