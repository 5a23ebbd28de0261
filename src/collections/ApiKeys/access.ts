import type { Access, Where } from 'payload'

import { isSuperAdmin, tenantIdsWithRole } from '../../access/roles'
import { relationId } from '../../access/ids'

/** Super-admins see every key; office-admins their offices' keys; nobody else any. */
export const manageApiKeys: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const adminOf = tenantIdsWithRole(req.user, ['office-admin'])
  return adminOf.length ? ({ tenant: { in: adminOf } } satisfies Where) : false
}

export const createApiKey: Access = ({ req, data }) => {
  if (isSuperAdmin(req.user)) return true
  const adminOf = tenantIdsWithRole(req.user, ['office-admin'])
  const tenant = relationId((data as { tenant?: unknown } | undefined)?.tenant)
  return tenant ? adminOf.includes(tenant) : adminOf.length > 0
}
