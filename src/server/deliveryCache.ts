import { createHash } from 'node:crypto'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import type { Payload, PayloadRequest, SanitizedConfig } from 'payload'

import { documentIdPattern } from '../access/ids'
import { type CachedAnswer, DeliveryCache, type PendingRead, strongEtag } from '../delivery/cache'
import { invalidationBus } from '../delivery/invalidation'
import { type CacheControl, collectDeliveryTags, type DeliveryCacheSettings, deliveryCacheSettings } from '../plugins/deliveryCache'

/**
 * Delivery cache, the transport's half: anonymous and API-key reads of published content are
 * answered from memory when an earlier identical read is still valid. Who may read what is still
 * decided by Payload on every miss; the cache only replays an answer Payload gave to a caller
 * with the same tenant context, credentials, origin, path and query. Writes evict by tag (see
 * plugins/deliveryCache).
 */
export type DeliveryCaching = {
  cache: DeliveryCache
  settings: DeliveryCacheSettings
  /** Payload's session cookie: a signed-in person is never served from the cache. */
  sessionCookie: string
}

/** A read the cache may answer, and under which key. */
export type CacheableRead = {
  key: string
  cacheControl: CacheControl
  /** `private` for API keys: a shared cache (CDN) must not hand a preview key's answer to others. */
  scope: 'public' | 'private'
  baseTags: string[]
}

const megabyte = 1024 * 1024
const apiKeyAuthorization = /^api-keys API-Key \S/i
/** Headers that describe a connection or a moment, not the answer. */
const unstoredHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', 'etag', 'cache-control', 'set-cookie'])

/** The process's delivery cache, listening to the invalidations of this Payload; none with HUB_CACHE=off. */
export function createDeliveryCaching(payload: Payload, config: SanitizedConfig): DeliveryCaching | undefined {
  const settings = deliveryCacheSettings(config)
  if (!settings || process.env.HUB_CACHE === 'off') return undefined
  const maxMegabytes = Number(process.env.HUB_CACHE_MB ?? 64)
  const cache = new DeliveryCache((Number.isFinite(maxMegabytes) && maxMegabytes > 0 ? maxMegabytes : 64) * megabyte)
  invalidationBus(payload).subscribe((invalidation) => cache.invalidate(invalidation))
  return { cache, settings, sessionCookie: `${config.cookiePrefix}-token=` }
}

const hash = (value: string) => createHash('sha256').update(value).digest('base64url')

/** Anonymous, or an API key; anything else (a session, a JWT) is a person and bypasses the cache. */
function credentialsOf(req: ExpressRequest, caching: DeliveryCaching): { scope: 'public' | 'private'; key: string } | undefined {
  if (req.get('cookie')?.includes(caching.sessionCookie)) return undefined
  const authorization = req.get('authorization')
  if (!authorization) return { scope: 'public', key: '' }
  return apiKeyAuthorization.test(authorization) ? { scope: 'private', key: hash(authorization) } : undefined
}

/** Everything a delivery answer may depend on besides the data: tenant context, credentials, origin (CORS). */
function requestKey(req: ExpressRequest, credentials: string, what: unknown): string {
  const headers = ['host', 'x-forwarded-host', 'x-tenant', 'origin'].map((name) => req.get(name) ?? '')
  return JSON.stringify([what, credentials, ...headers])
}

/** Query parameters in a stable order: `?a=1&b=2` and `?b=2&a=1` are one answer. */
function normalizedQuery(originalUrl: string): string {
  const params = new URL(originalUrl, 'http://hub.invalid').searchParams
  params.sort()
  return params.toString()
}

/** `GET /api/<collection>`, `/count` or `/<id>` of a delivery collection, by an anonymous or API-key caller. */
export function cacheableRestRead(caching: DeliveryCaching | undefined, req: ExpressRequest): CacheableRead | undefined {
  if (!caching || req.method !== 'GET') return undefined
  const [, collection, second, ...rest] = req.path.split('/')
  if (rest.length || !caching.settings.collections.includes(collection)) return undefined
  if (second !== undefined && second !== 'count' && !documentIdPattern.test(second)) return undefined
  const credentials = credentialsOf(req, caching)
  if (!credentials) return undefined
  const { cacheControl } = caching.settings
  return {
    key: requestKey(req, credentials.key, ['rest', req.path, normalizedQuery(req.originalUrl)]),
    cacheControl: cacheControl[collection] ?? cacheControl.default,
    scope: credentials.scope,
    baseTags: baseTags(credentials.scope),
  }
}

/**
 * Every answer depends on the offices (tenant context, locales, fallbacks); a key's answers on the
 * key itself (disabled or deleted keys get their 401 at once).
 */
function baseTags(scope: 'public' | 'private'): string[] {
  return scope === 'private' ? ['list:tenants', 'list:api-keys'] : ['list:tenants']
}

/** A GraphQL document of queries only (mutations are never cached), by an anonymous or API-key caller. */
export function cacheableGraphQLRead(
  caching: DeliveryCaching | undefined,
  req: ExpressRequest,
  body: { query?: unknown; variables?: unknown; operationName?: unknown } | undefined,
  isQueryOnly: (query: string) => boolean,
): CacheableRead | undefined {
  if (!caching || typeof body?.query !== 'string' || !isQueryOnly(body.query)) return undefined
  const credentials = credentialsOf(req, caching)
  if (!credentials) return undefined
  return {
    key: requestKey(req, credentials.key, ['graphql', body.query, body.variables ?? null, body.operationName ?? null]),
    cacheControl: caching.settings.cacheControl.default,
    scope: credentials.scope,
    baseTags: baseTags(credentials.scope),
  }
}

/** Starts a read the cache could not answer: its tags are collected on the Payload request. */
export function beginRead(caching: DeliveryCaching, request: object): { tags: Set<string>; pending: PendingRead } {
  return { tags: collectDeliveryTags(request), pending: caching.cache.begin() }
}

/**
 * Payload's answer to a cacheable read, stored if it is a success for an anonymous or API-key
 * caller (the credentials Payload resolved, not only the headers) and nothing in it changed
 * while it was read. Returns the answer to send, or undefined to send Payload's as it is.
 */
export async function storeAnswer(
  caching: DeliveryCaching,
  read: CacheableRead,
  started: { tags: Set<string>; pending: PendingRead },
  request: PayloadRequest,
  response: Response,
  isStorable: (body: Buffer) => boolean = () => true,
): Promise<CachedAnswer | undefined> {
  const user = request.user as { collection?: string } | null | undefined
  if (response.status !== 200 || response.headers.has('set-cookie') || (user && user.collection !== 'api-keys')) return undefined
  const body = Buffer.from(await response.arrayBuffer())
  const headers: [string, string][] = []
  response.headers.forEach((value, name) => unstoredHeaders.has(name) || headers.push([name, value]))
  const answer: CachedAnswer = { status: response.status, headers, body, etag: strongEtag(body), tags: [...read.baseTags, ...started.tags] }
  if (isStorable(body)) caching.cache.set(read.key, answer, started.pending)
  return answer
}

/** `If-None-Match`: a list of ETags or `*`; weak ones compare by their value. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '')
    return candidate === '*' || candidate === etag
  })
}

/** Sends a delivery answer with its validators: a 304 when the client already has these bytes. */
export function sendAnswer(req: ExpressRequest, res: ExpressResponse, answer: CachedAnswer, read: CacheableRead, source: 'HIT' | 'MISS'): void {
  for (const [name, value] of answer.headers) res.setHeader(name, value)
  const { maxAge, staleWhileRevalidate } = read.cacheControl
  res.setHeader('cache-control', `${read.scope}, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`)
  res.setHeader('etag', answer.etag)
  res.setHeader('x-cache', source)
  for (const header of ['Origin', 'X-Tenant', 'Authorization']) res.vary(header)
  if (matchesEtag(req.get('if-none-match'), answer.etag)) {
    res.status(304).end()
    return
  }
  res.status(answer.status)
  res.setHeader('content-length', String(answer.body.length))
  res.end(answer.body)
}
