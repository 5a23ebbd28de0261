/** A plain id: a non-empty string, a number, or (MongoDB) an ObjectId. */
function plainId(value: unknown): string | undefined {
  if ((typeof value === 'string' && value !== '') || (typeof value === 'number' && value !== 0)) return String(value)
  const objectId = value as { toHexString?: () => string } | null
  return typeof objectId?.toHexString === 'function' ? objectId.toHexString() : undefined
}

/** What a relation value that holds no id reads as: present (truthy), yet no document's id. */
export const notAnId = 'not-an-id'

/**
 * The id of a relation value, whether Payload gave the id or the populated document; `undefined`
 * when there is none. Any other value a client sent reads as `notAnId`, as before as a string that
 * matches nothing, but without `String()` on it: the fuzzer's `tenant: [[[…]]]` overflowed the
 * stack there (a 500).
 */
export function relationId(value: unknown): string | undefined {
  // The plain id first: an ObjectId has an `id` too (its bytes).
  const plain = plainId(value)
  if (plain || !value) return plain
  const id = typeof value === 'object' && !Array.isArray(value) && 'id' in value ? plainId(value.id) : undefined
  return id ?? notAnId
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const objectId = /^[0-9a-f]{24}$/i

/** Ids are UUIDs on the SQL adapters (idType 'uuid') and ObjectIds on MongoDB: anything else names no document. */
export const documentIdPattern = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})$/i

/** The id format of this hub's database, or undefined where ids are numbers. */
export function idFormat(db: { name?: string; idType?: string }): RegExp | undefined {
  if (db.name === 'mongoose') return objectId
  if (db.idType === 'uuid' || db.idType === 'uuidv7') return uuid
  return undefined
}
