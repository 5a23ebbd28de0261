/** A plain id: a non-empty string, a number, or (MongoDB) an ObjectId. */
function plainId(value: unknown): string | undefined {
  if ((typeof value === 'string' && value !== '') || (typeof value === 'number' && value !== 0)) return String(value)
  const objectId = value as { toHexString?: () => string } | null
  return typeof objectId?.toHexString === 'function' ? objectId.toHexString() : undefined
}

/**
 * The id of a relation value, whether Payload gave the id or the populated document. Anything else
 * is no id: a client's `tenant: [[[…]]]` must not be turned into a string (a deep array overflowed
 * the stack in `String()`, a 500 found by the request fuzzer).
 */
export function relationId(value: unknown): string | undefined {
  // The plain id first: an ObjectId has an `id` too (its bytes).
  const plain = plainId(value)
  if (plain || !value || typeof value !== 'object' || Array.isArray(value)) return plain
  return 'id' in value ? plainId(value.id) : undefined
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
