/**
 * XLIFF 1.2 / 2.x -> units, and how imported units compare with the document as it is now.
 * Uploads are untrusted: size, DTDs (XXE, entity bombs) and well-formedness are checked before
 * anything is parsed, and every refusal is an XliffError that names the problem.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { XliffError } from './errors'
import { closeCode, codesOf, escapeText, openCode, placeholder } from './markup'
import type { Segment, Unit } from './types'
import { withTargets } from './units'

export { XliffError }

export type ParsedSegment = Segment & { state?: string }
export type ParsedUnit = { id: string; segments: ParsedSegment[] }
/** One document: `id` is the file's `<collection>/<document id>`. */
export type ParsedFile = { id: string; collection: string; documentId: string; units: ParsedUnit[] }
export type ParsedXliff = { version: string; srcLang: string; trgLang: string; files: ParsedFile[] }

type XmlElement = { name: string; attributes: Record<string, string>; children: XmlContent[] }
type XmlContent = XmlElement | string

const parser = new XMLParser({
  preserveOrder: true, // inline content is mixed text and codes, in order
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false, // whitespace is content
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true, // decodes character references (&#13;, &#x1F600;) in the same pass as &amp;
  ignoreDeclaration: true,
  ignorePiTags: true,
})

/** fast-xml-parser's ordered output as a plain tree. */
function toTree(nodes: unknown[]): XmlContent[] {
  return nodes.map((node) => {
    const record = node as Record<string, unknown>
    if ('#text' in record) return String(record['#text'])
    const name = Object.keys(record).find((key) => key !== ':@')!
    return { name, attributes: (record[':@'] ?? {}) as Record<string, string>, children: toTree(record[name] as unknown[]) }
  })
}

function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string' && (!name || child.name === name))
}

function requiredAttribute(element: XmlElement, attribute: string, where: string): string {
  const value = element.attributes[attribute]
  if (!value) throw new XliffError(`${where} has no ${attribute} attribute.`)
  return value
}

/** How one XLIFF version writes inline codes; `ignored` elements only annotate and carry no text. */
type InlineSyntax = { paired: string; placeholder: string; ignored: string[] }
const syntax2: InlineSyntax = { paired: 'pc', placeholder: 'ph', ignored: ['sm', 'em'] }
const syntax12: InlineSyntax = { paired: 'g', placeholder: 'x', ignored: [] }

/** Inline content as segment markup. <mrk> annotations (also 1.2's segmentation marks) keep their text. */
function markupOf(content: XmlContent[], syntax: InlineSyntax, where: string): string {
  return content
    .map((node) => {
      if (typeof node === 'string') return escapeText(node)
      const id = () => requiredAttribute(node, 'id', `An inline <${node.name}> in ${where}`)
      if (node.name === syntax.paired) return openCode(id()) + markupOf(node.children, syntax, where) + closeCode
      if (node.name === syntax.placeholder) return placeholder(id())
      if (node.name === 'mrk') return markupOf(node.children, syntax, where)
      if (syntax.ignored.includes(node.name)) return ''
      throw new XliffError(`${where} contains <${node.name}>, which cannot be imported; keep the <${syntax.paired}> and <${syntax.placeholder}> codes of the export.`)
    })
    .join('')
}

/** A segment's source and target markup; an empty <target> counts as untranslated, as tools write them. */
function segmentOf(id: string, holder: XmlElement, syntax: InlineSyntax, where: string, state?: string): ParsedSegment {
  const [source] = elements(holder, 'source')
  if (!source) throw new XliffError(`${where} has no <source>.`)
  const [targetElement] = elements(holder, 'target')
  const target = targetElement ? markupOf(targetElement.children, syntax, where) : ''
  return { id, source: markupOf(source.children, syntax, where), ...(target ? { target } : {}), ...(state ? { state } : {}) }
}

function documentOf(fileId: string): Pick<ParsedFile, 'id' | 'collection' | 'documentId'> {
  const slash = fileId.indexOf('/')
  if (slash <= 0 || slash === fileId.length - 1) throw new XliffError(`The file id "${fileId}" is not <collection>/<document id>.`)
  return { id: fileId, collection: fileId.slice(0, slash), documentId: fileId.slice(slash + 1) }
}

// ---- XLIFF 2.x ----

/** Units of a <file> or <group>, groups flattened. */
function units2(container: XmlElement): ParsedUnit[] {
  return elements(container).flatMap((element) => {
    if (element.name === 'group') return units2(element)
    if (element.name !== 'unit') return []
    const id = requiredAttribute(element, 'id', 'A <unit>')
    const segments = elements(element, 'segment').map((segment) => {
      const segmentId = requiredAttribute(segment, 'id', `A segment of unit ${id}`)
      return segmentOf(segmentId, segment, syntax2, `Unit ${id}, segment ${segmentId}`, segment.attributes.state)
    })
    return [{ id, segments }]
  })
}

function read2(root: XmlElement, version: string): ParsedXliff {
  const files = elements(root, 'file').map((file) => ({ ...documentOf(requiredAttribute(file, 'id', 'A <file>')), units: units2(file) }))
  return { version, srcLang: requiredAttribute(root, 'srcLang', '<xliff>'), trgLang: requiredAttribute(root, 'trgLang', '<xliff>'), files }
}

// ---- XLIFF 1.2 ----

function transUnits(container: XmlElement): XmlElement[] {
  return elements(container).flatMap((element) =>
    element.name === 'trans-unit' ? [element] : element.name === 'group' || element.name === 'body' ? transUnits(element) : [],
  )
}

/** 1.2 trans-units `<unit id>#<segment id>` gathered back into units, in file order. */
function units12(file: XmlElement): ParsedUnit[] {
  const units = new Map<string, ParsedUnit>()
  for (const transUnit of transUnits(file)) {
    const id = requiredAttribute(transUnit, 'id', 'A <trans-unit>')
    const cut = id.lastIndexOf('#')
    if (cut <= 0) throw new XliffError(`The trans-unit id "${id}" is not <field path>#<segment id> as exported.`)
    const unitId = id.slice(0, cut)
    const [target] = elements(transUnit, 'target')
    const segment = segmentOf(id.slice(cut + 1), transUnit, syntax12, `Trans-unit ${id}`, target?.attributes.state)
    if (!units.has(unitId)) units.set(unitId, { id: unitId, segments: [] })
    units.get(unitId)!.segments.push(segment)
  }
  return [...units.values()]
}

function read12(root: XmlElement): ParsedXliff {
  const files = elements(root, 'file')
  const languages = files.map((file) => ({
    srcLang: requiredAttribute(file, 'source-language', 'A <file>'),
    trgLang: requiredAttribute(file, 'target-language', 'A <file>'),
  }))
  if (!languages.length) throw new XliffError('The XLIFF document has no <file>, so no source-language or target-language.')
  const { srcLang, trgLang } = languages[0]
  if (languages.some((pair) => pair.srcLang !== srcLang || pair.trgLang !== trgLang)) {
    throw new XliffError('All files of one upload must have the same source-language and target-language.')
  }
  const parsed = files.map((file) => ({ ...documentOf(requiredAttribute(file, 'original', 'A <file>')), units: units12(file) }))
  return { version: '1.2', srcLang, trgLang, files: parsed }
}

// ---- parsing ----

function rootElement(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new XliffError(`Malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`)
  const roots = toTree(parser.parse(xml) as unknown[]).filter((node): node is XmlElement => typeof node !== 'string')
  if (roots.length !== 1) throw new XliffError(`Malformed XML: expected one root element, found ${roots.length}.`)
  if (roots[0].name !== 'xliff') throw new XliffError(`Not an XLIFF document: the root element is <${roots[0].name}>.`)
  return roots[0]
}

/** Reads an uploaded XLIFF 1.2 or 2.x document into units per file, or throws an XliffError. */
export function parseXliff(xml: string, { maxBytes = 5 * 1024 * 1024 }: { maxBytes?: number } = {}): ParsedXliff {
  if (Buffer.byteLength(xml, 'utf8') > maxBytes) throw new XliffError(`The XLIFF document is larger than ${maxBytes} bytes.`, 413)
  // The parser would expand internal entities; a DTD has no business in an XLIFF upload.
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new XliffError('DOCTYPE and ENTITY declarations are not allowed in XLIFF documents.')
  const root = rootElement(xml.replace(/^\uFEFF/, ''))
  const version = root.attributes.version
  if (version === '1.2') return read12(root)
  if (/^2\.[0-2]$/.test(version ?? '')) return read2(root, version)
  throw new XliffError(`Unknown XLIFF version "${version ?? ''}": 1.2, 2.0, 2.1 and 2.2 are supported.`)
}

// ---- comparing with the current document ----

export type Rejection = { id: string; reason: string }
export type Comparison = {
  updated: string[]
  unchanged: string[]
  /** Units whose source no longer matches the current source: skipped, never written. */
  outdated: string[]
  /** Units that cannot be written at all (unknown field, broken inline codes, half translated). */
  rejected: Rejection[]
  /** The imported units behind `updated`, to pass to applyUnits. */
  accepted: Unit[]
}

function sameSource(current: Unit, imported: Unit): boolean {
  return (
    current.segments.length === imported.segments.length &&
    current.segments.every((segment, index) => segment.id === imported.segments[index].id && segment.source === imported.segments[index].source)
  )
}

/** Why the targets of `imported` cannot be written, if they cannot. */
function targetProblem(imported: Unit): string | undefined {
  const untranslated = imported.segments.filter((segment) => segment.target === undefined)
  if (untranslated.length && untranslated.length < imported.segments.length) {
    return `segments ${untranslated.map((segment) => segment.id).join(', ')} have no translation`
  }
  for (const segment of imported.segments) {
    if (segment.target === undefined) continue
    const allowed = codesOf(segment.source)
    const used = codesOf(segment.target)
    const invented = used.find((code) => !allowed.includes(code))
    if (invented) return `segment ${segment.id} uses inline code ${invented}, which its source does not have`
    const repeated = used.find((code, index) => used.indexOf(code) !== index)
    if (repeated) return `segment ${segment.id} uses inline code ${repeated} twice`
  }
  return undefined
}

type Verdict = 'updated' | 'unchanged' | 'outdated' | Rejection

function verdictOf(unit: Unit, current: Unit | undefined, repeated: boolean): Verdict {
  if (repeated) return { id: unit.id, reason: 'the unit appears twice' }
  if (!current) return { id: unit.id, reason: 'no such localized field in this document' }
  if (!sameSource(current, unit)) return 'outdated'
  const problem = targetProblem(unit)
  if (problem) return { id: unit.id, reason: problem }
  const untranslated = unit.segments.every((segment) => segment.target === undefined)
  const asBefore = unit.segments.every((segment, index) => segment.target === current.segments[index].target)
  return untranslated || asBefore ? 'unchanged' : 'updated'
}

/**
 * Sorts imported units against the document: `currentSource` and `currentTarget` are
 * extractUnits of the source and the target locale as they are now.
 */
export function compareUnits(currentSource: Unit[], imported: Unit[], currentTarget: Unit[] = []): Comparison {
  const current = new Map(withTargets(currentSource, currentTarget).map((unit) => [unit.id, unit]))
  const comparison: Comparison = { updated: [], unchanged: [], outdated: [], rejected: [], accepted: [] }
  const seen = new Set<string>()
  for (const unit of imported) {
    const verdict = verdictOf(unit, current.get(unit.id), seen.has(unit.id))
    seen.add(unit.id)
    if (typeof verdict === 'object') comparison.rejected.push(verdict)
    else comparison[verdict].push(unit.id)
    if (verdict === 'updated') comparison.accepted.push(unit)
  }
  return comparison
}
