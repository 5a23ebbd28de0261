import { Link } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import React from 'react'

import { translate } from '../../../i18n'

/**
 * The admin nav's link to the translation report view (TranslationsView). A server component,
 * so its label comes from the hub's own messages (locales/<code>/hub.json) in the admin's language.
 */
export function TranslationsNavLink({ i18n, payload }: ServerProps) {
  const href = `${payload.config.routes.admin}/translations`
  return (
    // Payload's nav classes, so it looks like the collection links above it.
    <Link className="nav__link" href={href} id="nav-translations" prefetch={false}>
      <span className="nav__link-label">{translate(i18n?.language ?? 'en', 'translation.report.title')}</span>
    </Link>
  )
}
