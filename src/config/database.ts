import fs from 'node:fs'
import path from 'node:path'

import type { index as postgresIndex } from 'drizzle-orm/pg-core'
import type { index as sqliteIndex } from 'drizzle-orm/sqlite-core'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { acceptedSchemes, databaseKind, databaseUrl } from './databaseUrl'
import { rootDir } from './paths'

/**
 * Localized columns live in `<table>_i18n`: the default `_locales` suffix collides with
 * the tenants' own `locales` field (a `tenants_locales` table).
 */
const localesSuffix = '_i18n'

/** Where `migrate:create` writes (tests point it elsewhere to check the committed ones are current). */
function migrationsDir(): string {
  return process.env.HUB_MIGRATIONS_DIR ?? path.join(rootDir, 'src/migrations')
}

/** Resolves `file:./x.db` against the repository root and creates its folder on demand. */
function sqliteFileUrl(url: string): string {
  const file = url.slice('file:'.length)
  if (file === ':memory:') return url
  const absolute = path.isAbsolute(file) ? file : path.resolve(rootDir, file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

type SchemaHookArgs = {
  schema: { tables: Record<string, unknown> }
  extendTable: (args: { table: never; extraConfig: (columns: Record<string, any>) => object }) => void
}

/**
 * Payload indexes a locale table on (locale, parent) only, so reading a document's locales by its
 * parent (every read with fallback locales) scans the whole table: a 10-document list took seconds
 * at 2,000 documents on SQLite (found by `npm run bench`). One index per locale table on the parent.
 */
function indexLocaleParents(index: typeof sqliteIndex | typeof postgresIndex) {
  return <T extends SchemaHookArgs>({ schema, extendTable }: T): T['schema'] => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (!name.endsWith(localesSuffix)) continue
      extendTable({ table: table as never, extraConfig: (columns) => ({ hubParentIndex: index(`${name}_parent_idx`).on(columns._parentID) }) })
    }
    return schema
  }
}

/**
 * `DATABASE_URL` picks the adapter; SQL adapters use UUIDs so ids are strings everywhere.
 * Only the chosen adapter (and its migrations) is loaded: each one costs about a second of
 * start-up and tens of megabytes (`npm run bench`, cold start and RSS).
 */
export async function databaseAdapter(url = databaseUrl()): Promise<DatabaseAdapterObj> {
  switch (databaseKind(url)) {
    case 'sqlite': {
      const [{ sqliteAdapter }, { index }, { migrations }] = await Promise.all([
        import('@payloadcms/db-sqlite'),
        import('drizzle-orm/sqlite-core'),
        import('../migrations/sqlite'),
      ])
      return sqliteAdapter({
        client: { url: sqliteFileUrl(url) },
        idType: 'uuid',
        localesSuffix,
        busyTimeout: 5000,
        // HUB_SQL_LOG=1 prints every statement (to count what one request costs).
        logger: process.env.HUB_SQL_LOG === '1',
        // No `transactionOptions`: with them libsql opens a connection per transaction without
        // the busy timeout, and a second writer (the job queue's cron, a login saving its session)
        // fails at once with SQLITE_BUSY. SQLite runs each statement atomically; multi-document
        // writes (XLIFF imports) check everything before writing. PostgreSQL has real transactions.
        afterSchemaInit: [indexLocaleParents(index) as never],
        migrationDir: path.join(migrationsDir(), 'sqlite'),
        prodMigrations: migrations,
      })
    }
    case 'postgres': {
      const [{ postgresAdapter }, { index }, { migrations }] = await Promise.all([
        import('@payloadcms/db-postgres'),
        import('drizzle-orm/pg-core'),
        import('../migrations/postgres'),
      ])
      return confirmingCommits(
        postgresAdapter({
          // A server that does not answer a connection attempt fails the query after 2 s (a 503).
          pool: { connectionString: url, connectionTimeoutMillis: 2000 },
          idType: 'uuid',
          localesSuffix,
          logger: process.env.HUB_SQL_LOG === '1',
          afterSchemaInit: [indexLocaleParents(index) as never],
          migrationDir: path.join(migrationsDir(), 'postgres'),
          prodMigrations: migrations,
        }),
      )
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({
        url,
        // Emulators without aggregation $lookup support set HUB_MONGO_JOINS=false.
        useJoinAggregations: process.env.HUB_MONGO_JOINS !== 'false',
        connectOptions: { serverSelectionTimeoutMS: 5000 },
      })
    }
    default:
      throw new Error(`DATABASE_URL must start with ${acceptedSchemes}`)
  }
}

type PoolClient = { release?: (destroy?: boolean) => void }
type ClosableAdapter = {
  pool?: { end: () => Promise<void>; _clients?: PoolClient[] }
  client?: { close: () => void }
}

/** Ends a pg pool, including the client Payload keeps checked out to notice lost connections. */
async function endPool(pool: NonNullable<ClosableAdapter['pool']>): Promise<void> {
  const ending = pool.end()
  for (const client of pool._clients ?? []) {
    try {
      client.release?.(true)
    } catch {
      // An idle client was already released to the pool; end() closes it.
    }
  }
  await ending
}

/**
 * Closes the database for good. `payload.destroy()` resets the SQL adapters but leaves their
 * connection pool open, which would keep the process alive and the server's sessions busy.
 */
export async function closeDatabase(payload: { destroy: () => Promise<void>; db: unknown }): Promise<void> {
  const adapter = payload.db as ClosableAdapter
  await payload.destroy()
  if (adapter.pool) await endPool(adapter.pool)
  adapter.client?.close()
}

type PoolClientEvents = {
  on: (event: 'error', listener: (error: Error) => void) => void
}
type PoolEvents = {
  on(event: 'error', listener: (error: Error) => void): void
  on(event: 'acquire', listener: (client: PoolClientEvents) => void): void
}

/** Pooled connections the hub listens on, and those that failed since they were last handed out. */
const watchedConnections = new WeakSet<object>()
const failedConnections = new WeakSet<object>()

/**
 * A PostgreSQL restart ends pooled connections with an error event; without a listener Node
 * treats it as uncaught and the process dies. The pool listens on idle connections only, so
 * the hub also listens on every connection it hands out (a transaction's, held while hooks run),
 * and remembers the failure for `confirmingCommits`. The query or transaction using it fails on
 * its own (a 503, src/server/databaseOutage.ts); the pool reconnects on the next query, so the
 * hub survives database outages.
 */
export function keepAliveThroughDatabaseRestarts(payload: Payload): void {
  const pool = (payload.db as { pool?: PoolEvents }).pool
  pool?.on('error', (error) => payload.logger.warn(`database connection lost (${error.message}); reconnecting on demand`))
  pool?.on('acquire', (client) => {
    failedConnections.delete(client)
    if (watchedConnections.has(client)) return
    watchedConnections.add(client)
    client.on('error', () => failedConnections.add(client))
  })
}

type TransactionSessions = { sessions?: Record<string, { db?: { session?: { client?: object } } }> }

/** The pooled connection a Payload transaction runs on (drizzle's transaction session). */
function transactionConnection(adapter: TransactionSessions, id: unknown): object | undefined {
  return typeof id === 'string' || typeof id === 'number' ? adapter.sessions?.[id]?.db?.session?.client : undefined
}

/**
 * Payload's SQL adapters swallow a failed COMMIT: the transaction's promise has a catch-all, so a
 * write whose COMMIT met a dying server (pg_ctl stop, a crash) was answered 201 and then was not
 * there (measured by test/postgres/outage-writes.test.ts). A commit whose connection failed is
 * an error here, so the write is answered 503 (not acknowledged), never a 2xx.
 */
function confirmingCommits(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const commit = instance.commitTransaction
      instance.commitTransaction = async function confirmedCommit(this: typeof instance, incoming) {
        const id = incoming instanceof Promise ? await incoming : incoming
        const connection = transactionConnection(this as TransactionSessions, id)
        await commit.call(this, id)
        if (connection && failedConnections.has(connection)) {
          throw new Error('Connection terminated while committing: the transaction may not have been saved')
        }
      }
      return instance
    },
  }
}
