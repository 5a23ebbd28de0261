import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { serverArgs, rootDir } from '../helpers/process'

function startServer(env: Record<string, string>) {
  return spawnSync(process.execPath, serverArgs, {
    cwd: rootDir,
    env: { ...process.env, HUB_ADMIN: 'false', NODE_ENV: 'production', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('startup errors', () => {
  it('exits at once with one line naming the accepted schemes for an unknown DATABASE_URL', () => {
    const result = startServer({ DATABASE_URL: 'mysql://localhost/hub' })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('"mysql:"')
    for (const scheme of ['file:', 'postgres://', 'mongodb://', 'mongodb+srv://']) expect(lines[0]).toContain(scheme)
  })
})
