/**
 * Translation state per document and target locale (issue 5), as pure functions over units
 * (xliff/units.ts): what changed between two versions of one locale, how complete a target is,
 * and how a write moves each locale's record. The hook (hooks.ts) feeds them Payload's data.
 */
import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { extractUnits, type TranslationState, type Unit } from './xliff'

export const translationStates: TranslationState[] = ['missing', 'in-progress', 'translated', 'approved', 'outdated']

/** One target locale's record, stored in the document (and so in each of its versions). */
export type LocaleRecord = {
  state: TranslationState
  /** Field paths whose source changed since the locale was translated, not yet edited in it. */
  outdatedFields: string[]
  updatedAt?: string
  updatedBy?: string
}

/** The stored `translation` field: the source locale at the last write, and one record per target. */
export type TranslationRecords = { sourceLocale?: string; locales: Record<string, LocaleRecord> }

type Data = Record<string, unknown>

/** A unit's identity for change detection: a hash of its source markup, and its block count. */
export type Fingerprint = Record<string, { hash: string; blocks: number }>

export function fingerprint(units: Unit[]): Fingerprint {
  return Object.fromEntries(
    units.map((unit) => {
      const text = unit.segments.map((segment) => `${segment.id}\u0000${segment.source}`).join('\u0001')
      return [unit.id, { hash: createHash('sha1').update(text).digest('base64url').slice(0, 16), blocks: unit.segments.length }]
    }),
  )
}

/** Paths that are new or different in `after` (a field emptied or removed is no work for a translator). */
export function changedPaths(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after).filter((path) => before[path]?.hash !== after[path].hash)
}

/**
 * The share of the source's non-empty localized fields that have a target value, rich text
 * counted by text blocks (a rich text field of 4 blocks with 2 translated counts 2 of 4).
 */
export function completeness(source: Fingerprint, target: Fingerprint): number {
  let total = 0
  let done = 0
  for (const [path, { blocks }] of Object.entries(source)) {
    total += blocks
    done += Math.min(blocks, target[path]?.blocks ?? 0)
  }
  return total ? Math.round((done / total) * 1000) / 1000 : 1
}

// ---- one locale's data ----

type DataField = { name: string; type: string; localized?: boolean; fields?: Field[]; tabs?: { name?: string; fields: Field[] }[] }

function dataFields(fields: Field[]): DataField[] {
  return fields.flatMap((field): DataField[] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ name: tab.name, type: 'group', fields: tab.fields }] : dataFields(tab.fields)))
    if (!('name' in field) || !field.name) return 'fields' in field ? dataFields(field.fields) : []
    return [field as DataField]
  })
}

function asData(value: unknown): Data {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {}
}

function rows(value: unknown): Data[] {
  return Array.isArray(value) ? value.filter((row) => row && typeof row === 'object') : []
}

/** Rows keep their id; a row not saved yet gets a stand-in, so its fields still count. */
function rowId(row: Data, index: number): string {
  return row.id === undefined || row.id === null ? `new-${index}` : String(row.id)
}

/**
 * A document read with `locale: 'all'` as it reads in one locale, without fallback: localized
 * values are picked per locale at every level, shared values stay (array rows keep their ids).
 */
export function inLocale(fields: Field[], doc: Data, locale: string): Data {
  const result: Data = {}
  for (const field of dataFields(fields)) {
    const value = doc[field.name]
    if (field.localized) result[field.name] = asData(value)[locale]
    else if (field.type === 'group') result[field.name] = inLocale(field.fields ?? [], asData(value), locale)
    else if (field.type === 'array') result[field.name] = rows(value).map((row, index) => ({ ...inLocale(field.fields ?? [], row, locale), id: rowId(row, index) }))
    else if (value !== undefined) result[field.name] = value
  }
  return result
}

/**
 * One locale's data after a write: `base` (the locale as stored) with `data` (what the write
 * sends) laid over it the way Payload merges them: sent fields replace, array rows match by id.
 */
export function overlay(fields: Field[], base: Data, data: Data): Data {
  const result: Data = { ...base }
  for (const field of dataFields(fields)) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    if (field.type === 'group' && !field.localized) result[field.name] = overlay(field.fields ?? [], asData(base[field.name]), asData(value))
    else if (field.type === 'array' && !field.localized) {
      const stored = new Map(rows(base[field.name]).map((row, index) => [rowId(row, index), row]))
      result[field.name] = rows(value).map((row, index) => {
        const id = rowId(row, index)
        return { ...overlay(field.fields ?? [], stored.get(id) ?? {}, row), id }
      })
    } else result[field.name] = value
  }
  return result
}

/** The fingerprint of one locale's data: its translatable units. */
export function fingerprintOf(fields: Field[], localeData: Data): Fingerprint {
  return fingerprint(extractUnits(fields, localeData))
}

// ---- how a write moves the records ----

export type StateChangeProblem = { status: 400 | 403; message: string }

/** States a person asks for; `missing` and `outdated` are the hub's to set. */
const settableBy = {
  translator: ['in-progress', 'translated'] as TranslationState[],
  editor: ['in-progress', 'translated', 'approved'] as TranslationState[],
}

export function effectiveState(records: TranslationRecords, locale: string): TranslationState {
  return records.locales[locale]?.state ?? 'missing'
}

/** Why `requested` may not be set on this locale by this person, if it may not. */
export function stateChangeProblem(requested: unknown, { role, hasContent }: { role: 'translator' | 'editor'; hasContent: boolean }): StateChangeProblem | undefined {
  if (typeof requested !== 'string' || !translationStates.includes(requested as TranslationState)) {
    return { status: 400, message: `translationState must be one of ${settableBy.editor.join(', ')}.` }
  }
  if (!settableBy.editor.includes(requested as TranslationState)) {
    return { status: 400, message: `translationState "${requested}" is set by the hub, not by a request; use ${settableBy.editor.join(', ')}.` }
  }
  if (!settableBy[role].includes(requested as TranslationState)) {
    return { status: 403, message: `Only editors and office-admins set translationState "${requested}".` }
  }
  if (!hasContent && requested !== 'in-progress') return { status: 400, message: `Nothing is translated in this locale yet, so it cannot be "${requested}".` }
  return undefined
}

type SourceWrite = { records: TranslationRecords; changed: string[] }

/** The source changed in `changed`: every translated or approved target becomes outdated in those fields. */
export function afterSourceWrite({ records, changed }: SourceWrite): TranslationRecords {
  if (!changed.length) return records
  const locales = Object.fromEntries(
    Object.entries(records.locales).map(([locale, record]) => {
      if (!['translated', 'approved', 'outdated'].includes(record.state)) return [locale, record]
      const outdatedFields = [...new Set([...record.outdatedFields, ...changed])]
      return [locale, { ...record, state: 'outdated' as const, outdatedFields }]
    }),
  )
  return { ...records, locales }
}

type TargetWrite = {
  records: TranslationRecords
  locale: string
  /** Paths the write changed in this locale. */
  edited: string[]
  requested?: TranslationState
  hasContent: boolean
  who: string
  now: string
}

/**
 * A write in a target locale: edited fields leave the outdated list, a requested state is set
 * (translated and approved clear the list), and the first content starts `in-progress`.
 */
export function afterTargetWrite({ records, locale, edited, requested, hasContent, who, now }: TargetWrite): TranslationRecords {
  const current = records.locales[locale]
  const record: LocaleRecord = current ? { ...current, outdatedFields: current.outdatedFields.filter((path) => !edited.includes(path)) } : { state: 'missing', outdatedFields: [] }
  const changesState = requested !== undefined && requested !== record.state
  if (changesState) {
    record.state = requested
    if (requested === 'translated' || requested === 'approved') record.outdatedFields = []
  } else if (record.state === 'missing' && hasContent) record.state = 'in-progress'
  if (!edited.length && !changesState && current) return records
  if (!hasContent && record.state === 'missing' && !current) return records
  return { ...records, locales: { ...records.locales, [locale]: { ...record, updatedAt: now, updatedBy: who } } }
}
