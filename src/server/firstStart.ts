import type { Payload } from 'payload'

import { ensureFirstAdmin } from './firstAdmin'

/**
 * The first start on an empty database seeds the demo network (unless HUB_SEED=none), so a
 * fresh `npm start` shows real content. The network admin is created first: demo users must
 * never be the hub's first user.
 */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.HUB_SEED === 'none') return
  const { totalDocs } = await payload.count({ collection: 'tenants', overrideAccess: true })
  if (totalDocs > 0) return
  await ensureFirstAdmin(payload)
  const started = Date.now()
  payload.logger.info('Empty database: seeding the demo network (set HUB_SEED=none to skip)…')
  const { seed } = await import('../seed')
  await seed(payload)
  payload.logger.info(`Demo network seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
