import { isPlainObject, maxNesting } from './shape'

/**
 * The shape of a query: `where` is an object of fields (or `and`/`or` lists) to operators to
 * values. Payload checks field paths and operators, but passes a nested object sent as an
 * operator's value (`where[createdAt][equals][1][b]=c`) to the database driver: a 500.
 */

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

/** The first problem of a `where`, as "where.title.equals: …", or undefined. */
export function whereProblem(where: unknown, path = 'where', depth = 0): string | undefined {
  if (depth > maxNesting) return `${path}: nested too deeply`
  if (!isPlainObject(where)) return `${path}: must be an object of fields`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) return `${path}.${key}: must be a list of conditions`
      for (const [index, condition] of value.entries()) {
        const problem = whereProblem(condition, `${path}.${key}.${index}`, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(value)) return `${path}.${key}: must name an operator, as in where[${key}][equals]=…`
    for (const [operator, operand] of Object.entries(value)) {
      const problem = operandProblem(operator, operand)
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
