import crypto from 'node:crypto'

import type { PayloadRequest, TaskConfig } from 'payload'

import { deliverWebhookTask } from './events'

/** `sha256=<hex>`: HMAC-SHA256 of the exact body with the webhook's secret (GitHub's convention). */
export function signature(body: string, secret: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`
}

const timeoutMs = () => Number(process.env.HUB_WEBHOOK_TIMEOUT_MS ?? 5000)

type Attempt = { status?: number; error?: string }

async function post(url: string, body: string, secret: string, event: string): Promise<Attempt> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs()),
      headers: { 'content-type': 'application/json', 'user-agent': 'VisionaryHub-Webhooks/1', 'x-hub-event': event, 'x-hub-signature-256': signature(body, secret) },
    })
    await response.body?.cancel()
    return { status: response.status }
  } catch (error) {
    return { error: (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs()} ms` : ((error as Error).cause as Error)?.message ?? (error as Error).message }
  }
}

/**
 * Sends one delivery and records how it went on the webhook (outside the job's transaction, so a
 * failed attempt is recorded too). A non-2xx answer throws: the job queue retries with backoff.
 */
async function deliver({ input, job, req }: { input: { webhook: string; body: string }; job: { totalTried?: number }; req: PayloadRequest }) {
  const webhook = await req.payload.findByID({ collection: 'webhooks', id: input.webhook, depth: 0, overrideAccess: true }).catch(() => null)
  if (!webhook?.enabled || !webhook.secret) return { output: { skipped: true } }
  const event = (JSON.parse(input.body) as { event: string }).event
  const attempt = await post(webhook.url, input.body, webhook.secret, event)
  const ok = attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300
  await req.payload.update({
    collection: 'webhooks',
    id: webhook.id,
    data: { lastDelivery: { status: attempt.status ?? null, ok, error: attempt.error ?? null, event, attempt: (job.totalTried ?? 0) + 1, at: new Date().toISOString() } },
    overrideAccess: true,
    depth: 0,
    context: { hubNotAudited: true },
  })
  if (!ok) throw new Error(`Webhook ${webhook.url}: ${attempt.error ?? `answered ${attempt.status}`}`)
  return { output: { status: attempt.status } }
}

/** Retries: `HUB_WEBHOOK_ATTEMPTS` (default 5) with exponential backoff from `HUB_WEBHOOK_BACKOFF_MS` (default 2 s). */
export function deliverWebhookTaskConfig(): TaskConfig {
  return {
    slug: deliverWebhookTask,
    inputSchema: [
      { name: 'webhook', type: 'text', required: true },
      { name: 'body', type: 'textarea', required: true },
    ],
    retries: { attempts: Number(process.env.HUB_WEBHOOK_ATTEMPTS ?? 5), backoff: { type: 'exponential', delay: Number(process.env.HUB_WEBHOOK_BACKOFF_MS ?? 2000) } },
    handler: deliver as never,
  } as unknown as TaskConfig
}
