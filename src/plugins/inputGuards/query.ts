import type { Field } from 'payload'

import { fieldAtPath, isPlainObject, maxNesting, optionValues } from './shape'

/**
 * The shape of a query: `where` is an object of fields (or `and`/`or` lists) to operators to
 * values. Payload checks field paths and operators, but passes a nested object sent as an
 * operator's value (`where[createdAt][equals][1][b]=c`) to the database driver: a 500.
 */

export type QueryContext = {
  fields: Field[]
  locales: string[]
  hasPointFields: boolean
  /** Whether a value can be a document id of this database (a uuid on SQL, an ObjectId on MongoDB). */
  isId: (value: string) => boolean
  /** Whether the database adapter has the `all` operator (MongoDB; the SQL adapters have none: a 500). */
  hasAll: boolean
}

/** Operators a select field (a PostgreSQL enum) can answer; `like` or `less_than` on an enum is a database error. */
const selectOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'exists'])
const geo = new Set(['near', 'within', 'intersects'])

/** The values a select condition names: `in=a,b` is a list written as one string. */
function selectValues(operator: string, operand: unknown): unknown[] {
  if (Array.isArray(operand)) return operand
  if ((operator === 'in' || operator === 'not_in' || operator === 'all') && typeof operand === 'string') return operand.split(',')
  return [operand]
}

/** Conditions on select fields name their options with the operators an enum has. */
function selectProblem(field: Field, operator: string, operand: unknown): string | undefined {
  if (operator === 'exists') return undefined
  // A hasMany select keeps one row per value: `contains` asks for one of them.
  const many = 'hasMany' in field && field.hasMany
  if (!selectOperators.has(operator) && !(many && operator === 'contains')) return `"${operator}" does not apply to the select field; use equals, not_equals, in, not_in or exists`
  const options = optionValues(field)
  const unknown = selectValues(operator, operand).filter((value) => value !== null && !options.includes(String(value)))
  const named = options.length > 20 ? `the field's ${options.length} options` : options.join(', ')
  return unknown.length ? `${unknown.map((value) => JSON.stringify(value)).join(', ')} is not one of ${named}` : undefined
}

/** Operators whose value may be a list. */
const listOperators = new Set(['in', 'not_in', 'all', 'near', 'within', 'intersects'])
/** Operators whose value may be a GeoJSON object. */
const geoOperators = new Set(['within', 'intersects'])

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date

function operandProblem(operator: string, operand: unknown): string | undefined {
  if (isScalar(operand)) return undefined
  if (Array.isArray(operand) && listOperators.has(operator) && operand.every(isScalar)) return undefined
  if (isPlainObject(operand) && geoOperators.has(operator)) return undefined
  return `the value of "${operator}" must be ${listOperators.has(operator) ? 'a value or a list of values' : 'a single value'}`
}

/** Operators that compare the column with the operand: the value must fit the column's type. */
const comparing = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

/** Operators that match text (ILIKE): PostgreSQL has none for a timestamp, a number, a uuid or JSON. */
const textMatching = new Set(['like', 'not_like', 'contains'])

/** The column types PostgreSQL refuses to compare with arbitrary text (others are text columns). */
type ColumnKind = 'number' | 'date' | 'id' | 'json'

function columnKind(key: string, field: Field | undefined): ColumnKind | undefined {
  if (key === 'id') return 'id'
  if (!field) return undefined
  if (field.type === 'number' || field.type === 'date') return field.type
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') return 'id'
  if (field.type === 'richText' || field.type === 'json') return 'json'
  return undefined
}

const valueChecks: Record<Exclude<ColumnKind, 'json'>, [message: string, fits: (value: unknown, context: QueryContext) => boolean]> = {
  number: ['must be a number', (value) => typeof value !== 'boolean' && Number.isFinite(Number(value))],
  date: ['must be a date', (value) => typeof value !== 'boolean' && !Number.isNaN(new Date(value as string).getTime())],
  id: ['must be a document id', (value, context) => context.isId(String(value))],
}

/**
 * PostgreSQL compares typed columns: a number or date column with `abc`, or a uuid column with any
 * other text, is a database error (a 500), not "no match". Nor can it match them, or JSON, as text.
 */
function typeProblem(kind: ColumnKind, hasMany: boolean, operator: string, operand: unknown, context: QueryContext): string | undefined {
  // On a hasMany relation the SQL adapters turn `contains` into `equals` on the join table.
  const relationContains = operator === 'contains' && kind === 'id' && hasMany
  if (textMatching.has(operator) && !relationContains) return `"${operator}" matches text; on this field use equals, in, greater_than or less_than`
  if ((!comparing.has(operator) && !relationContains) || kind === 'json') return undefined
  const listed = Array.isArray(operand) ? operand : typeof operand === 'string' && listOperators.has(operator) ? operand.split(',') : [operand]
  const present = listed.filter((value) => value !== null && value !== undefined)
  // An empty value means "no condition" to the adapters, except inside a list (`in=`): there it is an item.
  const values = listOperators.has(operator) && kind === 'id' ? present : present.filter((value) => value !== '')
  const [message, fits] = valueChecks[kind]
  return values.every((value) => fits(value, context)) ? undefined : message
}

/** The first problem of a `where`, as "where.title.equals: …", or undefined. */
export function whereProblem(where: unknown, context: QueryContext, path = 'where', depth = 0): string | undefined {
  if (depth > maxNesting) return `${path}: nested too deeply`
  if (!isPlainObject(where)) return `${path}: must be an object of fields`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) return `${path}.${key}: must be a list of conditions`
      for (const [index, condition] of value.entries()) {
        const problem = whereProblem(condition, context, `${path}.${key}.${index}`, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(value)) return `${path}.${key}: must name an operator, as in where[${key}][equals]=…`
    const field = fieldAtPath(context.fields, key, context.locales)
    const kind = columnKind(key, field)
    for (const [operator, operand] of Object.entries(value)) {
      // Geometry operators need a point field; on any other column they are a database error.
      if (geo.has(operator) && !context.hasPointFields) return `${path}.${key}.${operator}: there are no point fields to search by distance or area`
      if (operator === 'all' && !context.hasAll) return `${path}.${key}.all: this database has no "all" operator; join "contains" conditions with "and" instead`
      if (operator === 'all' && !(field && 'hasMany' in field && field.hasMany)) return `${path}.${key}.all: "all" applies only to fields with several values; use "in" or "equals"`
      const problem =
        operandProblem(operator, operand) ??
        (field && (field.type === 'select' || field.type === 'radio') ? selectProblem(field, operator, operand) : undefined) ??
        (kind ? typeProblem(kind, Boolean(field && 'hasMany' in field && field.hasMany), operator, operand, context) : undefined)
      if (problem) return `${path}.${key}.${operator}: ${problem}`
    }
  }
  return undefined
}

/** `limit` and `page` reach SQL as LIMIT/OFFSET: whole numbers only. */
export function pagingProblem(args: { limit?: unknown; page?: unknown }): string | undefined {
  for (const name of ['limit', 'page'] as const) {
    const value = args[name]
    if (value === undefined || value === null) continue
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return `${name}: must be a whole number of 0 or more`
  }
  return undefined
}
