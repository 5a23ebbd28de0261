import type { Block, Field, Option, Tab } from 'payload'

import type { JsonSchema } from './types'

/**
 * `read`: a document as the API answers (relations may be populated, server-set fields included).
 * `write`: a create or update body (relations are ids, server-set fields left out).
 */
export type SchemaMode = 'read' | 'write'

export type SchemaContext = {
  mode: SchemaMode
  /** `#/components/schemas/...` of a collection's document, for populated relations. */
  documentRef: (collection: string) => string
  /** Blocks defined once in the config and referenced by slug (`blockReferences`). */
  blocks: Block[]
}

type ObjectParts = { properties: Record<string, JsonSchema>; required: string[] }

export const idSchema: JsonSchema = { type: 'string', description: 'Document id (a UUID on SQL databases, an ObjectId on MongoDB).' }

/** A text that may be a string or a per-language object (`{ en, de }`); descriptions are in English. */
function english(text: unknown): string | undefined {
  if (typeof text === 'string') return text
  if (text && typeof text === 'object' && typeof (text as Record<string, unknown>).en === 'string') return (text as Record<string, string>).en
  return undefined
}

/** Adds `null` to a schema: Payload answers `null` for an empty optional field and accepts it to clear one. */
export function nullable(schema: JsonSchema): JsonSchema {
  const { type, enum: values } = schema
  if (typeof type === 'string') {
    return { ...schema, type: [type, 'null'], ...(Array.isArray(values) ? { enum: [...values, null] } : {}) }
  }
  if (Array.isArray(schema.oneOf)) return { ...schema, oneOf: [...schema.oneOf, { type: 'null' }] }
  return { anyOf: [schema, { type: 'null' }] }
}

function optionValues(options: Option[]): string[] {
  return options.map((option) => (typeof option === 'string' ? option : option.value))
}

/** A relation: an id, or with `depth` > 0 the populated document; polymorphic ones say which collection. */
function relationSchema(relationTo: string | string[], hasMany: boolean | undefined, context: SchemaContext): JsonSchema {
  const single = (collection: string): JsonSchema =>
    context.mode === 'write' ? idSchema : { oneOf: [idSchema, { $ref: context.documentRef(collection) }] }
  const one: JsonSchema = Array.isArray(relationTo)
    ? {
        type: 'object',
        required: ['relationTo', 'value'],
        properties: {
          relationTo: { type: 'string', enum: relationTo },
          value: context.mode === 'write' ? idSchema : { oneOf: [idSchema, ...relationTo.map((slug) => ({ $ref: context.documentRef(slug) }))] },
        },
      }
    : single(relationTo)
  return hasMany ? { type: 'array', items: one } : one
}

function many(schema: JsonSchema, hasMany: boolean | undefined, min?: number, max?: number): JsonSchema {
  if (!hasMany) return schema
  return { type: 'array', items: schema, ...(min !== undefined ? { minItems: min } : {}), ...(max !== undefined ? { maxItems: max } : {}) }
}

function objectSchema({ properties, required }: ObjectParts, extra: JsonSchema = {}): JsonSchema {
  return { type: 'object', properties, ...(required.length ? { required } : {}), ...extra }
}

/** An array row or a block carries its own `id`, stable across locales. */
function rowSchema(fields: Field[], context: SchemaContext, extra: Record<string, JsonSchema> = {}, extraRequired: string[] = []): JsonSchema {
  const parts = collectProperties(fields, context)
  const properties = { ...extra, ...parts.properties, id: nullable({ type: 'string', description: 'Row id.' }) }
  const required = [...new Set([...extraRequired, ...parts.required, ...(context.mode === 'read' ? ['id'] : [])])]
  return objectSchema({ properties, required })
}

function blockSchema(block: Block, context: SchemaContext): JsonSchema {
  return {
    title: block.slug,
    ...rowSchema(
      block.fields,
      context,
      { blockType: { type: 'string', const: block.slug }, blockName: nullable({ type: 'string' }) },
      ['blockType'],
    ),
  }
}

function blocksOf(field: Extract<Field, { type: 'blocks' }>, context: SchemaContext): Block[] {
  const listed = field.blockReferences ?? field.blocks
  return listed
    .map((block) => (typeof block === 'string' ? context.blocks.find((candidate) => candidate.slug === block) : block))
    .filter((block): block is Block => Boolean(block))
}

/** The schema of one data field, before nullability and notes; undefined for fields without data. */
function baseSchema(field: Field, context: SchemaContext): JsonSchema | undefined {
  switch (field.type) {
    case 'text':
      return many({ type: 'string', ...(field.minLength ? { minLength: field.minLength } : {}), ...(field.maxLength ? { maxLength: field.maxLength } : {}) }, field.hasMany, field.minRows, field.maxRows)
    case 'textarea':
    case 'code':
      return { type: 'string' }
    case 'email':
      return { type: 'string', format: 'email' }
    case 'number':
      return many({ type: 'number', ...(field.min !== undefined ? { minimum: field.min } : {}), ...(field.max !== undefined ? { maximum: field.max } : {}) }, field.hasMany, field.minRows, field.maxRows)
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
      return many({ type: 'string', enum: optionValues(field.options) }, field.hasMany)
    case 'radio':
      return { type: 'string', enum: optionValues(field.options) }
    case 'relationship':
    case 'upload':
      return relationSchema(field.relationTo as string | string[], field.hasMany, context)
    case 'array':
      return { type: 'array', items: rowSchema(field.fields, context), ...(field.minRows ? { minItems: field.minRows } : {}), ...(field.maxRows ? { maxItems: field.maxRows } : {}) }
    case 'blocks':
      return { type: 'array', items: { oneOf: blocksOf(field, context).map((block) => blockSchema(block, context)) } }
    case 'group':
      return objectSchema(collectProperties(field.fields, context))
    case 'richText':
      return { $ref: '#/components/schemas/RichText' }
    case 'json':
      // A field may declare its own JSON Schema; otherwise any JSON value.
      return (field.jsonSchema?.schema as JsonSchema | undefined) ?? { description: 'Any JSON value.' }
    case 'point':
      return {
        type: 'array',
        description: 'A GeoJSON position: [longitude, latitude].',
        prefixItems: [{ type: 'number', minimum: -180, maximum: 180 }, { type: 'number', minimum: -90, maximum: 90 }],
        minItems: 2,
        maxItems: 2,
      }
    case 'join':
      return {
        type: 'object',
        description: `Documents of ${String(field.collection)} that point here (read only).`,
        properties: {
          docs: { type: 'array', items: relationSchema(field.collection as string | string[], false, context) },
          hasNextPage: { type: 'boolean' },
          totalDocs: { type: 'integer' },
        },
      }
    default:
      return undefined
  }
}

/** Fields the server sets: answered when reading, never part of a request body. */
function serverSet(field: Field): boolean {
  if (field.type === 'join') return true
  if ('virtual' in field && typeof field.virtual === 'string') return true // mirrors another document's value
  if ('name' in field && ['id', 'createdAt', 'updatedAt'].includes(field.name)) return true
  const admin = (field.admin ?? {}) as { readOnly?: boolean; hidden?: boolean; disabled?: boolean }
  // Payload's own bookkeeping (upload file data, auth sessions) is hidden and read-only in the admin.
  return Boolean((admin.readOnly && admin.hidden) || admin.disabled)
}

/** Required in a create body: required, and neither defaulted nor filled in by a hook. */
function requiredOnWrite(field: Field): boolean {
  if (!('required' in field) || !field.required) return false
  if ('defaultValue' in field && field.defaultValue !== undefined) return false
  const hooks = ('hooks' in field ? field.hooks : undefined) as { beforeValidate?: unknown[]; beforeChange?: unknown[] } | undefined
  return !hooks?.beforeValidate?.length && !hooks?.beforeChange?.length
}

function fieldSchema(field: Field & { name: string }, context: SchemaContext): JsonSchema | undefined {
  const base = baseSchema(field, context)
  if (!base) return undefined
  const required = 'required' in field && Boolean(field.required)
  const notes = [english((field.admin as { description?: unknown } | undefined)?.description)]
  if ('localized' in field && field.localized) {
    notes.push('Localized: the value in the request\'s `locale` (falling back as `fallback-locale` says); with `locale=all`, an object keyed by locale code.')
  }
  const description = notes.filter(Boolean).join(' ')
  // OpenAPI 3.1 schemas are JSON Schema 2020-12: a $ref may carry a description beside it.
  const schema = required ? base : nullable(base)
  return {
    ...schema,
    ...(description ? { description: [schema.description, description].filter(Boolean).join(' ') } : {}),
    ...('localized' in field && field.localized ? { 'x-localized': true } : {}),
  }
}

function tabProperties(tab: Tab, context: SchemaContext, into: ObjectParts): void {
  if ('name' in tab && tab.name) into.properties[tab.name] = objectSchema(collectProperties(tab.fields, context))
  else mergeInto(into, collectProperties(tab.fields, context))
}

function mergeInto(into: ObjectParts, parts: ObjectParts): void {
  Object.assign(into.properties, parts.properties)
  into.required.push(...parts.required)
}

/**
 * The properties of an object made of `fields`. Rows, collapsibles, unnamed groups and unnamed
 * tabs only arrange the admin form: their fields belong to the surrounding object.
 */
export function collectProperties(fields: Field[], context: SchemaContext): ObjectParts {
  const parts: ObjectParts = { properties: {}, required: [] }
  for (const field of fields) {
    if ('hidden' in field && field.hidden) continue
    if (context.mode === 'write' && serverSet(field)) continue
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      mergeInto(parts, collectProperties(field.fields, context))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) tabProperties(tab, context, parts)
      continue
    }
    if (!('name' in field) || !field.name) continue
    const schema = fieldSchema(field as Field & { name: string }, context)
    if (!schema) continue
    parts.properties[field.name] = schema
    if (context.mode === 'write' ? requiredOnWrite(field) : field.name === 'id') parts.required.push(field.name)
  }
  return parts
}

/** A Lexical editor state, as every rich-text field stores it. */
export const richTextSchema: JsonSchema = {
  type: 'object',
  description: 'Rich text (Lexical editor state): `root` holds the block nodes; render them with @payloadcms/richtext-lexical or your own serializer.',
  required: ['root'],
  properties: {
    root: {
      type: 'object',
      required: ['type', 'children'],
      properties: {
        type: { type: 'string' },
        children: { type: 'array', items: { type: 'object', required: ['type'], properties: { type: { type: 'string' }, version: { type: 'integer' } }, additionalProperties: true } },
        direction: { type: ['string', 'null'], enum: ['ltr', 'rtl', null] },
        format: { type: 'string' },
        indent: { type: 'integer' },
        version: { type: 'integer' },
      },
      additionalProperties: true,
    },
  },
  additionalProperties: true,
}
