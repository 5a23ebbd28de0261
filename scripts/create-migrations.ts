/**
 * Writes a migration for each SQL adapter from the current schema:
 *   npm run migrate:create -- <name>
 * SQLite needs nothing running; PostgreSQL uses POSTGRES_URL (a scratch database is created and dropped).
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

const name = process.argv[2] ?? 'schema'

function createMigration(databaseUrl: string): void {
  const result = spawnSync('npm', ['run', 'payload', '--', 'migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', PAYLOAD_SECRET: 'migrations' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-migrations-'))
createMigration(`file:${path.join(scratch, 'scratch.db')}`)
fs.rmSync(scratch, { recursive: true, force: true })

const server = process.env.POSTGRES_URL
if (!server) {
  console.error('POSTGRES_URL is not set: wrote the SQLite migration only (start one with scripts/postgres.sh).')
  process.exit(1)
}
const database = `hub_migrations_${crypto.randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: server })
await admin.connect()
await admin.query(`CREATE DATABASE ${database}`)
const url = new URL(server)
url.pathname = `/${database}`
try {
  createMigration(url.toString())
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.end()
}
