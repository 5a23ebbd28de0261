import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { CaseStudies } from '../../src/collections/CaseStudies'
import { Curricula } from '../../src/collections/Curricula'
import { LearningFormats } from '../../src/collections/LearningFormats'
import {
  applyUnits,
  compareUnits,
  extractUnits,
  parseXliff,
  toXliff12,
  toXliff21,
  withTargets,
  XliffError,
  type ExportOptions,
  type InlineCode,
  type Unit,
} from '../../src/plugins/translation/xliff'
import { seededRandom, testSeed } from '../helpers/random'
import { block, hasWords, plain, pseudoRichText, pseudoWords, randomId, randomRichText, randomText, randomUuid, translate, type Data, type Node, type Random } from '../helpers/richText'

type Generated = { value: unknown; translated: unknown }

/**
 * A random value for a field, with what applyUnits must produce for it in an empty target
 * locale: localized texts pseudo-translated (absent when the source has nothing to translate),
 * shared values as they are.
 */
function generateField(field: Field & { name: string }, random: Random): Generated {
  const localized = 'localized' in field && field.localized
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const value = random.chance(0.1) ? random.pick([null, '', '   ']) : randomText(random, 8, field.type === 'textarea')
      return { value, translated: localized ? (value?.trim() ? pseudoWords(value) : undefined) : value }
    }
    case 'richText': {
      const value = random.chance(0.1) ? null : randomRichText(random)
      const root = (value?.root ?? {}) as Node
      if (!localized) return { value, translated: value }
      return { value, translated: value && hasWords(root) ? { ...value, root: pseudoRichText(root) } : undefined }
    }
    case 'number': {
      const value = random.int(100)
      return { value, translated: value }
    }
    case 'select': {
      const options = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      const value = field.hasMany ? options.filter(() => random.chance(0.3)) : random.pick(options)
      return { value, translated: value }
    }
    case 'relationship':
    case 'upload': {
      const value = field.hasMany ? Array.from({ length: random.int(3) }, () => randomUuid(random)) : randomUuid(random)
      return { value, translated: value }
    }
    case 'group': {
      const { data, translated } = generateData(field.fields, random)
      return { value: data, translated }
    }
    case 'array': {
      const rows = Array.from({ length: random.int(4) }, () => ({ id: randomId(random), ...generateData(field.fields, random) }))
      return { value: rows.map((row) => ({ id: row.id, ...row.data })), translated: rows.map((row) => ({ id: row.id, ...row.translated })) }
    }
    default:
      throw new Error(`The generator does not know field type ${field.type}.`)
  }
}

function generateData(fields: Field[], random: Random): { data: Data; translated: Data } {
  const data: Data = {}
  const translated: Data = {}
  for (const field of fields) {
    if (!('name' in field)) {
      const nested = generateData('fields' in field ? field.fields : [], random)
      Object.assign(data, nested.data)
      Object.assign(translated, nested.translated)
    } else {
      const generated = generateField(field as Field & { name: string }, random)
      data[field.name] = generated.value
      translated[field.name] = generated.translated
    }
  }
  return { data, translated }
}

// ---- the round trip ----

const collections: { config: CollectionConfig; written: string[] }[] = [
  { config: Curricula, written: ['title', 'summary', 'description', 'sessions', 'learningOutcomes'] },
  { config: LearningFormats, written: ['title', 'summary', 'description', 'steps', 'materials', 'outcomes', 'facilitatorNotes'] },
  { config: CaseStudies, written: ['title', 'summary', 'challenge', 'approach', 'outcome', 'partners', 'impact', 'quote'] },
]

const formats = [
  { version: '2.1', write: toXliff21 },
  { version: '1.2', write: toXliff12 },
]

/** Units without code descriptions or states, to compare what parseXliff returns with what was exported. */
function bare(units: Unit[]): Unit[] {
  return units.map(({ id, segments }) => ({ id, segments: segments.map(({ id, source, target }) => ({ id, source, target })) }))
}

function pick(data: Data, keys: string[]): Data {
  return Object.fromEntries(keys.map((key) => [key, data[key]]))
}

/** Round-trips one random document through both XLIFF versions; returns its units for the tally. */
function roundTrip(random: Random): Unit[] {
  const { config, written: writtenKeys } = random.pick(collections)
  const { data: doc, translated: expected } = generateData(config.fields, random)
  const id = randomUuid(random)
  const units = extractUnits(config.fields, doc)
  const options = (documents: ExportOptions['documents']): ExportOptions => ({ sourceLocale: 'en', targetLocale: 'ar', documents })

  for (const { version, write } of formats) {
    const parsed = parseXliff(write(options([{ collection: config.slug, id, units }])))
    expect(parsed).toMatchObject({ version, srcLang: 'en', trgLang: 'ar' })
    expect(parsed.files.map((file) => file.id)).toEqual([`${config.slug}/${id}`])
    expect(bare(parsed.files[0].units)).toEqual(bare(units))

    const imported = translate(parsed.files[0].units)
    const comparison = compareUnits(units, imported)
    expect(comparison).toMatchObject({ updated: units.map((unit) => unit.id), unchanged: [], outdated: [], rejected: [] })

    // Rich text formatting, links, block attributes, array rows and shared values come back exactly.
    const target = applyUnits(config.fields, doc, {}, comparison.accepted)
    expect(Object.keys(target)).toEqual(writtenKeys)
    expect(target).toEqual(pick(expected, writtenKeys))

    // The target extracts to the same units, codes and code descriptions, its text translated.
    const targetUnits = extractUnits(config.fields, target)
    const translatedUnits = imported.map(({ id, segments }) => ({ id, segments: segments.map((segment) => ({ id: segment.id, source: segment.target })) }))
    expect(bare(targetUnits)).toEqual(translatedUnits)
    expect(targetUnits.map((unit) => unit.codes)).toEqual(units.map((unit) => unit.codes))

    // Exported again with its translation, the document reimports as unchanged.
    const again = parseXliff(write(options([{ collection: config.slug, id, units: withTargets(units, targetUnits) }])))
    expect(bare(again.files[0].units)).toEqual(bare(imported))
    expect(compareUnits(units, again.files[0].units, targetUnits)).toMatchObject({ updated: [], unchanged: units.map((unit) => unit.id) })
  }
  return units
}

function codeKind(code: InlineCode): string {
  if (code.type === 'link') return /^<a href="(https?|mailto):/.test(code.start) ? 'url link' : 'document link'
  return code.subType ?? code.start
}

describe('XLIFF round trip (property)', () => {
  it('extract -> export -> import -> pseudo-translate -> apply -> extract keeps units, formatting, links and rows (300 documents, 2.1 and 1.2)', () => {
    const seed = testSeed()
    const random = seededRandom(seed)
    const codeKinds = new Set<string>()
    for (let index = 0; index < 300; index++) {
      try {
        for (const unit of roundTrip(random)) for (const code of Object.values(unit.codes ?? {})) codeKinds.add(codeKind(code))
      } catch (error) {
        throw new Error(`Round trip failed for case ${index} of seed ${seed} (replay with HUB_TEST_SEED=${seed}): ${(error as Error).message}`, { cause: error })
      }
    }
    // The generated documents did exercise every kind of inline code.
    expect([...codeKinds].sort()).toEqual(
      ['<b><i>', '<b><u>', '<code>', '<span>', '<sup>', 'document link', 'url link', 'xlf:b', 'xlf:i', 'xlf:lb', 'xlf:u'].sort(),
    )
  }, 240_000) // CPU-bound: minutes on a loaded 2-core CI machine, seconds on an idle one
})

// ---- fixed examples ----

const text = (value: string, format = 0) => ({ ...plain, format, text: value })
const paragraph = (...children: Node[]) => block('paragraph', children, { textFormat: 0, textStyle: '' })
const link = (url: string, ...children: Node[]) => ({ type: 'link', id: 'l1', fields: { linkType: 'custom', url, newTab: false }, children, direction: 'ltr', format: '', indent: 0, version: 3 })

const caseStudy: Data = {
  id: 'cs1',
  slug: 'refugee-inclusion',
  title: 'Refugee inclusion in Austria',
  summary: 'An NGO, a consultancy & the office.',
  challenge: { root: block('root', [paragraph(text('Find '), text('work', 1), text(' and '), link('https://example.org', text('housing')), text('.'))]) },
  partners: [
    { id: 'p1', organization: 'org-1', role: 'NGO' },
    { id: 'p2', organization: 'org-2', role: 'Consultancy' },
  ],
  impact: [{ id: 'i1', label: 'Jobs', value: 120, unit: 'people' }],
  quote: { text: 'Together.', author: 'Maria' },
  year: 2019,
}
const fields = CaseStudies.fields

function exported(units: Unit[], states?: ExportOptions['documents'][number]['states']): ExportOptions {
  return { sourceLocale: 'de', targetLocale: 'en', documents: [{ collection: 'case-studies', id: 'cs1', units, states }] }
}

function refusal(run: () => unknown): XliffError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(XliffError)
    return error as XliffError
  }
  throw new Error('expected an XliffError')
}

function xliff21(body: string, root = 'xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="de" trgLang="en"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff ${root}>\n<file id="case-studies/cs1">${body}</file>\n</xliff>\n`
}

describe('extractUnits and applyUnits', () => {
  it('addresses array rows by row id and rich text by block, with inline codes', () => {
    const units = extractUnits(fields, caseStudy)
    expect(units.map((unit) => unit.id)).toEqual(['title', 'summary', 'challenge', 'partners.p1.role', 'partners.p2.role', 'impact.i1.label', 'impact.i1.unit', 'quote.text'])
    expect(units[1].segments).toEqual([{ id: 's1', source: 'An NGO, a consultancy &amp; the office.' }])
    expect(units[2].segments).toEqual([{ id: 's1', source: 'Find <pc id="1">work</pc> and <pc id="2">housing</pc>.' }])
    expect(units[2].codes).toEqual({
      1: { type: 'fmt', subType: 'xlf:b', start: '<b>', end: '</b>' },
      2: { type: 'link', start: '<a href="https://example.org">', end: '</a>' },
    })
  })

  it('writes translations, keeps the target value of untranslated fields and the shared values of rows', () => {
    const target = { title: 'Existing title', summary: 'Existing summary', partners: [{ id: 'p2', role: 'Existing role' }] }
    const translated: Unit[] = [
      { id: 'summary', segments: [{ id: 's1', source: '', target: 'Fish &amp; chips' }] },
      { id: 'partners.p1.role', segments: [{ id: 's1', source: '', target: 'NGO (en)' }] },
    ]
    expect(applyUnits(fields, caseStudy, target, translated)).toEqual({
      title: 'Existing title',
      summary: 'Fish & chips',
      challenge: undefined,
      approach: undefined,
      outcome: undefined,
      partners: [
        { id: 'p1', organization: 'org-1', role: 'NGO (en)' },
        { id: 'p2', organization: 'org-2', role: 'Existing role' },
      ],
      impact: [{ id: 'i1', label: undefined, value: 120, unit: undefined }],
      quote: { text: undefined, author: 'Maria' },
    })
  })

  it('follows the translator when inline codes are moved or dropped', () => {
    const [challenge] = extractUnits(fields, caseStudy).filter((unit) => unit.id === 'challenge')
    const target = '<pc id="2">Wohnung</pc> und Arbeit finden.'
    const written = applyUnits(fields, caseStudy, {}, [{ ...challenge, segments: [{ ...challenge.segments[0], target }] }])
    expect(written.challenge).toEqual({
      root: block('root', [paragraph(link('https://example.org', text('Wohnung')), text(' und Arbeit finden.'))]),
    })
  })

  it('keeps carriage returns and drops characters that XML cannot carry', () => {
    const doc = { title: 'Line\r\nbreak\u0001', summary: 'a\u0000b' }
    const units = extractUnits(fields, doc)
    const parsed = parseXliff(toXliff21(exported(units)))
    expect(parsed.files[0].units.map((unit) => unit.segments[0].source)).toEqual(['Line\r\nbreak', 'ab'])
  })
})

describe('XLIFF export', () => {
  it('writes XLIFF 2.1 with unit states from the translation state', () => {
    const units = withTargets(extractUnits(fields, caseStudy), extractUnits(fields, { title: 'Refugee inclusion', summary: 'Summary' }))
    const xml = toXliff21(exported(units, { title: 'approved', summary: 'translated', challenge: 'approved' }))
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="de" trgLang="en">')
    expect(xml).toContain('<file id="case-studies/cs1" original="case-studies/cs1" xml:space="preserve">')
    expect(xml).toContain('<segment id="s1" state="final">\n        <source>Refugee inclusion in Austria</source>\n        <target>Refugee inclusion</target>')
    expect(xml).toContain('<segment id="s1" state="translated">\n        <source>An NGO, a consultancy &amp; the office.</source>')
    // No target, no state other than initial, whatever the document's state.
    expect(xml).toContain('<segment id="s1" state="initial">\n        <source>Find <pc id="1" type="fmt" subType="xlf:b" dataRefStart="d1" dataRefEnd="d1e">work</pc>')
    expect(xml).toContain('<data id="d2">&lt;a href="https://example.org"&gt;</data>')
  })

  it('writes XLIFF 1.2 with <g>/<x> codes and target states', () => {
    const units = withTargets(extractUnits(fields, caseStudy), extractUnits(fields, { title: 'Refugee inclusion', summary: 'Summary' }))
    const xml = toXliff12(exported(units, { title: 'approved', summary: 'in-progress' }))
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">')
    expect(xml).toContain('<file original="case-studies/cs1" datatype="x-payload-lexical" source-language="de" target-language="en">')
    expect(xml).toContain('<trans-unit id="title#s1" resname="title" xml:space="preserve">')
    expect(xml).toContain('<target state="final">Refugee inclusion</target>')
    expect(xml).toContain('<target state="needs-translation">Summary</target>')
    expect(xml).toContain('<source>Find <g id="1" ctype="bold">work</g> and <g id="2" ctype="link">housing</g>.</source>')
  })

  it('puts several documents into one multi-file XLIFF 2.1', () => {
    const units = extractUnits(fields, caseStudy)
    const documents = [
      { collection: 'case-studies', id: 'cs1', units },
      { collection: 'curricula', id: 'cu1', units: extractUnits(Curricula.fields, { title: 'Visionary Program' }) },
    ]
    const parsed = parseXliff(toXliff21({ sourceLocale: 'de', targetLocale: 'en', documents }))
    expect(parsed.files.map(({ id, collection, documentId, units }) => ({ id, collection, documentId, units: units.length }))).toEqual([
      { id: 'case-studies/cs1', collection: 'case-studies', documentId: 'cs1', units: units.length },
      { id: 'curricula/cu1', collection: 'curricula', documentId: 'cu1', units: 1 },
    ])
  })
})

describe('XLIFF import', () => {
  it('reads what translation tools write: groups, annotations, CDATA, character references, empty targets', () => {
    const xml = `\uFEFF${xliff21(`
      <!-- exported by a tool -->
      <group id="g1"><unit id="title"><notes><note>keep short</note></notes>
        <segment id="s1" state="reviewed"><source>Refugee inclusion in Austria</source>
          <target><mrk id="m1" type="term">Refugee</mrk> inclusion in <![CDATA[Austria & <co>]]> &#x1F91D;&apos;</target></segment>
      </unit></group>
      <unit id="summary"><segment id="s1"><source>An NGO, a consultancy &amp; the office.</source><target/></segment></unit>`)}`
    expect(parseXliff(xml)).toEqual({
      version: '2.1',
      srcLang: 'de',
      trgLang: 'en',
      files: [
        {
          id: 'case-studies/cs1',
          collection: 'case-studies',
          documentId: 'cs1',
          units: [
            { id: 'title', segments: [{ id: 's1', source: 'Refugee inclusion in Austria', target: 'Refugee inclusion in Austria &amp; &lt;co&gt; 🤝\'', state: 'reviewed' }] },
            { id: 'summary', segments: [{ id: 's1', source: 'An NGO, a consultancy &amp; the office.' }] },
          ],
        },
      ],
    })
  })

  it('refuses malformed XML with a 400 that names the place', () => {
    const error = refusal(() => parseXliff(xliff21('<unit id="title"><segment id="s1"><source>x</segment></unit>')))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/^Malformed XML at line 3, column \d+: .*source/)
    expect(refusal(() => parseXliff('not xml at all')).message).toMatch(/^Malformed XML/)
    expect(refusal(() => parseXliff('<html><body/></html>')).message).toBe('Not an XLIFF document: the root element is <html>.')
  })

  it('refuses any DOCTYPE or ENTITY declaration (XXE, entity expansion)', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${xliff21('<unit id="title"><segment id="s1"><source>&xxe;</source></segment></unit>').replace(/^.*\n/, '')}`
    const laughs = `<!doctype lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>`
    for (const xml of [xxe, laughs, '<!ENTITY x "y"><xliff/>']) {
      const error = refusal(() => parseXliff(xml))
      expect(error.status).toBe(400)
      expect(error.message).toBe('DOCTYPE and ENTITY declarations are not allowed in XLIFF documents.')
    }
  })

  it('refuses bodies over 5 MB (counted in bytes) with 413', () => {
    const padded = xliff21(`<!-- ${'ü'.repeat(2_700_000)} -->`)
    expect(padded.length).toBeLessThan(5 * 1024 * 1024)
    const error = refusal(() => parseXliff(padded))
    expect(error.status).toBe(413)
    expect(error.message).toBe('The XLIFF document is larger than 5242880 bytes.')
    expect(refusal(() => parseXliff(xliff21(''), { maxBytes: 100 })).status).toBe(413)
    expect(parseXliff(xliff21(`<!-- ${' '.repeat(5_000_000)} -->`)).files).toHaveLength(1)
  })

  it('refuses missing languages, unknown versions and foreign inline codes', () => {
    const cases: [string, string][] = [
      [xliff21('', 'xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" trgLang="en"'), '<xliff> has no srcLang attribute.'],
      [xliff21('', 'xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="de"'), '<xliff> has no trgLang attribute.'],
      [xliff21('', 'version="3.0" srcLang="de" trgLang="en"'), 'Unknown XLIFF version "3.0": 1.2, 2.0, 2.1 and 2.2 are supported.'],
      [xliff21('', 'srcLang="de" trgLang="en"'), 'Unknown XLIFF version "": 1.2, 2.0, 2.1 and 2.2 are supported.'],
      ['<xliff version="1.2"><file original="case-studies/cs1" source-language="de"><body/></file></xliff>', 'A <file> has no target-language attribute.'],
      [
        xliff21('<unit id="title"><segment id="s1"><source>a<sc id="1"/>b<ec startRef="1"/></source></segment></unit>'),
        'Unit title, segment s1 contains <sc>, which cannot be imported; keep the <pc> and <ph> codes of the export.',
      ],
      [xliff21('<unit id="title"><segment><source>a</source></segment></unit>'), 'A segment of unit title has no id attribute.'],
      [xliff21('').replace('case-studies/cs1', 'cs1'), 'The file id "cs1" is not <collection>/<document id>.'],
    ]
    for (const [xml, message] of cases) {
      const error = refusal(() => parseXliff(xml))
      expect([error.status, error.message]).toEqual([400, message])
    }
  })
})

describe('compareUnits', () => {
  const current = extractUnits(fields, caseStudy)
  const unit = (id: string, source: string, target?: string): Unit => ({ id, segments: [{ id: 's1', source, ...(target === undefined ? {} : { target }) }] })

  it('sorts imported units into updated, unchanged, outdated and rejected', () => {
    const imported = [
      unit('title', 'Refugee inclusion in Austria', 'New title'),
      unit('summary', 'An NGO, a consultancy &amp; the office.'),
      unit('quote.text', 'Together!', 'Zusammen!'),
      unit('partners.gone.role', 'NGO', 'NGO'),
      unit('challenge', 'Find <pc id="1">work</pc> and <pc id="2">housing</pc>.', 'Find <pc id="1">work</pc> <pc id="3">x</pc>.'),
      unit('partners.p1.role', 'NGO', 'N<ph id="1"/>GO'),
      unit('partners.p2.role', 'Consultancy', 'Consultancy (en)'),
      unit('partners.p2.role', 'Consultancy', 'Consultancy (en)'),
      unit('impact.i1.label', 'Jobs', 'Jobs'),
    ]
    const comparison = compareUnits(current, imported, extractUnits(fields, { impact: [{ id: 'i1', label: 'Jobs' }] }))
    expect(comparison).toEqual({
      updated: ['title', 'partners.p2.role'],
      unchanged: ['summary', 'impact.i1.label'],
      outdated: ['quote.text'],
      rejected: [
        { id: 'partners.gone.role', reason: 'no such localized field in this document' },
        { id: 'challenge', reason: 'segment s1 uses inline code pc:3, which its source does not have' },
        { id: 'partners.p1.role', reason: 'segment s1 uses inline code ph:1, which its source does not have' },
        { id: 'partners.p2.role', reason: 'the unit appears twice' },
      ],
      accepted: [imported[0], imported[6]],
    })
  })

  it('rejects half-translated units and repeated inline codes', () => {
    const source = { id: 'challenge', segments: [{ id: 's1', source: 'a <pc id="1">b</pc>' }, { id: 's2', source: 'c' }] }
    const half = { ...source, segments: [{ ...source.segments[0], target: 'x <pc id="1">y</pc>' }, source.segments[1]] }
    const twice = { ...source, segments: [{ ...source.segments[0], target: '<pc id="1">x</pc><pc id="1">y</pc>' }, { ...source.segments[1], target: 'z' }] }
    expect(compareUnits([source], [half]).rejected).toEqual([{ id: 'challenge', reason: 'segments s2 have no translation' }])
    expect(compareUnits([source], [twice]).rejected).toEqual([{ id: 'challenge', reason: 'segment s1 uses inline code pc:1 twice' }])
  })
})
