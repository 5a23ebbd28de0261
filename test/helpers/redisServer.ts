import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

import { acceptsConnections, freePort } from './process'

export const redisServerPath = '/usr/bin/redis-server'

export type RedisServer = { url: string; start: () => Promise<void>; stop: () => Promise<void> }

/**
 * A private, memory-only redis-server (Debian's `redis-server` package; `.ci/run` installs it)
 * that a test can stop and start again on the same port.
 */
export async function startRedisServer(): Promise<RedisServer> {
  if (!fs.existsSync(redisServerPath)) throw new Error(`${redisServerPath} is missing: apt-get install -y redis-server`)
  const port = await freePort()
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn(redisServerPath, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    for (let attempt = 0; attempt < 100 && !(await acceptsConnections(port)); attempt++) await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const stop = async () => {
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child!.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, start, stop }
}
