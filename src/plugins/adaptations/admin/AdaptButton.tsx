'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

export type AdaptingOffice = { id: string; slug: string }

type Props = {
  /** Offices the viewer may adapt for, the selected one first. */
  offices: AdaptingOffice[]
  /** Templates in the admin's language: `button` has `{{office}}`, `failed` has `{{message}}`. */
  labels: { button: string; office: string; failed: string }
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')

/**
 * "Adapt for <office>": creates the adaptation (`POST /:id/adapt`) and opens it. Several
 * offices (super-admins, people of more than one office) pick one first.
 */
export function AdaptButton({ offices, labels }: Props) {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const router = useRouter()
  const [office, setOffice] = useState(offices[0])
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()

  const adapt = async () => {
    setBusy(true)
    setProblem(undefined)
    const response = await fetch(formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}/adapt` }), {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: office.id }),
    }).catch(() => undefined)
    const body = await response?.json().catch(() => undefined)
    if (response?.ok && body?.doc?.id) return router.push(formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/${collectionSlug}/${body.doc.id}` }))
    setProblem(fill(labels.failed, { message: body?.errors?.[0]?.message ?? response?.statusText ?? 'network error' }))
    setBusy(false)
  }

  return (
    <div data-testid="adapt">
      {offices.length > 1 && (
        <label style={{ display: 'block', marginBottom: 8 }}>
          {labels.office}{' '}
          <select onChange={(event) => setOffice(offices.find((entry) => entry.id === event.target.value) ?? offices[0])} value={office.id}>
            {offices.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.slug}
              </option>
            ))}
          </select>
        </label>
      )}
      <Button buttonStyle="primary" disabled={busy} margin={false} onClick={adapt} size="small">
        {fill(labels.button, { office: office.slug })}
      </Button>
      {problem && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      )}
    </div>
  )
}
