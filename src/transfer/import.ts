import fs from 'node:fs'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Field, type Payload, type PayloadRequest } from 'payload'

import { mediaDir } from '../config/paths'
import type { SeedProgress } from '../seed/progress'
import { fieldsWithLinks, localesIn, mapLinks, pickLocale, virtualFieldNames, type Data, type Link, type LinkRule } from './fields'
import { contentCollections, tenantCollections, TransferError, type ContentCollection, type Doc, type ExportFile, type ExportedDocument } from './format'

export type ImportOptions = { onProgress?: (progress: SeedProgress) => void }

export type ImportSummary = {
  tenant: { id: string; slug: string }
  created: Record<ContentCollection, number>
  /** Topics the target hub already had (same id, or same slug under another id): linked, not copied. */
  topicsReused: number
  drafts: number
  /** Links to other offices' documents the target hub does not have: left out. */
  linksLeftOut: ExternalKey[]
  transaction: boolean
}

type ExternalKey = `${string}:${string}`

/**
 * Writes act for no person: no access rules; `seeding` skips the per-person write limits and the
 * audit log (an import is not an edit), `hubImporting` makes the translation and adaptation hooks
 * keep the states and overrides the file carries instead of recomputing them as for an edit.
 */
const importContext = { seeding: true, hubImporting: true }
const asImporter = { overrideAccess: true, depth: 0 } as const

/** Set by Payload from the upload itself; a write sends the file instead. */
const uploadManaged = ['filename', 'mimeType', 'filesize', 'width', 'height', 'url', 'thumbnailURL', 'sizes']

const key = (collection: string, id: string): ExternalKey => `${collection}:${id}`

function fieldsOf(payload: Payload, collection: CollectionSlug): Field[] {
  return payload.collections[collection].config.fields
}

function hasDrafts(payload: Payload, collection: CollectionSlug): boolean {
  const versions = payload.collections[collection].config.versions
  return Boolean(versions && typeof versions === 'object' && versions.drafts)
}

/** What a write may send of an exported document: no timestamps Payload sets, no computed fields. */
function writable(payload: Payload, collection: CollectionSlug, doc: Doc): Data {
  const { updatedAt: _updatedAt, ...data } = doc as Data
  for (const name of virtualFieldNames(fieldsOf(payload, collection))) delete data[name]
  if (payload.collections[collection].config.upload) for (const name of uploadManaged) delete data[name]
  return data
}

async function existingIds(payload: Payload, collection: CollectionSlug, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let start = 0; start < ids.length; start += 100) {
    const chunk = ids.slice(start, start + 100)
    const { docs } = await payload.find({ collection, where: { id: { in: chunk } }, ...asImporter, limit: chunk.length, pagination: false, select: {} as never })
    for (const doc of docs as unknown as { id: unknown }[]) found.add(String(doc.id))
  }
  return found
}

type Plan = {
  topicIds: Map<string, string>
  /** Topics to create (the others exist in the target hub already). */
  newTopics: Set<string>
  /** Documents of other offices the target hub has: links to them are kept. */
  externalPresent: Set<ExternalKey>
  externalMissing: Set<ExternalKey>
  inFile: Set<ExternalKey>
}

/**
 * Everything that would refuse the import is checked before the first write: the office must be
 * new to this hub, no document may exist under an id of the file (ids are kept, so links and
 * URLs stay the same), and the office's locales must be the hub's.
 */
async function planImport(payload: Payload, file: ExportFile): Promise<Plan> {
  const slug = String(file.tenant.slug)
  const bySlug = await payload.find({ collection: 'tenants', where: { slug: { equals: slug } }, ...asImporter, limit: 1 })
  if (bySlug.docs.length) throw new TransferError(`this hub already has an office "${slug}": an import creates the office and never merges into an existing one`)
  if ((await existingIds(payload, 'tenants', [file.tenant.id])).size) throw new TransferError(`this hub already has an office with the id ${file.tenant.id}`)
  const hubLocales = payload.config.localization ? payload.config.localization.localeCodes : []
  const missingLocales = ((file.tenant.locales as string[] | undefined) ?? []).filter((code) => !hubLocales.includes(code))
  if (missingLocales.length) throw new TransferError(`the office publishes in ${missingLocales.join(', ')}, which this hub does not have (add the locale folders first)`)

  for (const collection of tenantCollections) {
    const ids = file.collections[collection].map((entry) => entry.doc.id)
    const taken = await existingIds(payload, collection, ids)
    if (taken.size) throw new TransferError(`this hub already has ${collection} with the id ${[...taken][0]}${taken.size > 1 ? ` (and ${taken.size - 1} more)` : ''}: import into a hub without this office's content`)
  }

  const topicIds = new Map<string, string>()
  const newTopics = new Set<string>()
  const topics = file.collections.topics.map((entry) => entry.doc)
  const sameId = await existingIds(payload, 'topics', topics.map((topic) => topic.id))
  for (const topic of topics) {
    if (sameId.has(topic.id)) {
      topicIds.set(topic.id, topic.id)
      continue
    }
    // Topics are the network's shared taxonomy: a hub that has the slug already links to its own.
    const { docs } = await payload.find({ collection: 'topics', where: { slug: { equals: String(topic.slug) } }, ...asImporter, limit: 1 })
    topicIds.set(topic.id, docs.length ? String(docs[0].id) : topic.id)
    if (!docs.length) newTopics.add(topic.id)
  }

  const externalPresent = new Set<ExternalKey>()
  const externalMissing = new Set<ExternalKey>()
  const byCollection = new Map<string, string[]>()
  for (const link of file.external) byCollection.set(link.collection, [...(byCollection.get(link.collection) ?? []), link.id])
  for (const [collection, ids] of byCollection) {
    const present = payload.collections[collection as CollectionSlug] ? await existingIds(payload, collection as CollectionSlug, ids) : new Set<string>()
    for (const id of ids) (present.has(id) ? externalPresent : externalMissing).add(key(collection, id))
  }
  const inFile = new Set<ExternalKey>([key('tenants', file.tenant.id)])
  for (const collection of contentCollections) for (const entry of file.collections[collection]) inFile.add(key(collection, entry.doc.id))
  return { topicIds, newTopics, externalPresent, externalMissing, inFile }
}

/** The write's locales: the document's own language (the office's default) first, as its creation. */
function writeLocales(payload: Payload, collection: CollectionSlug, doc: Data, defaultLocale: string): string[] {
  const hubLocales = payload.config.localization ? payload.config.localization.localeCodes : [defaultLocale]
  const found = localesIn(fieldsOf(payload, collection), doc, hubLocales)
  // Required localized fields must be there in the creating locale: the office's language, else any the document has.
  const first = found.has(defaultLocale) || !found.size ? defaultLocale : hubLocales.find((code) => found.has(code))!
  return [first, ...hubLocales.filter((code) => code !== first && found.has(code))]
}

type Written = { collection: CollectionSlug; id: string; files: string[] }

function mediaFiles(doc: Data): string[] {
  const sizes = (doc.sizes ?? {}) as Record<string, { filename?: string | null }>
  return [doc.filename, ...Object.values(sizes).map((size) => size?.filename)].filter((name): name is string => typeof name === 'string' && name.length > 0)
}

function describeFailure(collection: string, doc: Data, error: unknown): TransferError {
  const message = error instanceof Error ? error.message : String(error)
  const details = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors ?? []
  const label = doc.slug ?? doc.filename ?? doc.id
  const detail = details.map((entry) => `${entry.path ?? ''}: ${entry.message ?? ''}`).join('; ')
  return new TransferError(`could not write ${collection} ${String(label)}: ${message}${detail ? ` (${detail})` : ''}`)
}

/**
 * Imports an export file into this hub as a new office, all or nothing: the file is checked and
 * the target hub inspected before the first write; writes run in one transaction where the
 * database has them (PostgreSQL, MongoDB) and are undone one by one where it does not (SQLite, whose
 * adapter runs without transactions here). Ids, creation dates, drafts, translation states and
 * media files are kept.
 */
export async function importTenant(payload: Payload, file: ExportFile, options: ImportOptions = {}): Promise<ImportSummary> {
  const plan = await planImport(payload, file)
  const tenantId = file.tenant.id
  const defaultLocale = String(file.tenant.defaultLocale ?? 'en')
  const written = new Set<ExternalKey>()
  const log: Written[] = []
  const summary: ImportSummary = {
    tenant: { id: tenantId, slug: String(file.tenant.slug) },
    created: Object.fromEntries(contentCollections.map((collection) => [collection, 0])) as ImportSummary['created'],
    topicsReused: file.collections.topics.length - plan.newTopics.size,
    drafts: 0,
    linksLeftOut: [...plan.externalMissing],
    transaction: false,
  }

  const deferred = new Map<ExternalKey, { collection: ContentCollection; entry: ExportedDocument }>()
  /** Links as the first writes send them: only to documents that exist by then. */
  const firstRule =
    (owner: ExternalKey, collection: ContentCollection, entry: ExportedDocument): LinkRule =>
    (link: Link) => {
      const target = key(link.collection, link.id)
      if (link.collection === 'topics') return plan.topicIds.get(link.id) ?? (plan.externalPresent.has(target) ? link.id : undefined)
      if (written.has(target) || plan.externalPresent.has(target)) return link.id
      // A link to a document of the file written later (or to itself): completed once all exist.
      if (plan.inFile.has(target)) deferred.set(owner, { collection, entry })
      return undefined
    }
  /** Links once everything is written: all of the file's, and other offices' that this hub has. */
  const finalRule: LinkRule = (link) => {
    const target = key(link.collection, link.id)
    if (link.collection === 'topics') return plan.topicIds.get(link.id) ?? (plan.externalPresent.has(target) ? link.id : undefined)
    return written.has(target) || plan.externalPresent.has(target) ? link.id : undefined
  }

  const steps =
    1 +
    contentCollections.reduce((sum, collection) => sum + file.collections[collection].length, 0) +
    contentCollections.reduce((sum, collection) => sum + file.collections[collection].filter((entry) => entry.draft).length, 0)
  let done = 0
  const step = (collection: string, label: unknown) => options.onProgress?.({ done: ++done, total: steps, collection, label: String(label ?? '') })

  const req = await createLocalReq({ context: { ...importContext } }, payload)
  const previousIdOnCreate = (payload.db as { allowIDOnCreate?: boolean }).allowIDOnCreate
  // Ids are kept (links, URLs and front ends' bookmarks stay valid); Payload takes an id on create
  // only when the adapter allows it, so the import allows it for its own writes and no longer.
  ;(payload.db as { allowIDOnCreate?: boolean }).allowIDOnCreate = true
  const files = new Map(file.files.map((entry) => [entry.id, entry]))
  let inTransaction = false
  try {
    inTransaction = await initTransaction(req)
    summary.transaction = inTransaction
    const common = { ...asImporter, req, context: { ...importContext } }

    /** Creates the document in its first locale, then adds every other locale to the same rows. */
    const writeDocument = async (collection: CollectionSlug, data: Data, draft: boolean, upload?: { data: Buffer; mimetype: string; name: string; size: number }) => {
      const locales = writeLocales(payload, collection, data, defaultLocale)
      const fields = fieldsOf(payload, collection)
      const drafts = hasDrafts(payload, collection)
      const [first, ...others] = locales
      const created = (await payload.create({
        collection,
        data: pickLocale(fields, data, first) as never,
        locale: first as never,
        ...(drafts ? { draft } : {}),
        ...(upload ? { file: upload } : {}),
        ...common,
      })) as unknown as Data
      log.push({ collection, id: String(created.id), files: mediaFiles(created) })
      for (const locale of others) {
        const { id: _id, createdAt: _createdAt, ...localeData } = pickLocale(fields, data, locale)
        await payload.update({ collection, id: String(created.id), data: localeData as never, locale: locale as never, ...(drafts ? { draft } : {}), ...common })
      }
    }

    step('tenants', file.tenant.slug)
    await writeDocument('tenants', writable(payload, 'tenants', file.tenant), false)
    written.add(key('tenants', tenantId))

    for (const collection of contentCollections) {
      const fields = fieldsOf(payload, collection)
      for (const entry of file.collections[collection]) {
        const owner = key(collection, entry.doc.id)
        if (collection === 'topics' && !plan.newTopics.has(entry.doc.id)) {
          step(collection, `${String(entry.doc.slug)} (already here)`)
          continue
        }
        step(collection, entry.doc.slug ?? entry.doc.filename ?? entry.doc.id)
        const data = mapLinks(fields, writable(payload, collection, entry.doc), firstRule(owner, collection, entry))
        const bytes = files.get(entry.doc.id)
        const upload = collection === 'media' && bytes ? { data: Buffer.from(bytes.base64, 'base64'), mimetype: bytes.mimeType, name: bytes.filename, size: bytes.size } : undefined
        try {
          await writeDocument(collection, data, entry.doc._status === 'draft', upload)
        } catch (error) {
          throw describeFailure(collection, entry.doc, error)
        }
        written.add(owner)
        summary.created[collection] += 1
      }
    }

    // Links held back because their target came later (curricula ↔ case studies): now all exist.
    for (const { collection, entry } of deferred.values()) {
      const fields = fieldsOf(payload, collection)
      const full = mapLinks(fields, writable(payload, collection, entry.doc), finalRule)
      const names = fieldsWithLinks(fields, full).filter((name) => name !== 'tenant')
      const data = Object.fromEntries(names.map((name) => [name, pickLocale(fields, full, defaultLocale)[name]]))
      try {
        await payload.update({ collection, id: entry.doc.id, data: { ...data, ...(entry.doc._status ? { _status: entry.doc._status } : {}) } as never, locale: defaultLocale as never, ...common, ...(hasDrafts(payload, collection) ? { draft: false } : {}) })
      } catch (error) {
        throw describeFailure(collection, entry.doc, error)
      }
    }

    // Drafts saved over the stored state come last, as the editors saved them: on top of it.
    for (const collection of contentCollections) {
      const fields = fieldsOf(payload, collection)
      for (const entry of file.collections[collection]) {
        if (!entry.draft) continue
        step(`${collection} drafts`, entry.draft.slug ?? entry.doc.id)
        const data = mapLinks(fields, writable(payload, collection, entry.draft), finalRule)
        try {
          for (const locale of writeLocales(payload, collection, data, defaultLocale)) {
            const { id: _id, createdAt: _createdAt, ...localeData } = pickLocale(fields, data, locale)
            await payload.update({ collection, id: entry.doc.id, data: { ...localeData, _status: 'draft' } as never, locale: locale as never, draft: true, ...common })
          }
        } catch (error) {
          throw describeFailure(collection, entry.draft, error)
        }
        summary.drafts += 1
      }
    }

    if (inTransaction) await commitTransaction(req)
    return summary
  } catch (error) {
    await undo(payload, req, inTransaction, log)
    throw error
  } finally {
    ;(payload.db as { allowIDOnCreate?: boolean }).allowIDOnCreate = previousIdOnCreate
  }
}

/**
 * Leaves the hub as it was: a transaction is rolled back (uploaded files, written before the
 * database rows, are removed by hand); without one, what was created is deleted newest first.
 */
async function undo(payload: Payload, req: PayloadRequest, inTransaction: boolean, log: Written[]): Promise<void> {
  if (inTransaction) {
    await killTransaction(req)
    for (const entry of log) for (const name of entry.files) fs.rmSync(path.join(mediaDir(), path.basename(name)), { force: true })
    return
  }
  for (const entry of [...log].reverse()) {
    await payload
      .delete({ collection: entry.collection, id: entry.id, overrideAccess: true, context: { ...importContext } })
      .catch((error: unknown) => payload.logger.error(`import: could not undo ${entry.collection} ${entry.id}: ${error instanceof Error ? error.message : String(error)}`))
  }
}

/** The summary as the command prints it. */
export function describeImport(summary: ImportSummary, seconds: number): string {
  const counts = contentCollections.map((collection) => `${collection} ${summary.created[collection]}`).join(', ')
  return [
    `Imported office ${summary.tenant.slug} (${summary.tenant.id}) in ${seconds.toFixed(1)} s${summary.transaction ? ' (one transaction)' : ''}`,
    `created: ${counts}; ${summary.drafts} newer drafts; ${summary.topicsReused} topics already here`,
    summary.linksLeftOut.length
      ? `${summary.linksLeftOut.length} links to other offices' documents this hub does not have were left out: ${summary.linksLeftOut.join(', ')}`
      : 'every link to other offices\' documents was kept',
  ].join('\n')
}
