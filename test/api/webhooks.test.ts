import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseStudyBody, createTenant, formatBody } from '../helpers/fixtures'
import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

// Signed webhooks: an office-admin registers a receiver on loopback; publishing, unpublishing and
// deleting content delivers signed JSON through Payload's job queue, with retries, and a receiver
// that is down never fails a save.
type Received = { headers: http.IncomingHttpHeaders; body: string; json: { event: string; occurredAt: string; collection: string; document: { id: string }; tenant: { slug: string } } }

type Receiver = { url: string; received: Received[]; answer: number; close: () => Promise<void> }

async function startReceiver(): Promise<Receiver> {
  const receiver = { received: [] as Received[], answer: 200 } as Receiver
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      receiver.received.push({ headers: req.headers, body, json: JSON.parse(body) })
      res.writeHead(receiver.answer).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()))
  return receiver
}

let hub: TestHub
let austria: string
let admin: string
let editor: string
let receiver: Receiver
let webhook: { id: string; secret: string }

beforeAll(async () => {
  // A generous delivery timeout: on a loaded machine the receiver's answer can take over a second, and a
  // timed-out delivery is retried (at least once delivery), which would count as an extra event here.
  hub = await startHub({ HUB_WEBHOOK_BACKOFF_MS: '100', HUB_WEBHOOK_ATTEMPTS: '2', HUB_WEBHOOK_TIMEOUT_MS: '10000' })
  austria = String((await createTenant(hub, 'austria', ['de', 'en'], 'de')).id)
  const sweden = String((await createTenant(hub, 'sweden', ['sv', 'en'], 'sv')).id)
  // The first person of a hub is its super-admin; the office's people come after.
  await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  admin = await createUserAndLogin(hub, { email: 'admin@at.example.org', tenants: [{ tenant: austria, roles: ['office-admin'] }] })
  editor = await createUserAndLogin(hub, { email: 'editor@at.example.org', tenants: [{ tenant: austria, roles: ['editor'] }, { tenant: sweden, roles: ['editor'] }] })
  receiver = await startReceiver()
  const created = await hub.json('/api/webhooks', { method: 'POST', token: admin, body: { url: receiver.url, tenant: austria, events: ['publish', 'unpublish', 'delete'], collections: ['case-studies', 'learning-formats'] } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  webhook = { id: created.body.doc.id, secret: created.body.doc.secret }
}, 300_000)
afterAll(async () => {
  await hub?.close()
  await receiver?.close()
})

/** Waits (polling, no timing assertion) until the receiver has got `count` deliveries. */
async function deliveries(count: number, matching: (delivery: Received) => boolean = () => true): Promise<Received[]> {
  await expect.poll(() => receiver.received.filter(matching).length, { timeout: 20_000, interval: 100 }).toBeGreaterThanOrEqual(count)
  return receiver.received.filter(matching)
}

const forDocument = (id: string) => (delivery: Received) => delivery.json.document.id === id

describe('webhooks', () => {
  it('shows the signing secret once and never again; only the office’s admins manage webhooks', async () => {
    expect(webhook.secret).toMatch(/^[\w-]{40,}$/)
    const read = await hub.json(`/api/webhooks/${webhook.id}`, { token: admin })
    expect(read.status).toBe(200)
    expect(read.body).not.toHaveProperty('secret')
    expect([403, 404]).toContain((await hub.json(`/api/webhooks/${webhook.id}`, { token: editor })).status)
    expect((await hub.json('/api/webhooks', { method: 'POST', token: editor, body: { url: receiver.url, tenant: austria } })).status).toBe(403)
  })

  it('refuses URLs that are not http(s) or carry credentials, with a 400 naming the field', async () => {
    for (const url of ['ftp://example.org/hook', 'not a url', 'https://user:pass@example.org/hook']) {
      const answer = await hub.json('/api/webhooks', { method: 'POST', token: admin, body: { url, tenant: austria } })
      expect(answer.status, url).toBe(400)
      expect(JSON.stringify(answer.body)).toMatch(/url|URL/)
    }
  })

  it('delivers publish, unpublish and delete, signed with HMAC-SHA256 of the body', async () => {
    const created = await hub.json('/api/case-studies?locale=de', { method: 'POST', token: editor, body: caseStudyBody(austria, { title: 'Veröffentlicht' }) })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const [published] = await deliveries(1, forDocument(id))
    expect(published.json).toMatchObject({ event: 'publish', collection: 'case-studies', tenant: { slug: 'austria' }, document: { id } })
    const expected = `sha256=${crypto.createHmac('sha256', webhook.secret).update(published.body).digest('hex')}`
    expect(published.headers['x-hub-signature-256']).toBe(expected)
    expect(published.headers['x-hub-event']).toBe('publish')

    // A draft save is nobody's business; unpublishing is.
    for (const [path, method, body] of [
      [`/api/case-studies/${id}?locale=de&draft=true`, 'PATCH', { title: 'Entwurf', _status: 'draft' }],
      [`/api/case-studies/${id}?locale=de`, 'PATCH', { _status: 'draft' }],
      [`/api/case-studies/${id}`, 'DELETE', undefined],
    ] as const) {
      // Only office-admins delete.
      const answer = await hub.json(path, { method, token: method === 'DELETE' ? admin : editor, body })
      expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(200)
    }
    // Jobs picked up in the same second are delivered side by side and may arrive in any order;
    // occurredAt is the order of the writes (README "Webhooks").
    const received = await deliveries(3, forDocument(id))
    const events = [...received].sort((a, b) => a.json.occurredAt.localeCompare(b.json.occurredAt)).map((delivery) => delivery.json.event)
    expect(events).toEqual(['publish', 'unpublish', 'delete'])

    // The latest attempt: which of the three, side by side, finished last is not fixed.
    await expect
      .poll(async () => (await hub.json(`/api/webhooks/${webhook.id}`, { token: admin })).body.lastDelivery, { timeout: 10_000 })
      .toMatchObject({ status: 200, ok: true, event: expect.stringMatching(/^(publish|unpublish|delete)$/) })
  })

  it('delivers only the events and collections asked for, and only the office’s own', async () => {
    const sweden = (await hub.payload.find({ collection: 'tenants', where: { slug: { equals: 'sweden' } } })).docs[0].id
    const swedish = await hub.json('/api/learning-formats?locale=sv', { method: 'POST', token: editor, body: formatBody(String(sweden), { title: 'Svensk' }) })
    const organization = await hub.json('/api/organizations?locale=de', { method: 'POST', token: editor, body: { tenant: austria, name: 'Rotes Kreuz', sector: 'civil-society', country: 'AT' } })
    const austrian = await hub.json('/api/learning-formats?locale=de', { method: 'POST', token: editor, body: formatBody(austria, { title: 'Österreichisch' }) })
    expect([swedish.status, organization.status, austrian.status]).toEqual([201, 201, 201])
    await deliveries(1, forDocument(austrian.body.doc.id))
    expect(receiver.received.some(forDocument(swedish.body.doc.id))).toBe(false)
    expect(receiver.received.some(forDocument(organization.body.doc.id))).toBe(false)
  })

  it('retries a failing receiver with backoff up to the limit and records the last status; saves never wait for it', async () => {
    receiver.answer = 503
    const before = receiver.received.length
    const created = await hub.json('/api/case-studies?locale=de', { method: 'POST', token: editor, body: caseStudyBody(austria, { title: 'Empfänger gestört' }) })
    expect(created.status).toBe(201)
    // The first attempt and the two retries, then the queue gives up.
    const attempts = await deliveries(3, forDocument(created.body.doc.id))
    expect(attempts.every((attempt) => attempt.json.event === 'publish')).toBe(true)
    await expect.poll(async () => (await hub.json(`/api/webhooks/${webhook.id}`, { token: admin })).body.lastDelivery, { timeout: 10_000 }).toMatchObject({ status: 503, ok: false, attempt: 3 })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(receiver.received.length - before).toBe(3)
    receiver.answer = 200

    // A receiver that is gone: the save succeeds; the delivery fails later and is recorded.
    const gone = await hub.json('/api/webhooks', { method: 'POST', token: admin, body: { url: 'http://127.0.0.1:9/nothing-listens-here', tenant: austria, collections: ['case-studies'] } })
    const saved = await hub.json('/api/case-studies?locale=de', { method: 'POST', token: editor, body: caseStudyBody(austria, { title: 'Niemand hört zu' }) })
    expect(saved.status).toBe(201)
    await expect.poll(async () => (await hub.json(`/api/webhooks/${gone.body.doc.id}`, { token: admin })).body.lastDelivery?.ok, { timeout: 20_000 }).toBe(false)
    expect((await hub.json(`/api/webhooks/${gone.body.doc.id}`, { token: admin })).body.lastDelivery.error).toBeTruthy()

    // The failed jobs (with every office's document ids) stay in the queue for super-admins only.
    const jobs = await hub.payload.find({ collection: 'payload-jobs', overrideAccess: true })
    expect(jobs.totalDocs).toBeGreaterThan(0)
    const asAdmin = await hub.json('/api/payload-jobs', { token: admin })
    expect(asAdmin.status).toBe(403)
  })

  it('notifies nobody about a save that was refused', async () => {
    const before = receiver.received.length
    const refused = await hub.json('/api/case-studies?locale=de', { method: 'POST', token: editor, body: caseStudyBody(austria, { title: 'Ungültig', year: 1200 }) })
    expect(refused.status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(receiver.received.length).toBe(before)
  })
})
