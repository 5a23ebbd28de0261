import { type CollectionBeforeOperationHook, UnauthorizedError } from 'payload'

import { tenantContext } from '../../../access/tenantContext'

/**
 * Runs before every operation of every collection, so REST, GraphQL and the admin agree:
 * an API key that is unknown, deleted or disabled is a 401 (never a silent anonymous read),
 * and an unknown `X-Tenant` is a 400.
 */
export const checkCredentials: CollectionBeforeOperationHook = async ({ args, req }) => {
  // Internal lookups (authentication itself, the tenant lookup) run with overrideAccess and
  // must not resolve the context before the caller is known.
  if ((args as { overrideAccess?: boolean }).overrideAccess) return args
  const presentedKey = /^api-keys API-Key /i.test(req.headers.get('authorization') ?? '')
  const user = req.user as { collection?: string; enabled?: boolean } | null
  if (presentedKey && (!user || (user.collection === 'api-keys' && user.enabled === false))) {
    throw new UnauthorizedError(req.t)
  }
  await tenantContext(req)
  return args
}
