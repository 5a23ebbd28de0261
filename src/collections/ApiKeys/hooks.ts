import crypto from 'node:crypto'

import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'

type KeyContext = { revealApiKey?: boolean }

/** A new key gets a strong secret from the server, unless the admin form generated one. */
export const issueSecret: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  ;(req.context as KeyContext).revealApiKey = true
  return { ...data, enableAPIKey: true, apiKey: data.apiKey || crypto.randomBytes(32).toString('base64url') }
}

/** The secret is shown once, in the answer to its creation; afterwards only its name and office. */
export const hideSecret: CollectionAfterReadHook = ({ doc, req }) => {
  if ((req.context as KeyContext).revealApiKey) return doc
  const { apiKey: _secret, ...rest } = doc
  return rest
}
