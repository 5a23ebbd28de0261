import type { Access, Where } from 'payload'

import { editorRoles, isSuperAdmin, tenantIdsWithRole } from './roles'
import { tenantContext } from './tenantContext'
import { relationId } from './ids'

type ApiKeyUser = { collection: 'api-keys'; tenant?: unknown; scope?: 'published' | 'preview' }

const published: Where = { _status: { equals: 'published' } }

/**
 * "Published and `network`", spelled as "neither draft nor `tenant`, and set" (both fields allow
 * only those two values). Same rows, but SQL planners cannot drive it from an index: with the plain
 * equalities SQLite answered the whole access OR (this or the reader's offices) from two indexes,
 * then sorted every visible row to return ten, instead of walking `updatedAt` and stopping at ten
 * (an editor's page of 20,000 case studies: 34 ms, now 1 ms). The `exists` halves keep a document
 * without a value invisible, since `not_equals` also matches a missing value.
 */
const network: Where = { and: [{ visibility: { not_equals: 'tenant' } }, { visibility: { exists: true } }] }
const publishedNetwork: Where = { and: [network, { _status: { not_equals: 'draft' } }, { _status: { exists: true } }] }

function inTenants(ids: string[], prefix = ''): Where {
  return { [`${prefix}tenant`]: { in: ids } }
}

/** Collections with drafts filter on `_status`; media and organizations have none. */
function publishedOnly(hasDrafts: boolean, where: Where): Where {
  return hasDrafts ? { and: [where, published] } : where
}

/**
 * Who reads which documents of a tenant-scoped collection (the design's table):
 * - super-admins: everything;
 * - members of an office (any role): that office's documents, drafts included;
 * - everyone: published `network` documents of every office;
 * - with a tenant context (API key, X-Tenant, Host): that office's published documents;
 * - a `preview` API key: its office's drafts too.
 */
export function readTenantContent({ hasDrafts }: { hasDrafts: boolean }): Access {
  return async ({ req, isReadingStaticFile }): Promise<boolean | Where> => {
    // A file is served only when a media document owns it, also to a super-admin: an unknown name
    // is refused (403) instead of being looked up on the disk (a 500 for a missing file).
    if (isSuperAdmin(req.user)) return isReadingStaticFile ? { id: { exists: true } } : true
    const conditions: Where[] = [hasDrafts ? publishedNetwork : network]
    const memberOf = tenantIdsWithRole(req.user)
    if (memberOf.length) conditions.push(inTenants(memberOf))
    const context = await tenantContext(req)
    if (context) {
      const key = req.user?.collection === 'api-keys' ? (req.user as unknown as ApiKeyUser) : null
      const own = inTenants([context.id])
      conditions.push(key?.scope === 'preview' ? own : publishedOnly(hasDrafts, own))
    }
    return { or: conditions }
  }
}

/** Versions (and so drafts' history) only for signed-in members of the owning office. */
export const readContentVersions: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const memberOf = tenantIdsWithRole(req.user)
  return memberOf.length ? inTenants(memberOf, 'version.') : false
}

/** Office-admins and editors create in their offices. */
export const createTenantContent: Access = ({ req, data }) => {
  if (isSuperAdmin(req.user)) return true
  const editable = tenantIdsWithRole(req.user, editorRoles)
  const tenant = relationId((data as { tenant?: unknown } | undefined)?.tenant)
  // Without data Payload asks "may this user create at all?" (the admin's Create button).
  return tenant ? editable.includes(tenant) : editable.length > 0
}

/** Office-admins, editors and translators update their offices' documents (translators within limits, see hooks). */
export const updateTenantContent: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const ids = tenantIdsWithRole(req.user, [...editorRoles, 'translator'])
  return ids.length ? inTenants(ids) : false
}

/** Only office-admins delete. */
export const deleteTenantContent: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const ids = tenantIdsWithRole(req.user, ['office-admin'])
  return ids.length ? inTenants(ids) : false
}
