import type { Access } from 'payload'

import { isSuperAdmin, tenantIdsWithRole } from '../../access/roles'

/** Super-admins see everyone; office-admins the users of their offices; everyone else themselves. */
export const readUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (isSuperAdmin(req.user)) return true
  const adminOf = tenantIdsWithRole(req.user, ['office-admin'])
  if (!adminOf.length) return { id: { equals: req.user.id } }
  return { or: [{ id: { equals: req.user.id } }, { 'tenants.tenant': { in: adminOf } }] }
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
