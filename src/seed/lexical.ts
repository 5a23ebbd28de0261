/**
 * The demo texts write rich text as a few simple blocks (see data/types.ts `Rich`). This turns
 * them into the JSON that Payload's Lexical editor stores, node by node in the shape Lexical's
 * own `exportJSON()` produces, so the admin opens them as if an editor had typed them.
 */
import type { Rich, RichBlock } from './data/types'

/** Lexical's text format bitmask (IS_BOLD and IS_ITALIC in lexical's constants). */
const BOLD = 1
const ITALIC = 2

export type LexicalNode = { type: string; version: number; [key: string]: unknown }

export type LexicalDocument = {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr'
    format: ''
    indent: number
    version: number
  }
}

/** What every element node (paragraph, heading, list, quote, …) carries besides its own keys. */
function element(type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

function textNode(text: string, format: number): LexicalNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

/** A marker pair: `**bold**` or `*italic*` (bold first, so `**` is never read as two italics). */
const marker = /\*\*(.+?)\*\*|\*(.+?)\*/

/**
 * "Plain **bold** and *italic*" → text nodes with the format bits set. Markers may nest one
 * inside the other (`**bold *and italic***` is not used by the data, but works).
 */
export function inlineText(text: string, format = 0): LexicalNode[] {
  const nodes: LexicalNode[] = []
  let rest = text
  while (rest) {
    const match = marker.exec(rest)
    if (!match) {
      nodes.push(textNode(rest, format))
      break
    }
    if (match.index > 0) nodes.push(textNode(rest.slice(0, match.index), format))
    const [, bold, italic] = match
    nodes.push(...(bold !== undefined ? inlineText(bold, format | BOLD) : inlineText(italic, format | ITALIC)))
    rest = rest.slice(match.index + match[0].length)
  }
  return nodes
}

function paragraph(text: string): LexicalNode {
  const children = inlineText(text)
  // Lexical records the first text node's format and style on the paragraph itself.
  const first = children[0] as { format?: number } | undefined
  return element('paragraph', children, { textFormat: first?.format ?? 0, textStyle: '' })
}

function bulletList(items: string[]): LexicalNode {
  const children = items.map((item, index) => element('listitem', inlineText(item), { value: index + 1 }))
  return element('list', children, { listType: 'bullet', start: 1, tag: 'ul' })
}

function block(source: RichBlock): LexicalNode {
  switch (source.type) {
    case 'heading':
      return element('heading', inlineText(source.text), { tag: 'h2' })
    case 'paragraph':
      return paragraph(source.text)
    case 'list':
      return bulletList(source.items)
    case 'quote':
      return element('quote', inlineText(source.text))
  }
}

/** Rich blocks → a Lexical editor state (`{ root: { children: [...] } }`). */
export function toLexical(blocks: Rich): LexicalDocument {
  return {
    root: { type: 'root', children: blocks.map(block), direction: 'ltr', format: '', indent: 0, version: 1 },
  }
}

/** The same, for an optional value: `undefined` stays `undefined` (the field is then left alone). */
export function toLexicalOrUndefined(blocks: Rich | undefined): LexicalDocument | undefined {
  return blocks ? toLexical(blocks) : undefined
}
