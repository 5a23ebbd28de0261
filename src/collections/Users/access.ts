import type { Access, Where } from 'payload'

import { isSuperAdmin, tenantIdsWithRole } from '../../access/roles'

/** Super-admins see everyone; office-admins the users of their offices; everyone else themselves. */
export const readUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (isSuperAdmin(req.user)) return true
  const self: Where = { id: { equals: req.user.id } }
  const adminOf = tenantIdsWithRole(req.user, ['office-admin'])
  return adminOf.length ? { or: [self, { 'tenants.tenant': { in: adminOf } }] } : self
}

export const createUsers: Access = ({ req }) =>
  isSuperAdmin(req.user) || tenantIdsWithRole(req.user, ['office-admin']).length > 0

export const updateUsers: Access = readUsers

export const deleteUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (isSuperAdmin(req.user)) return true
  const adminOf = tenantIdsWithRole(req.user, ['office-admin'])
  return adminOf.length ? { 'tenants.tenant': { in: adminOf } } : false
}
