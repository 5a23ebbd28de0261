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

/** What this request has learned about readable ids, and the lookups waiting to be sent. */
type Lookup = { ids: Set<string>; done: Promise<void> }
type ReadableState = { known: ReadableCache; pending: Map<string, Lookup> }

function readableState(req: PayloadRequest): ReadableState {
  const context = req.context as { hubReadable?: ReadableState }
  return (context.hubReadable ??= { known: new Map(), pending: new Map() })
}

async function lookUp(req: PayloadRequest, collection: string, lookup: Lookup, known: Map<string, boolean>): Promise<void> {
  readableState(req).pending.delete(collection)
  const ids = [...lookup.ids]
  const found = await req.payload.find({
    collection: collection as never,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    // By id: the collection's default sort may join a locale table for nothing.
    sort: 'id',
    overrideAccess: false,
    req,
    select: { id: true } as never,
  })
  const visible = new Set(found.docs.map((doc) => String((doc as { id: unknown }).id)))
  for (const id of ids) known.set(id, visible.has(id))
}

/**
 * Which of these ids may the caller read? Payload runs the documents of a list through this hook
 * side by side, so the ids asked for in one turn of the event loop go out as one query per
 * collection (a 10-document list asked 30 queries before), and answers are remembered for the request.
 */
async function readableIds(req: PayloadRequest, collection: string, ids: string[]): Promise<Map<string, boolean>> {
  const state = readableState(req)
  const known = state.known.get(collection) ?? new Map<string, boolean>()
  state.known.set(collection, known)
  const unknown = ids.filter((id) => !known.has(id))
  if (!unknown.length) return known
  let lookup = state.pending.get(collection)
  if (!lookup) {
    const created: Lookup = { ids: new Set(), done: new Promise<void>((resolve) => setImmediate(resolve)).then(() => lookUp(req, collection, created, known)) }
    state.pending.set(collection, (lookup = created))
  }
  for (const id of unknown) lookup.ids.add(id)
  await lookup.done
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
