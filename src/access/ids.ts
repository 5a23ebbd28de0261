/** The id of a relation value, whether Payload gave the id or the populated document. */
export function relationId(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return value ? String(value) : undefined
}
