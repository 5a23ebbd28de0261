import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { acceptsConnections, freePort } from './process'

/**
 * jongodb, a native Mongo-wire emulator from npm (an optional dependency: Linux x64, glibc). It
 * is NOT MongoDB: it lacks findOneAndDelete, `$push`/`$pull`, listCollections and dropDatabase,
 * and aggregation `$lookup` (hence HUB_MONGO_JOINS=false). It only proves that the hub's MongoDB
 * path boots, seeds and reads; the real test is the MongoDB lane (MONGODB_URL).
 */
export function mongoEmulatorPath(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json')
    const binary = path.join(path.dirname(manifest), 'bin', 'jongodb')
    return fs.existsSync(binary) ? binary : undefined
  } catch {
    return undefined
  }
}

export type MongoEmulator = { url: string; stop: () => Promise<void> }

/** An empty, memory-only emulator on a free port, as a one-member replica set (Payload uses transactions). */
export async function startMongoEmulator(): Promise<MongoEmulator> {
  const binary = mongoEmulatorPath()
  if (!binary) throw new Error('the jongodb emulator is not installed (npm install installs it on Linux x64)')
  const port = await freePort()
  const child: ChildProcess = spawn(binary, ['--host=127.0.0.1', `--port=${port}`, '--replica-set-name=rs0'], { stdio: 'ignore' })
  for (let attempt = 0; attempt < 200 && !(await acceptsConnections(port)); attempt++) await new Promise((resolve) => setTimeout(resolve, 50))
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  return { url: `mongodb://127.0.0.1:${port}/hub?directConnection=true`, stop }
}
