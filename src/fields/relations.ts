import type { CollectionBeforeValidateHook, CollectionSlug, FilterOptions, RelationshipField, UploadField, Validate, Where } from 'payload'
import { relationId } from '../access/ids'

/** Tenant-scoped collections; each document carries `visibility` (tenant | network). */
export const sharedCollections: CollectionSlug[] = ['curricula', 'learning-formats', 'case-studies', 'organizations', 'media']

/**
 * A document may point at documents of its own office, and at `network` documents of any
 * office. Payload checks these filters on every save (a 400 names the field) and the
 * admin's pickers offer only what passes them.
 */
function selectableWhere(data: unknown, relationTo: string): Where {
  const tenant = relationId((data as { tenant?: unknown })?.tenant)
  const own: Where = tenant ? { tenant: { equals: tenant } } : { id: { exists: false } }
  return sharedCollections.includes(relationTo as CollectionSlug) ? { or: [own, { visibility: { equals: 'network' } }] } : own
}

/** What the admin's pickers offer. */
export const sameTenantOrNetwork: FilterOptions = ({ data, relationTo }) => selectableWhere(data, relationTo)

/**
 * What a save accepts: every newly added link must pass the same rule (400 naming the field).
 * A link saved earlier stays valid when its target is later un-shared: readers no longer see
 * it (hideUnreadableRelations), and the referring office can still save its document.
 */
function validateTenantRelation(relationTo: CollectionSlug, required: boolean): Validate {
  return async (value, { data, req }) => {
    const ids = (Array.isArray(value) ? value : value ? [value] : []).map(relationId).filter((id): id is string => Boolean(id))
    if (!ids.length) return required ? 'This field is required.' : true
    const stored = new Set((req.context as StoredRelations).hubStoredRelations ?? [])
    const added = ids.filter((id) => !stored.has(id))
    if (!added.length) return true
    const found = await req.payload.find({
      collection: relationTo,
      where: { and: [{ id: { in: added } }, selectableWhere(data, relationTo)] },
      depth: 0,
      limit: added.length,
      pagination: false,
      overrideAccess: true,
      req,
      select: {},
    })
    const valid = new Set(found.docs.map((doc) => String(doc.id)))
    const invalid = added.filter((id) => !valid.has(id))
    return invalid.length ? `Only documents of this office or shared with the network can be linked; not: ${invalid.join(', ')}.` : true
  }
}

type StoredRelations = { hubStoredRelations?: string[] }

/** Remembers every id the document linked to before this save (see sameTenantOrNetwork). */
export const rememberStoredRelations: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (originalDoc) {
    const ids = JSON.stringify(originalDoc).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24}/g) ?? []
    ;(req.context as StoredRelations).hubStoredRelations = [...new Set(ids)]
  }
  return data
}

/**
 * A relationship to tenant-scoped documents. The multi-tenant plugin would narrow every such
 * picker to the office alone; the tenancy plugin restores this filter, which admits `network`
 * documents too (see plugins/tenancy).
 */
export function tenantRelation(
  name: string,
  relationTo: CollectionSlug,
  overrides: Partial<RelationshipField> = {},
): RelationshipField {
  return {
    name,
    type: 'relationship',
    relationTo,
    hasMany: true,
    filterOptions: sameTenantOrNetwork,
    custom: { hubFilterOptions: sameTenantOrNetwork },
    validate: validateTenantRelation(relationTo, Boolean(overrides.required)),
    ...overrides,
  } as RelationshipField
}

/** An upload from the office's media library, or a network-shared image. */
export function mediaField(name: string, overrides: Partial<UploadField> = {}): UploadField {
  return {
    name,
    type: 'upload',
    relationTo: 'media',
    filterOptions: sameTenantOrNetwork,
    validate: validateTenantRelation('media', Boolean(overrides.required)),
    ...overrides,
  } as UploadField
}
