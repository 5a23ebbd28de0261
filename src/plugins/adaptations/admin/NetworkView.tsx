import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter, Link } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, CollectionSlug, PayloadRequest } from 'payload'
import React from 'react'

import { relationId } from '../../../access/ids'
import { officeById, type Office } from '../../../access/offices'
import { translate } from '../../../i18n'
import { inLanguage } from './inLanguage'

/** The adaptations plugin passes its collections as a server prop (see ../index.ts). */
type Props = AdminViewServerProps & { adaptable: CollectionSlug[] }

type Data = Record<string, unknown>
type Adaptation = { id: string; office: Office | null; status: string; updatedAt: string; readable: boolean }
type SharedRow = { id: string; title: string; owner: Office | null; adaptations: Adaptation[] }

const cell: React.CSSProperties = { padding: '8px 12px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' }

/**
 * One collection's documents shared with the network, as the viewer may read them, each with
 * the offices that adapted it. Every adaptation is listed (office and date are no secret in the
 * network), but only those the viewer may read are linked.
 */
async function sharedRows(req: PayloadRequest, collection: CollectionSlug, locale: string | undefined): Promise<SharedRow[]> {
  const readable = { depth: 0, pagination: false, overrideAccess: false, user: req.user } as const
  const { docs } = await req.payload.find({ collection, ...readable, locale: 'all', where: { and: [{ visibility: { equals: 'network' } }, { _status: { equals: 'published' } }] } })
  // An adaptation shared in turn is listed under its origin, not as a network document of its own.
  const shared = (docs as unknown as Data[]).filter((doc) => !relationId(doc.origin))
  if (!shared.length) return []
  const adaptedFrom = { origin: { in: shared.map((doc) => String(doc.id)) } }
  const all = await req.payload.find({ collection, where: adaptedFrom, depth: 0, pagination: false, overrideAccess: true })
  const opens = new Set((await req.payload.find({ collection, ...readable, where: adaptedFrom, select: { tenant: true } })).docs.map((doc) => String(doc.id)))
  const adaptations = await Promise.all(
    (all.docs as unknown as Data[]).map(async (doc) => ({
      id: String(doc.id),
      origin: relationId(doc.origin),
      office: await officeById(req, relationId(doc.tenant) ?? ''),
      status: String(doc._status ?? ''),
      updatedAt: String(doc.updatedAt ?? ''),
      readable: opens.has(String(doc.id)),
    })),
  )
  return Promise.all(
    shared.map(async (doc) => {
      const owner = await officeById(req, relationId(doc.tenant) ?? '')
      return {
        id: String(doc.id),
        title: inLanguage(doc.title, locale, owner?.defaultLocale) ?? String(doc.id),
        owner,
        adaptations: adaptations.filter((adaptation) => adaptation.origin === String(doc.id)),
      }
    }),
  )
}

/**
 * `/admin/network`: per adaptable collection, the documents shared with the network, the office
 * that owns each and the offices where it runs as an adaptation, each linked to its edit view.
 */
export async function NetworkView({ adaptable, initPageResult, params, searchParams, user }: Props) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  // Custom views are public routes in Payload: send visitors to the login and back here.
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/network`)}`)

  const language = req.i18n?.language ?? 'en'
  const t = (key: string, options = {}) => translate(language, `adaptations.network.${key}`, options)
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' })
  const sections = await Promise.all(adaptable.map(async (collection) => ({ collection, rows: await sharedRows(req, collection, locale?.code) })))
  const editURL = (collection: CollectionSlug, id: string) => `${adminRoute}/collections/${collection}/${id}`

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
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        {sections.map(({ collection, rows }) => (
          <section data-collection={collection} key={collection} style={{ marginTop: 24 }}>
            <h2>{getTranslation(req.payload.collections[collection].config.labels.plural, req.i18n)}</h2>
            {rows.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    <th style={cell}>{t('document')}</th>
                    <th style={cell}>{t('owner')}</th>
                    <th style={cell}>{t('runsIn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr data-document={row.id} key={row.id}>
                      <th scope="row" style={cell}>
                        <Link href={editURL(collection, row.id)} prefetch={false}>
                          {row.title}
                        </Link>
                      </th>
                      <td data-testid="owner" style={cell}>
                        {row.owner?.slug ?? '–'}
                      </td>
                      <td data-testid="adaptations" style={cell}>
                        {row.adaptations.length === 0
                          ? t('notAdapted')
                          : row.adaptations.map((adaptation) => (
                              <div data-adaptation={adaptation.id} key={adaptation.id}>
                                {adaptation.readable ? (
                                  <Link href={editURL(collection, adaptation.id)} prefetch={false}>
                                    {adaptation.office?.slug ?? '?'}
                                  </Link>
                                ) : (
                                  (adaptation.office?.slug ?? '?')
                                )}{' '}
                                ({t(`status.${adaptation.status}`)}, {adaptation.updatedAt ? date.format(new Date(adaptation.updatedAt)) : '–'})
                              </div>
                            ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </Gutter>
    </DefaultTemplate>
  )
}
