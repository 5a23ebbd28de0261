import type { SelectField } from 'payload'

export const visibilityOptions = [
  { label: 'Only this office', value: 'tenant' },
  { label: 'The whole network', value: 'network' },
]

/** `tenant`: only the owning office's channels; `network`: every office may show it. */
export const visibilityField: SelectField = {
  name: 'visibility',
  type: 'select',
  required: true,
  defaultValue: 'tenant',
  index: true,
  options: visibilityOptions,
  admin: { position: 'sidebar' },
}
