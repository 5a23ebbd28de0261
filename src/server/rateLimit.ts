import crypto from 'node:crypto'

import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'

import type { RateLimitSettings } from '../config/limits'
import { sendError } from './errors'

/**
 * Fixed-window rate limits. The counters live behind `RateLimitStore`: in memory for one
 * instance, in Redis for several (REDIS_URL, `rateLimitRedis.ts`), the limiters are the same.
 */
export interface RateLimitStore {
  /** Adds `weight` hits to `key` in its current window; returns the window's total and its end (epoch ms). */
  hit(key: string, weight: number, windowMs: number): Promise<{ count: number; resetAt: number }>
}

/** One process's counters. Expired windows are swept as new hits arrive, never by a timer. */
export class MemoryRateLimitStore implements RateLimitStore {
  private windows = new Map<string, { count: number; resetAt: number }>()
  private nextSweep = 0

  async hit(key: string, weight: number, windowMs: number) {
    const now = Date.now()
    this.sweep(now, windowMs)
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs }
      this.windows.set(key, window)
    }
    window.count += weight
    return { ...window }
  }

  private sweep(now: number, windowMs: number): void {
    if (now < this.nextSweep) return
    this.nextSweep = now + windowMs
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
  }
}

export type RateLimitDecision = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number }

export type RateLimiter = {
  name: string
  /** Counts `weight` attempts for `key` (an IP, a hashed key) and says whether they are allowed. */
  consume: (key: string, weight?: number) => Promise<RateLimitDecision>
}

/** A limiter of `limit` hits per `windowMs` per key; a limit of 0 allows everything. */
export function createRateLimiter(name: string, limit: number, windowMs: number, store: RateLimitStore): RateLimiter {
  return {
    name,
    consume: async (key, weight = 1) => {
      if (limit <= 0) return { allowed: true, limit, remaining: Infinity, retryAfterSeconds: 0 }
      const { count, resetAt } = await store.hit(`${name}:${key}`, weight, windowMs)
      return {
        allowed: count <= limit,
        limit,
        remaining: Math.max(0, limit - count),
        retryAfterSeconds: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
      }
    },
  }
}

/** 429 in the hub's error shape; `Retry-After` says when the window ends. */
export function sendTooManyRequests(req: ExpressRequest, res: ExpressResponse, decision: RateLimitDecision): void {
  res.setHeader('retry-after', String(decision.retryAfterSeconds))
  sendError(req, res, 429, 'errors.tooManyRequests', { seconds: decision.retryAfterSeconds })
}

/** The client's address as Express sees it (the proxy's client with HUB_TRUST_PROXY=true). */
export function clientAddress(req: ExpressRequest): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown'
}

/** Express middleware: one attempt per request, keyed by the client's address. */
export function limitPerAddress(limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    try {
      const decision = await limiter.consume(clientAddress(req))
      if (!decision.allowed) return sendTooManyRequests(req, res, decision)
      next()
    } catch (error) {
      next(error)
    }
  }
}

const apiKeyHeader = /^api-keys API-Key (.+)$/i

/**
 * The presented API key, hashed: the counters never hold secrets. Unknown keys are counted too
 * (Payload refuses them with 401), so guessing keys is limited per guess like any other key.
 */
export function apiKeyFingerprint(authorization: string | undefined): string | undefined {
  const secret = authorization?.match(apiKeyHeader)?.[1]?.trim()
  return secret ? crypto.createHash('sha256').update(secret).digest('base64url') : undefined
}

/** Express middleware: every request that presents an API key counts against that key. */
export function limitPerApiKey(limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    const key = apiKeyFingerprint(req.get('authorization'))
    if (!key) return next()
    try {
      const decision = await limiter.consume(key)
      if (Number.isFinite(decision.remaining)) {
        res.setHeader('ratelimit-limit', String(decision.limit))
        res.setHeader('ratelimit-remaining', String(decision.remaining))
      }
      if (!decision.allowed) return sendTooManyRequests(req, res, decision)
      next()
    } catch (error) {
      next(error)
    }
  }
}

export type HubRateLimiters = { login: RateLimiter; forgotPassword: RateLimiter; apiKey: RateLimiter }

export function createHubRateLimiters(settings: RateLimitSettings, store: RateLimitStore = new MemoryRateLimitStore()): HubRateLimiters {
  return {
    login: createRateLimiter('login', settings.login, settings.windowMs, store),
    forgotPassword: createRateLimiter('forgot-password', settings.forgotPassword, settings.windowMs, store),
    apiKey: createRateLimiter('api-key', settings.apiKey, settings.windowMs, store),
  }
}
