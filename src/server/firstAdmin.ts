import crypto from 'node:crypto'

import type { Payload } from 'payload'

/**
 * On an empty hub, create the first super-admin from HUB_ADMIN_EMAIL / HUB_ADMIN_PASSWORD,
 * or admin@example.org with a random password printed once.
 */
export async function ensureFirstAdmin(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  const email = process.env.HUB_ADMIN_EMAIL || 'admin@example.org'
  const generated = !process.env.HUB_ADMIN_PASSWORD
  const password = process.env.HUB_ADMIN_PASSWORD || crypto.randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Network admin', roles: ['super-admin'] },
    overrideAccess: true,
  })
  const shown = generated ? `password ${password} (shown once; change it after logging in)` : 'password from HUB_ADMIN_PASSWORD'
  payload.logger.info(`Created the first super-admin: ${email}, ${shown}`)
}
