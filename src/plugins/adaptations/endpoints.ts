import { APIError, Forbidden, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { relationId } from '../../access/ids'
import { officeById } from '../../access/offices'
import { editorRoles, isPerson, isSuperAdmin, tenantIdsWithRole } from '../../access/roles'
import { tenantContext } from '../../access/tenantContext'
import { adaptationsOf, inLocaleRows, readOrigin, type AdaptationContext } from './hooks'
import { adaptableFields } from './merge'

type Data = Record<string, unknown>

function fail(status: number, message: string): never {
  throw new APIError(message, status, null, true)
}

async function body(req: PayloadRequest): Promise<Data> {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  try {
    const parsed = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed
  } catch {
    /* answered below */
  }
  fail(400, 'The request body must be a JSON object.')
}

/** The office that adapts: `tenant` in the body, else the request's office, else the caller's only editing office. */
async function adaptingOffice(req: PayloadRequest, requested: unknown): Promise<string> {
  if (typeof requested === 'string' && requested) return requested
  const context = await tenantContext(req)
  if (context) return context.id
  const offices = tenantIdsWithRole(req.user, editorRoles)
  if (offices.length === 1) return offices[0]
  fail(400, 'Name the office that adapts: {"tenant": "<office id>"} or the X-Tenant header.')
}

/** A free slug in the adapting office: the origin's, or the origin's with a number. */
async function freeSlug(req: PayloadRequest, collection: CollectionSlug, tenant: string, slug: string): Promise<string> {
  for (let attempt = 1; attempt < 50; attempt++) {
    const candidate = attempt === 1 ? slug : `${slug}-${attempt}`
    const { totalDocs } = await req.payload.count({ collection, where: { and: [{ tenant: { equals: tenant } }, { slug: { equals: candidate } }] }, overrideAccess: true, req })
    if (!totalDocs) return candidate
  }
  return `${slug}-${Date.now()}`
}

/** `POST /api/<collection>/<id>/adapt` `{tenant?}`: a draft adaptation in the caller's office that inherits everything. */
function adaptEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/adapt',
    method: 'post',
    handler: async (req) => {
      if (!isPerson(req.user)) fail(401, 'Sign in as an editor of the office that adapts.')
      const id = String(req.routeParams?.id)
      const origin = await readOrigin(req, collection, id)
      if (!origin) fail(404, 'No published document shared with the network has this id.')
      const tenant = await adaptingOffice(req, (await body(req)).tenant)
      const office = await officeById(req, tenant)
      if (!office) fail(400, `Unknown office "${tenant}".`)
      const slug = await freeSlug(req, collection, tenant, String(origin.slug ?? 'adaptation'))
      const doc = await req.payload.create({
        collection,
        data: { origin: id, tenant, slug, visibility: 'tenant', _status: 'draft' } as never,
        locale: office.defaultLocale as never,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json({ doc, message: `Adapted for ${office.slug}.` }, { status: 201 })
    },
  }
}

/** The field (and locale) a request names, checked against the collection's adaptable fields. */
function fieldOf(req: PayloadRequest, collection: CollectionSlug, payload: Data) {
  const fields = adaptableFields(req.payload.collections[collection].config.fields)
  const field = fields.find((candidate) => candidate.name === payload.field)
  if (!field) fail(400, `Name a field to override or revert: one of ${fields.map((candidate) => candidate.name).join(', ')}.`)
  const locale = typeof payload.locale === 'string' ? payload.locale : req.locale
  if (field.localized && (!locale || locale === 'all')) fail(400, `"${field.name}" is localized: name the locale.`)
  return { field, locale: locale as string }
}

/**
 * `POST /:id/override {field, locale?}` makes a field the adaptation's own (starting from the
 * inherited value); `POST /:id/revert {field, locale?}` inherits it again. Both are ordinary
 * updates with the caller's rights, so translators and other offices are refused as on any save.
 */
function overrideEndpoint(collection: CollectionSlug, action: 'override' | 'revert'): Endpoint {
  return {
    path: `/:id/${action}`,
    method: 'post',
    handler: async (req) => {
      const id = String(req.routeParams?.id)
      const { field, locale } = fieldOf(req, collection, await body(req))
      const current = (await req.payload.findByID({ collection, id, depth: 0, locale: 'all', draft: true, overrideAccess: false, user: req.user, req })) as unknown as Data
      const originId = relationId(current.origin)
      if (!originId) fail(400, 'This document is not an adaptation.')
      const origin = await readOrigin(req, collection, originId)
      if (!origin) fail(409, 'The origin is no longer shared with the network.')
      const source = action === 'revert' ? origin : current
      const office = await officeById(req, relationId(current.tenant) ?? '')
      const writeLocale = field.localized ? locale : (office?.defaultLocale ?? locale)
      const value = field.localized ? (source[field.name] as Data | undefined)?.[locale] : inLocaleRows(source[field.name], writeLocale, writeLocale)
      const key = field.localized ? `${field.name}:${locale}` : field.name
      const context: AdaptationContext = action === 'override' ? { hubOverride: [key] } : { hubRevert: [key] }
      const hasDrafts = Boolean(req.payload.collections[collection].config.versions?.drafts)
      const doc = await req.payload.update({
        collection,
        id,
        data: { [field.name]: value ?? null, ...(hasDrafts ? { _status: current._status ?? 'draft' } : {}) } as never,
        locale: writeLocale as never,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
        context,
      })
      return Response.json({ doc })
    },
  }
}

/** `GET /:id/adaptations`: the offices that adapted a document, for its own office and super-admins. */
function lineageEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/adaptations',
    method: 'get',
    handler: async (req) => {
      if (!isPerson(req.user)) fail(401, 'Sign in as a member of the office that owns the document.')
      const id = String(req.routeParams?.id)
      const origin = (await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => fail(404, 'Not found.'))) as unknown as Data
      const owner = relationId(origin.tenant) ?? ''
      if (!isSuperAdmin(req.user) && !tenantIdsWithRole(req.user).includes(owner)) throw new Forbidden(req.t)
      const adaptations = await adaptationsOf(req, collection, id)
      const docs = await Promise.all(
        adaptations.map(async (doc) => {
          const office = await officeById(req, relationId(doc.tenant) ?? '')
          const overrides = (doc.overrides ?? {}) as { shared?: Data; locales?: Data }
          return {
            id: doc.id,
            tenant: { id: office?.id, slug: office?.slug },
            locales: office?.locales ?? [],
            overriddenFields: { shared: Object.keys(overrides.shared ?? {}), locales: Object.fromEntries(Object.entries(overrides.locales ?? {}).map(([code, fields]) => [code, Object.keys(fields as Data)])) },
            status: doc._status,
            createdAt: doc.createdAt,
            updatedAt: doc.updatedAt,
          }
        }),
      )
      return Response.json({ origin: { id, tenant: owner }, totalDocs: docs.length, docs })
    },
  }
}

export function adaptationEndpoints(collection: CollectionSlug): Endpoint[] {
  return [adaptEndpoint(collection), overrideEndpoint(collection, 'override'), overrideEndpoint(collection, 'revert'), lineageEndpoint(collection)]
}
