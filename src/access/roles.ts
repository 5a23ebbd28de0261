import type { User } from '../../payload-types'

export const tenantRoles = ['office-admin', 'editor', 'translator', 'viewer'] as const
export type TenantRole = (typeof tenantRoles)[number]

type MaybeUser = Partial<Pick<User, 'roles' | 'tenants'>> | null | undefined

export function isSuperAdmin(user: MaybeUser): boolean {
  return Boolean(user?.roles?.includes('super-admin'))
}

function relationId(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

/** Ids of the tenants in which the user holds at least one of the given roles. */
export function tenantIdsWithRole(user: MaybeUser, roles: readonly TenantRole[] = tenantRoles): string[] {
  return (user?.tenants ?? [])
    .filter((row) => row.roles?.some((role) => roles.includes(role as TenantRole)))
    .map((row) => relationId(row.tenant))
    .filter((id): id is string => Boolean(id))
}
