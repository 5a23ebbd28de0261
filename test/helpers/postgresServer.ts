import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, rootDir } from './process'

const script = path.join(rootDir, 'scripts', 'postgres.sh')

export type PostgresServer = { url: string; stop: () => void; start: () => void; remove: () => void }

/** A private PostgreSQL cluster for tests that stop and restart the database server. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-pg-'))
  fs.chmodSync(dir, 0o777)
  const dataDir = path.join(dir, 'data')
  const port = String(await freePort())
  const start = () => execFileSync(script, ['start', dataDir, port], { encoding: 'utf8' }).trim()
  const url = start()
  return {
    url,
    start: () => void start(),
    stop: () => execFileSync(script, ['stop', dataDir, port]),
    remove: () => {
      try {
        execFileSync(script, ['stop', dataDir, port])
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
