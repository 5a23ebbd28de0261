import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort, rootDir } from './process'

const script = path.join(rootDir, 'scripts', 'postgres.sh')
const run = promisify(execFile)

/** How `pg_ctl stop` ends the server: `fast` ends sessions and checkpoints, `immediate` is a crash. */
export type ShutdownMode = 'fast' | 'immediate'

export type PostgresServer = {
  url: string
  stop: () => void
  start: () => void
  /** Like stop/start, without blocking the event loop: a hub in this process keeps serving meanwhile. */
  stopInBackground: (mode?: ShutdownMode) => Promise<void>
  startInBackground: () => Promise<void>
  /** SIGSTOP / SIGCONT to the server's processes: a database that hangs instead of refusing. */
  freeze: () => void
  thaw: () => void
  remove: () => void
}

/** The postmaster (first line of postmaster.pid) and its children: backends, checkpointer, … */
function serverProcesses(dataDir: string): number[] {
  const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' })
  return [postmaster, ...children.split('\n').filter((line) => line.trim()).map(Number)]
}

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
    stopInBackground: async (mode = 'fast') => void (await run(script, ['stop', dataDir, port, mode])),
    startInBackground: async () => void (await run(script, ['start', dataDir, port])),
    freeze: () => serverProcesses(dataDir).forEach((pid) => process.kill(pid, 'SIGSTOP')),
    thaw: () => serverProcesses(dataDir).forEach((pid) => process.kill(pid, 'SIGCONT')),
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
