import type { TextField } from 'payload'

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || !slugPattern.test(value)) {
    return 'Use lowercase letters a–z, digits and single hyphens only (for example "visionary-austria").'
  }
  return true
}

/** A URL-safe identifier, the same in every locale. */
export function slugField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    validate: validateSlug,
    admin: { position: 'sidebar' },
    ...overrides,
  } as TextField
}
