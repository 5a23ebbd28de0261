import { createHash } from 'node:crypto'

import type { Invalidation } from './invalidation'

/** A stored delivery answer: the bytes, the headers that describe them, and what they contain. */
export type CachedAnswer = {
  status: number
  headers: [string, string][]
  body: Buffer
  /** Strong validator of the body: equal bytes, equal ETag. */
  etag: string
  tags: string[]
}

/** A read that was not answered from the cache; stored only if nothing it read changed meanwhile. */
export type PendingRead = { startedAt: number }

/** A read slower than this is not stored: invalidations are remembered only this long. */
const invalidationMemoryMs = 60_000

export function strongEtag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

/**
 * The delivery cache of one process: an LRU bounded by bytes, with a tag index so that a write
 * evicts exactly the answers that contain what it changed.
 *
 * Race it closes: a read that began before a write commits may finish after the write's
 * invalidation and would store the old content for good. Every invalidated tag remembers when;
 * an answer whose read began before one of its tags was invalidated is not stored.
 */
export class DeliveryCache {
  private entries = new Map<string, CachedAnswer>()
  private byTag = new Map<string, Set<string>>()
  private invalidatedAt = new Map<string, number>()
  private flushedAt = 0
  private bytes = 0
  private suspended = false
  readonly stats = { hits: 0, misses: 0, stores: 0, evictions: 0, invalidations: 0 }

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size
  }

  get usedBytes(): number {
    return this.bytes
  }

  /** The answer for this key, marked most recently used. */
  get(key: string): CachedAnswer | undefined {
    if (this.suspended) return undefined
    const answer = this.entries.get(key)
    if (!answer) {
      this.stats.misses++
      return undefined
    }
    this.entries.delete(key)
    this.entries.set(key, answer)
    this.stats.hits++
    return answer
  }

  begin(): PendingRead {
    return { startedAt: performance.now() }
  }

  /** Stores the answer unless the cache is suspended or something it contains changed since the read began. */
  set(key: string, answer: CachedAnswer, read: PendingRead): boolean {
    const size = answer.body.length + key.length
    if (this.suspended || size > this.maxBytes || this.changedSince(answer.tags, read.startedAt)) return false
    this.remove(key)
    this.entries.set(key, answer)
    for (const tag of answer.tags) {
      let keys = this.byTag.get(tag)
      if (!keys) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    this.bytes += size
    this.stats.stores++
    while (this.bytes > this.maxBytes) this.evictOldest()
    return true
  }

  invalidate({ tags }: Invalidation): void {
    const now = performance.now()
    this.stats.invalidations++
    for (const tag of tags) {
      this.invalidatedAt.set(tag, now)
      for (const key of this.byTag.get(tag) ?? []) this.remove(key)
    }
    if (this.invalidatedAt.size > 10_000) this.forgetOldInvalidations(now)
  }

  /** Drops everything (and refuses answers read before now). */
  flush(): void {
    this.flushedAt = performance.now()
    for (const key of [...this.entries.keys()]) this.remove(key)
  }

  /**
   * While invalidations may be missed (Redis unreachable), nothing is served or stored: a stale
   * answer is worse than a slower one.
   */
  suspend(): void {
    this.suspended = true
    this.flush()
  }

  resume(): void {
    this.flush()
    this.suspended = false
  }

  private changedSince(tags: string[], startedAt: number): boolean {
    const now = performance.now()
    if (now - startedAt > invalidationMemoryMs || this.flushedAt >= startedAt) return true
    return tags.some((tag) => (this.invalidatedAt.get(tag) ?? -Infinity) >= startedAt)
  }

  private forgetOldInvalidations(now: number): void {
    for (const [tag, at] of this.invalidatedAt) if (now - at > invalidationMemoryMs) this.invalidatedAt.delete(tag)
  }

  private evictOldest(): void {
    const oldest = this.entries.keys().next().value
    if (oldest === undefined) return
    this.remove(oldest)
    this.stats.evictions++
  }

  private remove(key: string): void {
    const answer = this.entries.get(key)
    if (!answer) return
    this.entries.delete(key)
    this.bytes -= answer.body.length + key.length
    for (const tag of answer.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.byTag.delete(tag)
    }
  }
}
