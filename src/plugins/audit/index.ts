import type { AfterErrorHook, CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, PayloadRequest, Plugin } from 'payload'

import { relationId } from '../../access/ids'
import { AuditLog, auditSlug } from './collection'

/** Payload's own bookkeeping and the log itself are not audited. */
const notAudited = new Set([auditSlug, 'payload-jobs', 'payload-preferences', 'payload-locked-documents', 'payload-migrations', 'payload-kv'])

/** Values that change on every save and say nothing about the edit. */
const noise = new Set(['updatedAt', 'createdAt', 'id', '_status', 'sessions', 'loginAttempts', 'lockUntil', 'salt', 'hash', 'apiKeyIndex', 'translation', 'translationState', 'overrides', 'inherited', 'originChanged'])

type Data = Record<string, unknown>

/** Dotted paths whose values differ between two versions of a document (array rows by row id). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return []
  const isObject = (value: unknown) => value !== null && typeof value === 'object'
  if (Array.isArray(before) && Array.isArray(after) && after.every((row) => isObject(row) && 'id' in (row as Data))) {
    const previous = new Map((before.filter(isObject) as Data[]).map((row) => [String(row.id), row]))
    const paths = after.flatMap((row: Data) => changedPaths(previous.get(String(row.id)), row, `${prefix}${String(row.id)}.`))
    const removed = [...previous.keys()].filter((id) => !after.some((row: Data) => String(row.id) === id)).map((id) => `${prefix}${id}`)
    return [...paths, ...removed]
  }
  if (isObject(before) && isObject(after) && !Array.isArray(before) && !Array.isArray(after) && !('root' in (after as Data))) {
    const keys = new Set([...Object.keys(before as Data), ...Object.keys(after as Data)])
    return [...keys].filter((key) => !noise.has(key)).flatMap((key) => changedPaths((before as Data)[key], (after as Data)[key], `${prefix}${key}.`))
  }
  return [prefix.replace(/\.$/, '')]
}

function who(req: PayloadRequest): { who: string; userId?: string; userCollection?: string } {
  const user = req.user as (Data & { collection?: string }) | null | undefined
  if (!user) return { who: 'system' }
  return { who: String(user.email ?? user.name ?? user.id), userId: String(user.id), userCollection: user.collection }
}

function tenantOf(collection: string, doc: Data): string | undefined {
  if (collection === 'tenants') return String(doc.id)
  const direct = relationId(doc.tenant)
  if (direct) return direct
  const rows = Array.isArray(doc.tenants) ? (doc.tenants as Data[]) : []
  return rows.length === 1 ? relationId(rows[0].tenant) : undefined
}

function clientIp(req: PayloadRequest): string | undefined {
  return req.headers.get('x-forwarded-for')?.split(',')[0].trim() || undefined
}

/** One entry, in the write's own transaction: a write that is rolled back leaves no entry. */
async function record(req: PayloadRequest, entry: Data, inTransaction = true): Promise<void> {
  const summary = `${entry.operation} ${entry.collection ?? ''} ${entry.documentId ?? ''}`.trim()
  await req.payload.create({
    collection: auditSlug as never,
    data: { at: new Date().toISOString(), ip: clientIp(req), ...entry, summary } as never,
    overrideAccess: true,
    depth: 0,
    ...(inTransaction ? { req } : {}),
  })
}

/** The seeder's bulk writes and the hub's own delivery bookkeeping (webhook statuses) are not edits. */
const skip = (req: PayloadRequest) => Boolean((req.context as Data)?.seeding || (req.context as Data)?.hubNotAudited)

/** What the write sent that differs from the document before it (both in the write's locale, depth 0). */
function changedBy(data: Data, previousDoc: Data): string[] {
  const sent = Object.keys(data).filter((key) => !noise.has(key))
  return changedPaths(Object.fromEntries(sent.map((key) => [key, previousDoc?.[key]])), Object.fromEntries(sent.map((key) => [key, data[key]])))
}

const auditChange: CollectionAfterChangeHook = async ({ collection, data, doc, operation, previousDoc, req }) => {
  if (skip(req)) return doc
  const changedFields = operation === 'update' ? changedBy(data ?? {}, previousDoc ?? {}) : []
  if (operation === 'update' && !changedFields.length) return doc
  await record(req, { operation, collection: collection.slug, documentId: String(doc.id), tenant: tenantOf(collection.slug, doc), locale: req.locale, changedFields, ...who(req) })
  return doc
}

const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (skip(req)) return doc
  // A deleted office cannot own its own entry (the relation would point nowhere); `documentId` names it.
  const tenant = collection.slug === 'tenants' ? undefined : tenantOf(collection.slug, doc)
  await record(req, { operation: 'delete', collection: collection.slug, documentId: String(doc.id), tenant, locale: req.locale, ...who(req) })
  return doc
}

/** A refused login (wrong password, locked account): who tried (the e-mail given, never the password) and from where. */
const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  const status = (error as { status?: number }).status
  const isLogin = /\/users\/login\/?$/.test(new URL(req.url ?? 'http://hub/').pathname)
  if (!isLogin || (status !== 401 && status !== 423 && status !== 403)) return
  const email = typeof (req.data as Data | undefined)?.email === 'string' ? String((req.data as Data).email).slice(0, 320) : undefined
  await record(req, { operation: 'login-failed', collection: 'users', who: email ?? 'unknown', ...(req.user ? { userId: String(req.user.id) } : {}) }, false).catch((failure) => {
    req.payload.logger.error({ err: failure, msg: 'could not record a failed login in the audit log' })
  })
}

function withAudit(collection: CollectionConfig): CollectionConfig {
  if (notAudited.has(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), auditChange], afterDelete: [...(hooks.afterDelete ?? []), auditDelete] } }
}

/**
 * The audit log (issue 9): an append-only `audit-log` collection with an entry for every write
 * and every failed login. Readable by super-admins and by office-admins for their offices.
 */
export const auditPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []).map(withAudit), AuditLog],
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), auditFailedLogin] },
  })
