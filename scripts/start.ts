/**
 * `npm start`: builds the admin panel when no production build exists, then runs the
 * hub in production mode (committed migrations are applied on boot).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from '../src/config/paths'

Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })

if (!fs.existsSync(path.join(rootDir, '.next', 'BUILD_ID'))) {
  console.info('No production build of the admin panel yet: running `npm run build` (about a minute)…')
  const build = spawnSync('npm', ['run', 'build'], { cwd: rootDir, stdio: 'inherit', env: process.env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

await import('../src/server/index')
