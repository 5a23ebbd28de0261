'use client'
import { Button, useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'

export type AdaptableFieldRow = { name: string; label: string; localized: boolean }

/** Message templates in the admin's language, rendered by the server part (AdaptationPanel). */
export type AdaptationFieldsLabels = Record<'fieldsIn' | 'allLanguages' | 'inheritedFrom' | 'overridden' | 'override' | 'revert' | 'originChanged' | 'originChangedIn' | 'loading' | 'failed', string>

type Props = { fields: AdaptableFieldRow[]; labels: AdaptationFieldsLabels }
type OriginChange = { field: string; locale?: string }
type Flags = { inherited: Record<string, boolean>; originChanged: OriginChange[] }

/** Fills `{{name}}` placeholders (the server sends templates; the values are known here). */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')

const row: React.CSSProperties = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' }

/**
 * Which fields of an adaptation inherit from the origin in the admin's current locale, with
 * Override / Revert buttons, and the owned fields the origin changed since. The form holds the
 * merged values but not these flags, so they are read from the REST API; after a change the page
 * reloads, so the form shows (and autosaves) the new values rather than stale ones.
 */
export function AdaptationFields({ fields, labels }: Props) {
  const { config } = useConfig()
  const { id, collectionSlug, hasSavePermission } = useDocumentInfo()
  const { code: locale } = useLocale()
  const [flags, setFlags] = useState<Flags>()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  const base = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}` })

  useEffect(() => {
    let current = true
    void fetch(`${base}?locale=${locale}&draft=true&depth=0`, { credentials: 'include' })
      .then((response) => response.json())
      .then((doc) => current && setFlags({ inherited: doc.inherited ?? {}, originChanged: doc.originChanged ?? [] }))
      .catch((error) => current && setProblem(fill(labels.failed, { message: String(error) })))
    return () => {
      current = false
    }
  }, [base, labels.failed, locale])

  const act = async (action: 'override' | 'revert', field: string, fieldLocale = locale) => {
    setBusy(true)
    setProblem(undefined)
    const response = await fetch(`${base}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ field, locale: fieldLocale }),
    }).catch(() => undefined)
    if (response?.ok) return window.location.reload()
    const body = await response?.json().catch(() => undefined)
    setProblem(fill(labels.failed, { message: body?.errors?.[0]?.message ?? response?.statusText ?? 'network error' }))
    setBusy(false)
  }

  if (!flags) return <p>{problem ?? labels.loading}</p>
  const labelOf = (name: string) => fields.find((field) => field.name === name)?.label ?? name
  const canWrite = Boolean(hasSavePermission) && !busy

  return (
    <>
      {flags.originChanged.length > 0 && (
        <ul data-testid="adaptation-origin-changes" style={{ listStyle: 'none', padding: 0, margin: '0 0 12px' }}>
          {flags.originChanged.map((change) => (
            <li data-field={change.field} data-locale={change.locale} key={`${change.field}:${change.locale ?? ''}`} role="alert" style={{ ...row, color: 'var(--theme-warning-750)' }}>
              <span>{fill(change.locale ? labels.originChangedIn : labels.originChanged, { field: labelOf(change.field), locale: change.locale ?? '' })}</span>
              <Button buttonStyle="secondary" disabled={!canWrite} margin={false} onClick={() => act('revert', change.field, change.locale)} size="small">
                {labels.revert}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p style={{ margin: '0 0 4px' }}>{fill(labels.fieldsIn, { locale })}</p>
      <ul data-testid="adaptation-fields" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {fields.map((field) => {
          const inherited = flags.inherited[field.name] !== false
          return (
            <li data-field={field.name} data-state={inherited ? 'inherited' : 'overridden'} key={field.name} style={row}>
              <span>
                <strong>{field.label}</strong>
                {field.localized ? '' : ` (${labels.allLanguages})`}
                <br />
                <span className="field-description">{inherited ? labels.inheritedFrom : labels.overridden}</span>
              </span>
              <Button buttonStyle={inherited ? 'secondary' : 'subtle'} disabled={!canWrite} margin={false} onClick={() => act(inherited ? 'override' : 'revert', field.name)} size="small">
                {inherited ? labels.override : labels.revert}
              </Button>
            </li>
          )
        })}
      </ul>
      {problem && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      )}
    </>
  )
}
