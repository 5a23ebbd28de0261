import type { CollectionConfig } from 'payload'

import { superAdminField } from '../../access/common'
import { createUsers, deleteUsers, readUsers, updateUsers } from './access'
import { decideGlobalRoles, limitOfficeRows, requireLongPasswords } from './hooks'

/** The per-office rows `{tenant, roles, locales}` are added by the tenancy plugin. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    group: 'Administration',
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { secure: process.env.NODE_ENV === 'production' && !process.env.HUB_INSECURE_COOKIES, sameSite: 'Lax' },
  },
  access: {
    create: createUsers,
    read: readUsers,
    update: updateUsers,
    delete: deleteUsers,
  },
  hooks: {
    beforeOperation: [requireLongPasswords],
    beforeChange: [decideGlobalRoles, limitOfficeRows],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: [{ label: 'Super-admin', value: 'super-admin' }],
      saveToJWT: true,
      access: { create: superAdminField, update: superAdminField },
      admin: { position: 'sidebar', description: 'Network-wide role. Office roles are set per office below.' },
    },
  ],
}
