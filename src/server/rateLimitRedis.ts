import type { Payload } from 'payload'
import { createClient } from 'redis'

import { MemoryRateLimitStore, type RateLimitStore } from './rateLimit'

const prefix = 'visionary-hub:rate:'

export type SharedRateLimitStore = RateLimitStore & { close: () => Promise<void> }

/**
 * Rate-limit counters shared by every instance over Redis (with REDIS_URL): behind a load
 * balancer, ten login attempts a minute stay ten, not ten per instance. One fixed window per key:
 * the first hit creates it with its expiry, later hits add to it. While Redis cannot answer, this
 * process counts on its own (the limits hold per instance) instead of letting everything through
 * or refusing everyone.
 */
export function shareRateLimitsOverRedis(payload: Payload, url: string): SharedRateLimitStore {
  // No offline queue: a hit while Redis is away fails at once and is counted locally instead of
  // holding the login until Redis is back.
  const client = createClient({ url, disableOfflineQueue: true })
  const local = new MemoryRateLimitStore()
  let closing = false
  let warned = false
  client.on('error', (error: Error) => {
    if (closing || warned) return
    warned = true
    payload.logger.warn(`Redis (rate limits): ${error.message}; each instance counts on its own until it answers again.`)
  })
  client.on('ready', () => (warned = false))
  client.connect().catch(() => undefined)

  return {
    async hit(key, weight, windowMs) {
      if (!client.isReady) return local.hit(key, weight, windowMs)
      try {
        const name = prefix + key
        const [, count, ttl] = await client.multi().set(name, '0', { condition: 'NX', expiration: { type: 'PX', value: windowMs } }).incrBy(name, weight).pTTL(name).exec()
        return { count: Number(count), resetAt: Date.now() + Math.max(0, Number(ttl)) }
      } catch {
        return local.hit(key, weight, windowMs)
      }
    },
    close: async () => {
      closing = true
      await client.quit().catch(() => undefined)
    },
  }
}
