/**
 * The processes of a bench run: the seeder, the hub (the production bundle `npm start` runs,
 * `dist/server/index.mjs`) and stock Payload (TypeScript through tsx, as stock Payload's own
 * templates run it), each its own Node process with the hub's module hook.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

import { freePort, hubNodeArgs, rootDir, serverArgs } from '../test/helpers/process'

export { rootDir }

export type Running = { url: string; child: ChildProcess; output: () => string; stop: () => Promise<void> }

/** The hub's production bundle runs as `npm start` runs it; any other script through tsx. */
const nodeArgsFor = (script: string) => (script === hubServer ? serverArgs : [...hubNodeArgs, script])
export const hubServer = 'dist/server/index.mjs'

function start(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = ''
  const child = spawn(process.execPath, nodeArgsFor(script), { cwd: rootDir, env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  return { child, output: () => output }
}

/** Runs a script to its end; a failure ends the bench with the script's output. */
export async function runToEnd(script: string, env: Record<string, string>): Promise<string> {
  const { child, output } = start(script, env)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`${script} exited with ${code}:\n${output()}`)
  return output()
}

/** Starts a server and polls `readyPath` every 20 ms; resolves with the time from spawn to its first 200. */
export async function startServer(script: string, env: Record<string, string>, readyPath: string): Promise<Running & { readyMs: number }> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const began = performance.now()
  const { child, output } = start(script, { ...env, PORT: String(port) })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}:\n${output()}`)
    if (await fetch(`${url}${readyPath}`).then((r) => r.ok, () => false)) {
      const readyMs = performance.now() - began
      const stop = async () => {
        if (child.exitCode === null) child.kill('SIGTERM')
        await exited
      }
      return { url, child, output, stop, readyMs }
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  child.kill('SIGKILL')
  throw new Error(`${script} not ready within 180 s:\n${output()}`)
}

/** Resident set size of a process in MB (Linux /proc; `ps` elsewhere). */
export function rssMegabytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
    return Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : null
  } catch {
    return null
  }
}
