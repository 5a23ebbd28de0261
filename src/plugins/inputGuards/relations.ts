import type { Field, PayloadRequest, Tab } from 'payload'

import { idFormat } from '../../access/ids'
import { isPlainObject } from './shape'

/**
 * Every relation in a write must name an existing document of its collection. Payload checks ids
 * only in its validation, which drafts skip, and never checks that they exist: the database's
 * foreign key refuses them instead (a 500, and on SQLite a half-written document), PostgreSQL
 * refuses an id that is not a UUID at all, and MongoDB would store the dangling id.
 */
type Relation = { path: string; collection: string; id: unknown }

/** The collection and id a relation value names; undefined when a field hook has yet to shape it. */
function relationOf(relationTo: string | string[], value: unknown): { collection: string; id: unknown } | undefined {
  if (Array.isArray(relationTo)) {
    // Polymorphic: `{ relationTo, value }`; Payload validates the collection name itself.
    if (!isPlainObject(value) || typeof value.relationTo !== 'string' || !relationTo.includes(value.relationTo)) return undefined
    return { collection: value.relationTo, id: isPlainObject(value.value) ? value.value.id : value.value }
  }
  return { collection: relationTo, id: isPlainObject(value) ? (value.id ?? value.value) : value }
}

/** The relations of a write's data, walking groups, arrays, blocks, tabs and rows. */
export function relationsIn(fields: Field[], data: Record<string, unknown>, localizedValues: (field: Field, value: unknown) => unknown[], prefix = ''): Relation[] {
  const found: Relation[] = []
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs as Tab[]) {
          const inner = 'name' in tab && tab.name ? data[tab.name] : data
          if (isPlainObject(inner)) found.push(...relationsIn(tab.fields, inner, localizedValues, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
        }
      } else if ('fields' in field && Array.isArray(field.fields)) found.push(...relationsIn(field.fields, data, localizedValues, prefix))
      continue
    }
    if (!Object.hasOwn(data, field.name)) continue
    const path = `${prefix}${field.name}`
    for (const value of localizedValues(field, data[field.name])) {
      if (value === null || value === undefined) continue
      if (field.type === 'relationship' || field.type === 'upload') {
        for (const item of Array.isArray(value) ? value : [value]) {
          const relation = relationOf(field.relationTo as string | string[], item)
          if (relation) found.push({ path, ...relation })
        }
      } else if (field.type === 'group' && isPlainObject(value)) {
        found.push(...relationsIn(field.fields, value, localizedValues, `${path}.`))
      } else if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
        value.forEach((row, index) => {
          if (!isPlainObject(row)) return
          const rowFields = field.type === 'array' ? field.fields : field.blocks?.find((block) => typeof block === 'object' && block.slug === row.blockType)?.fields
          if (rowFields) found.push(...relationsIn(rowFields, row, localizedValues, `${path}.${index}.`))
        })
      }
    }
  }
  return found
}

/** The relations whose collection is unknown, whose id is malformed, or whose document does not exist. */
export async function missingRelations(req: PayloadRequest, relations: Relation[]): Promise<Relation[]> {
  const format = idFormat(req.payload.db as { name?: string; idType?: string })
  const wellFormed = (id: unknown): id is string | number => (typeof id === 'string' && (!format || format.test(id))) || (typeof id === 'number' && !format)
  const byCollection = new Map<string, Set<string | number>>()
  for (const { collection, id } of relations) {
    if (!req.payload.collections[collection as never] || !wellFormed(id)) continue
    byCollection.set(collection, (byCollection.get(collection) ?? new Set()).add(id))
  }
  const existing = new Set<string>()
  for (const [collection, ids] of byCollection) {
    const { docs } = await req.payload.find({ collection: collection as 'users', where: { id: { in: [...ids] } }, depth: 0, limit: ids.size, pagination: false, overrideAccess: true, select: {}, req })
    for (const doc of docs as { id: unknown }[]) existing.add(`${collection}/${String(doc.id)}`)
  }
  return relations.filter(({ collection, id }) => !existing.has(`${collection}/${String(id)}`))
}
