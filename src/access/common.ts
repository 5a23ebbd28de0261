import type { Access, FieldAccess } from 'payload'

import { isSuperAdmin } from './roles'

export const anyone: Access = () => true
export const superAdminOnly: Access = ({ req }) => isSuperAdmin(req.user)
export const superAdminField: FieldAccess = ({ req }) => isSuperAdmin(req.user)
