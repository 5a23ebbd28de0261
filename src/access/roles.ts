import type { User } from '../../payload-types'
import { relationId } from './ids'

export const tenantRoles = ['office-admin', 'editor', 'translator', 'viewer'] as const
export type TenantRole = (typeof tenantRoles)[number]

/** Roles that create, update and publish an office's content. */
export const editorRoles: TenantRole[] = ['office-admin', 'editor']

type MaybeUser = { collection?: string; roles?: User['roles']; tenants?: User['tenants'] } | null | undefined

/** A signed-in person (not an API key). */
export function isPerson(user: MaybeUser): boolean {
  return user?.collection === 'users'
}

export function isSuperAdmin(user: MaybeUser): boolean {
  return isPerson(user) && Boolean(user?.roles?.includes('super-admin'))
}

/** Ids of the tenants in which the user holds at least one of the given roles. */
export function tenantIdsWithRole(user: MaybeUser, roles: readonly TenantRole[] = tenantRoles): string[] {
  if (!isPerson(user)) return []
  return (user?.tenants ?? [])
    .filter((row) => row.roles?.some((role) => roles.includes(role as TenantRole)))
    .map((row) => relationId(row.tenant))
    .filter((id): id is string => Boolean(id))
}

/** The locales a translator may write in one office. */
export function translatorLocales(user: MaybeUser, tenantId: string): string[] {
  const row = (user?.tenants ?? []).find((entry) => relationId(entry.tenant) === tenantId)
  return row?.roles?.includes('translator') ? ((row.locales ?? []) as string[]) : []
}
