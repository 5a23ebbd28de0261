import type { Access } from 'payload'

import { isSuperAdmin } from './roles'

/**
 * Content reads before the tenancy rules: signed-in people read drafts (the multi-tenant
 * plugin narrows them to their offices), everyone else published documents only.
 */
export const readPublishedOrSignedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}

export const signedIn: Access = ({ req }) => Boolean(req.user)
export const superAdmin: Access = ({ req }) => isSuperAdmin(req.user)
