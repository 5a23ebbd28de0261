/**
 * Adaptations (issue 6) as pure functions: which fields an adaptation owns, how its stored
 * document and its origin's merge, and which owned fields the origin changed since.
 *
 * The unit of overriding is a top-level field: a localized field per locale, a shared field
 * (numbers, selects, relations, arrays with all their rows) as a whole.
 */
import { createHash } from 'node:crypto'

import type { Field } from 'payload'

type Data = Record<string, unknown>

/** The stored `overrides`: for each owned field, a hash of the origin's value when it was overridden. */
export type Overrides = { shared: Record<string, string>; locales: Record<string, Record<string, string>> }

export type OriginChange = { field: string; locale?: string }

/** Fields that belong to the adaptation itself, never inherited. */
const ownFields = new Set(['id', 'tenant', 'slug', 'visibility', 'origin', 'overrides', 'inherited', 'originChanged', 'translation', 'translationState', '_status', 'createdAt', 'updatedAt'])

export type AdaptableField = { name: string; localized: boolean }

export function adaptableFields(fields: Field[]): AdaptableField[] {
  return fields.flatMap((field): AdaptableField[] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ name: tab.name, localized: false }] : adaptableFields(tab.fields)))
    if (!('name' in field) || !field.name) return 'fields' in field ? adaptableFields(field.fields) : []
    if (field.type === 'ui' || field.type === 'join' || ownFields.has(field.name) || (field as { virtual?: unknown }).virtual) return []
    return [{ name: field.name, localized: Boolean((field as { localized?: boolean }).localized) }]
  })
}

export function emptyOverrides(value?: unknown): Overrides {
  const stored = (value && typeof value === 'object' ? value : {}) as Partial<Overrides>
  return { shared: { ...(stored.shared ?? {}) }, locales: Object.fromEntries(Object.entries(stored.locales ?? {}).map(([locale, fields]) => [locale, { ...fields }])) }
}

/** Array row ids differ between an origin and its adaptation: compare values without them. */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Data)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, entry]) => [key, withoutRowIds(entry)]),
    )
  }
  return value ?? null
}

/** A stable hash of a field's value (row ids and key order ignored; empty is null). */
export function valueHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(withoutRowIds(value))).digest('base64url').slice(0, 16)
}

export function sameValue(a: unknown, b: unknown): boolean {
  return valueHash(a) === valueHash(b)
}

export function isOverridden(overrides: Overrides, field: AdaptableField, locale: string): boolean {
  return field.localized ? Boolean(overrides.locales[locale]?.[field.name]) : Boolean(overrides.shared[field.name])
}

/**
 * The adaptation as delivered: a document with `locale: 'all'` values (as Payload's database layer
 * returns it, before locales are flattened), owned fields from `stored`, every other field from
 * `origin`, per locale for localized fields.
 */
export function mergeWithOrigin(fields: AdaptableField[], stored: Data, origin: Data, overrides: Overrides): Data {
  const merged: Data = { ...stored }
  for (const field of fields) {
    if (!field.localized) {
      if (!overrides.shared[field.name]) merged[field.name] = origin[field.name]
      continue
    }
    const own = (stored[field.name] ?? {}) as Record<string, unknown>
    const inherited = (origin[field.name] ?? {}) as Record<string, unknown>
    const locales = new Set([...Object.keys(own), ...Object.keys(inherited)])
    merged[field.name] = Object.fromEntries([...locales].map((locale) => [locale, overrides.locales[locale]?.[field.name] ? own[locale] : inherited[locale]]))
  }
  return merged
}

/** `{ field: true }` for each field the request's locale inherits from the origin. */
export function inheritedMap(fields: AdaptableField[], overrides: Overrides, locale: string): Record<string, boolean> {
  return Object.fromEntries(fields.map((field) => [field.name, !isOverridden(overrides, field, locale)]))
}

/** Owned fields whose origin value changed since they were overridden (the origin's locale-all document). */
export function originChanges(fields: AdaptableField[], origin: Data, overrides: Overrides): OriginChange[] {
  const changes: OriginChange[] = []
  for (const field of fields) {
    if (!field.localized) {
      const baseline = overrides.shared[field.name]
      if (baseline && baseline !== valueHash(origin[field.name])) changes.push({ field: field.name })
      continue
    }
    for (const [locale, owned] of Object.entries(overrides.locales)) {
      const baseline = owned[field.name]
      const value = ((origin[field.name] ?? {}) as Record<string, unknown>)[locale]
      if (baseline && baseline !== valueHash(value)) changes.push({ field: field.name, locale })
    }
  }
  return changes
}
