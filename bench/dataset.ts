/**
 * The bench's dataset: how big it is, and what one document of each collection looks like.
 * Pure data builders (no Payload here), deterministic per index, every localized field in all
 * four locales of the bench offices.
 */
import crypto from 'node:crypto'

export type DatasetSize = {
  tenants: number
  /** All case studies (the issue: 20,000), split evenly over the tenants. */
  caseStudies: number
  /** The scale row's small point (the issue: 500): seeded first, measured, then grown to `caseStudies`. */
  caseStudiesSmall: number
  formats: number
  curricula: number
  /** Per tenant, the small collections the content links to. */
  organizationsPerTenant: number
  mediaPerTenant: number
  topics: number
}

/** The numbers. */
export const fullDataset: DatasetSize = {
  tenants: 10,
  caseStudies: 20_000,
  caseStudiesSmall: 500,
  formats: 2_000,
  curricula: 200,
  organizationsPerTenant: 20,
  mediaPerTenant: 20,
  topics: 30,
}

/** Scales the content collections (never below what the deep read needs); offices stay 10. */
export function scaledDataset(scale: number): DatasetSize {
  const scaled = (n: number, min: number) => Math.max(min, Math.round(n * scale))
  const caseStudiesSmall = scaled(fullDataset.caseStudiesSmall, 100)
  return {
    ...fullDataset,
    caseStudies: Math.max(caseStudiesSmall * 2, scaled(fullDataset.caseStudies, 200)),
    caseStudiesSmall,
    formats: scaled(fullDataset.formats, 40),
    curricula: scaled(fullDataset.curricula, 10),
  }
}

export const benchLocales = ['en', 'de', 'fr', 'es'] as const
export const benchPassword = 'bench-password-2026'
export const benchUsers = { admin: 'bench-admin@example.org', editor: 'bench-editor@example.org' }
export const tenantSlug = (index: number) => `bench-${String(index + 1).padStart(2, '0')}`

type Localized<T> = Record<(typeof benchLocales)[number], T>

function localized<T>(make: (locale: string) => T): Localized<T> {
  return Object.fromEntries(benchLocales.map((locale) => [locale, make(locale)])) as Localized<T>
}

/** Array rows carry Payload's ObjectId-like ids; writes through the adapter must bring their own. */
export function rowId(): string {
  return crypto.randomBytes(12).toString('hex')
}

/** A few paragraphs of Lexical JSON, the size of a real case study's section. */
function richText(text: string) {
  const paragraph = (words: string) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    children: [{ type: 'text', version: 1, text: words, format: 0, detail: 0, mode: 'normal', style: '' }],
  })
  const sentence = `${text}: offices, companies and civil society worked on it together for nine months.`
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(sentence), paragraph(sentence), paragraph(sentence)] } }
}

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]

/** Newest first by index, one minute apart: `sort=-updatedAt` has something to sort. */
function timestamps(index: number) {
  const at = new Date(Date.UTC(2026, 10, 1) - index * 60_000).toISOString()
  return { createdAt: at, updatedAt: at }
}

/** Every fourth document is shared with the network, every tenth is a draft. */
function header(kind: string, index: number, tenant: string) {
  return {
    title: localized((locale) => `${kind} ${index} (${locale})`),
    slug: `${kind.toLowerCase().replace(/\s+/g, '-')}-${index}`,
    visibility: index % 4 === 0 ? 'network' : 'tenant',
    summary: localized((locale) => `Summary of ${kind.toLowerCase()} ${index} in ${locale}.`),
    tenant,
    _status: index % 10 === 9 ? 'draft' : 'published',
    translation: {
      sourceLocale: 'en',
      locales: Object.fromEntries(benchLocales.slice(1).map((locale, n) => [locale, { state: n === 0 ? 'approved' : 'translated', updatedAt: timestamps(index).updatedAt, updatedBy: benchUsers.editor }])),
    },
    ...timestamps(index),
  }
}

export function topicData(index: number) {
  return { name: localized((locale) => `Topic ${index} (${locale})`), slug: `topic-${index}`, description: localized(() => `Topic ${index}.`), ...timestamps(index) }
}

export function organizationData(index: number, tenant: string) {
  const sectors = ['civil-society', 'public-sector', 'business', 'philanthropy', 'academia']
  return { name: localized((locale) => `Organization ${index} (${locale})`), visibility: 'network', sector: pick(sectors, index), country: 'AT', tenant, description: localized(() => `Partner ${index}.`), ...timestamps(index) }
}

/** An image record without a file: JSON reads only need its metadata (the URL is computed). */
export function mediaData(index: number, tenant: string) {
  const filename = `bench-${index}.webp`
  const size = (name: string, width: number) => ({ [name]: { url: null, width, height: Math.round(width / 1.5), mimeType: 'image/webp', filesize: width * 40, filename: `bench-${index}-${name}.webp` } })
  return {
    alt: localized((locale) => `Image ${index} (${locale})`),
    caption: localized((locale) => `Caption ${index} (${locale})`),
    credit: 'Bench',
    visibility: 'network',
    tenant,
    filename,
    mimeType: 'image/webp',
    filesize: 120_000,
    width: 2400,
    height: 1600,
    focalX: 50,
    focalY: 50,
    sizes: { ...size('thumbnail', 400), ...size('card', 800), ...size('hero', 1600) },
    ...timestamps(index),
  }
}

export function formatData(index: number, tenant: string) {
  return {
    ...header('Format', index, tenant),
    description: localized((locale) => richText(`Format ${index} (${locale})`)),
    kind: pick(['co-creation-lab', 'peer-learning-circle', 'learning-journey', 'study-visit', 'masterclass'], index),
    duration: { value: 2 + (index % 6), unit: 'hours' },
    groupSize: { min: 6, max: 24 },
    steps: [1, 2, 3].map((step) => ({ id: rowId(), title: localized((locale) => `Step ${step} (${locale})`), minutes: 20 * step, instructions: localized((locale) => richText(`Step ${step} (${locale})`)) })),
    materials: localized(() => 'Flip charts, cards, a room with moveable chairs.'),
    outcomes: [1, 2].map((n) => ({ id: rowId(), text: localized((locale) => `Outcome ${n} (${locale})`) })),
    facilitatorNotes: localized((locale) => richText(`Notes ${index} (${locale})`)),
  }
}

export type CaseStudyLinks = { organizations: string[]; media: string[]; topics: string[]; formats: string[] }

export function caseStudyData(index: number, tenant: string, links: CaseStudyLinks) {
  const at = (list: string[], n: number) => pick(list, index + n)
  return {
    ...header('Case study', index, tenant),
    challenge: localized((locale) => richText(`Challenge ${index} (${locale})`)),
    approach: localized((locale) => richText(`Approach ${index} (${locale})`)),
    outcome: localized((locale) => richText(`Outcome ${index} (${locale})`)),
    partners: [0, 1].map((n) => ({ id: rowId(), organization: at(links.organizations, n), role: localized((locale) => `Partner role ${n} (${locale})`) })),
    sectors: ['civil-society', 'business'],
    country: 'AT',
    year: 2015 + (index % 11),
    topics: [at(links.topics, 0), at(links.topics, 1)],
    impact: [{ id: rowId(), label: localized((locale) => `People reached (${locale})`), value: 100 + index, unit: localized(() => 'people') }],
    quote: { text: localized((locale) => `It changed how we work (${locale}).`), author: `Author ${index}` },
    heroImage: at(links.media, 0),
    gallery: [at(links.media, 1), at(links.media, 2), at(links.media, 3)],
    relatedFormats: [at(links.formats, 0), at(links.formats, 1)],
  }
}

export type CurriculumLinks = { media: string[]; formats: string[]; caseStudies: string[] }

/** Seven sessions → 3 formats and 2 materials each, 10 case studies: the deep read's document. */
export function curriculumData(index: number, tenant: string, links: CurriculumLinks) {
  const at = (list: string[], n: number) => pick(list, index * 7 + n)
  return {
    ...header('Curriculum', index, tenant),
    description: localized((locale) => richText(`Programme ${index} (${locale})`)),
    audienceSectors: ['civil-society', 'business', 'politics', 'welfare'],
    durationMonths: 9,
    sessions: Array.from({ length: 7 }, (_, session) => ({
      id: rowId(),
      title: localized((locale) => `Session ${session + 1} (${locale})`),
      summary: localized((locale) => `Two days on theme ${session + 1} (${locale}).`),
      durationDays: 2,
      monthOffset: session,
      objectives: [1, 2].map((n) => ({ id: rowId(), text: localized((locale) => `Objective ${n} (${locale})`) })),
      formats: [0, 1, 2].map((n) => at(links.formats, session * 3 + n)),
      materials: [0, 1].map((n) => at(links.media, session * 2 + n)),
    })),
    learningOutcomes: [1, 2, 3, 4].map((n) => ({ id: rowId(), text: localized((locale) => `Learning outcome ${n} (${locale})`) })),
    caseStudies: Array.from({ length: 10 }, (_, n) => at(links.caseStudies, n)),
    coverImage: at(links.media, 0),
  }
}
