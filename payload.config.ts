import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from './src/collections/Media'
import { Tenants } from './src/collections/Tenants'
import { Users } from './src/collections/Users'
import { databaseAdapter, keepAliveThroughDatabaseRestarts } from './src/config/database'
import { hubLocales, defaultLocale } from './src/config/locales'
import { payloadSecret } from './src/config/secret'
import { publicUrl } from './src/config/server'
import { tenancyPlugin } from './src/plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: publicUrl(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  collections: [Tenants, Users, Media],
  localization: {
    locales: hubLocales,
    defaultLocale,
    fallback: true,
  },
  plugins: [tenancyPlugin({ tenantScoped: ['media'] })],
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · Visionary Hub' },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  onInit: keepAliveThroughDatabaseRestarts,
})
