import type { TenantSeed } from './types'

/**
 * The national offices of the Visionary network. Contact data is fictional:
 * e-mail addresses use example.org and phone numbers are zero placeholders.
 */
export const tenants: TenantSeed[] = [
  {
    slug: 'austria',
    name: {
      de: 'Visionary Österreich',
      en: 'Visionary Austria',
    },
    countries: ['AT'],
    domains: ['austria.localhost'],
    locales: ['de', 'en'],
    defaultLocale: 'de',
    office: {
      city: 'Vienna',
      address: 'Beispielgasse 12/3, 1020 Wien, Österreich',
      email: 'office@austria.visionary.example.org',
      phone: '+43 1 000 00 00',
    },
    timezone: 'Europe/Vienna',
  },
  {
    slug: 'scandinavia',
    name: {
      sv: 'Visionary Skandinavien',
      da: 'Visionary Skandinavien',
      nb: 'Visionary Skandinavia',
      en: 'Visionary Scandinavia',
    },
    countries: ['SE', 'DK', 'NO'],
    domains: ['scandinavia.localhost'],
    locales: ['sv', 'da', 'nb', 'en'],
    defaultLocale: 'sv',
    office: {
      city: 'Stockholm',
      address: 'Exempelgatan 4, 111 22 Stockholm, Sverige',
      email: 'hej@scandinavia.visionary.example.org',
      phone: '+46 8 000 00 00',
    },
    timezone: 'Europe/Stockholm',
  },
  {
    slug: 'germany',
    name: {
      de: 'Visionary Deutschland',
      en: 'Visionary Germany',
    },
    countries: ['DE'],
    domains: ['germany.localhost'],
    locales: ['de', 'en'],
    defaultLocale: 'de',
    office: {
      city: 'Berlin',
      address: 'Musterstraße 8, 10115 Berlin, Deutschland',
      email: 'kontakt@germany.visionary.example.org',
      phone: '+49 30 0000 0000',
    },
    timezone: 'Europe/Berlin',
  },
  {
    slug: 'cee',
    name: {
      cs: 'Visionary střední a východní Evropa',
      hu: 'Visionary Közép- és Kelet-Európa',
      pl: 'Visionary Europa Środkowo-Wschodnia',
      en: 'Visionary Central & Eastern Europe',
    },
    countries: ['CZ', 'HU', 'PL', 'SK'],
    domains: ['cee.localhost'],
    locales: ['cs', 'hu', 'pl', 'en'],
    defaultLocale: 'en',
    office: {
      city: 'Prague',
      address: 'Ukázková 5, 110 00 Praha 1, Česká republika',
      email: 'office@cee.visionary.example.org',
      phone: '+420 200 000 000',
    },
    timezone: 'Europe/Prague',
  },
]
