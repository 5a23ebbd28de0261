import crypto from 'node:crypto'

import type { CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionConfig, FieldAccess, TextFieldSingleValidation } from 'payload'

import { createApiKey as createForOwnOffice, manageApiKeys as manageOwnOffices } from '../../collections/ApiKeys/access'
import { superAdminField } from '../../access/common'

export const webhookEvents = ['publish', 'unpublish', 'delete'] as const
export type WebhookEvent = (typeof webhookEvents)[number]

type SecretContext = { issuedWebhookSecret?: string }

const nobody: FieldAccess = () => false

/** http(s) only, no credentials in the URL; in production no loopback or private addresses (SSRF). */
export const validateWebhookUrl: TextFieldSingleValidation = (value) => {
  let url: URL
  try {
    url = new URL(String(value ?? ''))
  } catch {
    return 'Enter an absolute http:// or https:// URL.'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Webhook URLs must use http or https.'
  if (url.username || url.password) return 'Put no credentials in the URL; verify the X-Hub-Signature-256 header instead.'
  const privateHost = /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|\[?::1\]?$|\[?f[cd])/i.test(url.hostname)
  if (privateHost && process.env.NODE_ENV === 'production' && process.env.HUB_WEBHOOKS_ALLOW_PRIVATE !== 'true') {
    return 'Webhook URLs must be public addresses (set HUB_WEBHOOKS_ALLOW_PRIVATE=true to allow private ones).'
  }
  return true
}

/** A new webhook gets a strong signing secret unless one is given; a sent secret replaces it. */
const issueSecret: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && !data.secret) data.secret = crypto.randomBytes(32).toString('base64url')
  if (data.secret) (req.context as SecretContext).issuedWebhookSecret = data.secret
  return data
}

/** The secret is write-only: the answer to the write that set it shows it, once. */
const revealSecretOnce: CollectionAfterReadHook = ({ doc, req }) => {
  const context = req.context as SecretContext
  if (!context.issuedWebhookSecret) return doc
  const secret = context.issuedWebhookSecret
  delete context.issuedWebhookSecret
  return { ...doc, secret }
}

/**
 * An office's change notifications: a URL, the events and collections it wants, and how the last
 * delivery went. Office-admins manage their offices' webhooks (the same rule as API keys).
 */
export function webhooksCollection(collections: string[]): CollectionConfig {
  return {
    slug: 'webhooks',
    labels: { singular: 'Webhook', plural: 'Webhooks' },
    admin: { useAsTitle: 'url', group: 'Administration', defaultColumns: ['url', 'tenant', 'events', 'enabled', 'lastDelivery.status', 'lastDelivery.at'] },
    access: { read: manageOwnOffices, create: createForOwnOffice, update: manageOwnOffices, delete: manageOwnOffices },
    hooks: { beforeChange: [issueSecret], afterRead: [revealSecretOnce] },
    fields: [
      { name: 'url', type: 'text', required: true, validate: validateWebhookUrl },
      { name: 'tenant', type: 'relationship', relationTo: 'tenants', required: true, index: true, access: { update: superAdminField } },
      {
        name: 'events',
        type: 'select',
        hasMany: true,
        required: true,
        defaultValue: [...webhookEvents],
        options: webhookEvents.map((event) => ({ label: event, value: event })),
      },
      {
        name: 'collections',
        type: 'select',
        hasMany: true,
        required: true,
        defaultValue: collections,
        options: collections.map((slug) => ({ label: slug, value: slug })),
      },
      { name: 'enabled', type: 'checkbox', defaultValue: true },
      {
        name: 'secret',
        type: 'text',
        // Never read back (the hub signs with it); shown once in the answer to the write that set it.
        access: { read: nobody },
        admin: { description: 'Signs each delivery: X-Hub-Signature-256 = sha256=HMAC-SHA256(body, secret). Leave empty to generate one; it is shown once.' },
      },
      {
        name: 'lastDelivery',
        type: 'group',
        admin: { readOnly: true, description: 'How the latest delivery attempt went.' },
        access: { create: nobody, update: nobody },
        fields: [
          { name: 'status', type: 'number', admin: { description: 'HTTP status of the receiver (empty when it could not be reached).' } },
          { name: 'ok', type: 'checkbox' },
          { name: 'error', type: 'text' },
          { name: 'event', type: 'text' },
          { name: 'attempt', type: 'number' },
          { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
    ],
  }
}
