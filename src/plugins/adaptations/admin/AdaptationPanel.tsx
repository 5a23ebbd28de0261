import { getTranslation } from '@payloadcms/translations'
import { Link } from '@payloadcms/ui'
import type { CollectionSlug, PayloadRequest, UIFieldServerProps } from 'payload'
import { parseCookies } from 'payload/shared'
import React from 'react'

import { relationId } from '../../../access/ids'
import { officeById } from '../../../access/offices'
import { editorRoles, isSuperAdmin, tenantIdsWithRole } from '../../../access/roles'
import { translate } from '../../../i18n'
import { adaptationsOf, readOrigin } from '../hooks'
import { adaptableFields } from '../merge'
import { AdaptButton, type AdaptingOffice } from './AdaptButton'
import { AdaptationFields, type AdaptableFieldRow } from './AdaptationFields'
import { inLanguage } from './inLanguage'

/** The multi-tenant plugin keeps the admin's selected office (its id) in this cookie. */
const tenantCookie = 'payload-tenant'

const box: React.CSSProperties = { padding: 12, marginBottom: 24, border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-s, 3px)' }

/**
 * Offices the viewer may adapt a document for: where they edit (every office for super-admins),
 * never the document's own. The tenant selector's office comes first, as the likely intent.
 */
async function adaptingOffices(req: PayloadRequest, documentOffice: string): Promise<AdaptingOffice[]> {
  const editing = tenantIdsWithRole(req.user, editorRoles)
  if (!isSuperAdmin(req.user) && !editing.length) return []
  const where = isSuperAdmin(req.user) ? undefined : { id: { in: editing } }
  const { docs } = await req.payload.find({ collection: 'tenants', where, depth: 0, pagination: false, overrideAccess: true, select: { slug: true } })
  const selected = parseCookies(req.headers).get(tenantCookie)
  return docs
    .map((office) => ({ id: String(office.id), slug: office.slug }))
    .filter((office) => office.id !== documentOffice)
    .sort((a, b) => Number(b.id === selected) - Number(a.id === selected))
}

/**
 * The sidebar of an adaptable document (a `ui` field of the adaptations plugin). A server
 * component, so its labels come from the hub's messages in the admin's language; the buttons
 * are client parts. On an adaptation: where it comes from and, per field, inherited or
 * overridden. On another office's shared document: "Adapt for <office>".
 */
export async function AdaptationPanel({ collectionSlug, data, i18n, id, req }: UIFieldServerProps) {
  if (!id || !req.user) return null
  const collection = collectionSlug as CollectionSlug
  const language = i18n?.language ?? 'en'
  const t = (key: string, options = {}) => translate(language, `adaptations.${key}`, options)
  const editURL = (docId: string) => `${req.payload.config.routes.admin}/collections/${collection}/${docId}`
  const originId = relationId(data?.origin)

  if (originId) {
    const origin = await readOrigin(req, collection, originId)
    // No longer shared: the adaptation reads as its own copy, there is nothing to inherit.
    if (!origin) {
      return (
        <div data-testid="adaptation-panel" style={box}>
          {t('panel.unshared')}
        </div>
      )
    }
    const office = await officeById(req, relationId(origin.tenant) ?? '')
    const config = req.payload.collections[collection].config
    const fields: AdaptableFieldRow[] = adaptableFields(config.fields).map((field) => {
      const label = config.flattenedFields.find((candidate) => candidate.name === field.name)?.label
      return { ...field, label: label ? getTranslation(label, i18n) : field.name }
    })
    const panel = ['fieldsIn', 'allLanguages', 'overridden', 'override', 'revert', 'originChanged', 'originChangedIn', 'loading', 'failed'] as const
    // The client fills these placeholders: passing each as its own value keeps it in the message.
    const keep = { field: '{{field}}', locale: '{{locale}}', message: '{{message}}' }
    const labels = {
      ...(Object.fromEntries(panel.map((key) => [key, t(`panel.${key}`, keep)])) as Record<(typeof panel)[number], string>),
      inheritedFrom: t('panel.inheritedFrom', { office: office?.slug }),
    }
    return (
      <div data-testid="adaptation-panel" style={box}>
        <p style={{ marginTop: 0 }}>
          {t('panel.adaptedFrom', { office: office?.slug })}
          <Link data-testid="adaptation-origin" href={editURL(originId)} prefetch={false}>
            {inLanguage(origin.title, req.locale, office?.defaultLocale) ?? originId}
          </Link>
        </p>
        <AdaptationFields fields={fields} labels={labels} />
      </div>
    )
  }

  // Only a published document shared with the network can be adapted (as the endpoint checks).
  if (!(await readOrigin(req, collection, String(id)))) return null
  const offices = await adaptingOffices(req, relationId(data?.tenant) ?? '')
  if (!offices.length) return null
  const existing = new Map((await adaptationsOf(req, collection, String(id))).map((doc) => [relationId(doc.tenant), String(doc.id)]))
  const offer = offices.filter((office) => !existing.has(office.id))
  return (
    <div data-testid="adaptation-panel" style={box}>
      {offices
        .filter((office) => existing.has(office.id))
        .map((office) => (
          <p key={office.id} style={{ marginTop: 0 }}>
            <Link href={editURL(existing.get(office.id)!)} prefetch={false}>
              {t('adapt.existing', { office: office.slug })}
            </Link>
          </p>
        ))}
      {offer.length > 0 && (
        <>
          <p className="field-description" style={{ marginTop: 0 }}>
            {t('adapt.hint')}
          </p>
          <AdaptButton labels={{ button: t('adapt.button', { office: '{{office}}' }), office: t('adapt.office'), failed: t('panel.failed', { message: '{{message}}' }) }} offices={offer} />
        </>
      )}
    </div>
  )
}
