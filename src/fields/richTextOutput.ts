/**
 * Lexical rich text (as the hub's editor stores it, see richText.ts) out of the hub: as plain
 * text for structured data and as a small, escaped HTML for course packages. Only what the
 * editor can produce is rendered (paragraphs, headings, lists, quotes, bold/italic and the other
 * text formats, links, line breaks, uploads); any other node keeps its text and loses its markup.
 */

export type RichTextNode = {
  type: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: RichTextNode[]
  fields?: LinkFields | null
  relationTo?: string
  value?: unknown
  [key: string]: unknown
}

export type LinkFields = {
  linkType?: 'custom' | 'internal'
  url?: string
  newTab?: boolean
  doc?: { relationTo?: string; value?: unknown } | null
}

/** What an upload node shows: the caller decides where the file lives (or that it is left out). */
export type RenderedImage = { src: string; alt: string; caption?: string }

export type HtmlOptions = {
  /** The href of an internal link (`{relationTo, value}`, value populated or an id); none: the text stays, unlinked. */
  internalHref?: (relationTo: string, value: unknown) => string | undefined
  /** The image of an upload node; none: the node is left out. */
  image?: (relationTo: string, value: unknown) => RenderedImage | undefined
}

// Lexical's text format bits (lexical's IS_BOLD … IS_HIGHLIGHT), outermost first.
const formatTags: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
]

const inlineTypes = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

// Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/FFFF).
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for an HTML or XML document (element content and quoted attributes alike). */
export function escapeMarkup(text: string): string {
  return text
    .replace(notXmlChar, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Only addresses a reader can follow safely: http(s), mail, phone, or a path. Never `javascript:` or `data:`. */
export function safeHref(url: string | undefined | null): string | undefined {
  const trimmed = url?.trim()
  if (!trimmed) return undefined
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase()
  if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) return undefined
  return trimmed
}

export function isRichTextValue(value: unknown): value is { root: RichTextNode } {
  return Boolean(value && typeof value === 'object' && 'root' in value && Array.isArray((value as { root: RichTextNode }).root?.children))
}

function rootChildren(value: unknown): RichTextNode[] {
  return isRichTextValue(value) ? (value.root.children ?? []) : []
}

function formatBits(node: RichTextNode): number {
  return typeof node.format === 'number' ? node.format : 0
}

// ---- plain text ----

function inlinePlainText(nodes: RichTextNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text ?? ''
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return '\t'
      return inlinePlainText(node.children ?? [])
    })
    .join('')
}

/** One text per block; a list gives one line per item, nested lists included. */
function plainBlocks(node: RichTextNode): string[] {
  if (node.type === 'list') return [(node.children ?? []).flatMap(plainBlocks).join('\n')]
  const children = node.children ?? []
  if (node.type === 'listitem') {
    const own = inlinePlainText(children.filter((child) => child.type !== 'list'))
    const nested = children.filter((child) => child.type === 'list').flatMap(plainBlocks)
    return [own, ...nested].filter((text) => text.trim())
  }
  if (inlineTypes.has(node.type)) return [inlinePlainText([node])]
  if (children.some((child) => inlineTypes.has(child.type))) return [inlinePlainText(children)]
  return children.flatMap(plainBlocks)
}

/** Rich text as plain text: blocks separated by a blank line, list items one per line; uploads are left out. */
export function richTextToPlainText(value: unknown): string {
  return rootChildren(value)
    .flatMap(plainBlocks)
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n\n')
}

// ---- HTML ----

function textHtml(node: RichTextNode): string {
  const bits = formatBits(node)
  let html = escapeMarkup(node.text ?? '')
  // Innermost first, so the first tag of formatTags ends up outermost.
  for (const [bit, tag] of [...formatTags].reverse()) if (bits & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function linkHtml(node: RichTextNode, options: HtmlOptions): string {
  const content = inlineHtml(node.children ?? [], options)
  const fields = node.fields ?? {}
  const href =
    fields.linkType === 'internal'
      ? fields.doc?.relationTo && fields.doc.value && typeof fields.doc.value === 'object'
        ? options.internalHref?.(fields.doc.relationTo, fields.doc.value)
        : undefined
      : safeHref(fields.url)
  if (!href) return content
  const target = fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${escapeMarkup(href)}"${target}>${content}</a>`
}

function inlineHtml(nodes: RichTextNode[], options: HtmlOptions): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return textHtml(node)
        case 'linebreak':
          return '<br/>'
        case 'tab':
          return '\t'
        case 'link':
        case 'autolink':
          return linkHtml(node, options)
        default:
          return inlineHtml(node.children ?? [], options)
      }
    })
    .join('')
}

function uploadHtml(node: RichTextNode, options: HtmlOptions): string {
  // An upload the reader may not see is populated as null by Payload: nothing to show.
  if (!node.value || typeof node.value !== 'object') return ''
  const image = options.image?.(node.relationTo ?? 'media', node.value)
  if (!image) return ''
  const caption = image.caption ? `<figcaption>${escapeMarkup(image.caption)}</figcaption>` : ''
  return `<figure><img src="${escapeMarkup(image.src)}" alt="${escapeMarkup(image.alt)}"/>${caption}</figure>`
}

function listHtml(node: RichTextNode, options: HtmlOptions): string {
  const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
  const items = (node.children ?? []).map((item) => {
    const children = item.children ?? []
    const nested = children.filter((child) => child.type === 'list').map((child) => listHtml(child, options))
    return `<li>${inlineHtml(children.filter((child) => child.type !== 'list'), options)}${nested.join('')}</li>`
  })
  return `<${tag}>${items.join('')}</${tag}>`
}

function blockHtml(node: RichTextNode, options: HtmlOptions): string {
  const children = node.children ?? []
  switch (node.type) {
    case 'paragraph': {
      const content = inlineHtml(children, options)
      return content.trim() ? `<p>${content}</p>` : ''
    }
    case 'heading': {
      const tag = headingTags.has(String(node.tag)) ? String(node.tag) : 'h2'
      return `<${tag}>${inlineHtml(children, options)}</${tag}>`
    }
    case 'quote':
      return `<blockquote><p>${inlineHtml(children, options)}</p></blockquote>`
    case 'list':
      return listHtml(node, options)
    case 'upload':
      return uploadHtml(node, options)
    case 'horizontalrule':
      return '<hr/>'
    default:
      // An inline node at block level, or a node the hub's editor does not make: keep its text.
      if (inlineTypes.has(node.type)) return `<p>${inlineHtml([node], options)}</p>`
      return children.length ? `<div>${children.map((child) => (inlineTypes.has(child.type) ? inlineHtml([child], options) : blockHtml(child, options))).join('')}</div>` : ''
  }
}

/** Rich text as escaped HTML fragments (well-formed XML too: void elements are self-closed). */
export function richTextToHtml(value: unknown, options: HtmlOptions = {}): string {
  return rootChildren(value)
    .map((node) => blockHtml(node, options))
    .filter(Boolean)
    .join('\n')
}

/** Plain text (a textarea) as paragraphs: blank lines separate them, single newlines are kept. */
export function plainTextToHtml(text: string | null | undefined): string {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeMarkup).join('<br/>')}</p>`)
    .join('\n')
}
