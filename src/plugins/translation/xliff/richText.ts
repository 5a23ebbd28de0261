/**
 * Lexical rich text <-> segments. Every run of inline nodes that holds text (the content of a
 * paragraph, heading, quote or list item) is one segment. Formatted text and links become
 * `<pc>` codes, line breaks and other inline nodes `<ph>` codes. The source document's JSON is
 * the skeleton: rebuilding walks it again in the same order, numbers the codes the same way and
 * swaps each run for the nodes decoded from its translated segment, so block structure, node
 * attributes, formatting and links come back exactly as they were.
 */
import { XliffError } from './errors'
import { closeCode, escapeText, openCode, placeholder, tokenize } from './markup'
import type { InlineCode, Segment } from './types'

export type LexicalNode = { type: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }
export type RichTextValue = { root: LexicalNode; [key: string]: unknown }

/** Nodes that flow inside a block's text; every other node is a block (or a decorator like an upload). */
const inlineTypes = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'inlineBlock'])

/** What Lexical writes for unformatted text. Any other text node is kept as an inline code. */
const plainText = { detail: 0, format: 0, mode: 'normal', style: '', type: 'text', version: 1 }

const formatTags: [bit: number, tag: string][] = [
  [1, 'b'],
  [2, 'i'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
]

/** The XLIFF 2.1 subTypes for formatting (only these three exist). */
const formatSubTypes: Record<string, string> = { b: 'xlf:b', i: 'xlf:i', u: 'xlf:u' }

export function isRichText(value: unknown): value is RichTextValue {
  return Boolean(value && typeof value === 'object' && 'root' in value && (value as RichTextValue).root?.children)
}

function isPlainText(node: LexicalNode): boolean {
  if (node.type !== 'text') return false
  const { text: _text, ...attributes } = node
  const keys = Object.keys(attributes)
  return keys.length === Object.keys(plainText).length && keys.every((key) => attributes[key] === plainText[key as keyof typeof plainText])
}

function hasText(nodes: LexicalNode[]): boolean {
  return nodes.some((node) => (node.type === 'text' && Boolean(node.text?.trim())) || (node.children ? hasText(node.children) : false))
}

/**
 * Rebuilds `node` with every inline run that holds text replaced by `visit(run)`, in document
 * order. Runs of only whitespace or line breaks have nothing to translate and stay as they are.
 */
function mapTextRuns(node: LexicalNode, visit: (run: LexicalNode[]) => LexicalNode[]): LexicalNode {
  if (!Array.isArray(node.children)) return node
  const children: LexicalNode[] = []
  let run: LexicalNode[] = []
  const endRun = () => {
    children.push(...(hasText(run) ? visit(run) : run))
    run = []
  }
  for (const child of node.children) {
    if (inlineTypes.has(child.type)) {
      run.push(child)
    } else {
      endRun()
      children.push(mapTextRuns(child, visit))
    }
  }
  endRun()
  return { ...node, children }
}

function linkTarget(node: LexicalNode): string {
  const fields = (node.fields ?? {}) as { url?: string; doc?: { relationTo?: string; value?: unknown } }
  if (!fields.doc) return fields.url ?? ''
  const value = fields.doc.value
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return `${fields.doc.relationTo}/${String(id)}`
}

function describeCode(node: LexicalNode): InlineCode {
  if (node.type === 'text') {
    const tags = formatTags.filter(([bit]) => (Number(node.format) & bit) !== 0).map(([, tag]) => tag)
    if (!tags.length) tags.push('span')
    return {
      type: 'fmt',
      subType: tags.length === 1 ? formatSubTypes[tags[0]] : undefined,
      start: tags.map((tag) => `<${tag}>`).join(''),
      end: [...tags].reverse().map((tag) => `</${tag}>`).join(''),
    }
  }
  if (node.type === 'link' || node.type === 'autolink') return { type: 'link', start: `<a href="${linkTarget(node)}">`, end: '</a>' }
  if (node.type === 'linebreak') return { type: 'fmt', subType: 'xlf:lb', start: '<br/>' }
  return node.children ? { type: 'other', start: `<${node.type}>`, end: `</${node.type}>` } : { type: 'other', start: `<${node.type}/>` }
}

type EncodedRun = { markup: string; templates: Map<string, LexicalNode>; codes: Record<string, InlineCode> }

/**
 * A run as segment markup. Each code keeps its node as a template (minus text or children), keyed
 * like codesOf (`pc:<id>`, `ph:<id>`); ids count across the whole field because XLIFF wants
 * inline ids unique within a unit.
 */
function encodeRun(run: LexicalNode[], counter: { last: number }): EncodedRun {
  const templates = new Map<string, LexicalNode>()
  const codes: Record<string, InlineCode> = {}
  const encode = (nodes: LexicalNode[]): string =>
    nodes
      .map((node) => {
        if (isPlainText(node)) return escapeText(node.text ?? '')
        const id = String(++counter.last)
        const { text, children, ...template } = node
        codes[id] = describeCode(node)
        const paired = node.type === 'text' || Boolean(children)
        templates.set(`${paired ? 'pc' : 'ph'}:${id}`, template)
        if (!paired) return placeholder(id)
        return openCode(id) + (children ? encode(children) : escapeText(text ?? '')) + closeCode
      })
      .join('')
  return { markup: encode(run), templates, codes }
}

/**
 * Inline nodes from translated segment markup. Text takes the attributes of the innermost
 * formatting code around it (plain text outside any); a link code becomes a link node holding
 * what it wraps. So a translator may move, nest or drop codes, and the nodes follow.
 */
function decodeSegment(markup: string, templates: Map<string, LexicalNode>): LexicalNode[] {
  const top: LexicalNode[] = []
  const open: { template: LexicalNode; container: LexicalNode[] }[] = []
  const container = () => open.at(-1)?.container ?? top
  const textTemplate = () => [...open].reverse().find((code) => code.template.type === 'text')?.template ?? plainText
  const template = (code: string) => {
    const found = templates.get(code)
    if (!found) throw new XliffError(`The translation uses inline code ${code}, which its source segment does not have.`)
    return structuredClone(found)
  }
  for (const token of tokenize(markup)) {
    if (token.kind === 'text') {
      container().push({ ...textTemplate(), text: token.text })
    } else if (token.kind === 'ph') {
      container().push(template(`ph:${token.id}`))
    } else if (token.kind === 'open') {
      const code = template(`pc:${token.id}`)
      if (code.type === 'text') {
        open.push({ template: code, container: container() })
      } else {
        const element: LexicalNode = { ...code, children: [] }
        container().push(element)
        open.push({ template: code, container: element.children! })
      }
    } else {
      open.pop()
    }
  }
  return top
}

/** The segments (one per text block, ids s1, s2, …) and inline codes of a rich text value. */
export function richTextSegments(value: RichTextValue): { segments: Segment[]; codes: Record<string, InlineCode> } {
  const segments: Segment[] = []
  const codes: Record<string, InlineCode> = {}
  const counter = { last: 0 }
  mapTextRuns(value.root, (run) => {
    const encoded = encodeRun(run, counter)
    segments.push({ id: `s${segments.length + 1}`, source: encoded.markup })
    Object.assign(codes, encoded.codes)
    return run
  })
  return { segments, codes }
}

/** `source` with each text block replaced by its segment's target (same ids as richTextSegments). */
export function rebuildRichText(source: RichTextValue, segments: Segment[], unitId: string): RichTextValue {
  const targets = new Map(segments.map((segment) => [segment.id, segment.target]))
  const counter = { last: 0 }
  let index = 0
  const root = mapTextRuns(source.root, (run) => {
    const segmentId = `s${++index}`
    const target = targets.get(segmentId)
    if (target === undefined) throw new XliffError(`Unit ${unitId} has no translation for segment ${segmentId}.`)
    return decodeSegment(target, encodeRun(run, counter).templates)
  })
  return { ...source, root }
}
