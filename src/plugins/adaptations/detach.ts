import type { CollectionSlug, PayloadRequest } from 'payload'

import { relationId } from '../../access/ids'
import { officeById } from '../../access/offices'
import { inLocaleRows } from './hooks'
import { adaptableFields } from './merge'

type Data = Record<string, unknown>
type Row = Data & { id?: unknown }


/** A locale-all value as one locale's value; rows pick their localized fields (any language for the first write, so rows validate). */
function inLocale(value: unknown, locale: string, localized: boolean, first: boolean): unknown {
  if (localized) return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data)[locale] : undefined
  return inLocaleRows(value, locale, locale, first)
}

/** Rows keep the ids the first write gave them, so later locales fill the same rows. */
function withIds(rows: unknown, saved: unknown): unknown {
  if (!Array.isArray(rows) || !Array.isArray(saved)) return rows
  return rows.map((row: Row, index) => ({ ...row, id: (saved[index] as Row | undefined)?.id }))
}

/**
 * Turns an adaptation into a standalone copy: the merged document (origin values where it
 * inherited) is written into it, locale by locale, and its link to the origin is removed. Nothing
 * the office saw before is lost.
 */
export async function detachAdaptation(req: PayloadRequest, collection: string, adaptation: Data): Promise<void> {
  const id = String(adaptation.id)
  const merged = (await req.payload.findByID({ collection: collection as never, id, locale: 'all', depth: 0, draft: false, overrideAccess: true, req })) as unknown as Data
  const office = await officeById(req, relationId(adaptation.tenant) ?? '')
  const locales = [office?.defaultLocale ?? 'en', ...(office?.locales ?? []).filter((code) => code !== office?.defaultLocale)]
  const fields = adaptableFields(req.payload.collections[collection as CollectionSlug].config.fields)
  let saved: Data | undefined
  for (const [index, locale] of locales.entries()) {
    const data: Data = index === 0 ? { origin: null, overrides: null } : {}
    for (const field of fields) {
      if (index > 0 && !field.localized && !Array.isArray(merged[field.name])) continue
      const value = inLocale(merged[field.name], locale, field.localized, index === 0)
      data[field.name] = saved && Array.isArray(value) ? withIds(value, saved[field.name]) : Array.isArray(value) ? value.map((row: Row) => ({ ...row, id: undefined })) : value
    }
    const context = { hubSystemWrite: true, hubDetaching: [...((req.context as { hubDetaching?: string[] }).hubDetaching ?? []), id] }
    saved = (await req.payload.update({ collection: collection as never, id, locale: locale as never, data: data as never, depth: 0, overrideAccess: true, req, context })) as unknown as Data
  }
}
