/**
 * `npm run seed`: fills the database named by DATABASE_URL (default: the embedded SQLite file
 * `data/hub.db`) with the demo network. Safe to run again: it only adds what is missing.
 * Demo users get HUB_DEMO_PASSWORD, or `visionary-demo-2026`.
 */
import { getPayload, type Payload } from 'payload'

import { closeDatabase } from '../src/config/database'
import { databaseUrl } from '../src/config/databaseUrl'
import { checkEnvironment } from '../src/server/environment'
import { ensureFirstAdmin } from '../src/server/firstAdmin'
import { formatSummary, seed } from '../src/seed'
import { createProgressBar } from '../src/seed/progress'

checkEnvironment()

const started = Date.now()
let payload: Payload | undefined
const progress = createProgressBar()

try {
  // Loaded here, not at the top: a config that cannot load (database, secret) is reported below.
  const { default: config } = await import('../payload.config')
  payload = await getPayload({ config })
  // Exactly what the server does on its first start: demo users must not be the hub's first
  // user, or the Users hook would make one of them super-admin instead of the network admin.
  await ensureFirstAdmin(payload)
  const summary = await seed(payload, { onProgress: progress.update })
  progress.finish()
  console.info(`\nSeeded ${databaseUrl()} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  console.info(formatSummary(summary))
  await closeDatabase(payload)
  process.exit(0)
} catch (error) {
  progress.finish()
  const message = error instanceof Error ? error.message : String(error)
  const details = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors
  console.error(`Seeding failed: ${message}`)
  for (const detail of details ?? []) console.error(`  ${detail.path ?? ''}: ${detail.message ?? ''}`)
  if (process.env.HUB_SEED_DEBUG) console.error(error)
  if (payload) await closeDatabase(payload).catch(() => undefined)
  process.exit(1)
}
