import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Config, Plugin } from 'payload'

import { isSuperAdmin, tenantRoles } from '../../access/roles'
import { hubLocales } from '../../config/locales'
import type { Config as HubTypes } from '../../../payload-types'

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

/**
 * Offices as tenants. Payload's multi-tenant plugin scopes the admin panel and adds the
 * `tenant` field; the hub's own delivery-side rules (public API) live in the access layer.
 */
export const tenancyPlugin =
  ({ tenantScoped }: TenancyOptions): Plugin =>
  (config: Config): Config =>
    multiTenantPlugin<HubTypes>({
      tenantsSlug: 'tenants',
      // Offices are publicly readable; the hub's Tenants access functions decide who writes.
      useTenantsCollectionAccess: false,
      userHasAccessToAllTenants: (user) => isSuperAdmin(user),
      tenantsArrayField: {
        includeDefaultField: true,
        rowFields: userTenantRowFields,
      },
      collections: Object.fromEntries(tenantScoped.map((slug) => [slug, {}])),
    })(config)
