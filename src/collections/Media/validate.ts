import type { TextFieldSingleValidation } from 'payload'

/** Images need alternative text when they are added, and it cannot be emptied later. */
export const validateAlt: TextFieldSingleValidation = (value, { data, operation, previousValue, req }) => {
  const mimeType = (data as { mimeType?: string })?.mimeType ?? req.file?.mimetype
  if (!mimeType?.startsWith('image/') || (typeof value === 'string' && value.trim())) return true
  if (operation === 'create' || previousValue) return 'Describe the image for people who cannot see it (alt text).'
  return true
}
