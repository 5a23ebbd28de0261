/** The id of a relation value, whether Payload gave the id or the populated document. */
export function relationId(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return value ? String(value) : undefined
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
