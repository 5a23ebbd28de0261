import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUserAndLogin, startHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let token: string
let tenantId: string

beforeAll(async () => {
  hub = await startHub()
  token = await createUserAndLogin(hub, { email: 'root@example.org', roles: ['super-admin'] })
  const tenant = await hub.payload.create({
    collection: 'tenants',
    data: { name: 'Visionary Austria', slug: 'austria', locales: ['de', 'en'], defaultLocale: 'de' },
  })
  tenantId = tenant.id
})
afterAll(async () => hub?.close())

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer()
}

describe('media uploads', () => {
  it('stores a real PNG and writes the thumbnail, card and hero sizes as WebP', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png(2000, 1000))], { type: 'image/png' }), 'vienna.png')
    form.append('_payload', JSON.stringify({ alt: 'Participants in Vienna', tenant: tenantId }))
    const { status, body } = await hub.json('/api/media', { method: 'POST', token, body: form })
    expect(status, JSON.stringify(body)).toBe(201)
    const { sizes } = body.doc
    for (const [name, width] of [['thumbnail', 400], ['card', 800], ['hero', 1600]] as const) {
      expect(sizes[name].width).toBe(width)
      expect(sizes[name].mimeType).toBe('image/webp')
      const file = await hub.fetch(sizes[name].url.replace(/^https?:\/\/[^/]+/, ''))
      expect(file.status).toBe(200)
      const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
      expect(meta.format).toBe('webp')
      expect(meta.width).toBe(width)
    }
  })
})
