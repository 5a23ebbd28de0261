import sharp from 'sharp'

import { maxInputPixels } from '../collections/Media/hooks'

/**
 * sharp as Payload uses it, with a pixel limit against decompression bombs (the Media hook
 * refuses such files with a 400 before they get here; this is the second line).
 */
export const limitedSharp = Object.assign(
  (input?: Parameters<typeof sharp>[0], options?: sharp.SharpOptions) => sharp(input, { limitInputPixels: maxInputPixels, ...options }),
  sharp,
) as unknown as typeof sharp
