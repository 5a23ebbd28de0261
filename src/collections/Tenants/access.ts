import type { Access } from 'payload'

import { isSuperAdmin, tenantIdsWithRole } from '../../access/roles'

/** Offices are public: anonymous front ends read their public fields (name, slug, locales). */
export const readTenants: Access = () => true


/** Office-admins update their own office. */
export const updateTenant: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const ids = tenantIdsWithRole(req.user, ['office-admin'])
  return ids.length ? { id: { in: ids } } : false
}
