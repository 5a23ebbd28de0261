import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { readHubLocales, readLocaleCodes } from '../../src/config/locales'
import { localesDir } from '../../src/config/paths'
import { createHubI18n, languageFromHeader, translate } from '../../src/i18n'

const shipped = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'sv', 'nb', 'fi', 'pl', 'cs', 'hu', 'uk', 'ar']
const messageKeys = ['notFound', 'forbidden', 'unknownTenant', 'localeNotAllowed', 'validationFailed', 'payloadTooLarge']

describe('hub locales', () => {
  it('ships the 16 languages, English first, Arabic right-to-left', () => {
    const locales = readHubLocales()
    expect(locales.map((l) => l.code).sort()).toEqual([...shipped].sort())
    expect(locales[0].code).toBe('en')
    expect(locales.find((l) => l.code === 'ar')?.rtl).toBe(true)
    expect(locales.filter((l) => l.rtl).map((l) => l.code)).toEqual(['ar'])
    expect(locales.find((l) => l.code === 'de')?.label).toBe('Deutsch')
  })

  it('has the hub messages in English and German', () => {
    for (const key of messageKeys) {
      const en = translate('en', `errors.${key}`)
      const de = translate('de', `errors.${key}`)
      expect(en).not.toBe(`errors.${key}`)
      expect(de).not.toBe(en)
    }
    expect(translate('de', 'errors.unknownTenant', { tenant: 'atlantis' })).toBe('Unbekannter Mandant „atlantis“.')
  })

  it('falls back to English key by key', () => {
    // Danish has its own "notFound" but no "malformedJson".
    expect(translate('da', 'errors.notFound')).toBe('Ikke fundet.')
    expect(translate('da', 'errors.malformedJson')).toBe(translate('en', 'errors.malformedJson'))
  })

  it('picks the best language from Accept-Language', () => {
    expect(languageFromHeader('de-AT,de;q=0.9,en;q=0.8')).toBe('de')
    expect(languageFromHeader('xx, sv;q=0.5')).toBe('sv')
    expect(languageFromHeader('tlh')).toBe('en')
    expect(languageFromHeader(undefined)).toBe('en')
  })

  it('gains a language by adding a folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-locales-'))
    fs.cpSync(localesDir(), dir, { recursive: true })
    fs.mkdirSync(path.join(dir, 'et'))
    fs.writeFileSync(path.join(dir, 'et', 'hub.json'), JSON.stringify({ errors: { notFound: 'Ei leitud.' } }))
    expect(readLocaleCodes(dir)).toContain('et')
    expect(readHubLocales(dir).find((l) => l.code === 'et')?.label).toBe('Eesti')
    const i18n = createHubI18n(dir)
    expect(i18n.t('errors.notFound', { lng: 'et' })).toBe('Ei leitud.')
    expect(i18n.t('errors.forbidden', { lng: 'et' })).toBe(translate('en', 'errors.forbidden'))
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
