import type { CollectionConfig } from 'payload'

import { tenantContentAccess } from '../../access/tenantContent'
import { mediaDir } from '../../config/paths'
import { visibilityField } from '../../fields/visibility'
import { allowedMimeTypes, checkUploadContent } from './hooks'
import { validateAlt } from './validate'

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    group: 'Network',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
  },
  defaultSort: '-updatedAt',
  access: tenantContentAccess({ hasDrafts: false }),
  upload: {
    staticDir: mediaDir(),
    mimeTypes: allowedMimeTypes,
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp },
      { name: 'card', width: 800, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
    ],
  },
  hooks: {
    beforeOperation: [checkUploadContent],
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, validate: validateAlt },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text' },
    visibilityField,
  ],
}
