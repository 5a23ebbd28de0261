import { strToU8, zipSync, type Zippable } from 'fflate'
import type { PayloadRequest } from 'payload'

import type { Curriculum, LearningFormat, Media } from '../../../payload-types'
import { relationId } from '../../access/ids'
import { officeById } from '../../access/offices'
import { richTextToPlainText } from '../../fields/richTextOutput'
import { toManifest, type ManifestResource } from './manifest'
import { mediaInRichText, packageMedia, populatedMedia, type PackagedMedia } from './media'
import { formatPage, overviewPage, sessionPage, type Page, type PageContext } from './pages'

/** A populated relation; ids alone and nulls (relations the caller may not read) are none. */
function populatedFormats(values: unknown): LearningFormat[] {
  return Array.isArray(values) ? values.filter((value): value is LearningFormat => Boolean(value && typeof value === 'object' && 'id' in value)) : []
}

/** Every learning format of the programme once, in the order the sessions first use them. */
function formatsInOrder(sessions: NonNullable<Curriculum['sessions']>): LearningFormat[] {
  const formats = new Map<string, LearningFormat>()
  for (const session of sessions) for (const format of populatedFormats(session.formats)) if (!formats.has(format.id)) formats.set(format.id, format)
  return [...formats.values()]
}

/** A learning format with the locale its texts are in. */
type LocalizedFormat = { format: LearningFormat; locale: string }

/**
 * A network format of another office that does not publish the cartridge's locale has no text in
 * it, and the programme's office's default locale is no fallback for it either: it is read again
 * with its own office's default locale as the fallback (the hub's rule, applied to its office).
 */
async function inTheirOffices(req: PayloadRequest, formats: LearningFormat[], home: string | undefined, locale: string): Promise<LocalizedFormat[]> {
  const localized: LocalizedFormat[] = []
  // One after the other: every Local API call sets the request's locale and fallback.
  for (const format of formats) {
    const officeId = relationId(format.tenant)
    const office = officeId && officeId !== home ? await officeById(req, officeId) : null
    if (!office || office.locales.includes(locale)) {
      localized.push({ format, locale })
      continue
    }
    const again = await req.payload
      .findByID({
        collection: 'learning-formats',
        id: format.id,
        depth: 1,
        locale: locale as never,
        fallbackLocale: office.defaultLocale as never,
        draft: req.searchParams.get('draft') === 'true',
        overrideAccess: false,
        user: req.user,
        req,
      })
      .catch(() => null)
    localized.push(again ? { format: again as LearningFormat, locale: office.defaultLocale } : { format, locale })
  }
  return localized
}

/** Every file the pages may show: cover, session materials, uploads in rich text. */
function mediaOf(curriculum: Curriculum, formats: LearningFormat[]): Media[] {
  return [
    populatedMedia(curriculum.coverImage),
    ...(curriculum.sessions ?? []).flatMap((session) => (session.materials ?? []).map(populatedMedia)),
    ...mediaInRichText(curriculum.description),
    ...formats.flatMap((format) => [
      ...mediaInRichText(format.description),
      ...(format.steps ?? []).flatMap((step) => mediaInRichText(step.instructions)),
      ...mediaInRichText(format.facilitatorNotes),
    ]),
  ].filter((media): media is Media => Boolean(media))
}

/** `formats/<slug>.html`, made unique when two offices' network formats share a slug. */
function formatPaths(formats: LearningFormat[]): Map<string, string> {
  const taken = new Set<string>()
  const paths = new Map<string, string>()
  for (const format of formats) {
    const base = (format.slug || 'format').replace(/[^a-z0-9-]+/gi, '-')
    let candidate = `formats/${base}.html`
    for (let suffix = 2; taken.has(candidate); suffix++) candidate = `formats/${base}-${suffix}.html`
    taken.add(candidate)
    paths.set(format.id, candidate)
  }
  return paths
}

function pageResource(identifier: string, page: Page, media: Map<string, PackagedMedia>, alsoDependsOn: string[] = []): ManifestResource {
  const dependencies = [...alsoDependsOn, ...[...page.media].map((id) => media.get(id)!.resource)]
  return { identifier, type: 'webcontent', href: page.path, files: [page.path], dependencies }
}

export type Cartridge = { filename: string; zip: Uint8Array }

/**
 * The curriculum as an IMS Common Cartridge 1.3: its sessions in order as the organization's
 * items, one HTML page per session and per learning format it uses, an overview page, and the
 * media files those pages show, each file a resource of its own that the pages depend on.
 */
export async function buildCartridge(req: PayloadRequest, curriculum: Curriculum, locale: string): Promise<Cartridge> {
  const sessions = curriculum.sessions ?? []
  const localized = await inTheirOffices(req, formatsInOrder(sessions), relationId(curriculum.tenant), locale)
  const formats = localized.map(({ format }) => format)
  const byId = new Map(formats.map((format) => [format.id, format]))
  const sessionFormats = (session: (typeof sessions)[number]) => populatedFormats(session.formats).map((format) => byId.get(format.id)!)
  const media = await packageMedia(req, mediaOf(curriculum, formats))
  const context: PageContext = { locale, media, formatPaths: formatPaths(formats) }

  const sessionPages = sessions.map((session, index) => sessionPage(session, index, sessions.length, sessionFormats(session), context))
  const formatPages = localized.map(({ format, locale: textLocale }) => formatPage(format, context.formatPaths.get(format.id)!, context, textLocale))
  const overview = overviewPage(curriculum, sessionPages, context)

  const formatResource = new Map(formats.map((format, index) => [format.id, `res-format-${index + 1}`]))
  const used = new Set([...sessionPages, ...formatPages, overview].flatMap((page) => [...page.media]))
  const packaged = [...media.values()].filter((file) => used.has(file.media.id))
  const resources: ManifestResource[] = [
    pageResource('res-overview', overview, media),
    ...sessionPages.map((page, index) =>
      pageResource(`res-session-${index + 1}`, page, media, sessionFormats(sessions[index]).map((format) => formatResource.get(format.id)!)),
    ),
    ...formatPages.map((page, index) => pageResource(`res-format-${index + 1}`, page, media)),
    ...packaged.map((file): ManifestResource => ({ identifier: file.resource, type: 'webcontent', href: file.path, files: [file.path], dependencies: [] })),
  ]
  const manifest = toManifest({
    identifier: `cc-curriculum-${curriculum.id}`,
    title: curriculum.title || curriculum.slug,
    description: curriculum.summary || richTextToPlainText(curriculum.description) || undefined,
    language: locale,
    items: sessionPages.map((page, index) => ({ identifier: `item-session-${index + 1}`, title: page.title, resource: `res-session-${index + 1}` })),
    resources,
  })

  // Dated like the curriculum, so the same version packs into the same bytes.
  const mtime = new Date(curriculum.updatedAt)
  const files: Zippable = { 'imsmanifest.xml': strToU8(manifest) }
  for (const page of [overview, ...sessionPages, ...formatPages]) files[page.path] = strToU8(page.html)
  // Images and PDFs are compressed already: stored as they are.
  for (const file of packaged) files[file.path] = [file.data, { level: 0 }]
  const zip = zipSync(files, { level: 6, mtime: Number.isNaN(mtime.getTime()) ? new Date() : mtime })
  const slug = (curriculum.slug || 'curriculum').replace(/[^a-z0-9-]+/gi, '-')
  return { filename: `${slug}-${locale}.imscc`, zip }
}
