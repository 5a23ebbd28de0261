import { APIError, Forbidden, type CollectionSlug, type Endpoint, type Field, type PayloadRequest, type Where } from 'payload'

import { isPerson, isSuperAdmin, tenantIdsWithRole } from '../../access/roles'
import { tenantContext, type TenantContext } from '../../access/tenantContext'
import { languageFromHeader, translate } from '../../i18n'
import { type LocaleShares, rememberedShares, rememberShares, savedStateKey } from './completenessCache'
import { completeness, fingerprintOf, inLocale, translationStates, type TranslationRecords } from './status'
import type { TranslationState } from './xliff'

export type ReportEntry = {
  state: TranslationState
  stateLabel: string
  completeness: number
  outdatedFields: string[]
  updatedAt: string | null
  updatedBy: string | null
}

export type ReportDocument = {
  id: string
  title: string
  slug?: string
  status?: string
  /** For an adaptation (issue 6): its origin, and the owned fields the origin changed since. */
  origin?: string
  originChanged?: { field: string; locale?: string }[]
  locales: Record<string, ReportEntry>
}

export type LocaleTotals = { documents: number; completeness: number } & Record<TranslationState, number>

export type TranslationReport = {
  collection: string
  tenant: { id: string; slug: string }
  sourceLocale: string
  locales: string[]
  documents: ReportDocument[]
  totals: Record<string, LocaleTotals>
}

export type ReportQuery = { collection: CollectionSlug; locale?: string; state?: string; id?: string }

function badRequest(message: string): never {
  throw new APIError(message, 400, null, true)
}

function entryFor(records: TranslationRecords, locale: string, share: number, language: string): ReportEntry {
  const record = records.locales?.[locale]
  // A locale nobody touched is missing while empty, in progress once it has text (e.g. written before tracking).
  const state: TranslationState = record?.state ?? (share > 0 ? 'in-progress' : 'missing')
  return {
    state,
    stateLabel: translate(language, `translation.states.${state}`),
    completeness: share,
    outdatedFields: state === 'outdated' ? (record?.outdatedFields ?? []) : [],
    updatedAt: record?.updatedAt ?? null,
    updatedBy: record?.updatedBy ?? null,
  }
}

function emptyTotals(): LocaleTotals {
  return { documents: 0, completeness: 0, ...(Object.fromEntries(translationStates.map((state) => [state, 0])) as Record<TranslationState, number>) }
}

function totalsOf(documents: ReportDocument[], locales: string[]): Record<string, LocaleTotals> {
  return Object.fromEntries(
    locales.map((locale) => {
      const totals = emptyTotals()
      let sum = 0
      for (const document of documents) {
        const entry = document.locales[locale]
        if (!entry) continue
        totals.documents += 1
        totals[entry.state] += 1
        sum += entry.completeness
      }
      totals.completeness = totals.documents ? Math.round((sum / totals.documents) * 1000) / 1000 : 0
      return [locale, totals]
    }),
  )
}

/** Who may see an office's translation work: its people (any role) and super-admins. */
function assertMayReport(req: PayloadRequest, office: TenantContext): void {
  if (!isPerson(req.user)) throw new APIError(translate(languageFromHeader(req.headers.get('accept-language')), 'errors.unauthorized'), 401, null, true)
  if (!isSuperAdmin(req.user) && !tenantIdsWithRole(req.user).includes(office.id)) throw new Forbidden(req.t)
}

type Data = Record<string, unknown>

/** Each target locale's completeness in one document read with every locale. */
function sharesOf(fields: Field[], data: Data, sourceLocale: string, targets: string[]): LocaleShares {
  const source = fingerprintOf(fields, inLocale(fields, data, sourceLocale))
  return Object.fromEntries(targets.map((locale) => [locale, completeness(source, fingerprintOf(fields, inLocale(fields, data, locale)))]))
}

/** What the report shows besides completeness: read for every document, without the localized text. */
const summaryFields = { title: true, slug: true, _status: true, translation: true, origin: true, updatedAt: true }

/**
 * The office's documents (newest drafts, every locale, the caller's own access) with each target
 * locale's completeness. Completeness is remembered per saved state (completenessCache.ts), so
 * only documents saved since the last report, and adaptations, are read with all their text.
 */
async function documentsWithShares(req: PayloadRequest, collection: CollectionSlug, office: TenantContext, targets: string[], id?: string): Promise<{ data: Data; shares: LocaleShares }[]> {
  const { payload } = req
  const read = { collection, locale: 'all', depth: 0, draft: true, pagination: false, overrideAccess: false, user: req.user, req } as const
  // One document's row (`?id=`) reads only that document; a malformed id is the input checks' 400.
  const inOffice: Where = id ? { and: [{ tenant: { equals: office.id } }, { id: { equals: id } }] } : { tenant: { equals: office.id } }
  const summaries = (await payload.find({ ...read, where: inOffice, select: summaryFields as never })).docs as unknown as Data[]
  const shares = new Map<string, LocaleShares>()
  for (const doc of summaries) {
    const remembered = doc.origin ? undefined : rememberedShares(payload, savedStateKey(collection, doc), targets)
    if (remembered) shares.set(String(doc.id), remembered)
  }
  const unknown = summaries.filter((doc) => !shares.has(String(doc.id)))
  const where: Where = unknown.length === summaries.length ? inOffice : { and: [inOffice, { id: { in: unknown.map((doc) => doc.id) } }] }
  const full = unknown.length ? ((await payload.find({ ...read, where })).docs as unknown as Data[]) : []
  const fields = payload.collections[collection].config.fields
  for (const doc of full) {
    const computed = sharesOf(fields, doc, office.defaultLocale, targets)
    if (!doc.origin) rememberShares(payload, savedStateKey(collection, doc), computed)
    shares.set(String(doc.id), computed)
  }
  // Adaptations show what changed at their origin: that comes with the full read.
  const fullById = new Map(full.map((doc) => [String(doc.id), doc]))
  return summaries.flatMap((doc) => {
    const id = String(doc.id)
    return shares.has(id) ? [{ data: fullById.get(id) ?? doc, shares: shares.get(id)! }] : []
  })
}

/**
 * Per document per target locale of one office: state, completeness, outdated fields and who
 * touched it last, plus totals per locale. Documents are read as their newest draft, all
 * locales at once, with the caller's own access.
 */
export async function translationReport(req: PayloadRequest, office: TenantContext, query: ReportQuery, translatable: CollectionSlug[]): Promise<TranslationReport> {
  assertMayReport(req, office)
  const { collection } = query
  if (!translatable.includes(collection)) badRequest(`Unknown collection "${collection}"; translation reports exist for ${translatable.join(', ')}.`)
  const targets = office.locales.filter((locale) => locale !== office.defaultLocale)
  if (query.locale && !targets.includes(query.locale)) badRequest(`"${query.locale}" is not a target locale of ${office.slug}; its target locales are ${targets.join(', ') || 'none'}.`)
  if (query.state && !translationStates.includes(query.state as TranslationState)) badRequest(`Unknown state "${query.state}"; use one of ${translationStates.join(', ')}.`)
  const locales = query.locale ? [query.locale] : targets
  const language = languageFromHeader(req.headers.get('accept-language'))

  const read = await documentsWithShares(req, collection, office, targets, query.id)
  const documents = read.flatMap(({ data, shares }): ReportDocument[] => {
    const records = (data.translation ?? { locales: {} }) as TranslationRecords
    const entries = Object.fromEntries(
      locales.map((locale) => [locale, entryFor(records, locale, shares[locale], language)] as const).filter(([, entry]) => !query.state || entry.state === query.state),
    )
    if (!Object.keys(entries).length) return []
    const title = (data.title as Record<string, string> | undefined) ?? {}
    const origin = data.origin ? { origin: String((data.origin as { id?: string }).id ?? data.origin), originChanged: (data.originChanged ?? []) as ReportDocument['originChanged'] } : {}
    return [{ id: String(data.id), title: title[office.defaultLocale] ?? Object.values(title)[0] ?? String(data.id), slug: data.slug as string | undefined, status: data._status as string | undefined, ...origin, locales: entries }]
  })
  documents.sort((a, b) => a.title.localeCompare(b.title))
  return { collection, tenant: { id: office.id, slug: office.slug }, sourceLocale: office.defaultLocale, locales, documents, totals: totalsOf(documents, locales) }
}

/** `GET /api/translation-report?collection=<slug>[&locale=<code>][&state=<state>][&id=<id>]` for the request's office. */
export function translationReportEndpoint(translatable: CollectionSlug[]): Endpoint {
  return {
    path: '/translation-report',
    method: 'get',
    handler: async (req) => {
      const office = await tenantContext(req)
      if (!office) badRequest('Name the office: send X-Tenant: <office slug> (or call the hub on an office domain).')
      const collection = req.searchParams.get('collection')
      if (!collection) badRequest(`Name the collection: ?collection=<${translatable.join('|')}>.`)
      const query = {
        collection: collection as CollectionSlug,
        locale: req.searchParams.get('locale') ?? undefined,
        state: req.searchParams.get('state') ?? undefined,
        id: req.searchParams.get('id') ?? undefined,
      }
      return Response.json(await translationReport(req, office, query, translatable))
    },
  }
}
