/**
 * A localized value read with `locale: 'all'` in the first of the given languages that has it,
 * else in any language (another office's document may not be written in the admin's language).
 */
export function inLanguage(value: unknown, ...languages: (string | undefined)[]): string | undefined {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return undefined
  const texts = value as Record<string, unknown>
  const found = [...languages.filter(Boolean), ...Object.keys(texts)].map((code) => texts[code as string]).find((text) => typeof text === 'string' && text)
  return found as string | undefined
}
