import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const rootDir = path.resolve(import.meta.dirname, '../..')

/** How scripts run TypeScript (tsx) with the hub's Node 20 module hook. */
export const hubNodeArgs = ['--import', './src/server/node/register.mjs', '--import', 'tsx']

/**
 * The production server as `npm start` runs it: plain Node on the bundle of
 * scripts/build-server.mjs (test/helpers/buildServer.ts builds it once per test run). The
 * `production` export condition resolves lexical to its production build, which is what the
 * module hook of src/server/node does for TypeScript runs, without a loader thread.
 */
export const serverArgs = ['--conditions=production', 'dist/server/index.mjs']

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** True when something listens on this loopback port (a server the test started is up). */
export async function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

export type HubProcess = { url: string; child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<number | null> }

/** Runs the production server as its own process, the way `npm start` does, and waits until it is ready. */
export async function spawnHub(env: Record<string, string>, readyTimeoutMs = 120_000): Promise<HubProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort()
  let output = ''
  const child = spawn(process.execPath, serverArgs, {
    cwd: rootDir,
    env: { ...process.env, NODE_ENV: 'production', HUB_SEED: 'none', HUB_MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'hub-media-')), PORT: String(port), HUB_PUBLIC_URL: `http://localhost:${port}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://localhost:${port}`
  const deadline = Date.now() + readyTimeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`hub exited with ${child.exitCode}:\n${output}`)
    const ok = await fetch(`${url}/health/ready`).then((r) => r.ok).catch(() => false)
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`hub not ready within ${readyTimeoutMs} ms:\n${output}`)
  }
  return {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
  }
}
