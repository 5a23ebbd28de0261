/**
 * `npm run export -- --tenant <slug> --out <file> [--versions]`: writes an office's whole content
 * (every locale, drafts, the topics it uses, media files; older versions with --versions) from the
 * hub named by DATABASE_URL into one JSON file. See src/transfer and the README.
 */
import fs from 'node:fs'
import path from 'node:path'

import { checkEnvironment } from '../src/server/environment'
import { createProgressBar } from '../src/seed/progress'
import { bootHub, readFlags, runCommand } from '../src/transfer/cli'
import { describeExport, exportTenant } from '../src/transfer/export'
import { TransferError } from '../src/transfer/format'

const usage = 'npm run export -- --tenant <slug> --out <file> [--versions]'

checkEnvironment()
await runCommand('Export', async (hold) => {
  const flags = readFlags(process.argv.slice(2), { tenant: { type: 'string' }, out: { type: 'string' }, versions: { type: 'boolean' } }, ['tenant', 'out'], usage)
  const out = path.resolve(String(flags.out))
  if (!fs.existsSync(path.dirname(out))) throw new TransferError(`the folder ${path.dirname(out)} does not exist`)
  const started = Date.now()
  const payload = await bootHub()
  hold(payload)
  const progress = createProgressBar()
  const file = await exportTenant(payload, String(flags.tenant), { versions: Boolean(flags.versions), onProgress: progress.update })
  progress.finish()
  // Written next to the target and renamed: a failed export never leaves half a file behind.
  const partial = `${out}.partial`
  fs.writeFileSync(partial, JSON.stringify(file))
  fs.renameSync(partial, out)
  console.info(`Exported to ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.info(describeExport(file))
})
