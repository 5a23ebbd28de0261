import type { Field, FieldAccess } from 'payload'

import { editorRoles, isSuperAdmin, tenantIdsWithRole } from '../../access/roles'
import { relationId } from '../../access/ids'

/** Non-localized fields (slugs, numbers, relations, enums) change only by editors and office-admins. */
export const editorsOnly: FieldAccess = ({ req, doc, data }) => {
  if (!req.user || isSuperAdmin(req.user)) return true
  const tenant = relationId(doc?.tenant ?? data?.tenant)
  return tenant ? tenantIdsWithRole(req.user, editorRoles).includes(tenant) : true
}

const containers = new Set(['array', 'group', 'row', 'collapsible', 'tabs', 'blocks'])

/** Adds `editorsOnly` update access to every non-localized leaf field (so a translator's save keeps them). */
export function protectSharedFields(fields: Field[], insideLocalized = false): Field[] {
  return fields.map((field) => {
    const localized = insideLocalized || Boolean((field as { localized?: boolean }).localized)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: protectSharedFields(tab.fields, localized) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: protectSharedFields(field.fields, localized) } as Field
    if (containers.has(field.type) || localized || field.type === 'ui' || !('name' in field)) return field
    if (field.name === 'tenant') return field
    return { ...field, access: { ...field.access, update: field.access?.update ?? editorsOnly } } as Field
  })
}
