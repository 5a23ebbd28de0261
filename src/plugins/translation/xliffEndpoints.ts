import { APIError, NotFound, commitTransaction, initTransaction, killTransaction, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { relationId } from '../../access/ids'
import { officeById, type Office } from '../../access/offices'
import { tenantContext } from '../../access/tenantContext'
import { languageFromHeader, translate } from '../../i18n'
import { completeness, fingerprintOf, inLocale, overlay, type TranslationRecords } from './status'
import {
  applyUnits,
  compareUnits,
  extractUnits,
  parseXliff,
  toXliff12,
  toXliff21,
  withTargets,
  XliffError,
  type Comparison,
  type ExportDocument,
  type ParsedFile,
  type ParsedXliff,
  type TranslationState,
  type Unit,
} from './xliff'

type Data = Record<string, unknown>

const maxXliffBytes = 5 * 1024 * 1024

function badRequest(message: string): never {
  throw new APIError(message, 400, null, true)
}

function notAllowed(req: PayloadRequest, locale: string, allowed: string[]): never {
  const language = languageFromHeader(req.headers.get('accept-language'))
  badRequest(translate(language, 'errors.localeNotAllowed', { locale, allowed: allowed.join(', ') }))
}

/** Source (office default unless named) and target: both the office's, and different. */
function checkLocales(req: PayloadRequest, office: Office, target: string | null | undefined, source: string | null | undefined) {
  const sourceLocale = source || office.defaultLocale
  if (!target) badRequest('Name the target locale: ?target=<code>.')
  if (!office.locales.includes(target)) notAllowed(req, target, office.locales)
  if (!office.locales.includes(sourceLocale)) notAllowed(req, sourceLocale, office.locales)
  if (sourceLocale === target) badRequest(`The target locale must differ from the source locale (${sourceLocale}).`)
  return { source: sourceLocale, target }
}

/** One document, all locales, as the caller may read it (people and API keys: the newest draft). */
async function readDocument(req: PayloadRequest, collection: CollectionSlug, id: string): Promise<Data> {
  return (await req.payload.findByID({ collection, id, depth: 0, locale: 'all', draft: Boolean(req.user), overrideAccess: false, user: req.user, req })) as unknown as Data
}

async function officeOfDocument(req: PayloadRequest, doc: Data): Promise<Office> {
  const office = await officeById(req, relationId(doc.tenant) ?? '')
  if (!office) badRequest('The document belongs to no office.')
  return office
}

/** The document's units in `source`, with `target`'s text as targets and each unit's state. */
function exportDocument(req: PayloadRequest, collection: CollectionSlug, doc: Data, source: string, target: string): ExportDocument {
  const fields = req.payload.collections[collection].config.fields
  const units = withTargets(extractUnits(fields, inLocale(fields, doc, source)), extractUnits(fields, inLocale(fields, doc, target)))
  const record = (doc.translation as TranslationRecords | undefined)?.locales?.[target]
  const states: Record<string, TranslationState> = {}
  // In an outdated translation, only the listed fields are; the others are still translated.
  const current = record?.state === 'outdated' ? 'translated' : record?.state
  if (record) for (const unit of units) states[unit.id] = record.outdatedFields.includes(unit.id) ? 'outdated' : current!
  return { collection, id: String(doc.id), units, states }
}

function xliffResponse(xml: string, filename: string): Response {
  return new Response(xml, {
    headers: { 'content-type': 'application/xliff+xml; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
  })
}

function versionOf(req: PayloadRequest): '2.1' | '1.2' {
  const version = req.searchParams.get('version') ?? '2.1'
  if (version !== '2.1' && version !== '1.2') badRequest(`Unknown XLIFF version "${version}"; use 2.1 or 1.2.`)
  return version
}

/**
 * `GET /api/<collection>/<id>/xliff?target=<code>[&source=<code>][&version=2.1|1.2]`: the document's
 * localized fields for a translation tool, read with the caller's own access (404 when unreadable).
 */
export function xliffExportEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/xliff',
    method: 'get',
    handler: async (req) => {
      const version = versionOf(req)
      const doc = await readDocument(req, collection, String(req.routeParams?.id))
      const office = await officeOfDocument(req, doc)
      const { source, target } = checkLocales(req, office, req.searchParams.get('target'), req.searchParams.get('source'))
      const options = { sourceLocale: source, targetLocale: target, documents: [exportDocument(req, collection, doc, source, target)] }
      return xliffResponse(version === '1.2' ? toXliff12(options) : toXliff21(options), `${collection}-${doc.id}-${source}-${target}.xlf`)
    },
  }
}

/** `GET /api/xliff?collection=<slug>&target=<code>[&source=<code>]`: every document of the request's office, one multi-file XLIFF 2.1. */
export function xliffBulkExportEndpoint(translatable: CollectionSlug[]): Endpoint {
  return {
    path: '/xliff',
    method: 'get',
    handler: async (req) => {
      const office = await tenantContext(req)
      if (!office) badRequest('Name the office: send X-Tenant: <office slug> (or call the hub on an office domain).')
      const collection = req.searchParams.get('collection') as CollectionSlug | null
      if (!collection || !translatable.includes(collection)) badRequest(`Name the collection: ?collection=<${translatable.join('|')}>.`)
      const { source, target } = checkLocales(req, office, req.searchParams.get('target'), req.searchParams.get('source'))
      const { docs } = await req.payload.find({
        collection,
        where: { tenant: { equals: office.id } },
        locale: 'all',
        depth: 0,
        draft: Boolean(req.user),
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const documents = docs.map((doc) => exportDocument(req, collection, doc as unknown as Data, source, target))
      return xliffResponse(toXliff21({ sourceLocale: source, targetLocale: target, documents }), `${collection}-${office.slug}-${source}-${target}.xlf`)
    },
  }
}

// ---- import ----

/** The uploaded XLIFF: the raw body, or the `file` part of a multipart form. */
async function uploadedXml(req: PayloadRequest): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxXliffBytes + 64 * 1024) throw new XliffError(`The XLIFF document is larger than ${maxXliffBytes} bytes.`, 413)
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData!().catch(() => badRequest('The multipart body could not be read.'))
    const file = form.get('file')
    if (!file || typeof file === 'string') badRequest('Send the XLIFF document as the "file" part of the form.')
    return (file as Blob).text()
  }
  const xml = req.text ? await req.text() : ''
  if (!xml.trim()) badRequest('Send an XLIFF 1.2 or 2.x document as the request body.')
  return xml
}

type FileResult = { file: string; updated: string[]; unchanged: string[]; outdated: string[]; rejected: { id: string; reason: string }[]; translationState?: TranslationState }

/** What one file of the upload would write, checked against the document as it is now. */
type PlannedWrite = FileResult & { collection: CollectionSlug; id: string; office: string; data?: Data; markTranslated: boolean; hasDrafts: boolean }

async function planFile(req: PayloadRequest, parsed: ParsedXliff, file: ParsedFile, translatable: CollectionSlug[]): Promise<PlannedWrite> {
  const collection = file.collection as CollectionSlug
  if (!translatable.includes(collection)) badRequest(`The file "${file.id}" names the collection "${file.collection}"; XLIFF imports exist for ${translatable.join(', ')}.`)
  const doc = await readDocument(req, collection, file.documentId).catch((error) => {
    if (error instanceof NotFound || (error as { status?: number }).status === 404) throw new APIError(`The file "${file.id}" names a document that does not exist or that you may not read.`, 404, null, true)
    throw error
  })
  const office = await officeOfDocument(req, doc)
  const { source, target } = checkLocales(req, office, parsed.trgLang, parsed.srcLang)
  if (target === office.defaultLocale) badRequest(`"${target}" is the source language of ${office.slug}; import translations into one of its other locales.`)
  const config = req.payload.collections[collection].config
  const sourceDoc = inLocale(config.fields, doc, source)
  const targetDoc = inLocale(config.fields, doc, target)
  const sourceUnits = extractUnits(config.fields, sourceDoc)
  const comparison: Comparison = compareUnits(sourceUnits, file.units as Unit[], extractUnits(config.fields, targetDoc))
  const data = comparison.accepted.length ? applyUnits(config.fields, sourceDoc, targetDoc, comparison.accepted) : undefined
  const after = data ? fingerprintOf(config.fields, overlay(config.fields, targetDoc, data)) : undefined
  // Complete and current after this import: the translation is done (an editor approves it).
  const markTranslated = Boolean(after) && !comparison.outdated.length && completeness(fingerprintOf(config.fields, sourceDoc), after!) === 1
  return {
    file: file.id,
    collection,
    id: String(doc.id),
    office: office.id,
    updated: comparison.updated,
    unchanged: comparison.unchanged,
    outdated: comparison.outdated,
    rejected: comparison.rejected,
    data,
    markTranslated,
    hasDrafts: Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts),
  }
}

function summary(results: FileResult[]) {
  const count = (key: 'updated' | 'unchanged' | 'outdated' | 'rejected') => results.reduce((sum, result) => sum + result[key].length, 0)
  return { updated: count('updated'), unchanged: count('unchanged'), outdated: count('outdated'), rejected: count('rejected') }
}

function publicResult({ file, updated, unchanged, outdated, rejected, translationState }: PlannedWrite): FileResult {
  return { file, updated, unchanged, outdated, rejected, ...(translationState ? { translationState } : {}) }
}

/** Writes every planned file in one transaction (PostgreSQL, MongoDB replica sets): all of them, or (on any error) none. */
async function writeAll(req: PayloadRequest, plans: PlannedWrite[], target: string): Promise<void> {
  const ownTransaction = await initTransaction(req)
  try {
    for (const plan of plans) {
      if (!plan.data) continue
      const data: Data = { ...plan.data, ...(plan.hasDrafts ? { _status: 'draft' } : {}), ...(plan.markTranslated ? { translationState: 'translated' } : {}) }
      const saved = await req.payload.update({
        collection: plan.collection,
        id: plan.id,
        data: data as never,
        locale: target as never,
        draft: plan.hasDrafts,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      plan.translationState = (saved as unknown as { translation?: TranslationRecords }).translation?.locales?.[target]?.state
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

/**
 * Imports an uploaded XLIFF into the target locale of each file's document. Every unit is checked
 * first: any rejected unit refuses the whole upload (400 listing them). Units whose source changed
 * since the export are reported as outdated and skipped. The rest is written in one transaction.
 */
async function importXliff(req: PayloadRequest, translatable: CollectionSlug[], onlyFile?: string): Promise<Response> {
  try {
    const parsed = parseXliff(await uploadedXml(req), { maxBytes: maxXliffBytes })
    if (!parsed.files.length) badRequest('The XLIFF document has no <file>.')
    if (onlyFile && (parsed.files.length !== 1 || parsed.files[0].id !== onlyFile)) {
      badRequest(`This endpoint imports the file "${onlyFile}" only; the upload has ${parsed.files.map((file) => `"${file.id}"`).join(', ')}. Use POST /api/xliff for several documents.`)
    }
    const duplicate = parsed.files.find((file, index) => parsed.files.findIndex((other) => other.id === file.id) !== index)
    if (duplicate) badRequest(`The file "${duplicate.id}" appears twice in the upload.`)
    // A stable order, so two imports that touch the same documents take their locks alike.
    const files = [...parsed.files].sort((a, b) => a.id.localeCompare(b.id))
    const plans: PlannedWrite[] = []
    for (const file of files) plans.push(await planFile(req, parsed, file, translatable))
    // One office per upload (as GET /api/xliff exports): the same locales and rights hold for every
    // document, so the checks above cover every write.
    if (new Set(plans.map((plan) => plan.office)).size > 1) badRequest('An upload may hold documents of one office only; import each office’s file separately.')
    const results = () => plans.map(publicResult)
    if (plans.some((plan) => plan.rejected.length)) {
      const reasons = plans.flatMap((plan) => plan.rejected.map((rejection) => `${plan.file} ${rejection.id}: ${rejection.reason}`))
      return Response.json({ errors: [{ message: `Nothing was imported; these units cannot be written: ${reasons.join('; ')}.` }], ...summary(results()), files: results() }, { status: 400 })
    }
    await writeAll(req, plans, parsed.trgLang)
    return Response.json({ ...summary(results()), files: results() })
  } catch (error) {
    if (error instanceof XliffError) return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
    throw error
  }
}

/** `POST /api/<collection>/<id>/xliff`: one document's translation back from a translation tool. */
export function xliffImportEndpoint(collection: CollectionSlug, translatable: CollectionSlug[]): Endpoint {
  return {
    path: '/:id/xliff',
    method: 'post',
    handler: (req) => importXliff(req, translatable, `${collection}/${String(req.routeParams?.id)}`),
  }
}

/** `POST /api/xliff`: a multi-file XLIFF (as `GET /api/xliff` exports it), all documents or none. */
export function xliffBulkImportEndpoint(translatable: CollectionSlug[]): Endpoint {
  return { path: '/xliff', method: 'post', handler: (req) => importXliff(req, translatable) }
}
