import i18next, { type i18n as I18n, type TOptions } from 'i18next'

import { defaultLocale, hubLocaleCodes, readLocaleCodes, readLocaleResources } from '../config/locales'
import { localesDir } from '../config/paths'

/**
 * The hub's own messages (errors, health, labels) come from `locales/<code>/*.json`.
 * A language that lacks a key falls back to English key by key (i18next's default).
 */
export function createHubI18n(dir = localesDir()): I18n {
  const codes = readLocaleCodes(dir)
  const instance = i18next.createInstance()
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(codes.map((code) => [code, readLocaleResources(code, dir)])),
    supportedLngs: codes,
    fallbackLng: defaultLocale,
    defaultNS: 'hub',
    ns: ['hub'],
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

export const hubI18n = createHubI18n()

/** Translate a hub message into the given language (falls back to English). */
export function translate(language: string | undefined, key: string, options: TOptions = {}): string {
  return hubI18n.t(key, { ...options, lng: language ?? defaultLocale })
}

/** Picks the best supported language from an Accept-Language header. */
export function languageFromHeader(header: string | null | undefined, supported = hubLocaleCodes): string {
  if (!header) return defaultLocale
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 }
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of ranked) {
    if (supported.includes(tag)) return tag
    const base = tag.split('-')[0]
    if (supported.includes(base)) return base
  }
  return defaultLocale
}

/** A message in every language the hub has, for Payload's per-language labels in the admin. */
export function inEveryLanguage(key: string, options: TOptions = {}): Record<string, string> {
  return Object.fromEntries(hubLocaleCodes.map((code) => [code, translate(code, key, options)]))
}
