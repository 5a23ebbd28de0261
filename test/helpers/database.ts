import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The lane this test run uses: HUB_TEST_DB=sqlite|postgres|mongodb (default sqlite). */
export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.HUB_TEST_DB ?? 'sqlite'
  if (kind !== 'sqlite' && kind !== 'postgres' && kind !== 'mongodb') throw new Error(`HUB_TEST_DB=${kind} is not a lane`)
  return kind
}

export type TestDatabase = { kind: TestDatabaseKind; url: string; drop: () => Promise<void> }

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/** A fresh, empty database for one test file, on the lane's server. */
export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  const name = `hub_test_${crypto.randomBytes(6).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'))
    return { kind, url: `file:${path.join(dir, 'hub.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
  }
  if (kind === 'postgres') {
    const server = process.env.POSTGRES_URL
    if (!server) throw new Error('The postgres lane needs POSTGRES_URL')
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    return {
      kind,
      url: withDatabaseName(server, name),
      drop: async () => {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined)
        await client.end()
      },
    }
  }
  const server = process.env.MONGODB_URL
  if (!server) throw new Error('The mongodb lane needs MONGODB_URL')
  // Dropped through the hub's own mongoose connection in startHub's close().
  return { kind, url: withDatabaseName(server, name), drop: async () => undefined }
}
