/**
 * Demo images, drawn locally (no network): an SVG with a gradient in the item's colour and its
 * name, rendered to PNG by sharp. Covers and heroes are 1600 × 900 (large enough for the media
 * collection's hero size); logos are 400 × 400.
 */
import sharp from 'sharp'

/** What `payload.create({ collection: 'media', file })` takes. */
export type SeedImage = { data: Buffer; mimetype: 'image/png'; name: string; size: number }

const fontFamily = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif'

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** `#1F4E79` → the same colour darkened by `amount` (0…1), for the far end of the gradient. */
function darken(hex: string, amount: number): string {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  const channel = (shift: number) => Math.round(((value >> shift) & 0xff) * (1 - amount))
  return `rgb(${channel(16)}, ${channel(8)}, ${channel(0)})`
}

/** Greedy word wrap: lines of at most `width` characters, at most `maxLines` (the last gets "…"). */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]} …`
  return kept
}

function textLines(lines: string[], x: number, firstY: number, size: number, anchor: 'start' | 'middle'): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${firstY + index * size * 1.2}" font-family="${fontFamily}" font-size="${size}" font-weight="bold" fill="#ffffff" text-anchor="${anchor}">${escapeXml(line)}</text>`,
    )
    .join('')
}

function gradient(color: string): string {
  return `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="${darken(color, 0.55)}"/>
  </linearGradient></defs>`
}

async function render(svg: string, name: string): Promise<SeedImage> {
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** A 1600 × 900 cover: gradient, two soft circles, a small label and the title. */
export async function coverImage(options: { name: string; title: string; label: string; color: string }): Promise<SeedImage> {
  const { name, title, label, color } = options
  const lines = wrapText(title, 26, 3)
  const size = 88
  const firstY = 450 - ((lines.length - 1) * size * 1.2) / 2 + size / 3
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    ${gradient(color)}
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="1380" cy="170" r="260" fill="#ffffff" fill-opacity="0.08"/>
    <circle cx="1240" cy="820" r="180" fill="#ffffff" fill-opacity="0.06"/>
    <text x="120" y="150" font-family="${fontFamily}" font-size="36" fill="#ffffff" fill-opacity="0.85" letter-spacing="4">${escapeXml(label.toUpperCase())}</text>
    ${textLines(lines, 120, firstY, size, 'start')}
    <rect x="120" y="780" width="160" height="10" fill="#ffffff" fill-opacity="0.85"/>
  </svg>`
  return render(svg, name)
}

function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word))
  return words
    .slice(0, 2)
    .map((word) => word[0].toLocaleUpperCase())
    .join('')
}

/** A 400 × 400 logo: initials in a ring on the gradient, the name underneath. */
export async function logoImage(options: { name: string; title: string; color: string }): Promise<SeedImage> {
  const { name, title, color } = options
  const lines = wrapText(title, 22, 2)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
    ${gradient(color)}
    <rect width="400" height="400" fill="url(#g)"/>
    <circle cx="200" cy="160" r="100" fill="none" stroke="#ffffff" stroke-width="8" stroke-opacity="0.9"/>
    <text x="200" y="160" dy="0.35em" font-family="${fontFamily}" font-size="84" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(initials(title))}</text>
    ${textLines(lines, 200, 322, 28, 'middle')}
  </svg>`
  return render(svg, name)
}
