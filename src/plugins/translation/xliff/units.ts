/**
 * Documents <-> translation units. A unit is one localized text, textarea or rich text field of
 * one document, addressed by its path with array rows named by row id (`sessions.<rowId>.title`),
 * so a unit keeps pointing at the same row however rows are reordered.
 *
 * Arrays and groups are expected to be shared across locales (not `localized` themselves), as in
 * the hub's collections: their rows keep their ids in every locale.
 */
import type { Field } from 'payload'

import { XliffError } from './errors'
import { codesOf, escapeText, tokenize } from './markup'
import { isRichText, rebuildRichText, richTextSegments } from './richText'
import type { Unit } from './types'

type Data = Record<string, unknown>

/** A field that holds a value under its name (presentational fields are flattened away). */
type DataField = { name: string; type: string; localized?: boolean; fields?: Field[] }

const translatableTypes = new Set(['text', 'textarea', 'richText'])

/** The fields that hold data at this level: rows, collapsibles, unnamed groups and unnamed tabs only arrange them. */
function dataFields(fields: Field[]): DataField[] {
  return fields.flatMap((field): DataField[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ name: tab.name, type: 'group', fields: tab.fields }] : dataFields(tab.fields)))
    }
    if (field.type === 'ui' || field.type === 'join') return []
    if (!('name' in field) || !field.name) return 'fields' in field ? dataFields(field.fields) : []
    return [field as DataField]
  })
}

function isTranslatable(field: DataField): boolean {
  return Boolean(field.localized) && translatableTypes.has(field.type)
}

function holdsTranslatable(fields: Field[] = []): boolean {
  return dataFields(fields).some((field) => isTranslatable(field) || holdsTranslatable(field.fields))
}

function asData(value: unknown): Data {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {}
}

function rowsOf(value: unknown, path: string): (Data & { id: string })[] {
  return (Array.isArray(value) ? value : []).map((row: Data) => {
    if (typeof row?.id !== 'string' && typeof row?.id !== 'number') throw new Error(`A row of ${path} has no id; read documents at depth 0 through Payload.`)
    return { ...row, id: String(row.id) }
  })
}

function unitOf(field: DataField, value: unknown, id: string): Unit | undefined {
  if (field.type === 'richText') {
    if (!isRichText(value)) return undefined
    const { segments, codes } = richTextSegments(value)
    return segments.length ? { id, segments, codes } : undefined
  }
  return typeof value === 'string' && value.trim() ? { id, segments: [{ id: 's1', source: escapeText(value) }] } : undefined
}

function collectUnits(fields: Field[], data: Data, prefix: string, units: Unit[]): void {
  for (const field of dataFields(fields)) {
    const path = prefix + field.name
    const value = data[field.name]
    if (field.type === 'group') collectUnits(field.fields ?? [], asData(value), `${path}.`, units)
    else if (field.type === 'array') for (const row of rowsOf(value, path)) collectUnits(field.fields ?? [], row, `${path}.${row.id}.`, units)
    else if (isTranslatable(field)) {
      const unit = unitOf(field, value, path)
      if (unit) units.push(unit)
    }
  }
}

/** One unit per non-empty localized text, textarea and rich text field of `doc` (read in one locale, depth 0). */
export function extractUnits(fields: Field[], doc: Data): Unit[] {
  const units: Unit[] = []
  collectUnits(fields, doc, '', units)
  return units
}

/** A plain text field's translation: its segments' targets, which must not carry inline codes. */
function plainTarget(unit: Unit): string {
  return unit.segments
    .map((segment) => {
      if (segment.target === undefined) throw new XliffError(`Unit ${unit.id} has no translation for segment ${segment.id}.`)
      return tokenize(segment.target)
        .map((token) => {
          if (token.kind !== 'text') throw new XliffError(`Unit ${unit.id} is plain text; its translation must not contain inline codes.`)
          return token.text
        })
        .join('')
    })
    .join('')
}

function translatedValue(field: DataField, source: unknown, target: unknown, unit: Unit | undefined): unknown {
  if (!unit || !isTranslatable(field)) return target
  if (field.type !== 'richText') return plainTarget(unit)
  if (!isRichText(source)) throw new XliffError(`Unit ${unit.id} has no rich text in the source to rebuild.`)
  return rebuildRichText(source, unit.segments, unit.id)
}

/**
 * The data of one level for the target locale. Translatable fields take their unit's translation
 * (or keep the target's value); `whole` levels (inside arrays and groups) also carry their shared
 * values unchanged, because Payload writes an array's rows as given.
 */
function mergeLevel(fields: Field[], source: Data, target: Data, prefix: string, units: Map<string, Unit>, whole: boolean): Data {
  const merged: Data = {}
  for (const field of dataFields(fields)) {
    const path = prefix + field.name
    const [sourceValue, targetValue] = [source[field.name], target[field.name]]
    const container = field.type === 'group' || field.type === 'array'
    if (container && !whole && !holdsTranslatable(field.fields)) continue
    if (field.type === 'group') {
      merged[field.name] = mergeLevel(field.fields ?? [], asData(sourceValue), asData(targetValue), `${path}.`, units, true)
    } else if (field.type === 'array') {
      const targetRows = new Map(rowsOf(targetValue, path).map((row) => [row.id, row]))
      merged[field.name] = rowsOf(sourceValue, path).map((row) => ({
        id: row.id,
        ...mergeLevel(field.fields ?? [], row, targetRows.get(row.id) ?? {}, `${path}.${row.id}.`, units, true),
      }))
    } else if (field.localized) {
      merged[field.name] = translatedValue(field, sourceValue, targetValue, units.get(path))
    } else if (whole) {
      merged[field.name] = sourceValue
    }
  }
  return merged
}

/**
 * The data to write for the target locale: every localized field with its translation from
 * `units` (or its current target value), arrays with the source's rows and row ids, shared values
 * untouched. Read `targetDoc` without fallback locale, or source text would be written back as a
 * translation. Pass only units that compareUnits accepted.
 */
export function applyUnits(fields: Field[], sourceDoc: Data, targetDoc: Data, units: Unit[]): Data {
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  return mergeLevel(fields, structuredClone(sourceDoc), structuredClone(targetDoc), '', byId, false)
}

/**
 * Whether `target` (extracted from the target locale) still has the shape of `source`: the same
 * segments, each with the same inline codes, numbered alike and looking alike (so a link moved
 * before a bold word, which swaps their numbers, does not count as the same shape).
 */
function sameShape(source: Unit, target: Unit): boolean {
  const sameCodes = (a: string, b: string) => codesOf(a).sort().join() === codesOf(b).sort().join()
  const describe = (unit: Unit) => JSON.stringify(Object.entries(unit.codes ?? {}).sort(([a], [b]) => a.localeCompare(b)))
  return (
    source.segments.length === target.segments.length &&
    source.segments.every((segment, index) => segment.id === target.segments[index].id && sameCodes(segment.source, target.segments[index].source)) &&
    describe(source) === describe(target)
  )
}

/**
 * `sourceUnits` with the target locale's current text as targets (for export, and to tell an
 * unchanged import). A unit whose target no longer has the source's shape goes without targets.
 */
export function withTargets(sourceUnits: Unit[], targetUnits: Unit[]): Unit[] {
  const targets = new Map(targetUnits.map((unit) => [unit.id, unit]))
  return sourceUnits.map((unit) => {
    const target = targets.get(unit.id)
    if (!target || !sameShape(unit, target)) return unit
    return { ...unit, segments: unit.segments.map((segment, index) => ({ ...segment, target: target.segments[index].source })) }
  })
}
