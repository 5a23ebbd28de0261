import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'

export const allowedMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf']

/** About 50 megapixels (e.g. 8660 × 5774): larger images are refused before sharp decodes them. */
export const maxInputPixels = 50_000_000

function refuse(message: string): never {
  throw new ValidationError({ collection: 'media', errors: [{ message, path: 'file' }] })
}

/**
 * Uploads are judged by their content, never by their name: a text file called `.png` is
 * not an image, and SVG (which can carry scripts) is not accepted at all.
 */
export const checkUploadContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data?.length) return args
  const detected = await fileTypeFromBuffer(req.file.data)
  if (!detected || !allowedMimeTypes.includes(detected.mime)) {
    const what = detected ? detected.mime : 'not a recognisable image or PDF'
    refuse(`File "${req.file.name}" is ${what}; accepted are JPEG, PNG, WebP, AVIF, GIF and PDF.`)
  }
  if (detected.mime.startsWith('image/')) {
    const { width = 0, height = 0 } = await sharp(req.file.data, { limitInputPixels: false })
      .metadata()
      .catch(() => refuse(`File "${req.file!.name}" is damaged or not a readable image.`))
    if (width * height > maxInputPixels) refuse(`The image is ${width} × ${height} pixels; the limit is ${maxInputPixels / 1_000_000} megapixels.`)
  }
  // Payload trusts the declared type for naming and sizes; use the detected one.
  req.file.mimetype = detected.mime
  return args
}
