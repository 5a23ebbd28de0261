import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { mediaDir } from '../config/paths'
import type { SeedProgress } from '../seed/progress'
import { linksOf, type Data } from './fields'
import {
  contentCollections,
  exportFormat,
  formatVersion,
  schemaMigrations,
  tenantCollections,
  TransferError,
  type ContentCollection,
  type Doc,
  type ExportFile,
  type ExportedDocument,
  type ExportedFile,
  type ExternalLink,
} from './format'

export type ExportOptions = {
  /** Take every document's older versions along. */
  versions?: boolean
  onProgress?: (progress: SeedProgress) => void
}

/** Reads as the hub itself: no user, no access rules, every locale, links as ids. */
const asHub = { overrideAccess: true, depth: 0, locale: 'all', pagination: false } as const

function hasDrafts(payload: Payload, collection: CollectionSlug): boolean {
  const versions = payload.collections[collection].config.versions
  return Boolean(versions && typeof versions === 'object' && versions.drafts)
}

async function findTenant(payload: Payload, slug: string): Promise<Doc> {
  const { docs } = await payload.find({ collection: 'tenants', where: { slug: { equals: slug } }, ...asHub, limit: 1 })
  if (!docs.length) throw new TransferError(`there is no office with the slug "${slug}"`)
  return docs[0] as unknown as Doc
}

/** Read hooks add views of the document (adaptations' `inherited`), which a write would refuse. */
function stored(doc: Data): Doc {
  const { inherited: _inherited, originChanged: _originChanged, translationState: _state, ...rest } = doc
  return rest as Doc
}

/**
 * An office's documents of one collection: the stored (published or only) state, plus the newest
 * draft where one was saved after it, plus older versions when asked for.
 */
async function readCollection(payload: Payload, collection: ContentCollection, tenantId: string, versions: boolean): Promise<ExportedDocument[]> {
  const where = { tenant: { equals: tenantId } }
  const { docs } = await payload.find({ collection, where, ...asHub, draft: false, sort: 'createdAt' })
  const entries: ExportedDocument[] = docs.map((doc) => ({ doc: stored(doc as unknown as Data) }))
  if (!hasDrafts(payload, collection)) return entries
  const { docs: latest } = await payload.find({ collection, where, ...asHub, draft: true })
  const drafts = new Map(latest.map((doc) => [String(doc.id), stored(doc as unknown as Data)]))
  for (const entry of entries) {
    const draft = drafts.get(entry.doc.id)
    // The newest version differs from the stored document only when a draft was saved over it.
    if (draft && (draft.updatedAt !== entry.doc.updatedAt || draft._status !== entry.doc._status)) entry.draft = draft
    if (versions) entry.versions = await readVersions(payload, collection, entry.doc.id)
  }
  return entries
}

async function readVersions(payload: Payload, collection: ContentCollection, id: string): Promise<Doc[]> {
  const { docs } = await payload.findVersions({ collection, where: { parent: { equals: id } }, ...asHub, sort: 'createdAt' })
  // Each as the document was saved then (its `updatedAt` is the save's time).
  return docs.map((version) => ({ ...stored((version as unknown as { version: Data }).version), id, updatedAt: version.updatedAt }) as Doc)
}

/** The network-wide topics the office's documents link to (topics belong to no office, so only those are taken along). */
async function readTopics(payload: Payload, ids: string[]): Promise<ExportedDocument[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({ collection: 'topics', where: { id: { in: ids } }, ...asHub, sort: 'createdAt' })
  return docs.map((doc) => ({ doc: stored(doc as unknown as Data) }))
}

async function readFile(media: Doc): Promise<ExportedFile> {
  const filename = String(media.filename ?? '')
  const file = path.join(mediaDir(), path.basename(filename))
  const bytes = await fs.readFile(file).catch(() => {
    throw new TransferError(`the file of media ${media.id} (${filename}) is missing in ${mediaDir()}`)
  })
  return { id: media.id, filename, mimeType: String(media.mimeType ?? 'application/octet-stream'), size: bytes.length, base64: bytes.toString('base64') }
}

/** Reads an office (by slug) with everything it owns into one export file. */
export async function exportTenant(payload: Payload, slug: string, options: ExportOptions = {}): Promise<ExportFile> {
  const tenant = stored((await findTenant(payload, slug)) as Data)
  const collections = Object.fromEntries(contentCollections.map((collection) => [collection, [] as ExportedDocument[]])) as ExportFile['collections']
  for (const collection of tenantCollections) collections[collection] = await readCollection(payload, collection, tenant.id, Boolean(options.versions))

  const inFile = new Set([`tenants:${tenant.id}`, ...tenantCollections.flatMap((collection) => collections[collection].map((entry) => `${collection}:${entry.doc.id}`))])
  const linked = new Map<string, ExternalLink>()
  for (const collection of tenantCollections) {
    const fields = payload.collections[collection].config.fields
    for (const entry of collections[collection]) {
      for (const doc of [entry.doc, ...(entry.draft ? [entry.draft] : []), ...(entry.versions ?? [])]) {
        for (const link of linksOf(fields, doc)) linked.set(`${link.collection}:${link.id}`, link)
      }
    }
  }
  const links = [...linked.values()]
  collections.topics = await readTopics(payload, [...new Set(links.filter((link) => link.collection === 'topics').map((link) => link.id))])
  // Links to other offices' (network) documents: kept by an import only where the target hub has them.
  const external = links.filter((link) => link.collection !== 'topics' && !inFile.has(`${link.collection}:${link.id}`))

  const files: ExportedFile[] = []
  const total = collections.media.length
  for (const [index, entry] of collections.media.entries()) {
    options.onProgress?.({ done: index + 1, total, collection: 'media files', label: String(entry.doc.filename) })
    files.push(await readFile(entry.doc))
  }
  return {
    format: exportFormat,
    formatVersion,
    schema: { migrations: schemaMigrations() },
    exportedAt: new Date().toISOString(),
    locales: payload.config.localization ? payload.config.localization.localeCodes : [],
    tenant: { ...tenant, id: String(tenant.id) },
    collections,
    files,
    external,
    options: { versions: Boolean(options.versions) },
  }
}

/** Counts for the summary line: documents per collection, locales, files and their bytes. */
export function describeExport(file: ExportFile): string {
  const counts = contentCollections.map((collection) => `${collection} ${file.collections[collection].length}`).join(', ')
  const drafts = contentCollections.reduce((sum, collection) => sum + file.collections[collection].filter((entry) => entry.draft).length, 0)
  const versions = contentCollections.reduce((sum, collection) => sum + file.collections[collection].reduce((n, entry) => n + (entry.versions?.length ?? 0), 0), 0)
  const bytes = file.files.reduce((sum, entry) => sum + entry.size, 0)
  const tenantLocales = (file.tenant.locales as string[] | undefined) ?? []
  return [
    `office ${String(file.tenant.slug)} (${tenantLocales.join(', ')})`,
    counts,
    `${drafts} newer drafts, ${versions} older versions, ${file.files.length} files (${(bytes / 1024).toFixed(0)} KiB), ${file.external.length} links to other offices' documents`,
  ].join('\n')
}

