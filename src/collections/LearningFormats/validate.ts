import type { NumberFieldSingleValidation } from 'payload'

import { requiredPositive } from '../../fields/numbers'

/** `groupSize.max` must not be below `groupSize.min`. */
export const validateGroupMax: NumberFieldSingleValidation = (value, options) => {
  const positive = requiredPositive(value, options)
  if (positive !== true) return positive
  const min = (options.siblingData as { min?: number | null }).min
  return typeof min === 'number' && typeof value === 'number' && value < min
    ? `The largest group (${value}) is smaller than the smallest group (${min}).`
    : true
}
