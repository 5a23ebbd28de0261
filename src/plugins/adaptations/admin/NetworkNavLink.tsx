import { Link } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import React from 'react'

import { translate } from '../../../i18n'

/** The admin nav's link to the network view (NetworkView), labelled in the admin's language. */
export function NetworkNavLink({ i18n, payload }: ServerProps) {
  return (
    // Payload's nav classes, so it looks like the collection links above it.
    <Link className="nav__link" href={`${payload.config.routes.admin}/network`} id="nav-network" prefetch={false}>
      <span className="nav__link-label">{translate(i18n?.language ?? 'en', 'adaptations.network.title')}</span>
    </Link>
  )
}
