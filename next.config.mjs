import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Next.js serves only the admin panel; Express serves /api. Payload, the database
 * adapters, GraphQL and sharp stay external so one copy of Payload runs in the process.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/graphql',
    '@payloadcms/drizzle',
    'drizzle-kit',
    'drizzle-orm',
    '@libsql/client',
    'libsql',
    'pg',
    'mongoose',
    'sharp',
    'i18next',
  ],
  poweredByHeader: false,
  typescript: { tsconfigPath: './tsconfig.json' },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
