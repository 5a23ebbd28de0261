import fs from 'node:fs'
import path from 'node:path'

import { localesDir } from './paths'

export type HubLocale = {
  code: string
  /** The language's own name for itself ("Deutsch", "العربية"). */
  label: string
  rtl: boolean
}

export const defaultLocale = 'en'

const localeCode = /^[a-z]{2,3}(-[A-Z]{2})?$/

/** One folder in `locales/` per language: the folder list IS the hub's locale list. */
export function readLocaleCodes(dir = localesDir()): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && localeCode.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : a.localeCompare(b)))
}

/** Reads a locale's message files (`*.json`), merged into one namespace object per file name. */
export function readLocaleResources(code: string, dir = localesDir()): Record<string, Record<string, unknown>> {
  const folder = path.join(dir, code)
  const resources: Record<string, Record<string, unknown>> = {}
  for (const file of fs.readdirSync(folder)) {
    if (!file.endsWith('.json')) continue
    resources[file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'))
  }
  return resources
}

function nativeName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1)
  } catch {
    return code
  }
}

function isRightToLeft(code: string, dir: string): boolean {
  const meta = readLocaleResources(code, dir).hub?.meta as { direction?: string } | undefined
  return meta?.direction === 'rtl'
}

export function readHubLocales(dir = localesDir()): HubLocale[] {
  return readLocaleCodes(dir).map((code) => ({ code, label: nativeName(code), rtl: isRightToLeft(code, dir) }))
}

export const hubLocales: HubLocale[] = readHubLocales()
export const hubLocaleCodes: string[] = hubLocales.map((locale) => locale.code)
