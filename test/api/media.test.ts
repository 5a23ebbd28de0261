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
      const path = sizes[name].url.replace(/^https?:\/\/[^/]+/, '')
      // The image is visible to its office only (visibility "tenant"), so is its file.
      expect((await hub.fetch(path)).status).toBeGreaterThanOrEqual(400)
      const file = await hub.fetch(path, { token })
      expect(file.status).toBe(200)
      const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
      expect(meta.format).toBe('webp')
      expect(meta.width).toBe(width)
    }
  })
})

async function upload(name: string, type: string, bytes: Uint8Array, data: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'An image', tenant: tenantId, ...data }))
  return hub.json('/api/media', { method: 'POST', token, body: form })
}

/** A small, well-formed one-page PDF with a correct cross-reference table. */
function minimalPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = pdf.length
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(pdf)
}

async function mediaCount() {
  return (await hub.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
}

describe('media refusals: a 4xx naming the problem, nothing stored', () => {
  it('judges the type by content: a text file named .png is refused', async () => {
    const before = await mediaCount()
    const { status, body } = await upload('photo.png', 'image/png', new TextEncoder().encode('this is not an image at all'))
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/photo\.png/)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses SVG', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
    const { status, body } = await upload('logo.svg', 'image/svg+xml', new TextEncoder().encode(svg))
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/svg/i)
  })

  it('accepts a PDF found by its content', async () => {
    const { status, body } = await upload('handout.pdf', 'application/pdf', minimalPdf(), { alt: '' })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.mimeType).toBe('application/pdf')
  })

  it('refuses files over 20 MB with 413', async () => {
    const before = await mediaCount()
    const big = new Uint8Array(21 * 1024 * 1024)
    big.set(await png(10, 10))
    const { status, body } = await upload('huge.png', 'image/png', big)
    expect(status).toBe(413)
    expect(JSON.stringify(body)).toMatch(/20 MB|too large|limit/i)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses decompression bombs by their pixel count', async () => {
    const bomb = await sharp({ create: { width: 10000, height: 10000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    const { status, body } = await upload('bomb.png', 'image/png', new Uint8Array(bomb))
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/megapixels/)
  })

  it('requires alt text for images', async () => {
    const { status, body } = await upload('no-alt.png', 'image/png', new Uint8Array(await png(20, 20)), { alt: '' })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('alt')
  })
})
