import type { SelectFieldSingleValidation, TextFieldManyValidation, TextFieldSingleValidation } from 'payload'

const hostnamePattern = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/

/** Hostnames in lower case without scheme, port or path, each claimed by one tenant only. */
export const validateDomains: TextFieldManyValidation = async (value, { req, id }) => {
  const domains = value ?? []
  const invalid = domains.filter((domain) => !hostnamePattern.test(domain))
  if (invalid.length) return `Not a hostname: ${invalid.join(', ')} (write e.g. "austria.example.org", no scheme or path).`
  if (new Set(domains).size !== domains.length) return 'A domain is listed twice.'
  if (!domains.length) return true
  const taken = await req.payload.find({
    collection: 'tenants',
    where: { and: [{ domains: { in: domains } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const owner = taken.docs[0]
  if (owner) {
    const clash = domains.filter((domain) => owner.domains?.includes(domain))
    return `Domain ${clash.join(', ')} already belongs to tenant "${owner.slug}".`
  }
  return true
}

export const validateDefaultLocale: SelectFieldSingleValidation = (value, { siblingData }) => {
  const locales = (siblingData as { locales?: string[] }).locales ?? []
  if (!value) return 'Choose the default locale.'
  if (!locales.includes(value)) return `The default locale must be one of the tenant's locales (${locales.join(', ') || 'none chosen'}).`
  return true
}

const timeZones = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'))

export const validateTimezone: TextFieldSingleValidation = (value) => {
  if (!value) return true
  return timeZones.has(value) ? true : `Unknown IANA time zone "${value}" (for example "Europe/Vienna").`
}
