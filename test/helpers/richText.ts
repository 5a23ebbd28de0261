/**
 * Random Lexical documents and a pseudo-translation for XLIFF round-trip tests: every word is
 * wrapped in ⟦ ⟧, so a translated text differs from its source while its codes stay in place.
 */
import type { Unit } from '../../src/plugins/translation/xliff'
import type { seededRandom } from './random'

export type Random = ReturnType<typeof seededRandom>
export type Data = Record<string, unknown>
export type Node = { type: string; text?: string; children?: Node[]; [key: string]: unknown }
/** Which inline nodes to generate: the API tests have no documents or media to link to. */
export type RichTextOptions = { internalLinks?: boolean; uploads?: boolean }

/** Wraps every word (anything between whitespace) in ⟦ ⟧; whitespace stays as it was. */
export function pseudoWords(text: string): string {
  return text.replace(/\S+/g, (word) => `⟦${word}⟧`)
}

/** Pseudo-translates segment markup: only the text between inline codes changes. */
export function pseudoSegment(markup: string): string {
  return markup
    .split(/(<[^>]*>)/)
    .map((part, index) => (index % 2 ? part : pseudoWords(part)))
    .join('')
}

export function translate<T extends Unit>(units: T[]): T[] {
  return units.map((unit) => ({ ...unit, segments: unit.segments.map((segment) => ({ ...segment, target: pseudoSegment(segment.source) })) }))
}

/** What a translated rich text must be: the same JSON with every text node's words wrapped. */
export function pseudoRichText(node: Node): Node {
  return {
    ...node,
    ...(typeof node.text === 'string' ? { text: pseudoWords(node.text) } : {}),
    ...(node.children ? { children: node.children.map(pseudoRichText) } : {}),
  }
}

// ---- random documents ----

const words = [
  'Vienna', 'leadership', 'co-creation', 'Fish & Chips', 'a<b', 'x>y', '"quoted"', "it's", '&amp;', '&#233;', ']]>',
  '<pc id="1">', '</pc>', '<ph id="2"/>', 'Österreich', 'Ærø', 'naïve', 'ﬁ', 'Ελλάδα', 'Україна', '日本語', 'مرحبا', 'بالعالم',
  'שלום', '👩🏽‍💻', '🇦🇹', '🤝', 'x#s1', '{1}', '⟦', '\u200f', 'tab\there', '%s', '$1', '\\n',
]
const separators = [' ', ' ', ' ', '  ', '\u00a0', ' \n', '\n\n', '\r\n', '\t']

export function randomText(random: Random, maxWords = 6, multiline = false): string {
  const count = 1 + random.int(maxWords)
  let text = random.chance(0.1) ? ' ' : ''
  for (let index = 0; index < count; index++) {
    if (index) text += multiline ? random.pick(separators) : ' '
    text += random.pick(words)
  }
  return random.chance(0.1) ? `${text} ` : text
}

export function randomId(random: Random): string {
  return Array.from({ length: 24 }, () => '0123456789abcdef'[random.int(16)]).join('')
}

export function randomUuid(random: Random): string {
  const hex = randomId(random) + randomId(random)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export const plain = { detail: 0, format: 0, mode: 'normal', style: '', type: 'text', version: 1 }

function textNode(random: Random): Node {
  const formatted = random.chance(0.45)
  const format = formatted ? random.pick([1, 2, 3, 8, 9, 16, 64]) : 0
  const style = !formatted && random.chance(0.1) ? 'color: red' : ''
  return { ...plain, format, style, text: randomText(random, 3) }
}

function linkNode(random: Random, options: RichTextOptions): Node {
  const internal = options.internalLinks !== false && random.chance(0.5)
  const fields = internal
    ? { linkType: 'internal', newTab: random.chance(0.3), doc: { relationTo: random.pick(['case-studies', 'curricula', 'topics']), value: randomUuid(random) } }
    : { linkType: 'custom', newTab: random.chance(0.3), url: random.pick(['https://example.org/?a=1&b=<2>', 'mailto:office@example.at', 'https://visionary.example/ar/مرحبا']) }
  const children = Array.from({ length: 1 + random.int(2) }, () => textNode(random))
  const type = !internal && random.chance(0.2) ? 'autolink' : 'link'
  return { type, id: randomId(random), fields, children: mergePlainText(children), direction: 'ltr', format: '', indent: 0, version: 3 }
}

function isPlain(node: Node): boolean {
  return node.type === 'text' && node.format === 0 && node.style === ''
}

/** Lexical never stores two plain text nodes side by side; neither do the generated documents. */
export function mergePlainText(nodes: Node[]): Node[] {
  return nodes.reduce<Node[]>((merged, node) => {
    const last = merged.at(-1)
    if (last && isPlain(last) && isPlain(node)) merged[merged.length - 1] = { ...last, text: last.text! + node.text! }
    else merged.push(node)
    return merged
  }, [])
}

function inlineNodes(random: Random, options: RichTextOptions): Node[] {
  const nodes = Array.from({ length: 1 + random.int(5) }, () =>
    random.chance(0.2) ? linkNode(random, options) : random.chance(0.1) ? { type: 'linebreak', version: 1 } : textNode(random),
  )
  return mergePlainText(nodes)
}

export function block(type: string, children: Node[], extra: Data = {}): Node {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

function listNode(random: Random, options: RichTextOptions, depth = 0): Node {
  const ordered = random.chance(0.5)
  const items = Array.from({ length: 1 + random.int(3) }, (_, index) =>
    block('listitem', depth < 1 && random.chance(0.2) ? [listNode(random, options, depth + 1)] : inlineNodes(random, options), { value: index + 1 }),
  )
  return block('list', items, { listType: ordered ? 'number' : 'bullet', tag: ordered ? 'ol' : 'ul', start: 1 })
}

function randomBlock(random: Random, options: RichTextOptions): Node {
  switch (random.int(options.uploads === false ? 6 : 7)) {
    case 0:
      return block('heading', inlineNodes(random, options), { tag: random.pick(['h2', 'h3', 'h4']) })
    case 1:
      return block('quote', inlineNodes(random, options))
    case 2:
      return listNode(random, options)
    case 6:
      return { type: 'upload', relationTo: 'media', value: randomUuid(random), fields: {}, format: '', id: randomId(random), version: 3 }
    case 3:
      return block('paragraph', random.chance(0.5) ? [] : [{ ...plain, text: '  ' }], { textFormat: 0, textStyle: '' })
    default:
      return block('paragraph', inlineNodes(random, options), { textFormat: 0, textStyle: '' })
  }
}

export function randomRichText(random: Random, options: RichTextOptions = {}): Data {
  return { root: block('root', Array.from({ length: 1 + random.int(5) }, () => randomBlock(random, options))) }
}

export function hasWords(node: Node): boolean {
  return Boolean(node.text?.trim()) || (node.children ?? []).some(hasWords)
}

