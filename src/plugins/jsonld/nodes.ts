import type { PayloadRequest } from 'payload'

import type { Media, Organization, Tenant, Topic } from '../../../payload-types'
import type { Office } from '../../access/offices'
import { audienceSectors } from '../../fields/lists'

/** A schema.org node as the endpoints write it (compact JSON-LD against https://schema.org). */
export type JsonLdNode = { '@type': string; '@id'?: string; [property: string]: unknown }

/** What every builder knows besides the document: who asks, which office, which locale, where the hub is. */
export type BuildContext = { req: PayloadRequest; office: Office; locale: string; serverUrl: string }

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/** Leaves out absent values, so a node never carries `null`, `""` or `[]` (schema.org has no use for them). */
export function node(type: string, properties: Record<string, unknown>): JsonLdNode {
  const kept = Object.entries(properties).filter(([, value]) => !isEmpty(value))
  return { '@type': type, ...Object.fromEntries(kept) }
}

/** A populated relation; an id alone (not populated) or null (the caller may not read it) is none. */
export function populated<T extends { id: string }>(value: unknown): T | undefined {
  return value && typeof value === 'object' && 'id' in value ? (value as T) : undefined
}

export function populatedList<T extends { id: string }>(values: unknown): T[] {
  return Array.isArray(values) ? values.map((value) => populated<T>(value)).filter((value): value is T => Boolean(value)) : []
}

/** The hub's own IRI of a document: its REST address. */
export function documentIri(context: BuildContext, collection: string, id: string): string {
  return `${context.serverUrl}/api/${collection}/${id}`
}

export function absoluteUrl(url: string | null | undefined, context: BuildContext): string | undefined {
  if (!url) return undefined
  return /^https?:\/\//.test(url) ? url : `${context.serverUrl}${url.startsWith('/') ? '' : '/'}${url}`
}

/** The texts of a text list (`learningOutcomes`, `objectives`, `outcomes`), empty rows left out. */
export function texts(rows: { text?: string | null }[] | null | undefined): string[] {
  return (rows ?? []).map((row) => row.text?.trim() ?? '').filter(Boolean)
}

/** The office as the provider or publisher: its name in the locale, its website (else its first domain). */
export function officeOrganization(tenant: unknown, context: BuildContext): JsonLdNode | undefined {
  const office = populated<Tenant>(tenant)
  if (!office) return undefined
  const domain = office.domains?.[0]
  return node('Organization', {
    '@id': documentIri(context, 'tenants', office.id),
    name: office.office?.name || office.name,
    url: office.office?.website || (domain ? `https://${domain}` : undefined),
  })
}

export function partnerOrganization(organization: Organization, context: BuildContext): JsonLdNode {
  return node('Organization', {
    '@id': documentIri(context, 'organizations', organization.id),
    name: organization.name,
    url: organization.website,
    description: organization.description,
  })
}

/** A network topic as a term of the hub's taxonomy. */
export function topicTerm(topic: Topic, context: BuildContext): JsonLdNode {
  return node('DefinedTerm', {
    '@id': documentIri(context, 'topics', topic.id),
    name: topic.name,
    termCode: topic.slug,
    description: topic.description,
    inDefinedTermSet: `${context.serverUrl}/api/topics`,
  })
}

/** Each topic once, in the order first met. */
export function distinctTopics(lists: unknown[]): Topic[] {
  const seen = new Map<string, Topic>()
  for (const topic of lists.flatMap((list) => populatedList<Topic>(list))) if (!seen.has(topic.id)) seen.set(topic.id, topic)
  return [...seen.values()]
}

const sectorLabels = new Map(audienceSectors.map(({ label, value }) => [value, label]))

/** The sectors a programme brings together, as one audience (labels in English: the sectors are a hub vocabulary). */
export function sectorAudience(sectors: (string | null | undefined)[] | null | undefined): JsonLdNode | undefined {
  const labels = [...new Set((sectors ?? []).filter((sector): sector is string => Boolean(sector)))].map((sector) => sectorLabels.get(sector) ?? sector)
  return labels.length ? node('Audience', { audienceType: labels }) : undefined
}

export function imageUrl(media: unknown, context: BuildContext): string | undefined {
  return absoluteUrl(populated<Media>(media)?.url, context)
}
