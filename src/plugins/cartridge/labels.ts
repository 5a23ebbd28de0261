import { hubLocales } from '../../config/locales'
import { translate } from '../../i18n'

/** The words of the pages, in the cartridge's locale (locales/<code>/cartridge.json, English for what is missing). */
export function label(locale: string, key: string, values: Record<string, unknown> = {}): string {
  return translate(locale, `cartridge:${key}`, values)
}

type Unit = 'minute' | 'hour' | 'day'

/** "2 days", "2 Tage", "2 dny": the language's own plural rules, from Intl rather than translation files. */
export function quantity(locale: string, value: number, unit: Unit): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value)
  } catch {
    return `${value} ${unit}`
  }
}

export function textDirection(locale: string): 'rtl' | 'ltr' {
  return hubLocales.find((hubLocale) => hubLocale.code === locale)?.rtl ? 'rtl' : 'ltr'
}
