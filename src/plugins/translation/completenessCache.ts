import type { Payload } from 'payload'

/**
 * Completeness per locale of one saved state of a document, remembered per process. Computing it
 * means reading every localized field in every locale and fingerprinting it: for an office of
 * 2,000 documents that is most of the translation report's time (`npm run bench`). A saved state
 * is named by collection, id and `updatedAt`, which every write changes, so an entry is never
 * stale: an edit simply makes the next report compute that document again. Adaptations inherit
 * from their origin, so they are never cached (their content can change without their own write).
 */
export type LocaleShares = Record<string, number>

/** About 80 bytes per locale and document: 50,000 documents stay well under 20 MB. */
const capacity = 50_000

const caches = new WeakMap<Payload, Map<string, LocaleShares>>()

function cacheOf(payload: Payload): Map<string, LocaleShares> {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map()))
  return cache
}

export function savedStateKey(collection: string, doc: { id?: unknown; updatedAt?: unknown }): string | undefined {
  return doc.id && doc.updatedAt ? `${collection}:${String(doc.id)}:${String(doc.updatedAt)}` : undefined
}

/** The remembered shares, if they cover every locale asked for. */
export function rememberedShares(payload: Payload, key: string | undefined, locales: string[]): LocaleShares | undefined {
  if (!key) return undefined
  const cache = cacheOf(payload)
  const shares = cache.get(key)
  if (!shares || !locales.every((locale) => locale in shares)) return undefined
  // Least recently used goes first: a hit moves to the end.
  cache.delete(key)
  cache.set(key, shares)
  return shares
}

export function rememberShares(payload: Payload, key: string | undefined, shares: LocaleShares): void {
  if (!key) return
  const cache = cacheOf(payload)
  cache.delete(key)
  cache.set(key, shares)
  if (cache.size > capacity) cache.delete(cache.keys().next().value!)
}
