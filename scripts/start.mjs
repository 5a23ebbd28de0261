/**
 * `npm start`: builds the admin panel when no production build exists, bundles the server
 * (scripts/build-server.mjs, under a second), then runs the hub in production mode from the
 * bundle (committed migrations are applied on boot). Plain JavaScript: no TypeScript loader in
 * the production process. `node --conditions=production` (package.json) resolves lexical straight
 * to its production build, the job src/server/node/register.mjs does for TypeScript runs.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { buildServer } from './build-server.mjs'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })

const wantsAdmin = process.env.HUB_ADMIN !== 'false'
if (wantsAdmin && !fs.existsSync(path.join(rootDir, '.next', 'BUILD_ID'))) {
  console.info('No production build of the admin panel yet: running `npm run build` (about a minute)…')
  const build = spawnSync('npm', ['run', 'build'], { cwd: rootDir, stdio: 'inherit', env: process.env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

await import(pathToFileURL(await buildServer()).href)
