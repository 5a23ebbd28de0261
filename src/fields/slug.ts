import type { CollectionSlug, FieldHook, TextField, Validate, Where } from 'payload'

import { slugify } from './transliterate'
import { relationId } from '../access/ids'

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateSlugFormat(value: unknown): true | string {
  if (typeof value !== 'string' || !slugPattern.test(value)) {
    return 'Use lowercase letters a–z, digits and single hyphens only (for example "visionary-austria").'
  }
  return true
}

/** An empty slug is made from the title being written ("Österreich: Co-Creation" → "oesterreich-co-creation"). */
function generateFrom(sourceField: string): FieldHook {
  return ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) || undefined : value
  }
}

/** Two offices may share a slug; within one office (or network-wide collections) it is unique. */
function uniqueWithinTenant(collection: CollectionSlug, tenantScoped: boolean): Validate<string> {
  return async (value, { req, id, data }) => {
    const format = validateSlugFormat(value)
    if (format !== true) return format
    const tenant = relationId((data as { tenant?: unknown })?.tenant)
    const conditions: Where[] = [{ slug: { equals: value } }]
    if (tenantScoped) conditions.push(tenant ? { tenant: { equals: tenant } } : { tenant: { exists: false } })
    if (id) conditions.push({ id: { not_equals: id } })
    const clash = await req.payload.find({ collection, where: { and: conditions }, limit: 1, depth: 0, overrideAccess: true, req })
    return clash.totalDocs ? `The slug "${value}" is already used by another document of this office.` : true
  }
}

/** A URL-safe identifier, the same in every locale, generated from `sourceField` when left empty. */
export function slugField(options: {
  collection?: CollectionSlug
  sourceField?: string
  tenantScoped?: boolean
  overrides?: Partial<TextField>
} = {}): TextField {
  const { collection, sourceField = 'title', tenantScoped = true, overrides = {} } = options
  return {
    name: 'slug',
    type: 'text',
    index: true,
    required: true,
    validate: collection ? uniqueWithinTenant(collection, tenantScoped) : validateSlugFormat,
    hooks: { beforeValidate: [generateFrom(sourceField)] },
    admin: { position: 'sidebar', description: 'Leave empty to generate it from the title.' },
    ...overrides,
  } as TextField
}
