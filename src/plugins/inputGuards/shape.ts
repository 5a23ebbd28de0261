import type { Block, Field, Tab } from 'payload'

/**
 * The shape of a write's data against the collection's fields: objects where the schema has a
 * group, lists where it has an array, scalars where it has text. Payload validates values, but it
 * assumes the shapes: a list sent for a text field reaches the database driver (a 500, and on SQLite
 * a half-written document), a string sent for a group crashes its field hooks.
 */
export type ShapeProblem = { path: string; message: string }

export type Context = { locale?: string; locales: string[] }

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date

/** A relation: an id, or a populated document / `{ relationTo, value }`. */
const isRelation = (value: unknown) => typeof value === 'string' || typeof value === 'number' || isPlainObject(value)

const scalarFields = new Set(['text', 'textarea', 'email', 'code', 'number', 'date', 'checkbox'])

/** The stored values of a select or radio field's options. */
export function optionValues(field: Field): string[] {
  const options = ('options' in field ? field.options : []) as (string | { value: string })[]
  return options.map((option) => (typeof option === 'string' ? option : option.value))
}

function expectation(field: Field & { name: string; hasMany?: boolean }): { check: (value: unknown) => boolean; message: string } | undefined {
  const many = Boolean(field.hasMany)
  const list = (check: (value: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check)
  // A virtual select is never stored (no enum to refuse it): its own hooks judge its value.
  if ((field.type === 'select' || field.type === 'radio') && !('virtual' in field && field.virtual)) {
    // Payload validates options only outside drafts, and lets numbers through: PostgreSQL's enum refuses them (a 500).
    const options = optionValues(field)
    const valid = (value: unknown) => typeof value === 'string' && options.includes(value)
    const named = options.length > 20 ? `the field's ${options.length} options` : options.map((option) => JSON.stringify(option)).join(', ')
    const message = `Expected ${many ? 'a list of' : 'one of'} ${named}.`
    return many ? { check: list(valid), message } : { check: valid, message }
  }
  if (scalarFields.has(field.type) || field.type === 'select' || field.type === 'radio') {
    return many ? { check: list(isScalar), message: 'Expected a list of values.' } : { check: isScalar, message: 'Expected a single value, not a list or an object.' }
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    return many ? { check: list(isRelation), message: 'Expected a list of ids.' } : { check: isRelation, message: 'Expected an id.' }
  }
  if (field.type === 'richText') return { check: isLexicalState, message: 'Expected a rich text document: { root: { children: [nodes] } }, every node an object, every children a list, every text a string.' }
  if (field.type === 'group') return { check: isPlainObject, message: 'Expected an object.' }
  // The admin's form sends an untouched list as its row count (`partners: 0`); Payload keeps the rows.
  if (field.type === 'array' || field.type === 'blocks') return { check: (v) => list(isPlainObject)(v) || (Number.isSafeInteger(v) && (v as number) >= 0), message: 'Expected a list of objects.' }
  return undefined // json, point, join, ui: anything goes (or nothing is stored)
}

/**
 * Lexical's editor state, as far as Payload's validation walks it without checking: a root with a
 * list of children, every node an object whose `children`, if any, is again a list of nodes.
 * (A string there crashed lexical's node validation with a 500, and a text node whose `text` is
 * not a string crashed the translation hooks.) Walked without recursion.
 */
function isLexicalState(value: unknown): boolean {
  if (!isPlainObject(value) || !isPlainObject(value.root)) return false
  const nodes: unknown[] = [value.root]
  while (nodes.length) {
    const node = nodes.pop()
    if (!isPlainObject(node)) return false
    if (node.type === 'text' && typeof node.text !== 'string') return false
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return false
    nodes.push(...node.children)
  }
  return true
}

/** A localized field written with `locale=all` carries one value per locale. */
export function valuesOf(field: Field, value: unknown, context: Context): unknown[] {
  const localized = 'localized' in field && field.localized
  if (localized && context.locale === 'all' && isPlainObject(value) && Object.keys(value).every((key) => context.locales.includes(key))) {
    return Object.values(value)
  }
  return [value]
}

/**
 * With `locale=all` Payload reads a localized field's object as one value per locale: any other key
 * (`{ "root": … }` for rich text) becomes a locale of that name (PostgreSQL: an enum error, a 500).
 */
function localeMapProblem(field: Field, value: unknown, context: Context): string | undefined {
  if (!('localized' in field && field.localized) || context.locale !== 'all' || !isPlainObject(value)) return undefined
  const unknown = Object.keys(value).filter((key) => !context.locales.includes(key))
  return unknown.length ? `With locale=all this field is an object of locales ({ "en": …, "de": … }); ${unknown.map((key) => JSON.stringify(key)).join(', ')} is not a locale.` : undefined
}

function subFields(field: Field, value: Record<string, unknown>): Field[] | undefined {
  if (field.type === 'group' || field.type === 'array') return field.fields
  if (field.type === 'blocks') {
    const blocks = (field.blocks ?? []) as Block[]
    return blocks.find((block) => block.slug === value.blockType)?.fields
  }
  return undefined
}

export function shapeProblems(fields: Field[], data: Record<string, unknown>, context: Context, prefix = ''): ShapeProblem[] {
  const problems: ShapeProblem[] = []
  for (const field of fields) {
    // Layout fields (rows, collapsibles, unnamed groups and tabs) keep their fields in the parent's data.
    if (!('name' in field) || !field.name) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs as Tab[]) {
          if ('name' in tab && tab.name) problems.push(...nested(tab.fields, data[tab.name], `${prefix}${tab.name}`, context))
          else problems.push(...shapeProblems(tab.fields, data, context, prefix))
        }
      } else if ('fields' in field && Array.isArray(field.fields)) problems.push(...shapeProblems(field.fields, data, context, prefix))
      continue
    }
    if (!Object.hasOwn(data, field.name)) continue
    const path = `${prefix}${field.name}`
    const localeKeyProblem = localeMapProblem(field, data[field.name], context)
    if (localeKeyProblem) {
      problems.push({ path, message: localeKeyProblem })
      continue
    }
    const expected = expectation(field as Field & { name: string })
    for (const value of valuesOf(field, data[field.name], context)) {
      if (value === null || value === undefined || !expected) continue
      if (!expected.check(value)) {
        problems.push({ path, message: expected.message })
        continue
      }
      if (field.type === 'group') problems.push(...nested(field.fields, value, path, context))
      if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
        ;(value as Record<string, unknown>[]).forEach((row, index) => {
          const rowFields = subFields(field, row)
          if (field.type === 'blocks' && !rowFields) problems.push({ path: `${path}.${index}.blockType`, message: 'Unknown block type.' })
          else problems.push(...shapeProblems(rowFields ?? [], row, context, `${path}.${index}.`))
        })
      }
    }
  }
  return problems
}

function nested(fields: Field[], value: unknown, path: string, context: Context): ShapeProblem[] {
  if (value === null || value === undefined) return []
  if (!isPlainObject(value)) return [{ path, message: 'Expected an object.' }]
  return shapeProblems(fields, value, context, `${path}.`)
}

/** Nesting deeper than this is refused before any recursive code (Payload's or the hub's) walks it. */
export const maxNesting = 64

/** How deep a JSON value nests, counted without recursion (the value may be deeper than the stack). */
export function nestingDepth(value: unknown, limit = maxNesting): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (!item || typeof item !== 'object') continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest > limit) return deepest
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return deepest
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Text the databases can store: PostgreSQL refuses NUL in text and JSON (a 500), and a lone
 * surrogate is not Unicode (PostgreSQL stores U+FFFD instead, SQLite keeps it: the stored text
 * would differ by database). The first offending path, walked without recursion.
 */
export function textProblem(value: unknown, root = 'data'): string | undefined {
  const stack: [unknown, string][] = [[value, root]]
  const bad = (text: string) => text.includes('\u0000') || loneSurrogate.test(text)
  while (stack.length) {
    const [item, path] = stack.pop()!
    if (typeof item === 'string') {
      if (bad(item)) return path
    } else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (bad(key)) return `${path} (a key)`
        stack.push([child, `${path}.${key}`])
      }
    }
  }
  return undefined
}

/**
 * The field a query path names (`visibility`, `duration.unit`, `sessions.title`, `title.de`),
 * through groups, arrays, blocks and tabs; undefined past a relationship or when unknown.
 */
export function fieldAtPath(fields: Field[], path: string, locales: string[]): Field | undefined {
  let current: Field[] = fields
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const field = findNamed(current, segment)
    if (!field) return undefined
    const last = index === segments.length - 1
    if (last) return field
    if (field.type === 'group' || field.type === 'array') current = field.fields
    else if (field.type === 'blocks') current = (field.blocks ?? []).flatMap((block) => (typeof block === 'object' ? block.fields : []))
    // `title.de`: a localized value named by its locale.
    else if (index === segments.length - 2 && locales.includes(segments[index + 1])) return field
    else return undefined
  }
  return undefined
}

function findNamed(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name) {
      if (field.name === name) return field
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs as Tab[]) {
        if ('name' in tab && tab.name) {
          if (tab.name === name) return { type: 'group', name: tab.name, fields: tab.fields } as Field
        } else {
          const found = findNamed(tab.fields, name)
          if (found) return found
        }
      }
    } else if ('fields' in field && Array.isArray(field.fields)) {
      const found = findNamed(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}
