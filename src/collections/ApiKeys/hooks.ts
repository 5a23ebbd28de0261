import crypto from 'node:crypto'

import type { CollectionAfterReadHook, CollectionBeforeOperationHook } from 'payload'

type KeyContext = { issuedApiKey?: string }

/**
 * A new key gets a strong secret from the server, unless the admin form generated one.
 * (Before the operation: Payload derives the key's lookup index in an early field hook.)
 */
export const issueSecret: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const data = (args.data ?? {}) as { apiKey?: string }
  const secret = data.apiKey || crypto.randomBytes(32).toString('base64url')
  ;(req.context as KeyContext).issuedApiKey = secret
  return { ...args, data: { ...data, enableAPIKey: true, apiKey: secret } }
}

/** Payload never reads a key's secret back; the answer to its creation shows it, once. */
export const revealSecretOnce: CollectionAfterReadHook = ({ doc, req }) => {
  const context = req.context as KeyContext
  if (!context.issuedApiKey) return doc
  const apiKey = context.issuedApiKey
  delete context.issuedApiKey
  return { ...doc, apiKey }
}
