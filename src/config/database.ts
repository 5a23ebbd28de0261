import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { rootDir } from './paths'

export const defaultDatabaseUrl = 'file:./data/hub.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const acceptedSchemes = 'file: (SQLite), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB)'

export function databaseKind(url: string): DatabaseKind | null {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  return null
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || defaultDatabaseUrl
}

/** Resolves `file:./x.db` against the repository root and creates its folder on demand. */
function sqliteFileUrl(url: string): string {
  const file = url.slice('file:'.length)
  if (file === ':memory:') return url
  const absolute = path.isAbsolute(file) ? file : path.resolve(rootDir, file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

/** `DATABASE_URL` picks the adapter; SQL adapters use UUIDs so ids are strings everywhere. */
export function databaseAdapter(url = databaseUrl()): DatabaseAdapterObj {
  switch (databaseKind(url)) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url: sqliteFileUrl(url) },
        idType: 'uuid',
        busyTimeout: 5000,
        migrationDir: path.join(rootDir, 'src/migrations/sqlite'),
        prodMigrations: sqliteMigrations,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url, connectionTimeoutMillis: 2000 },
        idType: 'uuid',
        migrationDir: path.join(rootDir, 'src/migrations/postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({
        url,
        // Emulators without aggregation $lookup support set HUB_MONGO_JOINS=false.
        useJoinAggregations: process.env.HUB_MONGO_JOINS !== 'false',
        connectOptions: { serverSelectionTimeoutMS: 5000 },
      })
    default:
      throw new Error(`DATABASE_URL must start with ${acceptedSchemes}`)
  }
}
