import { spawnSync } from 'node:child_process'

import { rootDir } from './process'

/**
 * Vitest global setup: bundles the production server once per run (scripts/build-server.mjs), so
 * every test that spawns the hub as its own process runs what `npm start` runs.
 */
export default function buildServerBundle(): void {
  const result = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: rootDir, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`bundling the server failed:\n${result.stdout}${result.stderr}`)
}
