import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import { ApiKeys } from './src/collections/ApiKeys'
import { CaseStudies } from './src/collections/CaseStudies'
import { Curricula } from './src/collections/Curricula'
import { LearningFormats } from './src/collections/LearningFormats'
import { Media } from './src/collections/Media'
import { Organizations } from './src/collections/Organizations'
import { Tenants } from './src/collections/Tenants'
import { Topics } from './src/collections/Topics'
import { Users } from './src/collections/Users'
import { limitedSharp } from './src/config/images'
import { uploadFileLimit } from './src/config/limits'
import { officeLocales } from './src/config/adminLocales'
import { databaseAdapter, keepAliveThroughDatabaseRestarts } from './src/config/database'
import { hubLocales, defaultLocale } from './src/config/locales'
import { payloadSecret } from './src/config/secret'
import { allowedOriginsFromEnv, publicUrl } from './src/config/server'
import { hubEditor } from './src/fields/richText'
import {
  adaptationsPlugin,
  auditPlugin,
  authRoutesPlugin,
  cartridgePlugin,
  concurrencyPlugin,
  deliveryCachePlugin,
  inputGuardsPlugin,
  jsonLdPlugin,
  openapiPlugin,
  originsPlugin,
  publishingPlugin,
  queryLimitsPlugin,
  tenancyPlugin,
  translationPlugin,
  versionRoutesPlugin,
  webhooksPlugin,
} from './src/plugins'
import { watchDatabaseAdapter } from './src/server/databaseOutage'
import { expressRoutes } from './src/server/openapi'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: publicUrl(),
  // Requests whose database calls find no database are answered 503 (src/server/databaseOutage.ts).
  db: watchDatabaseAdapter(await databaseAdapter()),
  editor: hubEditor,
  sharp: limitedSharp,
  collections: [Curricula, LearningFormats, CaseStudies, Organizations, Topics, Media, Tenants, Users, ApiKeys],
  localization: {
    locales: hubLocales,
    defaultLocale,
    fallback: true,
    filterAvailableLocales: officeLocales,
  },
  plugins: [
    tenancyPlugin({ tenantScoped: ['curricula', 'learning-formats', 'case-studies', 'organizations', 'media'] }),
    publishingPlugin(),
    translationPlugin({ collections: ['curricula', 'learning-formats', 'case-studies'] }),
    adaptationsPlugin({ collections: ['learning-formats', 'curricula'] }),
    versionRoutesPlugin(),
    authRoutesPlugin(),
    webhooksPlugin({ collections: ['curricula', 'learning-formats', 'case-studies', 'organizations', 'media'] }),
    jsonLdPlugin({ courseMode: 'onsite' }),
    cartridgePlugin(),
    originsPlugin({ publicUrl: publicUrl(), extra: allowedOriginsFromEnv() }),
    // Reads the sanitized config per request, so it describes every plugin's endpoints wherever it sits.
    openapiPlugin({ hostRoutes: expressRoutes }),
    // After adaptations, so an answer's tags include what it inherited from its origin.
    deliveryCachePlugin({ collections: ['curricula', 'learning-formats', 'case-studies', 'organizations', 'topics', 'media'] }),
    queryLimitsPlugin(),
    // After every plugin that adds collections, so all of them are audited.
    auditPlugin(),
    // Its lock comes before every other beforeOperation hook of an update, except the input checks.
    concurrencyPlugin(),
    // Last, so its checks run first: no hook (nor the lock) sees a malformed input.
    inputGuardsPlugin(),
  ],
  upload: { limits: { fileSize: uploadFileLimit } },
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · Visionary Hub' },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
  },
  // HUB_TYPES_OUTPUT lets the staleness test generate elsewhere and compare. No `declare module
  // 'payload'` in the file: front ends import it as `visionary-hub/types` without installing
  // Payload; the hub's own augmentation is src/config/payloadTypes.d.ts. No autoGenerate: every
  // development boot (each test's hub too) would rewrite the committed file in place while the
  // staleness test reads it; `npm run generate:types` writes it and that test enforces it.
  typescript: {
    outputFile: process.env.HUB_TYPES_OUTPUT ?? path.resolve(dirname, 'payload-types.ts'),
    declare: false,
    autoGenerate: false,
  },
  telemetry: false,
  onInit: keepAliveThroughDatabaseRestarts,
})
