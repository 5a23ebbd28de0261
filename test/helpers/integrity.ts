import fs from 'node:fs'

import type { Payload } from 'payload'

/**
 * A database integrity check for randomized tests: snapshot every collection through the Local
 * API (every locale, drafts and published, hidden fields, version ids per document, files in the
 * media folder), then check that the only differences are the writes the API acknowledged.
 */
export type DatabaseSnapshot = {
  /** `collection/id` → the document in every locale, published and draft, as canonical JSON. */
  docs: Map<string, string>
  /** `collection/id` → the ids of its versions. */
  versions: Map<string, string>
  /** users' email → `users/id`. */
  userKeys: Map<string, string>
  /** Media `collection/id` → the files it owns (original and sizes). */
  mediaFiles: Map<string, string[]>
  files: Set<string>
}

/** What the run may have changed: documents named by acknowledged writes. */
export type WriteLedger = {
  /** `collection/id` written by a request answered 2xx (or named in a mutation's result). */
  written: Set<string>
  /** Users whose sign-in bookkeeping may change (failed logins count attempts, resets store tokens). */
  authTouched: Set<string>
}

export const docKey = (collection: string, id: unknown) => `${collection}/${String(id)}`

/** JSON with sorted keys, so two reads of an unchanged document compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, (item as Record<string, unknown>)[key]]))
      : item,
  )
}

type AnyDoc = Record<string, unknown> & { id: string }

export async function snapshotDatabase(payload: Payload, mediaDir: string): Promise<DatabaseSnapshot> {
  const snapshot: DatabaseSnapshot = { docs: new Map(), versions: new Map(), userKeys: new Map(), mediaFiles: new Map(), files: new Set() }
  for (const slug of Object.keys(payload.collections)) {
    const config = (payload.collections as Record<string, (typeof payload.collections)['users']>)[slug].config
    const read = (draft: boolean) =>
      payload.find({ collection: slug as never, overrideAccess: true, locale: 'all', depth: 0, pagination: false, showHiddenFields: true, draft })
    const published = (await read(false)).docs as unknown as AnyDoc[]
    const drafts = config.versions && typeof config.versions === 'object' && config.versions.drafts ? ((await read(true)).docs as unknown as AnyDoc[]) : []
    const draftById = new Map(drafts.map((doc) => [String(doc.id), doc]))
    for (const doc of published) {
      const key = docKey(slug, doc.id)
      snapshot.docs.set(key, canonical({ published: doc, draft: draftById.get(String(doc.id)) ?? null }))
      if (slug === 'users' && typeof doc.email === 'string') snapshot.userKeys.set(doc.email.toLowerCase(), key)
      if (config.upload) snapshot.mediaFiles.set(key, filesOf(doc))
    }
    if (config.versions) {
      const { docs } = await payload.findVersions({ collection: slug as never, overrideAccess: true, pagination: false, depth: 0, locale: 'all' as never })
      const byParent = new Map<string, string[]>()
      for (const version of docs as unknown as { id: string; parent: unknown }[]) {
        const parent = docKey(slug, typeof version.parent === 'object' && version.parent ? (version.parent as AnyDoc).id : version.parent)
        byParent.set(parent, [...(byParent.get(parent) ?? []), String(version.id)])
      }
      for (const [parent, ids] of byParent) snapshot.versions.set(parent, ids.sort().join(','))
    }
  }
  for (const file of fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []) snapshot.files.add(file)
  return snapshot
}

function filesOf(doc: AnyDoc): string[] {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null }>).map((size) => size?.filename)
  return [doc.filename as string | undefined, ...sizes].filter((name): name is string => Boolean(name))
}

/** Relations to deleted documents disappear from other documents (foreign keys): ignore exactly those. */
function withoutDeleted(json: string, deleted: Set<string>): unknown {
  const strip = (value: unknown): unknown => {
    if (typeof value === 'string') return deleted.has(value) ? null : value
    if (Array.isArray(value)) return value.filter((item) => !(typeof item === 'string' && deleted.has(item))).map(strip)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]))
    return value
  }
  return strip(JSON.parse(json))
}

/** Sign-in bookkeeping Payload writes on its own, also for refused logins (lockout after failed attempts). */
const authFields = ['loginAttempts', 'lockUntil', 'sessions', 'resetPasswordToken', 'resetPasswordExpiration', 'resetPasswordRequestedAt', 'updatedAt']

function withoutAuthFields(json: string): string {
  const parsed = JSON.parse(json) as { published: Record<string, unknown>; draft: Record<string, unknown> | null }
  for (const doc of [parsed.published, parsed.draft]) for (const field of authFields) if (doc) delete doc[field]
  return canonical(parsed)
}

function changedFields(before: string, after: string): string {
  const b = (JSON.parse(before) as { published: Record<string, unknown> }).published
  const a = (JSON.parse(after) as { published: Record<string, unknown> }).published
  const keys = new Set([...Object.keys(b), ...Object.keys(a)])
  const changed = [...keys].filter((key) => canonical(b[key]) !== canonical(a[key]))
  return changed.length ? changed.join(', ') : 'drafts only'
}

/**
 * The audit log records what happened, refused sign-ins included: a new entry is explained by a
 * failed login, or by an acknowledged write of the document it names. An entry for a write that
 * was refused would mean the write happened after all.
 */
function isExplainedAuditEntry(key: string, snapshot: string, ledger: WriteLedger): boolean {
  if (!key.startsWith('audit-log/')) return false
  const entry = (JSON.parse(snapshot) as { published: { operation?: string; collection?: string; documentId?: string } }).published
  if (entry.operation === 'login-failed') return true
  if (!entry.collection) return false
  const named = docKey(entry.collection, entry.documentId)
  // Signing in updates the user (sessions, failed attempts): bookkeeping the ledger tracks apart.
  return ledger.written.has(named) || (entry.operation === 'update' && ledger.authTouched.has(named))
}

const auditSummary = (snapshot: string) => {
  const { operation, collection, documentId, who } = (JSON.parse(snapshot) as { published: Record<string, string> }).published
  return `${operation} ${collection}/${documentId} by ${who}`
}

/** Every difference between the snapshots that no acknowledged write explains. */
export function unexplainedChanges(before: DatabaseSnapshot, after: DatabaseSnapshot, ledger: WriteLedger): string[] {
  const problems: string[] = []
  const deletedIds = new Set([...before.docs.keys()].filter((key) => !after.docs.has(key)).map((key) => key.slice(key.indexOf('/') + 1)))
  for (const key of new Set([...before.docs.keys(), ...after.docs.keys()])) {
    if (ledger.written.has(key)) continue
    const was = before.docs.get(key)
    const is = after.docs.get(key)
    if (was === undefined && is !== undefined && isExplainedAuditEntry(key, is, ledger)) continue
    if (was === undefined) problems.push(`${key} was created, but no acknowledged write names it${key.startsWith('audit-log/') ? `: ${auditSummary(is!)}` : ''}`)
    else if (is === undefined) problems.push(`${key} was deleted, but no acknowledged write names it`)
    else if (ledger.authTouched.has(key)) {
      if (withoutAuthFields(was) !== withoutAuthFields(is)) problems.push(`${key} changed beyond sign-in bookkeeping: ${changedFields(was, is)}`)
    } else if (canonical(withoutDeleted(was, deletedIds)) !== canonical(withoutDeleted(is, deletedIds))) {
      problems.push(`${key} changed without an acknowledged write: ${changedFields(was, is)}`)
    }
  }
  for (const key of new Set([...before.versions.keys(), ...after.versions.keys()])) {
    if (ledger.written.has(key)) continue
    if (before.versions.get(key) !== after.versions.get(key)) problems.push(`the versions of ${key} changed without an acknowledged write`)
  }
  problems.push(...unexplainedFiles(before, after, ledger))
  return problems
}

/** A file may appear or disappear only with an acknowledged write of the media document that owns it. */
function unexplainedFiles(before: DatabaseSnapshot, after: DatabaseSnapshot, ledger: WriteLedger): string[] {
  const owned = (snapshot: DatabaseSnapshot) =>
    new Set([...snapshot.mediaFiles].filter(([key]) => ledger.written.has(key)).flatMap(([, files]) => files))
  const ownedAfter = owned(after)
  const ownedBefore = owned(before)
  const problems: string[] = []
  for (const file of after.files) if (!before.files.has(file) && !ownedAfter.has(file)) problems.push(`file ${file} appeared without an acknowledged upload`)
  for (const file of before.files) if (!after.files.has(file) && !ownedBefore.has(file)) problems.push(`file ${file} disappeared without an acknowledged write`)
  return problems
}
