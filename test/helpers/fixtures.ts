import type { TestHub } from './hub'

/** An office with the given slug and locales (Local API, no access checks). */
export async function createTenant(hub: TestHub, slug: string, locales = ['de', 'en'], defaultLocale = locales[0]) {
  return hub.payload.create({
    collection: 'tenants',
    data: { name: `Visionary ${slug}`, slug, locales: locales as never, defaultLocale: defaultLocale as never },
    overrideAccess: true,
  })
}

/** A valid learning format body for REST, to be varied by each test. */
export function formatBody(tenant: string, overrides: Record<string, unknown> = {}) {
  return {
    tenant,
    title: 'Co-creation lab',
    kind: 'co-creation-lab',
    visibility: 'network',
    duration: { value: 1, unit: 'days' },
    groupSize: { min: 8, max: 24 },
    steps: [{ title: 'Frame the challenge', minutes: 45 }],
    _status: 'published',
    ...overrides,
  }
}

export function curriculumBody(tenant: string, overrides: Record<string, unknown> = {}) {
  return {
    tenant,
    title: 'Visionary Program',
    durationMonths: 9,
    sessions: [
      { title: 'Kick-off', durationDays: 2, monthOffset: 0 },
      { title: 'Systems change', durationDays: 2, monthOffset: 1 },
    ],
    _status: 'published',
    ...overrides,
  }
}

export function caseStudyBody(tenant: string, overrides: Record<string, unknown> = {}) {
  return { tenant, title: 'Refugee inclusion in Austria', country: 'AT', year: 2016, _status: 'published', ...overrides }
}
