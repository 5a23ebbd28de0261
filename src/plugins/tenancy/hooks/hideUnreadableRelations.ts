import type { CollectionAfterReadHook, Field, PayloadRequest } from 'payload'

type Reference = { collection: string; holder: Record<string, unknown>; key: string; index?: number }
type ReadableCache = Map<string, Map<string, boolean>>

/** Unpopulated relation ids (depth 0, or beyond the depth) found along a document's fields. */
function collectReferences(fields: Field[], data: unknown, scoped: Set<string>, into: Reference[]): void {
  if (!data || typeof data !== 'object') return
  const holder = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') collectReferences(field.fields, holder, scoped, into)
    else if (field.type === 'tabs')
      for (const tab of field.tabs) collectReferences(tab.fields, 'name' in tab && tab.name ? holder[tab.name] : holder, scoped, into)
    else if (field.type === 'group') collectReferences(field.fields, 'name' in field && field.name ? holder[field.name] : holder, scoped, into)
    else if (field.type === 'array' && Array.isArray(holder[field.name]))
      for (const row of holder[field.name] as unknown[]) collectReferences(field.fields, row, scoped, into)
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && scoped.has(field.relationTo)) {
      const value = holder[field.name]
      if (typeof value === 'string') into.push({ collection: field.relationTo, holder, key: field.name })
      else if (Array.isArray(value))
        value.forEach((entry, index) => typeof entry === 'string' && into.push({ collection: field.relationTo as string, holder, key: field.name, index }))
    }
  }
}

/** Which of these ids may the caller read? One query per collection, remembered for the request. */
async function readableIds(req: PayloadRequest, collection: string, ids: string[]): Promise<Map<string, boolean>> {
  const context = req.context as { hubReadable?: ReadableCache }
  context.hubReadable ??= new Map()
  const known = context.hubReadable.get(collection) ?? new Map<string, boolean>()
  context.hubReadable.set(collection, known)
  const unknown = [...new Set(ids.filter((id) => !known.has(id)))]
  if (unknown.length) {
    const found = await req.payload.find({
      collection: collection as never,
      where: { id: { in: unknown } },
      depth: 0,
      limit: unknown.length,
      pagination: false,
      overrideAccess: false,
      req,
      select: { id: true } as never,
    })
    const visible = new Set(found.docs.map((doc) => String((doc as { id: unknown }).id)))
    for (const id of unknown) known.set(id, visible.has(id))
  }
  return known
}

/**
 * A relation to a document the caller may not read is `null` (single) or left out (many):
 * neither its title nor its id reaches the caller, at any depth, whatever the transport.
 */
export function hideUnreadableRelations(scopedCollections: string[]): CollectionAfterReadHook {
  const scoped = new Set(scopedCollections)
  return async ({ collection, doc, overrideAccess, req }) => {
    if (overrideAccess) return doc
    const references: Reference[] = []
    collectReferences(collection.fields, doc, scoped, references)
    if (!references.length) return doc
    const byCollection = new Map<string, string[]>()
    for (const ref of references) {
      const value = ref.index === undefined ? ref.holder[ref.key] : (ref.holder[ref.key] as unknown[])[ref.index]
      byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), value as string])
    }
    const readable = new Map<string, Map<string, boolean>>()
    for (const [slug, ids] of byCollection) readable.set(slug, await readableIds(req, slug, ids))
    const cleaned = new Set<unknown[]>()
    for (const ref of references) {
      const visible = readable.get(ref.collection)!
      if (ref.index === undefined) {
        if (!visible.get(ref.holder[ref.key] as string)) ref.holder[ref.key] = null
      } else {
        const list = ref.holder[ref.key] as unknown[]
        if (!visible.get(list[ref.index] as string)) list[ref.index] = null
        cleaned.add(list)
      }
    }
    for (const ref of references)
      if (ref.index !== undefined && cleaned.has(ref.holder[ref.key] as unknown[]))
        ref.holder[ref.key] = (ref.holder[ref.key] as unknown[]).filter((entry) => entry !== null)
    return doc
  }
}
