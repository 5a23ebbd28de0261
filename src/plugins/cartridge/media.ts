import fs from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { Media } from '../../../payload-types'
import { isRichTextValue, type RichTextNode } from '../../fields/richTextOutput'

/** A media document's stored file as it goes into the package. */
export type PackagedMedia = { media: Media; path: string; resource: string; data: Uint8Array }

export function populatedMedia(value: unknown): Media | undefined {
  return value && typeof value === 'object' && 'filename' in value && (value as Media).filename ? (value as Media) : undefined
}

/** Upload nodes of a rich text whose media the caller may read (Payload populates the others as null). */
export function mediaInRichText(value: unknown): Media[] {
  if (!isRichTextValue(value)) return []
  const found: Media[] = []
  const visit = (node: RichTextNode) => {
    if (node.type === 'upload' && node.relationTo === 'media') {
      const media = populatedMedia(node.value)
      if (media) found.push(media)
    }
    node.children?.forEach(visit)
  }
  visit(value.root)
  return found
}

/** A file name that is safe in a zip and in a URL: letters, digits, dot, dash, underscore. */
function safeName(filename: string): string {
  const base = path.basename(filename).normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '')
  return base || 'file'
}

/**
 * Reads the stored file of each media document once, from the media collection's folder. A file
 * missing on disk (deleted by hand, another machine's upload) is left out of the package, with a
 * warning, rather than failing the whole export.
 */
export async function packageMedia(req: PayloadRequest, media: Media[]): Promise<Map<string, PackagedMedia>> {
  const staticDir = path.resolve(String(req.payload.collections.media.config.upload?.staticDir ?? 'media'))
  const packaged = new Map<string, PackagedMedia>()
  for (const item of media) {
    if (packaged.has(item.id) || !item.filename) continue
    const stored = path.join(staticDir, path.basename(item.filename))
    try {
      const data = new Uint8Array(await fs.readFile(stored))
      const number = packaged.size + 1
      packaged.set(item.id, { media: item, path: `media/${String(number).padStart(2, '0')}-${safeName(item.filename)}`, resource: `res-media-${number}`, data })
    } catch (error) {
      req.payload.logger.warn({ msg: `Cartridge export: the file of media ${item.id} cannot be read; it is left out.`, err: error })
    }
  }
  return packaged
}
