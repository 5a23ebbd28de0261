/**
 * Units -> XLIFF 2.1 or 1.2. One document is one <file> (id and `original` = `<collection>/<id>`);
 * segments carry their target when the unit has one, with a state from the translation state.
 */
import { tokenize, type Token } from './markup'
import type { InlineCode, TranslationState, Unit } from './types'

export type ExportDocument = {
  collection: string
  id: string
  units: Unit[]
  /** The translation state per unit id (for a whole document, the same state for each unit). */
  states?: Record<string, TranslationState>
}

export type ExportOptions = { sourceLocale: string; targetLocale: string; documents: ExportDocument[] }

export const xliff21Namespace = 'urn:oasis:names:tc:xliff:document:2.0'
export const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2'

/** Element text: `\r` as a reference too, since XML parsers turn a literal one into `\n`. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

function escapeAttribute(value: string): string {
  return escapeXml(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
}

/** ` name="value"` for each defined attribute. */
function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value!)}"`)
    .join('')
}

/** Segment markup in a version's inline syntax; `code` writes the opening or placeholder tag. */
function inline(markup: string, code: (token: Exclude<Token, { kind: 'text' | 'close' }>) => string, close: string): string {
  return tokenize(markup)
    .map((token) => (token.kind === 'text' ? escapeXml(token.text) : token.kind === 'close' ? close : code(token)))
    .join('')
}

function fileId(document: ExportDocument): string {
  return `${document.collection}/${document.id}`
}

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>'

/** The XLIFF state of a translated segment (the same words in 1.2 and 2.1); others fall back per version. */
const segmentStates: Partial<Record<TranslationState, string>> = { translated: 'translated', approved: 'final' }

// ---- XLIFF 2.1 ----

/** 2.1 attributes of a code: its kind for tools, and references to how it looked in <originalData>. */
function codeAttributes21(token: { kind: 'open' | 'ph'; id: string }, code: InlineCode | undefined): string {
  if (!code) return attributes({ id: token.id })
  const references =
    token.kind === 'ph' ? { dataRef: `d${token.id}` } : { dataRefStart: `d${token.id}`, dataRefEnd: code.end === undefined ? undefined : `d${token.id}e` }
  return attributes({ id: token.id, type: code.type, subType: code.subType, ...references })
}

function originalData(unit: Unit): string[] {
  const entries = Object.entries(unit.codes ?? {}).flatMap(([id, code]) => [
    `        <data id="d${escapeAttribute(id)}">${escapeXml(code.start)}</data>`,
    ...(code.end === undefined ? [] : [`        <data id="d${escapeAttribute(id)}e">${escapeXml(code.end)}</data>`]),
  ])
  return entries.length ? ['      <originalData>', ...entries, '      </originalData>'] : []
}

function unit21(unit: Unit, state: TranslationState | undefined): string[] {
  const content = (markup: string) =>
    inline(markup, (token) => (token.kind === 'open' ? `<pc${codeAttributes21(token, unit.codes?.[token.id])}>` : `<ph${codeAttributes21(token, unit.codes?.[token.id])}/>`), '</pc>')
  return [
    `    <unit${attributes({ id: unit.id })}>`,
    ...originalData(unit),
    ...unit.segments.flatMap((segment) => {
      const translated = segment.target !== undefined
      return [
        `      <segment${attributes({ id: segment.id, state: (translated && state && segmentStates[state]) || 'initial' })}>`,
        `        <source>${content(segment.source)}</source>`,
        ...(translated ? [`        <target>${content(segment.target!)}</target>`] : []),
        '      </segment>',
      ]
    }),
    '    </unit>',
  ]
}

/** XLIFF 2.1: one <file> per document, so several documents make one multi-file XLIFF. */
export function toXliff21({ sourceLocale, targetLocale, documents }: ExportOptions): string {
  const files = documents.flatMap((document) => [
    `  <file${attributes({ id: fileId(document), original: fileId(document), 'xml:space': 'preserve' })}>`,
    ...document.units.flatMap((unit) => unit21(unit, document.states?.[unit.id])),
    '  </file>',
  ])
  return [
    xmlDeclaration,
    `<xliff${attributes({ xmlns: xliff21Namespace, version: '2.1', srcLang: sourceLocale, trgLang: targetLocale })}>`,
    ...files,
    '</xliff>',
    '',
  ].join('\n')
}

// ---- XLIFF 1.2 ----

/** 1.2 `ctype` of a code, where 1.2 has a name for it. */
function ctype(code: InlineCode | undefined): string | undefined {
  if (code?.type === 'link') return 'link'
  return { 'xlf:b': 'bold', 'xlf:i': 'italic', 'xlf:u': 'underlined', 'xlf:lb': 'lb' }[code?.subType ?? '']
}

function unit12(unit: Unit, state: TranslationState | undefined): string[] {
  const content = (markup: string) =>
    inline(
      markup,
      (token) => `<${token.kind === 'open' ? 'g' : 'x'}${attributes({ id: token.id, ctype: ctype(unit.codes?.[token.id]) })}${token.kind === 'open' ? '' : '/'}>`,
      '</g>',
    )
  // 1.2 has no segments inside a trans-unit: each segment is a trans-unit `<unit id>#<segment id>`.
  return unit.segments.flatMap((segment) => [
    `      <trans-unit${attributes({ id: `${unit.id}#${segment.id}`, resname: unit.id, 'xml:space': 'preserve' })}>`,
    `        <source>${content(segment.source)}</source>`,
    ...(segment.target === undefined
      ? []
      : [`        <target${attributes({ state: (state && segmentStates[state]) || 'needs-translation' })}>${content(segment.target)}</target>`]),
    '      </trans-unit>',
  ])
}

/** XLIFF 1.2: one <file> per document, with the locales on each file as 1.2 requires. */
export function toXliff12({ sourceLocale, targetLocale, documents }: ExportOptions): string {
  const files = documents.flatMap((document) => [
    `  <file${attributes({ original: fileId(document), datatype: 'x-payload-lexical', 'source-language': sourceLocale, 'target-language': targetLocale })}>`,
    '    <body>',
    ...document.units.flatMap((unit) => unit12(unit, document.states?.[unit.id])),
    '    </body>',
    '  </file>',
  ])
  return [xmlDeclaration, `<xliff${attributes({ xmlns: xliff12Namespace, version: '1.2' })}>`, ...files, '</xliff>', ''].join('\n')
}
