import type { CollectionSlug, FilterOptions, RelationshipField, UploadField, Where } from 'payload'

/** Tenant-scoped collections; each document carries `visibility` (tenant | network). */
export const sharedCollections: CollectionSlug[] = ['curricula', 'learning-formats', 'case-studies', 'organizations', 'media']

function relationId(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return value ? String(value) : undefined
}

/**
 * A document may point at documents of its own office, and at `network` documents of any
 * office. Payload checks these filters on every save (a 400 names the field) and the
 * admin's pickers offer only what passes them.
 */
export const sameTenantOrNetwork: FilterOptions = ({ data, relationTo }) => {
  const tenant = relationId((data as { tenant?: unknown })?.tenant)
  const own: Where = tenant ? { tenant: { equals: tenant } } : { id: { exists: false } }
  return sharedCollections.includes(relationTo) ? { or: [own, { visibility: { equals: 'network' } }] } : own
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
    ...overrides,
  } as RelationshipField
}

/** An upload from the office's media library, or a network-shared image. */
export function mediaField(name: string, overrides: Partial<UploadField> = {}): UploadField {
  return { name, type: 'upload', relationTo: 'media', filterOptions: sameTenantOrNetwork, ...overrides } as UploadField
}
