import { APIError, type Access, type CollectionConfig, type Where } from 'payload'

import { isSuperAdmin, tenantIdsWithRole } from '../../access/roles'

export const auditSlug = 'audit-log'

export const auditOperations = ['create', 'update', 'delete', 'login-failed'] as const

/** Super-admins read every entry; office-admins their offices' entries; nobody else any. */
const readAudit: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const adminOf = tenantIdsWithRole(req.user, ['office-admin'])
  return adminOf.length ? ({ tenant: { in: adminOf } } satisfies Where) : false
}

const nobody: Access = () => false

/** Append-only, for the Local API too: an entry is never changed or removed once written. */
function refuse(what: string) {
  return () => {
    throw new APIError(`Audit log entries cannot be ${what}.`, 403, null, true)
  }
}

/**
 * Who did what, when, where: every write and every failed login, with the changed field paths
 * (never their values, so no secret ends up here). Written by the audit plugin's hooks only.
 */
export const AuditLog: CollectionConfig = {
  slug: auditSlug,
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: { useAsTitle: 'summary', group: 'Administration', defaultColumns: ['at', 'who', 'operation', 'collection', 'documentId', 'tenant'] },
  defaultSort: '-at',
  access: { read: readAudit, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [({ operation, data }) => (operation === 'update' ? refuse('changed')() : data)],
    beforeDelete: [refuse('deleted')],
  },
  timestamps: false,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } } },
    { name: 'operation', type: 'select', required: true, index: true, options: auditOperations.map((value) => ({ label: value, value })) },
    { name: 'who', type: 'text', admin: { description: 'E-mail of the person, name of the API key, or "system".' } },
    { name: 'userId', type: 'text' },
    { name: 'userCollection', type: 'text' },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', index: true },
    { name: 'collection', type: 'text', index: true },
    { name: 'documentId', type: 'text', index: true },
    { name: 'locale', type: 'text' },
    { name: 'changedFields', type: 'json', admin: { description: 'Field paths the write changed (values are never recorded).' } },
    { name: 'ip', type: 'text' },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
}
