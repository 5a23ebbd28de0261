import type { CollectionBeforeChangeHook } from 'payload'

import { isSuperAdmin } from '../../access/roles'

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
