import type { NumberField, NumberFieldSingleValidation } from 'payload'

export const positive: NumberFieldSingleValidation = (value) => {
  if (value === null || value === undefined) return true
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? true : 'Must be a number greater than 0.'
}

export const requiredPositive: NumberFieldSingleValidation = (value) =>
  value === null || value === undefined ? 'Required: a number greater than 0.' : positive(value, {} as never)

/** A whole number greater than 0. */
export function positiveNumber(name: string, overrides: Partial<NumberField> = {}): NumberField {
  return { name, type: 'number', validate: overrides.required ? requiredPositive : positive, ...overrides } as NumberField
}

/** Years from 1980 up to next year (case studies are often written up ahead of publication). */
export const validateYear: NumberFieldSingleValidation = (value) => {
  if (value === null || value === undefined) return true
  const latest = new Date().getFullYear() + 1
  return Number.isInteger(value) && value >= 1980 && value <= latest ? true : `Must be a year between 1980 and ${latest}.`
}
