/**
 * Stock Payload, the bench's baseline: the hub's collections (same fields, same tables, same
 * localization and rich-text editor) without any of the hub's plugins, hooks or access rules.
 * The plugins add columns this config does not know; Payload reads only the ones it knows, so
 * it serves the very rows the hub wrote. The one plugin field the data needs to line up is the
 * multi-tenant plugin's `tenant` relation, added here as a plain relationship.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, type CollectionConfig, type DatabaseAdapterObj, type Field } from 'payload'

import { CaseStudies } from '../../src/collections/CaseStudies'
import { Curricula } from '../../src/collections/Curricula'
import { LearningFormats } from '../../src/collections/LearningFormats'
import { Media } from '../../src/collections/Media'
import { Organizations } from '../../src/collections/Organizations'
import { Tenants } from '../../src/collections/Tenants'
import { Topics } from '../../src/collections/Topics'
import { databaseKind, databaseUrl } from '../../src/config/databaseUrl'
import { defaultLocale, hubLocales } from '../../src/config/locales'
import { hubEditor } from '../../src/fields/richText'

const tenantField: Field = { name: 'tenant', type: 'relationship', relationTo: 'tenants', index: true }

/** Everyone reads everything: the baseline pays for no access rule. */
const openRead: CollectionConfig['access'] = { read: () => true }

function stock(collection: CollectionConfig, { tenantScoped }: { tenantScoped: boolean }): CollectionConfig {
  return { ...collection, access: openRead, hooks: {}, fields: tenantScoped ? [...collection.fields, tenantField] : collection.fields }
}

/** The hub's `users` table, read as a plain auth collection (the per-office rows are left out). */
const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  access: openRead,
  fields: [
    { name: 'name', type: 'text' },
    { name: 'roles', type: 'select', hasMany: true, options: ['super-admin'], saveToJWT: true },
  ],
}

/** Same tables as the hub (UUID ids, `_i18n` locale tables); never pushes or migrates the schema. */
function database(url = databaseUrl()): DatabaseAdapterObj {
  const shared = { idType: 'uuid' as const, localesSuffix: '_i18n', push: false }
  if (databaseKind(url) === 'postgres') return postgresAdapter({ ...shared, pool: { connectionString: url } })
  return sqliteAdapter({ ...shared, client: { url }, busyTimeout: 5000, logger: process.env.HUB_SQL_LOG === '1' })
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'stock-payload-bench',
  db: database(),
  editor: hubEditor,
  collections: [
    stock(Curricula, { tenantScoped: true }),
    stock(LearningFormats, { tenantScoped: true }),
    stock(CaseStudies, { tenantScoped: true }),
    stock(Organizations, { tenantScoped: true }),
    stock(Topics, { tenantScoped: false }),
    stock(Media, { tenantScoped: true }),
    stock(Tenants, { tenantScoped: false }),
    Users,
  ],
  localization: { locales: hubLocales, defaultLocale, fallback: true },
  admin: { user: Users.slug },
  telemetry: false,
})
