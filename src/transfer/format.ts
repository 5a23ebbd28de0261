import { migrations as sqliteMigrations } from '../migrations/sqlite'

/**
 * The export file: one JSON document holding an office's whole content. `formatVersion` changes
 * when this layout changes; `schema` records the hub's migrations at export time, so a hub whose
 * schema is older than the file's refuses it instead of writing half of it.
 */
export const exportFormat = 'visionary-hub-tenant-export'
export const formatVersion = 1

/** What an export carries, in the order an import writes it (each only links to earlier ones, or is completed later). */
export const contentCollections = ['topics', 'media', 'organizations', 'learning-formats', 'case-studies', 'curricula'] as const
export type ContentCollection = (typeof contentCollections)[number]
/** Collections owned by the office (the rest, topics, are network-wide and only taken along when referenced). */
export const tenantCollections: ContentCollection[] = ['media', 'organizations', 'learning-formats', 'case-studies', 'curricula']

export type Doc = Record<string, unknown> & { id: string }

export type ExportedDocument = {
  /** The document as stored (`locale: 'all'`, depth 0); for drafts collections its published (or only) state. */
  doc: Doc
  /** A newer draft saved over it, when there is one (`locale: 'all'`). */
  draft?: Doc
  /** Older versions, oldest first (only with `--versions`). */
  versions?: Doc[]
}

export type ExportedFile = { id: string; filename: string; mimeType: string; size: number; base64: string }

/** A link from the office's documents to a document of another office (not in the file). */
export type ExternalLink = { collection: string; id: string }

export type ExportFile = {
  format: typeof exportFormat
  formatVersion: number
  /** The schema the content was read with: migration names without their timestamps, oldest first. */
  schema: { migrations: string[] }
  exportedAt: string
  /** The hub's locale codes when exported. */
  locales: string[]
  tenant: Doc
  collections: Record<ContentCollection, ExportedDocument[]>
  /** The media files' bytes, by media id. */
  files: ExportedFile[]
  external: ExternalLink[]
  options: { versions: boolean }
}

/**
 * The hub's schema as a list of dialect-free migration names (`translation_state`, …): SQLite and
 * PostgreSQL carry the same migrations under different timestamps, and MongoDB runs the same code.
 */
export function schemaMigrations(): string[] {
  return sqliteMigrations.map((migration) => migration.name.replace(/^\d{8}_\d{6}_/, ''))
}

/** A problem with the file that stops the import before anything is written: one clear line. */
export class TransferError extends Error {
  name = 'TransferError'
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value)
}

function isDoc(value: unknown): value is Doc {
  return isObject(value) && typeof value.id === 'string' && value.id.length > 0
}

/** Checks version, schema and shape of a parsed file; throws a TransferError naming the first problem. */
export function checkExportFile(value: unknown, hubMigrations = schemaMigrations()): ExportFile {
  if (!isObject(value) || value.format !== exportFormat) throw new TransferError(`not a Visionary Hub export (expected "format": "${exportFormat}")`)
  const version = value.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new TransferError('the file has no valid formatVersion')
  if (version > formatVersion) {
    throw new TransferError(`the file uses export format ${version}, newer than this hub's ${formatVersion}: update this hub before importing it`)
  }
  const schema = isObject(value.schema) && Array.isArray(value.schema.migrations) ? (value.schema.migrations as unknown[]) : undefined
  if (!schema || !schema.every((name) => typeof name === 'string')) throw new TransferError('the file does not record its schema (schema.migrations)')
  const unknown = (schema as string[]).filter((name) => !hubMigrations.includes(name))
  if (unknown.length) {
    throw new TransferError(
      `the file comes from a newer hub schema (migration ${unknown.map((name) => `"${name}"`).join(', ')} is unknown here; this hub's newest is "${hubMigrations.at(-1)}"): update this hub before importing it`,
    )
  }
  if (!isDoc(value.tenant) || typeof value.tenant.slug !== 'string') throw new TransferError('the file has no office (tenant with id and slug)')
  const tenantId = value.tenant.id
  if (!isObject(value.collections)) throw new TransferError('the file has no collections')
  for (const collection of contentCollections) {
    const entries = value.collections[collection]
    if (!Array.isArray(entries)) throw new TransferError(`collections.${collection} is missing or not a list`)
    entries.forEach((entry, index) => {
      const where = `collections.${collection}[${index}]`
      if (!isObject(entry) || !isDoc(entry.doc)) throw new TransferError(`${where} has no document with an id`)
      if (entry.draft !== undefined && (!isDoc(entry.draft) || entry.draft.id !== entry.doc.id)) throw new TransferError(`${where}.draft is not the same document`)
      if (entry.versions !== undefined && (!Array.isArray(entry.versions) || !entry.versions.every(isObject))) throw new TransferError(`${where}.versions is not a list of versions`)
      if (collection !== 'topics' && String(entry.doc.tenant) !== tenantId) throw new TransferError(`${where} belongs to another office`)
    })
  }
  if (!Array.isArray(value.files) || !value.files.every((file) => isObject(file) && typeof file.id === 'string' && typeof file.filename === 'string' && typeof file.base64 === 'string')) {
    throw new TransferError('files must be a list of {id, filename, mimeType, base64}')
  }
  const files = new Set((value.files as ExportedFile[]).map((file) => file.id))
  for (const media of value.collections.media as ExportedDocument[]) {
    if (!files.has(media.doc.id)) throw new TransferError(`media ${media.doc.id} (${String(media.doc.filename)}) has no file in the export`)
  }
  if (!Array.isArray(value.external)) throw new TransferError('external must be a list')
  if (!Array.isArray(value.locales) || !value.locales.every((code) => typeof code === 'string')) throw new TransferError('locales must be a list of locale codes')
  return value as unknown as ExportFile
}
