import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionBeforeReadHook, type Field, type PayloadRequest } from 'payload'

import { relationId } from '../../access/ids'
import { officeById } from '../../access/offices'
import { adaptableFields, emptyOverrides, inheritedMap, mergeWithOrigin, originChanges, sameValue, valueHash, type AdaptableField, type Overrides } from './merge'

type Data = Record<string, unknown>

/**
 * Flags for writes, in `req.context` (which every Local API call with the same `req` shares, so
 * they name the documents they are for).
 */
export type AdaptationContext = {
  /** Fields (`name` or `name:locale`) the write must mark as overridden even if equal to the origin. */
  hubOverride?: string[]
  /**
   * Fields (`name` or `name:locale`) the write must inherit again: an owned field whose value
   * still equals its stored copy (overridden, never edited) would otherwise just be kept.
   */
  hubRevert?: string[]
  /** Adaptations being detached: written as sent, no override bookkeeping. */
  hubDetaching?: string[]
  /** An import (src/transfer) restores documents with the overrides they were exported with. */
  hubImporting?: boolean
}

type OriginCache = { hubOrigins?: Map<string, Promise<Data | null>> }

/**
 * The origin as every reader of an adaptation may see it: its published version (never a draft),
 * all locales, and only while it is shared with the network. Cached per request.
 */
export function readOrigin(req: PayloadRequest, collection: string, id: string): Promise<Data | null> {
  const cache = ((req.context as OriginCache).hubOrigins ??= new Map())
  const key = `${collection}:${id}`
  if (!cache.has(key)) {
    // Not on `req`: a Local API call with a locale sets it on the request it is given, and the
    // caller's operation goes on in its own locale. (A read outside the transaction is fine: only
    // the origin's committed, published version counts.)
    const lookup = req.payload
      .findByID({ collection: collection as never, id, locale: 'all', depth: 0, draft: false, overrideAccess: true })
      .then((origin) => {
        const data = origin as unknown as Data
        return data._status === 'published' && data.visibility === 'network' ? data : null
      })
      .catch(() => null)
    cache.set(key, lookup)
  }
  return cache.get(key)!
}

/**
 * Before Payload flattens locales and populates relations: an adaptation takes every field it does
 * not own from its origin, so REST, GraphQL and every depth see one merged document, with the
 * `inherited` map for the request's locale and the owned fields the origin changed since.
 */
export const mergeAdaptation: CollectionBeforeReadHook = async ({ collection, doc, req }) => {
  const originId = relationId((doc as Data).origin)
  if (!originId) return doc
  const fields = adaptableFields(collection.fields)
  const overrides = emptyOverrides((doc as Data).overrides)
  const origin = await readOrigin(req, collection.slug, originId)
  const locale = req.locale && req.locale !== 'all' ? req.locale : ''
  // An origin no longer shared (or deleted with detach under way): the stored copy is the document.
  if (!origin) return { ...doc, inherited: Object.fromEntries(fields.map((field) => [field.name, false])), originChanged: [] }
  // A copy of the origin: Payload flattens locales in place after this hook, and the cached origin
  // serves every adaptation (and every locale) read in this request.
  return { ...mergeWithOrigin(fields, doc as Data, structuredClone(origin), overrides), inherited: inheritedMap(fields, overrides, locale), originChanged: originChanges(fields, origin, overrides) }
}

function localeValue(value: unknown, locale: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data)[locale] : undefined
}

/** Rows of an overridden array that still carry the origin's row ids get new ones (ids are unique per table). */
function ownRows(value: unknown, storedRows: unknown): unknown {
  if (!Array.isArray(value)) return value
  const own = new Set((Array.isArray(storedRows) ? storedRows : []).map((row: Data) => String(row?.id)))
  return value.map((row: Data) => (row && typeof row === 'object' && row.id !== undefined && !own.has(String(row.id)) ? { ...row, id: undefined } : row))
}

type Decision = 'keep' | 'own' | 'inherit'

/**
 * What a write does to one field: a value the write did not change keeps the field as it was
 * (Payload sends every field when publishing); a changed value equal to the origin inherits
 * again (a revert); any other change, or an explicit override, makes the field the adaptation's own.
 * An explicit revert (the `/revert` endpoint) inherits whatever was sent.
 */
function decide(sent: unknown, originValue: unknown, stored: unknown, forced?: Decision): Decision {
  if (forced) return forced
  if (sameValue(sent, stored)) return 'keep'
  return sameValue(sent, originValue) ? 'inherit' : 'own'
}

/**
 * Keeps `overrides` in step with a write of an adaptation (or a new one): fields sent equal to the
 * origin inherit (the stored copy is kept), fields that differ are owned with the origin's value
 * as their baseline. A new adaptation is filled with the origin's values so it validates on its own.
 */
export const trackOverrides: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  delete data.inherited
  delete data.originChanged
  if (originalDoc?.id && (context as AdaptationContext)?.hubDetaching?.includes(String(originalDoc.id))) return data
  if ((context as AdaptationContext)?.hubImporting) return data
  const originId = relationId(data.origin ?? originalDoc?.origin)
  if (!originId) return data
  if (operation === 'update' && relationId(originalDoc?.origin) !== originId) {
    throw new APIError('An adaptation keeps its origin; detach it from the origin instead.', 400, null, true)
  }
  const origin = await readOrigin(req, collection.slug, originId)
  if (!origin) throw new APIError('The origin must be a published learning format or curriculum shared with the network.', 400, null, true)
  const tenant = relationId(data.tenant ?? originalDoc?.tenant)
  if (tenant && tenant === relationId(origin.tenant)) throw new APIError('An office adapts another office’s document; copy your own instead.', 400, null, true)

  const locale = req.locale && req.locale !== 'all' ? req.locale : (await officeById(req, tenant ?? ''))?.defaultLocale ?? 'en'
  if (operation === 'create') return startAsCopy(req, collection.fields, data, origin, locale)
  const forcedOwn = new Set((context as AdaptationContext)?.hubOverride ?? [])
  const forcedInherit = new Set((context as AdaptationContext)?.hubRevert ?? [])
  const overrides: Overrides = emptyOverrides(originalDoc?.overrides)
  const stored = originalDoc ?? {}
  const originLocale = (await officeById(req, relationId(origin.tenant) ?? ''))?.defaultLocale ?? locale
  for (const field of adaptableFields(collection.fields)) {
    if (!(field.name in data)) continue
    // Compared as the write sees it: one locale, rows with their localized fields picked.
    const originValue = field.localized ? localeValue(origin[field.name], locale) : inLocaleRows(origin[field.name], locale, originLocale)
    const key = field.localized ? `${field.name}:${locale}` : field.name
    const owned = field.localized ? (overrides.locales[locale] ??= {}) : overrides.shared
    const named = (keys: Set<string>) => keys.has(key) || keys.has(field.name)
    const decision = decide(data[field.name], originValue, stored[field.name], named(forcedOwn) ? 'own' : named(forcedInherit) ? 'inherit' : undefined)
    if (decision === 'own') {
      // Editing an owned field acknowledges the origin's current value as its new baseline.
      owned[field.name] = valueHash(originValue)
      data[field.name] = ownRows(data[field.name], stored[field.name])
    } else if (decision === 'inherit' || !owned[field.name]) {
      // Inherited: the stored copy stays as it is; reads take the origin's value.
      delete owned[field.name]
      data[field.name] = stored[field.name]
    }
  }
  for (const [code, fields] of Object.entries(overrides.locales)) if (!Object.keys(fields).length) delete overrides.locales[code]
  data.overrides = overrides
  return data
}

/**
 * A new adaptation owns nothing yet and starts as a complete copy of the origin in the adapting
 * office's locale (the origin's own language where it has none), so it validates on its own and
 * a detach has everything. Reads take these fields from the origin live.
 */
async function startAsCopy(req: PayloadRequest, fields: Field[], data: Data, origin: Data, locale: string): Promise<Data> {
  const originLocale = (await officeById(req, relationId(origin.tenant) ?? ''))?.defaultLocale ?? locale
  for (const field of adaptableFields(fields)) {
    const value = field.localized ? (localeValue(origin[field.name], locale) ?? localeValue(origin[field.name], originLocale)) : origin[field.name]
    data[field.name] = ownRows(inLocaleRows(value, locale, originLocale), [])
  }
  data.overrides = emptyOverrides()
  return data
}

/** Rows of a locale-all array as one locale's rows (their localized fields picked, with the origin's language as fallback). */
export function inLocaleRows(value: unknown, locale: string, fallback: string, anyLanguage = true): unknown {
  if (!Array.isArray(value)) return value
  // Only array rows are objects; a hasMany relation or select is a list of plain values.
  return value.map((row: Data) =>
    !row || typeof row !== 'object' ? row : Object.fromEntries(
      Object.entries(row ?? {}).map(([key, entry]) => {
        const map = entry && typeof entry === 'object' && !Array.isArray(entry) && !('root' in (entry as Data)) ? (entry as Data) : undefined
        const localized = map && Object.keys(map).every((code) => /^[a-z]{2}(-[a-z]+)?$/i.test(code))
        const anyText = anyLanguage ? Object.values(map ?? {}).find((text) => text !== null && text !== undefined) : undefined
        return [key, localized ? (map![locale] ?? map![fallback] ?? anyText) : entry]
      }),
    ),
  )
}

/** The offices that adapted a document (their names, for a 409 that says who depends on it). */
export async function adaptationsOf(req: PayloadRequest, collection: string, id: string) {
  const { docs } = await req.payload.find({
    collection: collection as never,
    where: { origin: { equals: id } },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Data[]
}

async function officeNames(req: PayloadRequest, adaptations: Data[]): Promise<string> {
  const slugs = await Promise.all(adaptations.map(async (doc) => (await officeById(req, relationId(doc.tenant) ?? ''))?.slug ?? 'unknown'))
  return [...new Set(slugs)].join(', ')
}

function wantsDetach(req: PayloadRequest): boolean {
  return req.searchParams?.get('detach') === 'true' || (req.query as Data | undefined)?.detach === 'true'
}

/**
 * An origin that others adapted is not deleted or un-shared behind their backs: 409 naming the
 * offices, unless the caller confirms with `?detach=true`, which first turns every adaptation
 * into a standalone copy (see detach.ts). Only the origin's office-admins may delete anyway.
 */
export function guardOrigin(detach: (req: PayloadRequest, collection: string, adaptation: Data) => Promise<void>) {
  const check = async (req: PayloadRequest, collection: string, id: string, action: string) => {
    const adaptations = await adaptationsOf(req, collection, id)
    if (!adaptations.length) return
    if (!wantsDetach(req)) {
      throw new APIError(`This document is adapted by ${await officeNames(req, adaptations)}: ${action} it with ?detach=true to turn those adaptations into standalone copies first.`, 409, null, true)
    }
    // Detaching writes each locale through the Local API, which sets `req.locale`: restore it for the origin's own operation.
    const { locale, fallbackLocale } = req
    try {
      for (const adaptation of adaptations) await detach(req, collection, adaptation)
    } finally {
      Object.assign(req, { locale, fallbackLocale })
    }
  }
  const beforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => check(req, collection.slug, String(id), 'delete')
  const beforeChange: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
    const unsharing = operation === 'update' && originalDoc?.visibility === 'network' && data.visibility && data.visibility !== 'network'
    if (unsharing) await check(req, collection.slug, String(originalDoc.id), 'un-share')
    return data
  }
  return { beforeDelete, beforeChange }
}
