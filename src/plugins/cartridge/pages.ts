import path from 'node:path'

import type { Curriculum, LearningFormat, Media } from '../../../payload-types'
import { escapeMarkup, plainTextToHtml, richTextToHtml, type HtmlOptions, type RenderedImage } from '../../fields/richTextOutput'
import { label, quantity, textDirection } from './labels'
import { populatedMedia, type PackagedMedia } from './media'

export type Session = NonNullable<Curriculum['sessions']>[number]

/** One HTML page of the package, with the media files it shows (its resource depends on them). */
export type Page = { path: string; title: string; html: string; media: Set<string> }

/** What every page needs: the locale, the packaged media and where each learning format's page is. */
export type PageContext = { locale: string; media: Map<string, PackagedMedia>; formatPaths: Map<string, string> }

/** A link from one file of the package to another, relative to the first. */
function relativeHref(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(from), to)
}

function document(title: string, body: string[], locale: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeMarkup(locale)}" dir="${textDirection(locale)}">`,
    `<head><meta charset="utf-8"/><title>${escapeMarkup(title)}</title></head>`,
    '<body>',
    ...body.filter(Boolean),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** The page's own view of the package: images and format links relative to it; records what it shows. */
function pageRenderer(pagePath: string, context: PageContext, used: Set<string>) {
  const image = (value: unknown): RenderedImage | undefined => {
    const media = populatedMedia(value)
    const packaged = media && context.media.get(media.id)
    if (!packaged || !media.mimeType?.startsWith('image/')) return undefined
    used.add(media.id)
    return { src: relativeHref(pagePath, packaged.path), alt: media.alt ?? '', caption: media.caption ?? undefined }
  }
  const options: HtmlOptions = {
    image: (relationTo, value) => (relationTo === 'media' ? image(value) : undefined),
    internalHref: (relationTo, value) => {
      const target = relationTo === 'learning-formats' ? context.formatPaths.get(String((value as { id?: unknown }).id)) : undefined
      return target ? relativeHref(pagePath, target) : undefined
    },
  }
  /** A material: an image is shown, any other file (a PDF) is linked. */
  const material = (value: unknown): string => {
    const media = populatedMedia(value)
    const packaged = media && context.media.get(media.id)
    if (!packaged) return ''
    used.add(media.id)
    const href = escapeMarkup(relativeHref(pagePath, packaged.path))
    const name = escapeMarkup(media.alt || media.caption || media.filename || '')
    return media.mimeType?.startsWith('image/')
      ? `<li><figure><img src="${href}" alt="${escapeMarkup(media.alt ?? '')}"/>${media.caption ? `<figcaption>${escapeMarkup(media.caption)}</figcaption>` : ''}</figure></li>`
      : `<li><a href="${href}">${name}</a></li>`
  }
  return { rich: (value: unknown) => richTextToHtml(value, options), image, material }
}

function section(heading: string, content: string): string {
  return content.trim() ? `<h2>${escapeMarkup(heading)}</h2>\n${content}` : ''
}

function textList(rows: { text?: string | null }[] | null | undefined, tag: 'ul' | 'ol' = 'ul'): string {
  const items = (rows ?? []).map((row) => row.text?.trim()).filter(Boolean)
  return items.length ? `<${tag}>${items.map((text) => `<li>${escapeMarkup(text!)}</li>`).join('')}</${tag}>` : ''
}

function figure(image: RenderedImage | undefined): string {
  if (!image) return ''
  const caption = image.caption ? `<figcaption>${escapeMarkup(image.caption)}</figcaption>` : ''
  return `<figure><img src="${escapeMarkup(image.src)}" alt="${escapeMarkup(image.alt)}"/>${caption}</figure>`
}

export function sessionPath(index: number): string {
  return `sessions/session-${String(index + 1).padStart(2, '0')}.html`
}

/** A session: where it sits in the programme, its summary, objectives, formats (linked) and materials. */
export function sessionPage(session: Session, index: number, count: number, formats: LearningFormat[], context: PageContext): Page {
  const pagePath = sessionPath(index)
  const used = new Set<string>()
  const render = pageRenderer(pagePath, context, used)
  const { locale } = context
  const title = session.title || label(locale, 'sessionOf', { number: index + 1, count })
  const facts = [label(locale, 'sessionOf', { number: index + 1, count }), quantity(locale, session.durationDays, 'day'), label(locale, 'month', { month: session.monthOffset + 1 })]
  const formatItems = formats.map((format) => {
    const target = context.formatPaths.get(format.id)
    const name = escapeMarkup(format.title || format.slug)
    const link = target ? `<a href="${escapeMarkup(relativeHref(pagePath, target))}">${name}</a>` : name
    return `<li>${link}${format.summary ? ` — ${escapeMarkup(format.summary)}` : ''}</li>`
  })
  const materials = (session.materials ?? []).map(render.material).filter(Boolean)
  const html = document(title, [
    `<h1>${escapeMarkup(title)}</h1>`,
    `<p>${facts.map(escapeMarkup).join(' · ')}</p>`,
    plainTextToHtml(session.summary),
    section(label(locale, 'objectives'), textList(session.objectives)),
    section(label(locale, 'formats'), formatItems.length ? `<ul>${formatItems.join('')}</ul>` : ''),
    section(label(locale, 'materials'), materials.length ? `<ul>${materials.join('')}</ul>` : ''),
  ], locale)
  return { path: pagePath, title, html, media: used }
}

function formatFacts(format: LearningFormat, locale: string): string {
  const { value, unit } = format.duration ?? {}
  const units = { minutes: 'minute', hours: 'hour', days: 'day' } as const
  const duration = typeof value === 'number' && unit ? `${label(locale, 'duration')}: ${quantity(locale, value, units[unit])}` : ''
  const { min, max } = format.groupSize ?? {}
  const group = typeof min === 'number' && typeof max === 'number' ? label(locale, 'groupSize', { min, max }) : ''
  const facts = [duration, group].filter(Boolean)
  return facts.length ? `<p>${facts.map(escapeMarkup).join(' · ')}</p>` : ''
}

function steps(format: LearningFormat, render: ReturnType<typeof pageRenderer>, locale: string): string {
  const items = (format.steps ?? []).map((step) => {
    const heading = `<strong>${escapeMarkup(step.title ?? '')}</strong> (${escapeMarkup(quantity(locale, step.minutes, 'minute'))})`
    const instructions = render.rich(step.instructions)
    return `<li>${heading}${instructions ? `\n${instructions}` : ''}</li>`
  })
  return items.length ? `<ol>${items.join('\n')}</ol>` : ''
}

/** Marks a fragment written in another language than the page's (a format read in its own office's locale). */
function inLanguage(html: string, textLocale: string, pageLocale: string): string {
  return html && textLocale !== pageLocale ? `<div lang="${escapeMarkup(textLocale)}" dir="${textDirection(textLocale)}">${html}</div>` : html
}

/**
 * A learning format: what it is, how long, for how many, its steps, materials, outcomes and
 * notes. The page speaks the cartridge's locale; the format's texts may be in `textLocale`.
 */
export function formatPage(format: LearningFormat, pagePath: string, context: PageContext, textLocale = context.locale): Page {
  const used = new Set<string>()
  const render = pageRenderer(pagePath, context, used)
  const { locale } = context
  const text = (html: string) => inLanguage(html, textLocale, locale)
  const title = format.title || format.slug
  const titleLang = textLocale !== locale ? ` lang="${escapeMarkup(textLocale)}"` : ''
  const html = document(title, [
    `<h1${titleLang}>${escapeMarkup(title)}</h1>`,
    formatFacts(format, locale),
    text(plainTextToHtml(format.summary)),
    text(render.rich(format.description)),
    section(label(locale, 'steps'), text(steps(format, render, locale))),
    section(label(locale, 'materials'), text(plainTextToHtml(format.materials))),
    section(label(locale, 'outcomes'), text(textList(format.outcomes))),
    section(label(locale, 'facilitatorNotes'), text(render.rich(format.facilitatorNotes))),
  ], locale)
  return { path: pagePath, title, html, media: used }
}

/** The programme itself: cover, summary, description, learning outcomes and its sessions in order. */
export function overviewPage(curriculum: Curriculum, sessions: Page[], context: PageContext): Page {
  const pagePath = 'overview.html'
  const used = new Set<string>()
  const render = pageRenderer(pagePath, context, used)
  const { locale } = context
  const title = curriculum.title || curriculum.slug
  const sessionLinks = sessions.map((page) => `<li><a href="${escapeMarkup(relativeHref(pagePath, page.path))}">${escapeMarkup(page.title)}</a></li>`)
  const html = document(title, [
    `<h1>${escapeMarkup(title)}</h1>`,
    figure(render.image(curriculum.coverImage as Media | string | null | undefined)),
    plainTextToHtml(curriculum.summary),
    render.rich(curriculum.description),
    section(label(locale, 'learningOutcomes'), textList(curriculum.learningOutcomes)),
    section(label(locale, 'sessions'), sessionLinks.length ? `<ol>${sessionLinks.join('')}</ol>` : ''),
  ], locale)
  return { path: pagePath, title: label(locale, 'overview'), html, media: used }
}
