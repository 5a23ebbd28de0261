import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { isSuperAdmin, tenantIdsWithRole } from '../../access/roles'

/**
 * The global `roles` come from the server, never from a request body: the very first
 * user of an empty hub becomes super-admin, and later only a super-admin may change roles.
 */
export const decideGlobalRoles: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (isSuperAdmin(req.user)) return data
  if (operation === 'create') {
    const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req })
    return { ...data, roles: existing.totalDocs === 0 ? ['super-admin'] : [] }
  }
  return { ...data, roles: originalDoc?.roles ?? [] }
}

type TenantRow = { tenant?: unknown; roles?: string[]; locales?: string[] }

function rowTenant(row: TenantRow): string | undefined {
  const value = row.tenant
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return value ? String(value) : undefined
}

/**
 * Office-admins grant and change roles only in offices they administer; rows of other
 * offices stay as they were, whatever the request says.
 */
export const limitOfficeRows: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || isSuperAdmin(req.user) || !('tenants' in data)) return data
  const adminOf = new Set(tenantIdsWithRole(req.user, ['office-admin']))
  const incoming = ((data.tenants ?? []) as TenantRow[]).filter((row) => adminOf.has(rowTenant(row) ?? ''))
  const kept = ((originalDoc?.tenants ?? []) as TenantRow[]).filter((row) => !adminOf.has(rowTenant(row) ?? ''))
  return { ...data, tenants: [...kept, ...incoming] }
}

export const minPasswordLength = 12

/** Passwords of at least 12 characters, on every path that sets one (create, update, reset). */
export const requireLongPasswords: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  // Payload hashes whatever it gets: a number crashed the hashing (a 500, found by the request fuzzer).
  if (password !== undefined && password !== null && typeof password !== 'string') {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: 'The password must be text.' }] })
  }
  if (typeof password === 'string' && password.length < minPasswordLength) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: `Use at least ${minPasswordLength} characters.` }],
    })
  }
  return args
}
