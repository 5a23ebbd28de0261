/**
 * The demo network: four offices with their partner organisations, learning formats, case
 * studies, curricula, images and demo users, built from the texts in `./data` through
 * Payload's Local API only (so it works on SQLite, PostgreSQL and MongoDB alike).
 *
 * Idempotent: every document is looked up by a natural key first and left alone when it
 * exists, so a second run creates nothing and changes nothing. A run that stopped halfway
 * is completed by the next one: missing documents, translations and links are added, and an
 * image uploaded just before the stop is reused rather than uploaded twice.
 */
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, TypedLocale, Where } from 'payload'

import type { Tenant } from '../../payload-types'
import * as data from './data'
import type {
  CaseStudySeed,
  CurriculumSeed,
  LearningFormatSeed,
  LocaleCode,
  Localized,
  OrganizationSeed,
  TenantSeed,
  TopicSeed,
} from './data/types'
import { coverImage, logoImage, type SeedImage } from './images'
import { toLexicalOrUndefined as rich } from './lexical'
import type { SeedProgress } from './progress'

export type { SeedProgress } from './progress'

export const seededCollections = [
  'tenants',
  'topics',
  'organizations',
  'learning-formats',
  'case-studies',
  'curricula',
  'media',
  'users',
] as const
export type SeededCollection = (typeof seededCollections)[number]
export type SeedCount = { created: number; existing: number }
export type SeedSummary = Record<SeededCollection, SeedCount>

export type SeedOptions = {
  /** Called as every step begins (a step is one document with its images and translations). */
  onProgress?: (progress: SeedProgress) => void
  /** Log every created document through `payload.logger`. */
  log?: boolean
}

/** The demo users' password unless HUB_DEMO_PASSWORD is set. */
export const defaultDemoPassword = 'visionary-demo-2026'
export const demoRoles = ['office-admin', 'editor', 'translator', 'viewer'] as const

/** Content is written in English first; every other locale is added by an update. */
const sourceLocale = 'en'

/** Every call: no access checks (there is no user), and hooks can tell a seed from an edit. */
const asSeeder = { overrideAccess: true, depth: 0, context: { seeding: true } } as const
/** Formats, curricula and case studies have drafts: seed them published. */
const published = { draft: false } as const

type Doc = { id: string; [field: string]: unknown }
type Row = { id: string; [field: string]: unknown }
type SeededTenant = { id: string; seed: TenantSeed }

type Seeder = {
  payload: Payload
  hubLocales: string[]
  tenants: Map<string, SeededTenant>
  topics: Map<string, string>
  organizations: Map<string, string>
  formats: Map<string, string>
  caseStudies: Map<string, string>
  curricula: Map<string, string>
  /** Counts a document as created or already present. */
  record: (collection: SeededCollection, label: string, created: boolean) => void
  /** Reports progress: one step per seeded item (a document with its images and translations). */
  step: (collection: SeededCollection, label: string) => void
}

// ─── Small helpers ──────────────────────────────────────────────────────────────────────────

function emptySummary(): SeedSummary {
  return Object.fromEntries(seededCollections.map((slug) => [slug, { created: 0, existing: 0 }])) as SeedSummary
}

/** The locales (besides English) a localized value has and the hub knows. */
function otherLocales(seeder: Seeder, value: Localized<unknown>): LocaleCode[] {
  return (Object.keys(value) as LocaleCode[]).filter((code) => code !== sourceLocale && seeder.hubLocales.includes(code))
}

function requireId(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key)
  if (!id) throw new Error(`Seed data refers to unknown ${what} "${key}"`)
  return id
}

function rows(value: unknown): Row[] {
  return Array.isArray(value) ? (value as Row[]) : []
}

/** Array rows `{ text }` of a stored `textList`, keeping each row's id, with a locale's texts. */
function textRows(stored: unknown, texts: string[] | undefined): Row[] {
  return rows(stored).map((row, index) => ({ id: row.id, text: texts?.[index] }))
}

function hasField(seeder: Seeder, collection: CollectionSlug, name: string): boolean {
  return seeder.payload.collections[collection].config.flattenedFields.some((field) => field.name === name)
}

function tenantScoped(tenantId: string, condition: Where): Where {
  return { and: [{ tenant: { equals: tenantId } }, condition] }
}

async function findId(seeder: Seeder, collection: CollectionSlug, where: Where): Promise<string | undefined> {
  const { docs } = await seeder.payload.find({ collection, where, limit: 1, locale: sourceLocale, ...asSeeder })
  return docs[0]?.id as string | undefined
}

/** The stored document with every locale's values (`{ en: …, de: … }`) and its array row ids. */
async function readAllLocales(seeder: Seeder, collection: CollectionSlug, id: string): Promise<Doc> {
  return (await seeder.payload.findByID({ collection, id, locale: 'all', ...asSeeder })) as unknown as Doc
}

/**
 * Adds the translations a document still lacks. `marker` is a localized field that every
 * translation sets (title or name): a locale where it is empty has not been written yet.
 * `translation` builds that locale's data from the stored document (array rows keep their ids).
 */
async function translateMissing(
  seeder: Seeder,
  options: {
    collection: CollectionSlug
    id: string
    marker: string
    locales: LocaleCode[]
    drafts?: boolean
    translation: (locale: LocaleCode, stored: Doc) => Record<string, unknown>
  },
): Promise<void> {
  const { collection, id, marker, locales, drafts, translation } = options
  if (!locales.length) return
  const stored = await readAllLocales(seeder, collection, id)
  const values = (stored[marker] ?? {}) as Record<string, unknown>
  for (const locale of locales.filter((code) => !values[code])) {
    await seeder.payload.update({
      collection,
      id,
      locale: locale as TypedLocale,
      data: { ...translation(locale, stored), ...(drafts ? { _status: 'published' } : {}) } as never,
      ...(drafts ? published : {}),
      ...asSeeder,
    })
  }
  if (drafts) await approveTranslations(seeder, collection, id, marker)
}

/**
 * The demo's translations are finished work: each office locale the document has (besides the
 * office's source language) is marked approved, so the translation report starts from a clean
 * slate that edits then visibly outdate. Skips locales already approved (a second run writes nothing).
 */
async function approveTranslations(seeder: Seeder, collection: CollectionSlug, id: string, marker: string): Promise<void> {
  const stored = await readAllLocales(seeder, collection, id)
  const office = await seeder.payload.findByID({ collection: 'tenants', id: String(stored.tenant), depth: 0, overrideAccess: true })
  const records = (stored.translation as { locales?: Record<string, { state: string }> } | undefined)?.locales ?? {}
  const values = (stored[marker] ?? {}) as Record<string, unknown>
  const pending = (office.locales ?? []).filter((locale) => locale !== office.defaultLocale && values[locale] && records[locale]?.state !== 'approved')
  for (const locale of pending) {
    await seeder.payload.update({ collection, id, locale: locale as TypedLocale, data: { translationState: 'approved', _status: 'published' } as never, ...published, ...asSeeder })
  }
}

// ─── Images ─────────────────────────────────────────────────────────────────────────────────

type AltTexts = { logo: (name: string) => string; cover: (title: string) => string }

/** Alt texts describe what the picture shows: the English title or name on a coloured field. */
const altTexts: Record<string, AltTexts> = {
  en: { logo: (n) => `Logo of ${n}: its initials in a white ring`, cover: (t) => `Cover image with the title “${t}” in white on a coloured gradient` },
  de: { logo: (n) => `Logo von ${n}: die Initialen in einem weißen Ring`, cover: (t) => `Titelbild mit dem Titel „${t}“ in weißer Schrift auf farbigem Verlauf` },
  sv: { logo: (n) => `Logotyp för ${n}: initialerna i en vit ring`, cover: (t) => `Omslagsbild med titeln ”${t}” i vit text på en färgad bakgrund` },
  da: { logo: (n) => `Logo for ${n}: initialerne i en hvid ring`, cover: (t) => `Forsidebillede med titlen »${t}« i hvid skrift på en farvet baggrund` },
  nb: { logo: (n) => `Logo for ${n}: initialene i en hvit ring`, cover: (t) => `Forsidebilde med tittelen «${t}» i hvit skrift på en farget bakgrunn` },
  cs: { logo: (n) => `Logo organizace ${n}: iniciály v bílém kruhu`, cover: (t) => `Titulní obrázek s názvem „${t}“ bílým písmem na barevném pozadí` },
  hu: { logo: (n) => `${n} logója: a kezdőbetűk fehér körben`, cover: (t) => `Borítókép „${t}” címmel, fehér betűkkel, színes háttéren` },
  pl: { logo: (n) => `Logo organizacji ${n}: inicjały w białym okręgu`, cover: (t) => `Obraz tytułowy z tytułem „${t}” białymi literami na kolorowym tle` },
}

type Visibility = 'tenant' | 'network'

type ImageRequest = {
  /** Unique among seed images; the file is called `seed-<key>.png`. */
  key: string
  tenant: SeededTenant
  /** An image is shared as widely as the document that shows it. */
  visibility: Visibility
  kind: keyof AltTexts
  /** The English title or name the picture shows. */
  text: string
  draw: (name: string) => Promise<SeedImage>
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Payload renames an upload whose file name is taken in the media folder (`seed-x-1.png`),
 * which happens when several databases share one folder (tests, re-seeding a fresh database).
 * So a seed image is found by its base name plus an optional numeric suffix.
 */
async function findSeedImage(seeder: Seeder, request: ImageRequest): Promise<string | undefined> {
  const base = `seed-${request.key}`
  const { docs } = await seeder.payload.find({
    collection: 'media',
    where: tenantScoped(request.tenant.id, { filename: { contains: base } }),
    limit: 20,
    ...asSeeder,
  })
  const ours = new RegExp(`^${escapeRegExp(base)}(-\\d+)?\\.png$`)
  return docs.find((doc) => ours.test(doc.filename ?? ''))?.id
}

function altText(request: ImageRequest, locale: LocaleCode): string | undefined {
  return altTexts[locale]?.[request.kind](request.text)
}

/** Alt text in every locale of the office (English is written with the upload). */
async function translateAlt(seeder: Seeder, request: ImageRequest, id: string): Promise<void> {
  const locales = request.tenant.seed.locales.filter((code) => code !== sourceLocale && altTexts[code] && seeder.hubLocales.includes(code))
  await translateMissing(seeder, { collection: 'media', id, marker: 'alt', locales, translation: (locale) => ({ alt: altText(request, locale) }) })
}

/** The image for a document being created: found (an earlier run stopped halfway) or drawn and uploaded. */
async function ensureImage(seeder: Seeder, request: ImageRequest): Promise<string> {
  let id = await findSeedImage(seeder, request)
  seeder.record('media', request.key, !id)
  if (!id) {
    const file = await request.draw(`seed-${request.key}.png`)
    const doc = await seeder.payload.create({
      collection: 'media',
      data: { alt: altText(request, sourceLocale), tenant: request.tenant.id, visibility: request.visibility, credit: 'Visionary Hub demo image' },
      file,
      locale: sourceLocale,
      ...asSeeder,
    })
    id = doc.id
  }
  await translateAlt(seeder, request, id)
  return id
}

/**
 * The image of a document that already exists is counted, never drawn again: if an editor
 * replaced or deleted it, that was their choice.
 */
async function countExistingImage(seeder: Seeder, request: ImageRequest): Promise<void> {
  const id = await findSeedImage(seeder, request)
  if (!id) return
  seeder.record('media', request.key, false)
  await translateAlt(seeder, request, id)
}

/** Uploads the image with a new document, or counts it when the document exists. */
async function imageFor(seeder: Seeder, request: ImageRequest, documentExists: boolean): Promise<string | undefined> {
  if (!documentExists) return ensureImage(seeder, request)
  await countExistingImage(seeder, request)
  return undefined
}

function coverRequest(
  key: string,
  tenant: SeededTenant,
  visibility: Visibility,
  options: { title: string; what: string; color: string },
): ImageRequest {
  const { title, what, color } = options
  const label = `${tenant.seed.name.en ?? tenant.seed.slug} · ${what}`
  return { key, tenant, visibility, kind: 'cover', text: title, draw: (name) => coverImage({ name, title, label, color }) }
}

// ─── Tenants, topics, organizations ─────────────────────────────────────────────────────────

/** `office@austria.visionary.example.org` → `https://austria.visionary.example.org`. */
function websiteFromEmail(email: string): string | undefined {
  const domain = email.split('@')[1]
  return domain ? `https://${domain}` : undefined
}

async function seedTenant(seeder: Seeder, seed: TenantSeed): Promise<void> {
  let id = await findId(seeder, 'tenants', { slug: { equals: seed.slug } })
  seeder.record('tenants', seed.slug, !id)
  seeder.step('tenants', seed.slug)
  const office = {
    address: seed.office.address,
    city: seed.office.city,
    email: seed.office.email,
    phone: seed.office.phone,
    website: websiteFromEmail(seed.office.email),
  }
  if (!id) {
    const doc: RequiredDataFromCollectionSlug<'tenants'> = {
      name: seed.name.en ?? seed.slug,
      slug: seed.slug,
      countries: seed.countries as Tenant['countries'],
      domains: seed.domains,
      locales: seed.locales,
      defaultLocale: seed.defaultLocale,
      office: { ...office, name: seed.name.en },
      timezone: seed.timezone,
    }
    id = (await seeder.payload.create({ collection: 'tenants', data: doc, locale: sourceLocale, ...asSeeder })).id
  }
  seeder.tenants.set(seed.slug, { id, seed })
  await translateMissing(seeder, {
    collection: 'tenants',
    id,
    marker: 'name',
    locales: otherLocales(seeder, seed.name),
    // The office group is sent whole: its non-localized fields keep their values.
    translation: (locale) => ({ name: seed.name[locale], office: { ...office, name: seed.name[locale] } }),
  })
}

async function seedTopic(seeder: Seeder, seed: TopicSeed): Promise<void> {
  let id = await findId(seeder, 'topics', { slug: { equals: seed.slug } })
  seeder.record('topics', seed.slug, !id)
  seeder.step('topics', seed.slug)
  if (!id) {
    const doc: RequiredDataFromCollectionSlug<'topics'> = { name: seed.name.en ?? seed.slug, slug: seed.slug, description: seed.description.en }
    id = (await seeder.payload.create({ collection: 'topics', data: doc, locale: sourceLocale, ...asSeeder })).id
  }
  seeder.topics.set(seed.slug, id)
  await translateMissing(seeder, {
    collection: 'topics',
    id,
    marker: 'name',
    locales: otherLocales(seeder, seed.name),
    translation: (locale) => ({ name: seed.name[locale], description: seed.description[locale] }),
  })
}

/**
 * An organization is shared with the network when a network case study names it as a partner,
 * so that every office showing that case study can show its partners too.
 */
function organizationVisibility(seed: OrganizationSeed): Visibility {
  const partnerInNetworkStory = data.caseStudies.some(
    (caseStudy) => caseStudy.visibility === 'network' && caseStudy.partners.some((partner) => partner.organization === seed.key),
  )
  return partnerInNetworkStory ? 'network' : 'tenant'
}

async function seedOrganization(seeder: Seeder, seed: OrganizationSeed): Promise<void> {
  const tenant = seeder.tenants.get(seed.tenant)
  if (!tenant) throw new Error(`Organization "${seed.key}" belongs to unknown tenant "${seed.tenant}"`)
  const name = seed.name.en ?? seed.key
  let id = await findId(seeder, 'organizations', tenantScoped(tenant.id, { name: { equals: name } }))
  seeder.record('organizations', seed.key, !id)
  seeder.step('organizations', seed.key)
  const visibility = organizationVisibility(seed)
  const logo = await imageFor(
    seeder,
    {
      key: `logo-${seed.key}`,
      tenant,
      visibility,
      kind: 'logo',
      text: name,
      draw: (file) => logoImage({ name: file, title: name, color: seed.logoColor }),
    },
    Boolean(id),
  )
  if (!id) {
    const doc: RequiredDataFromCollectionSlug<'organizations'> = {
      tenant: tenant.id,
      name,
      visibility,
      sector: seed.sector,
      website: seed.website,
      country: seed.country as RequiredDataFromCollectionSlug<'organizations'>['country'],
      logo,
      description: seed.description.en,
    }
    id = (await seeder.payload.create({ collection: 'organizations', data: doc, locale: sourceLocale, ...asSeeder })).id
  }
  seeder.organizations.set(seed.key, id)
  await translateMissing(seeder, {
    collection: 'organizations',
    id,
    marker: 'name',
    locales: otherLocales(seeder, seed.name),
    translation: (locale) => ({ name: seed.name[locale], description: seed.description[locale] }),
  })
}

// ─── Learning formats, case studies, curricula ──────────────────────────────────────────────

async function seedLearningFormat(seeder: Seeder, seed: LearningFormatSeed): Promise<void> {
  const tenant = seeder.tenants.get(seed.tenant)!
  let id = await findId(seeder, 'learning-formats', tenantScoped(tenant.id, { slug: { equals: seed.slug } }))
  seeder.record('learning-formats', seed.slug, !id)
  seeder.step('learning-formats', seed.slug)
  const title = seed.title.en ?? seed.slug
  // Learning formats have no image field yet; draw a cover only once the collection has one.
  const coverImage = hasField(seeder, 'learning-formats', 'coverImage')
    ? await imageFor(seeder, coverRequest(seed.key, tenant, seed.visibility, { title, what: 'Learning format', color: seed.imageColor }), Boolean(id))
    : undefined
  if (!id) {
    const doc: RequiredDataFromCollectionSlug<'learning-formats'> = {
      tenant: tenant.id,
      title,
      slug: seed.slug,
      visibility: seed.visibility,
      summary: seed.summary.en,
      description: rich(seed.description.en),
      kind: seed.kind,
      duration: seed.duration,
      groupSize: seed.groupSize,
      steps: seed.steps.map((step) => ({ title: step.title.en ?? '', minutes: step.minutes, instructions: rich(step.instructions.en) })),
      materials: seed.materials.en,
      outcomes: (seed.outcomes.en ?? []).map((text) => ({ text })),
      facilitatorNotes: rich(seed.facilitatorNotes.en),
      _status: 'published',
    }
    if (coverImage) Object.assign(doc, { coverImage })
    id = (await seeder.payload.create({ collection: 'learning-formats', data: doc, locale: sourceLocale, ...published, ...asSeeder })).id
  }
  seeder.formats.set(seed.key, id)
  await translateMissing(seeder, {
    collection: 'learning-formats',
    id,
    marker: 'title',
    drafts: true,
    locales: otherLocales(seeder, seed.title),
    translation: (locale, stored) => ({
      title: seed.title[locale],
      summary: seed.summary[locale],
      description: rich(seed.description[locale]),
      steps: rows(stored.steps).map((row, index) => ({
        id: row.id,
        minutes: row.minutes,
        title: seed.steps[index]?.title[locale],
        instructions: rich(seed.steps[index]?.instructions[locale]),
      })),
      materials: seed.materials[locale],
      outcomes: textRows(stored.outcomes, seed.outcomes[locale]),
      facilitatorNotes: rich(seed.facilitatorNotes[locale]),
    }),
  })
}

async function seedCaseStudy(seeder: Seeder, seed: CaseStudySeed): Promise<void> {
  const tenant = seeder.tenants.get(seed.tenant)!
  let id = await findId(seeder, 'case-studies', tenantScoped(tenant.id, { slug: { equals: seed.slug } }))
  seeder.record('case-studies', seed.slug, !id)
  seeder.step('case-studies', seed.slug)
  const title = seed.title.en ?? seed.slug
  const heroImage = await imageFor(seeder, coverRequest(seed.key, tenant, seed.visibility, { title, what: 'Case study', color: seed.imageColor }), Boolean(id))
  if (!id) {
    const doc: RequiredDataFromCollectionSlug<'case-studies'> = {
      tenant: tenant.id,
      title,
      slug: seed.slug,
      visibility: seed.visibility,
      summary: seed.summary.en,
      challenge: rich(seed.challenge.en),
      approach: rich(seed.approach.en),
      outcome: rich(seed.outcome.en),
      partners: seed.partners.map((partner) => ({
        organization: requireId(seeder.organizations, partner.organization, 'organization'),
        role: partner.role.en,
      })),
      sectors: seed.sectors as RequiredDataFromCollectionSlug<'case-studies'>['sectors'],
      country: seed.country as RequiredDataFromCollectionSlug<'case-studies'>['country'],
      year: seed.year,
      topics: seed.topics.map((slug) => requireId(seeder.topics, slug, 'topic')),
      impact: seed.impact.map((figure) => ({ label: figure.label.en ?? '', value: figure.value, unit: figure.unit.en })),
      quote: { text: seed.quote.text.en, author: seed.quote.author },
      heroImage,
      relatedFormats: seed.relatedFormats.map((key) => requireId(seeder.formats, key, 'learning format')),
      // Curricula are seeded later; linkCaseStudyToCurricula fills this in.
      relatedCurricula: [],
      _status: 'published',
    }
    id = (await seeder.payload.create({ collection: 'case-studies', data: doc, locale: sourceLocale, ...published, ...asSeeder })).id
  }
  seeder.caseStudies.set(seed.key, id)
  await translateMissing(seeder, {
    collection: 'case-studies',
    id,
    marker: 'title',
    drafts: true,
    locales: otherLocales(seeder, seed.title),
    translation: (locale, stored) => ({
      title: seed.title[locale],
      summary: seed.summary[locale],
      challenge: rich(seed.challenge[locale]),
      approach: rich(seed.approach[locale]),
      outcome: rich(seed.outcome[locale]),
      partners: rows(stored.partners).map((row, index) => ({
        id: row.id,
        organization: row.organization,
        role: seed.partners[index]?.role[locale],
      })),
      impact: rows(stored.impact).map((row, index) => ({
        id: row.id,
        value: row.value,
        label: seed.impact[index]?.label[locale],
        unit: seed.impact[index]?.unit[locale],
      })),
      quote: { text: seed.quote.text[locale], author: (stored.quote as { author?: string } | undefined)?.author },
    }),
  })
}

async function seedCurriculum(seeder: Seeder, seed: CurriculumSeed): Promise<void> {
  const tenant = seeder.tenants.get(seed.tenant)!
  let id = await findId(seeder, 'curricula', tenantScoped(tenant.id, { slug: { equals: seed.slug } }))
  seeder.record('curricula', seed.slug, !id)
  seeder.step('curricula', seed.slug)
  const title = seed.title.en ?? seed.slug
  const coverImage = await imageFor(seeder, coverRequest(seed.key, tenant, seed.visibility, { title, what: 'Curriculum', color: seed.imageColor }), Boolean(id))
  if (!id) {
    const doc: RequiredDataFromCollectionSlug<'curricula'> = {
      tenant: tenant.id,
      title,
      slug: seed.slug,
      visibility: seed.visibility,
      summary: seed.summary.en,
      description: rich(seed.description.en),
      audienceSectors: seed.audienceSectors,
      durationMonths: seed.durationMonths,
      sessions: seed.sessions.map((session) => ({
        title: session.title.en ?? '',
        summary: session.summary.en,
        durationDays: session.durationDays,
        monthOffset: session.monthOffset,
        objectives: (session.objectives.en ?? []).map((text) => ({ text })),
        formats: session.formats.map((key) => requireId(seeder.formats, key, 'learning format')),
        // Session materials are the offices' own uploads; the demo leaves them empty.
        materials: [],
      })),
      learningOutcomes: (seed.learningOutcomes.en ?? []).map((text) => ({ text })),
      caseStudies: seed.caseStudies.map((key) => requireId(seeder.caseStudies, key, 'case study')),
      coverImage,
      _status: 'published',
    }
    id = (await seeder.payload.create({ collection: 'curricula', data: doc, locale: sourceLocale, ...published, ...asSeeder })).id
  }
  seeder.curricula.set(seed.key, id)
  await translateMissing(seeder, {
    collection: 'curricula',
    id,
    marker: 'title',
    drafts: true,
    locales: otherLocales(seeder, seed.title),
    translation: (locale, stored) => ({
      title: seed.title[locale],
      summary: seed.summary[locale],
      description: rich(seed.description[locale]),
      sessions: rows(stored.sessions).map((row, index) => ({
        id: row.id,
        durationDays: row.durationDays,
        monthOffset: row.monthOffset,
        formats: row.formats,
        materials: row.materials,
        title: seed.sessions[index]?.title[locale],
        summary: seed.sessions[index]?.summary[locale],
        objectives: textRows(row.objectives, seed.sessions[index]?.objectives[locale]),
      })),
      learningOutcomes: textRows(stored.learningOutcomes, seed.learningOutcomes[locale]),
    }),
  })
}

/** Case studies are seeded before curricula; their `relatedCurricula` are filled in afterwards, once. */
async function linkCaseStudyToCurricula(seeder: Seeder, seed: CaseStudySeed): Promise<void> {
  const id = requireId(seeder.caseStudies, seed.key, 'case study')
  const stored = (await seeder.payload.findByID({ collection: 'case-studies', id, ...asSeeder })) as unknown as Doc
  const empty = rows(stored.relatedCurricula).length === 0
  seeder.step('case-studies', `${seed.slug} → curricula`)
  if (!empty) return
  await seeder.payload.update({
    collection: 'case-studies',
    id,
    data: { relatedCurricula: seed.relatedCurricula.map((key) => requireId(seeder.curricula, key, 'curriculum')), _status: 'published' },
    ...published,
    ...asSeeder,
  })
}

// ─── Demo users ─────────────────────────────────────────────────────────────────────────────

export function demoUserEmail(role: (typeof demoRoles)[number], tenantSlug: string): string {
  return `${role}@${tenantSlug}.example.org`
}

async function seedDemoUser(seeder: Seeder, tenant: SeededTenant, role: (typeof demoRoles)[number]): Promise<void> {
  const email = demoUserEmail(role, tenant.seed.slug)
  const existing = await findId(seeder, 'users', { email: { equals: email } })
  seeder.record('users', email, !existing)
  seeder.step('users', email)
  if (existing) return
  // Translators write the office's other languages, never its default one.
  const locales = role === 'translator' ? tenant.seed.locales.filter((code) => code !== tenant.seed.defaultLocale) : []
  await seeder.payload.create({
    collection: 'users',
    data: {
      email,
      password: process.env.HUB_DEMO_PASSWORD || defaultDemoPassword,
      name: `Demo ${role.replace('-', ' ')}, ${tenant.seed.name.en ?? tenant.seed.slug}`,
      tenants: [{ tenant: tenant.id, roles: [role], locales }],
    },
    ...asSeeder,
  })
}

/**
 * On a hub without any user, the Users hook would make the first demo user super-admin, and
 * the server would then no longer create its own first super-admin. So demo users wait until
 * the hub has its first user (the server's, see src/server/firstAdmin.ts).
 */
async function seedDemoUsers(seeder: Seeder): Promise<void> {
  const { totalDocs } = await seeder.payload.count({ collection: 'users', ...asSeeder })
  if (totalDocs === 0) {
    seeder.payload.logger.warn('Seed: no users yet, so no demo users; create the first super-admin, then seed again.')
    for (const tenant of seeder.tenants.values()) for (const role of demoRoles) seeder.step('users', `${demoUserEmail(role, tenant.seed.slug)} (skipped)`)
    return
  }
  for (const tenant of seeder.tenants.values()) {
    for (const role of demoRoles) await seedDemoUser(seeder, tenant, role)
  }
}

// ─── The run ────────────────────────────────────────────────────────────────────────────────

function totalSteps(): number {
  return (
    data.tenants.length +
    data.topics.length +
    data.organizations.length +
    data.learningFormats.length +
    data.caseStudies.length * 2 +
    data.curricula.length +
    data.tenants.length * demoRoles.length
  )
}

/**
 * Seeds the demo network. Order: tenants → topics → organizations (+logos) → learning formats
 * (+covers) → case studies (+heroes) → curricula (+covers) → links that point forward → users.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedSummary> {
  const total = totalSteps()
  let done = 0
  const summary = emptySummary()
  const localization = payload.config.localization
  const seeder: Seeder = {
    payload,
    hubLocales: localization ? localization.localeCodes : [sourceLocale],
    tenants: new Map(),
    topics: new Map(),
    organizations: new Map(),
    formats: new Map(),
    caseStudies: new Map(),
    curricula: new Map(),
    record(collection, label, created) {
      summary[collection][created ? 'created' : 'existing'] += 1
      if (created && options.log) payload.logger.info(`Seed: created ${collection} ${label}`)
    },
    step(collection, label) {
      options.onProgress?.({ done: ++done, total, collection, label })
    },
  }

  for (const tenant of data.tenants) await seedTenant(seeder, tenant)
  for (const topic of data.topics) await seedTopic(seeder, topic)
  for (const organization of data.organizations) await seedOrganization(seeder, organization)
  for (const format of data.learningFormats) await seedLearningFormat(seeder, format)
  for (const caseStudy of data.caseStudies) await seedCaseStudy(seeder, caseStudy)
  for (const curriculum of data.curricula) await seedCurriculum(seeder, curriculum)
  for (const caseStudy of data.caseStudies) await linkCaseStudyToCurricula(seeder, caseStudy)
  await seedDemoUsers(seeder)
  return summary
}

/** The summary as a small table for the terminal. */
export function formatSummary(summary: SeedSummary): string {
  const lines = [`${'collection'.padEnd(18)}${'created'.padStart(9)}${'existing'.padStart(10)}`]
  for (const collection of seededCollections) {
    const { created, existing } = summary[collection]
    lines.push(`${collection.padEnd(18)}${String(created).padStart(9)}${String(existing).padStart(10)}`)
  }
  return lines.join('\n')
}
