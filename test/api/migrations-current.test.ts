import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../helpers/database'
import { rootDir } from '../helpers/process'

const kind = testDatabaseKind()
let database: TestDatabase
let dir: string

// MongoDB has no schema and no migrations, so this check belongs to the SQL lanes only.
describe.runIf(kind !== 'mongodb')('committed migrations', () => {
  beforeAll(async () => {
    database = await createTestDatabase()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-migrations-'))
    fs.cpSync(path.join(rootDir, 'src/migrations', kind), path.join(dir, kind), { recursive: true })
  })
  afterAll(async () => {
    await database?.drop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('match the schema (a schema change without `npm run migrate:create` fails here)', () => {
    const before = fs.readdirSync(path.join(dir, kind)).sort()
    const result = spawnSync('npm', ['run', 'payload', '--', 'migrate:create', 'drift', '--skip-empty'], {
      cwd: rootDir,
      env: { ...process.env, DATABASE_URL: database.url, HUB_MIGRATIONS_DIR: dir, NODE_ENV: 'development', PAYLOAD_SECRET: 'drift' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.status, result.stderr).toBe(0)
    const added = fs.readdirSync(path.join(dir, kind)).filter((file) => !before.includes(file))
    expect(added, `run npm run migrate:create -- <name>; the schema changed:\n${result.stdout}`).toEqual([])
    // Pulling the schema through Payload's CLI takes most of a minute on a loaded machine.
  }, 180_000)
})
