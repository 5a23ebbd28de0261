import crypto from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { relationId } from '../../access/ids'
import { officeById } from '../../access/offices'
import type { WebhookEvent } from './collection'

export const webhookQueue = 'webhooks'
export const deliverWebhookTask = 'deliverWebhook'

/** What the receiver gets (the JSON body, signed as sent). */
export type WebhookBody = {
  id: string
  event: WebhookEvent
  collection: string
  tenant: { id: string; slug?: string }
  document: { id: string; slug?: string; visibility?: string; updatedAt?: string }
  occurredAt: string
}

type WriteContext = { hubWebhookWrites?: Record<string, { draft: boolean; wasPublished: boolean }> }

const key = (collection: string, id: unknown) => `${collection}:${String(id)}`

/**
 * Before a write of a drafts collection: was it a draft save, and was the document published?
 * (afterChange cannot tell "save a draft over the published version" from "unpublish".)
 */
export const rememberWrite: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const { draft, id } = args as { draft?: boolean; id?: string }
  if (!id) return args
  const current = await req.payload
    .findByID({ collection: collection.slug as never, id, depth: 0, overrideAccess: true, select: { _status: true } as never, req })
    .catch(() => null)
  const writes = ((req.context as WriteContext).hubWebhookWrites ??= {})
  writes[key(collection.slug, id)] = { draft: Boolean(draft), wasPublished: (current as { _status?: string } | null)?._status === 'published' }
  return args
}

function eventOfChange(collection: { slug: string; versions?: unknown }, doc: Record<string, unknown>, req: PayloadRequest, operation: string): WebhookEvent | undefined {
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && (collection.versions as { drafts?: unknown }).drafts)
  if (!drafts) return 'publish'
  if (doc._status === 'published') return 'publish'
  const write = (req.context as WriteContext).hubWebhookWrites?.[key(collection.slug, doc.id)]
  if (operation === 'update' && write && !write.draft && write.wasPublished) return 'unpublish'
  return undefined
}

/** One job per matching webhook, queued in the write's own transaction: a rolled-back save notifies nobody. */
async function queueDeliveries(req: PayloadRequest, event: WebhookEvent, collection: string, doc: Record<string, unknown>): Promise<void> {
  const tenant = relationId(doc.tenant)
  if (!tenant) return
  const { docs: hooks } = await req.payload.find({
    collection: 'webhooks',
    where: { and: [{ tenant: { equals: tenant } }, { enabled: { equals: true } }, { events: { contains: event } }, { collections: { contains: collection } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  if (!hooks.length) return
  const office = await officeById(req, tenant)
  const body: Omit<WebhookBody, 'id'> = {
    event,
    collection,
    tenant: { id: tenant, slug: office?.slug },
    document: { id: String(doc.id), slug: doc.slug as string | undefined, visibility: doc.visibility as string | undefined, updatedAt: doc.updatedAt as string | undefined },
    occurredAt: new Date().toISOString(),
  }
  for (const hook of hooks) {
    const input = { webhook: String(hook.id), body: JSON.stringify({ id: crypto.randomUUID(), ...body }) }
    await req.payload.jobs.queue({ task: deliverWebhookTask as never, input: input as never, queue: webhookQueue, req })
  }
}

export const notifyChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const event = eventOfChange(collection, doc, req, operation)
  if (event) await queueDeliveries(req, event, collection.slug, doc)
  return doc
}

export const notifyDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queueDeliveries(req, 'delete', collection.slug, doc)
  return doc
}
