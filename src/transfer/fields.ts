import type { Field, Tab } from 'payload'

/**
 * Field walkers for export/import. Payload's Local API writes one locale at a time and needs
 * related documents to exist first, so the import turns each `locale: 'all'` document into one
 * write per locale and holds back links whose targets are not written yet.
 */

export type Data = Record<string, unknown>

function isObject(value: unknown): value is Data {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value)
}

/** The fields stored in `data` itself: layout fields (rows, collapsibles, unnamed tabs) keep theirs in the parent. */
function eachDataField(fields: Field[], data: Data, visit: (field: Field & { name: string }, holder: Data) => void): void {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs as Tab[]) {
        if ('name' in tab && tab.name) {
          if (isObject(data[tab.name])) eachDataField(tab.fields, data[tab.name] as Data, visit)
        } else eachDataField(tab.fields, data, visit)
      }
    } else if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) eachDataField(field.fields, data, visit)
    } else visit(field as Field & { name: string }, data)
  }
}

/** The sub-fields a value of a group, array row or block row is made of. */
function childFields(field: Field, row: Data): Field[] | undefined {
  if (field.type === 'group' || field.type === 'array') return field.fields
  if (field.type === 'blocks') return field.blocks.find((block) => block.slug === row.blockType)?.fields
  return undefined
}

/** Applies `pick` to every row of an array/blocks value or to a group value, copying as it goes. */
function mapNested(field: Field, value: unknown, pick: (fields: Field[], row: Data) => Data): unknown {
  if (field.type === 'array' || field.type === 'blocks') {
    if (!Array.isArray(value)) return value
    return value.map((row) => (isObject(row) ? pick(childFields(field, row) ?? [], row) : row))
  }
  if (field.type === 'group' && isObject(value)) return pick(field.fields, value)
  return value
}

/**
 * One locale's write from a `locale: 'all'` document: each localized field becomes its value in
 * that locale (null where the locale has none, so the write states it). Array rows keep their ids,
 * so every locale fills the same rows.
 */
export function pickLocale(fields: Field[], data: Data, locale: string): Data {
  const copy: Data = { ...data }
  eachDataField(fields, copy, (field, holder) => {
    if (!(field.name in holder)) return
    let value = holder[field.name]
    if ('localized' in field && field.localized) value = isObject(value) ? (value[locale] ?? null) : null
    holder[field.name] = mapNested(field, value, (sub, row) => pickLocale(sub, row, locale))
  })
  return copy
}

/** A link found in a document: one relation value (an id, or `{relationTo, value}` for polymorphic links). */
export type Link = { collection: string; id: string }

/** What to do with a link: keep it (possibly as another id, e.g. a topic that exists under another id) or leave it out. */
export type LinkRule = (link: Link) => string | undefined

function mapRelationValue(relationTo: string | string[], value: unknown, rule: LinkRule): unknown {
  const one = (entry: unknown): unknown => {
    if (entry === null || entry === undefined) return entry
    if (isObject(entry) && 'relationTo' in entry) {
      const id = rule({ collection: String(entry.relationTo), id: String(isObject(entry.value) ? entry.value.id : entry.value) })
      return id === undefined ? undefined : { relationTo: entry.relationTo, value: id }
    }
    const id = rule({ collection: String(relationTo), id: String(isObject(entry) ? entry.id : entry) })
    return id
  }
  if (Array.isArray(value)) return value.map(one).filter((entry) => entry !== undefined)
  return one(value) ?? null
}

/** Lexical nodes that point at documents: uploads and relationship blocks (`relationTo`/`value`), internal links (`fields.doc`). */
function mapRichText(node: unknown, rule: LinkRule): unknown {
  if (Array.isArray(node)) return node.map((child) => mapRichText(child, rule))
  if (!isObject(node)) return node
  const copy: Data = {}
  for (const [key, value] of Object.entries(node)) copy[key] = mapRichText(value, rule)
  if ((copy.type === 'upload' || copy.type === 'relationship') && typeof copy.relationTo === 'string' && copy.value) {
    const id = rule({ collection: copy.relationTo, id: String(isObject(copy.value) ? copy.value.id : copy.value) })
    // A rich-text node cannot simply lose its target: an unknown one stays as it was, and reads skip it.
    if (id !== undefined) copy.value = id
  }
  const doc = isObject(copy.fields) && isObject(copy.fields.doc) ? copy.fields.doc : undefined
  if (doc && typeof doc.relationTo === 'string' && doc.value) {
    const id = rule({ collection: doc.relationTo, id: String(isObject(doc.value) ? doc.value.id : doc.value) })
    if (id !== undefined) (copy.fields as Data).doc = { ...doc, value: id }
  }
  return copy
}

/**
 * A copy of the document with every relation (fields, and documents named in rich text) passed
 * through `rule`. Works on `locale: 'all'` documents (a localized relation is a map of locales).
 */
export function mapLinks(fields: Field[], data: Data, rule: LinkRule): Data {
  const copy: Data = { ...data }
  eachDataField(fields, copy, (field, holder) => {
    if (!(field.name in holder)) return
    const localized = 'localized' in field && field.localized
    const each = (value: unknown): unknown => {
      if (field.type === 'relationship' || field.type === 'upload') return mapRelationValue(field.relationTo, value, rule)
      if (field.type === 'richText') return mapRichText(value, rule)
      return mapNested(field, value, (sub, row) => mapLinks(sub, row, rule))
    }
    const value = holder[field.name]
    holder[field.name] = localized && isObject(value) ? Object.fromEntries(Object.entries(value).map(([code, entry]) => [code, each(entry)])) : each(value)
  })
  return copy
}

/** Every link of the document (to follow them at export, and to order the writes at import). */
export function linksOf(fields: Field[], data: Data): Link[] {
  const links: Link[] = []
  mapLinks(fields, data, (link) => {
    links.push(link)
    return link.id
  })
  return links
}

/** The top-level fields whose value holds at least one link (the only ones a later link-completing write sends). */
export function fieldsWithLinks(fields: Field[], data: Data): string[] {
  const names: string[] = []
  for (const name of Object.keys(data)) {
    if (linksOf(fields, { [name]: data[name] }).length) names.push(name)
  }
  return names
}

/** The locale codes a `locale: 'all'` document has any value in (a localized field is a map of codes). */
export function localesIn(fields: Field[], data: Data, known: string[]): Set<string> {
  const found = new Set<string>()
  const walk = (fieldList: Field[], holder: Data) =>
    eachDataField(fieldList, holder, (field, parent) => {
      const value = parent[field.name]
      if ('localized' in field && field.localized && isObject(value)) {
        for (const [code, entry] of Object.entries(value)) if (known.includes(code) && entry !== null && entry !== undefined) found.add(code)
      }
      mapNested(field, value, (sub, row) => {
        walk(sub, row)
        return row
      })
    })
  walk(fields, data)
  return found
}

/** Fields computed on read (`virtual`), which no write accepts. */
export function virtualFieldNames(fields: Field[]): string[] {
  const names: string[] = []
  for (const field of fields) if ('name' in field && field.name && 'virtual' in field && field.virtual) names.push(field.name)
  return names
}
