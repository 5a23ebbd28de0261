import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter, Link } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, CollectionSlug, PayloadRequest } from 'payload'
import React from 'react'

import { officeById } from '../../../access/offices'
import { isSuperAdmin, tenantIdsWithRole } from '../../../access/roles'
import { translate } from '../../../i18n'
import { translationReport, type ReportEntry, type TranslationReport } from '../report'
import { translationStates } from '../status'

/** The translation plugin passes its collections as a server prop (see ../index.ts). */
type Props = AdminViewServerProps & { translatable: CollectionSlug[] }

type Search = Record<string, string | string[] | undefined>

/** The multi-tenant plugin keeps the admin's selected office (its id) in this cookie. */
const tenantCookie = 'payload-tenant'

const cell: React.CSSProperties = { padding: '8px 12px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' }
const tab = (active: boolean): React.CSSProperties => ({
  padding: '4px 12px',
  borderRadius: 'var(--style-radius-s, 3px)',
  background: active ? 'var(--theme-elevation-150)' : 'var(--theme-elevation-50)',
  textDecoration: 'none',
})

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined
}

const percent = (share: number) => `${Math.round(share * 100)}%`

/** What went wrong, readable: Payload's errors carry a status and a message meant for people. */
function problemOf(error: unknown): string {
  const { status, message } = error as { status?: number; message?: string }
  return status ? `${status}: ${message}` : String(message ?? error)
}

/** The offices the user may pick: every office for super-admins, else the ones they have a role in. */
async function officesFor(req: PayloadRequest) {
  const where = isSuperAdmin(req.user) ? undefined : { id: { in: tenantIdsWithRole(req.user) } }
  const { docs } = await req.payload.find({ collection: 'tenants', where, depth: 0, pagination: false, overrideAccess: true, select: { name: true, slug: true } })
  return docs
}

/**
 * `/admin/translations`: the translation report (report.ts) of the admin's current office as a
 * matrix, one row per document and one column per target locale, each cell linking to the
 * document's edit view in that locale. The office is `?tenant=<id>` or the tenant selector's.
 */
export async function TranslationsView({ initPageResult, params, searchParams = {}, translatable, user }: Props) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  // Custom views are public routes in Payload: send visitors to the login and back here.
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/translations`)}`)

  const language = req.i18n?.language ?? 'en'
  const t = (key: string, options = {}) => translate(language, `translation.report.${key}`, options)
  const search = searchParams as Search
  const tenantId = first(search.tenant) ?? initPageResult.cookies.get(tenantCookie)
  const collection = (first(search.collection) ?? (translatable.includes('case-studies') ? 'case-studies' : translatable[0])) as CollectionSlug
  const state = first(search.state)
  const filterLocale = first(search.locale)

  // Links within the view keep the office (when it came from the query) and change one parameter.
  const hrefWith = (changes: Record<string, string | undefined>) => {
    const query = new URLSearchParams()
    const values = { tenant: first(search.tenant), collection, state, locale: filterLocale, ...changes }
    for (const [key, value] of Object.entries(values)) if (value) query.set(key, value)
    return `${adminRoute}/translations?${query}`
  }

  const office = tenantId ? await officeById(req, tenantId) : null
  let report: TranslationReport | undefined
  let problem: string | undefined
  if (tenantId && !office) problem = t('unknownOffice', { id: tenantId })
  if (office) {
    try {
      report = await translationReport(req, office, { collection, state, locale: filterLocale }, translatable)
    } catch (error) {
      problem = problemOf(error)
    }
  }
  const offices = office ? [] : await officesFor(req)

  const collectionLabel = (slug: CollectionSlug) => getTranslation(req.payload.collections[slug]?.config.labels.plural ?? slug, req.i18n)
  const stateLabel = (value: string) => translate(language, `translation.states.${value}`)

  const renderEntry = (id: string, target: string, entry: ReportEntry | undefined) => (
    <td data-locale={target} key={target} style={cell}>
      {entry ? (
        <>
          <Link href={`${adminRoute}/collections/${collection}/${id}?locale=${target}`} prefetch={false}>
            {stateLabel(entry.state)}
          </Link>
          <div>{percent(entry.completeness)}</div>
          {entry.outdatedFields.length > 0 && (
            <div style={{ color: 'var(--theme-warning-500)' }}>
              {t('outdatedFields')}: {entry.outdatedFields.join(', ')}
            </div>
          )}
        </>
      ) : (
        '–'
      )}
    </td>
  )

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      // A copy: React 19 refuses initPageResult's read-only object here (as Payload's own root view notes).
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      <Gutter>
        <h1>
          {t('title')}
          {office ? ` · ${office.slug}` : ''}
        </h1>

        {!office && (
          <section>
            <p>{t('noOffice')}</p>
            <ul data-testid="offices">
              {offices.map((entry) => (
                <li key={entry.id}>
                  <Link href={hrefWith({ tenant: String(entry.id) })} prefetch={false}>
                    {entry.name ?? entry.slug}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}

        {office && (
          <nav aria-label={t('collection')} style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: '16px 0' }}>
            {translatable.map((slug) => (
              <Link aria-current={slug === collection ? 'page' : undefined} href={hrefWith({ collection: slug })} key={slug} prefetch={false} style={tab(slug === collection)}>
                {collectionLabel(slug)}
              </Link>
            ))}
          </nav>
        )}

        {office && (
          <nav aria-label={t('state')} style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 16 }}>
            {[undefined, ...translationStates].map((value) => (
              <Link aria-current={value === state ? 'page' : undefined} href={hrefWith({ state: value })} key={value ?? 'all'} prefetch={false} style={tab(value === state)}>
                {value ? stateLabel(value) : t('allStates')}
              </Link>
            ))}
          </nav>
        )}

        {problem && (
          <p data-testid="report-problem" role="alert" style={{ padding: 12, background: 'var(--theme-error-50)', color: 'var(--theme-error-750)' }}>
            {problem}
          </p>
        )}

        {report && (
          <>
            <p>{t('sourceLocale', { locale: report.sourceLocale })}</p>
            {report.documents.length === 0 ? (
              <p>{t('noDocuments')}</p>
            ) : (
              <table data-testid="translation-report" style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    <th style={cell}>{t('document')}</th>
                    {report.locales.map((target) => (
                      <th key={target} style={cell}>
                        {target}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.documents.map((document) => (
                    <tr data-document={document.id} key={document.id}>
                      <th scope="row" style={cell}>
                        <Link href={`${adminRoute}/collections/${collection}/${document.id}`} prefetch={false}>
                          {document.title}
                        </Link>
                      </th>
                      {report.locales.map((target) => renderEntry(document.id, target, document.locales[target]))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="totals">
                    <th scope="row" style={cell}>
                      {t('totals')}
                    </th>
                    {report.locales.map((target) => {
                      const totals = report.totals[target]
                      return (
                        <td data-locale={target} key={target} style={cell}>
                          <div>
                            {t('completeness')}: {percent(totals.completeness)}
                          </div>
                          {translationStates
                            .filter((value) => totals[value] > 0)
                            .map((value) => (
                              <div key={value}>
                                {stateLabel(value)}: {totals[value]}
                              </div>
                            ))}
                        </td>
                      )
                    })}
                  </tr>
                </tfoot>
              </table>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
