import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { rootDir } from '../helpers/process'

it('payload-types.ts is current (run `npm run generate:types` after a schema change)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-types-'))
  const output = path.join(dir, 'payload-types.ts')
  const result = spawnSync('npm', ['run', 'generate:types'], {
    cwd: rootDir,
    env: { ...process.env, HUB_TYPES_OUTPUT: output, DATABASE_URL: `file:${path.join(dir, 'types.db')}`, PAYLOAD_SECRET: 'types' },
    encoding: 'utf8',
    timeout: 120_000,
  })
  expect(result.status, result.stderr).toBe(0)
  const committed = fs.readFileSync(path.join(rootDir, 'payload-types.ts'), 'utf8')
  expect(fs.readFileSync(output, 'utf8') === committed, 'payload-types.ts is stale').toBe(true)
  fs.rmSync(dir, { recursive: true, force: true })
}, 120_000)
