/**
 * `npm run build:server`: bundles the hub's own TypeScript (src/server/index.ts and everything it
 * imports from src/ and payload.config.ts) into one ES module, `dist/server/index.mjs`, with every
 * npm package left external. Production runs it with plain Node: no TypeScript loader resolving
 * and transpiling each of several thousand modules on start (`npm run bench` measured about half
 * the cold start and a third less memory). Takes under a second; `npm start` runs it every time,
 * so the bundle is never older than the source.
 *
 * The bundle and its chunks sit two folders below the repository root, like src/config/paths.ts,
 * so the root it derives from its own location is the same.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const serverBundle = path.join(rootDir, 'dist/server/index.mjs')

export async function buildServer() {
  fs.rmSync(path.dirname(serverBundle), { recursive: true, force: true })
  await build({
    entryPoints: { index: path.join(rootDir, 'src/server/index.ts') },
    outdir: path.dirname(serverBundle),
    outExtension: { '.js': '.mjs' },
    // Dynamic imports become chunks of their own, loaded when reached: a bundle without them
    // would hoist the imports of every database adapter's migrations and of the Redis client.
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  })
  return serverBundle
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer()
  console.info(`bundled the server into ${path.relative(rootDir, serverBundle)}`)
}
