import type { PayloadRequest, TextField, Validate } from 'payload'
import { relationId } from '../access/ids'
import { officeById } from '../access/offices'

async function sourceLocale(req: PayloadRequest, tenant: string): Promise<string | undefined> {
  return (await officeById(req, tenant))?.defaultLocale
}

/**
 * Required in the office's source language (its default locale) and on the first save; other
 * locales may stay empty and fall back, so a translator or editor can save one language at a time.
 */
export const requiredInSourceLocale: Validate<string> = async (value, { data, operation, req }) => {
  if (typeof value === 'string' && value.trim()) return true
  if (operation === 'create') return 'This field is required.'
  const tenant = relationId((data as { tenant?: unknown })?.tenant)
  const source = tenant ? await sourceLocale(req, tenant) : undefined
  if (!source || req.locale === source) return `This field is required in the office's source language${source ? ` (${source})` : ''}.`
  return true
}

/** A localized text that must exist in the source language. */
export function sourceText(name: string, overrides: Partial<TextField> = {}): TextField {
  return { name, type: 'text', localized: true, validate: requiredInSourceLocale, ...overrides } as TextField
}
