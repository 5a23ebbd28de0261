/**
 * `npm run import -- --in <file>`: imports an office exported with `npm run export` into the hub
 * named by DATABASE_URL, all or nothing. See src/transfer and the README.
 */
import fs from 'node:fs'

import { checkEnvironment } from '../src/server/environment'
import { createProgressBar } from '../src/seed/progress'
import { bootHub, readFlags, runCommand } from '../src/transfer/cli'
import { checkExportFile, TransferError } from '../src/transfer/format'
import { describeImport, importTenant } from '../src/transfer/import'

const usage = 'npm run import -- --in <file>'

/** The file, parsed and checked before the hub even boots: a wrong file changes nothing. */
function readExportFile(file: string) {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new TransferError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new TransferError(`${file} is not JSON (is it an export of npm run export?)`)
  }
  return checkExportFile(parsed)
}

checkEnvironment()
await runCommand('Import', async (hold) => {
  const flags = readFlags(process.argv.slice(2), { in: { type: 'string' } }, ['in'], usage)
  const file = readExportFile(String(flags.in))
  const started = Date.now()
  const payload = await bootHub()
  hold(payload)
  const progress = createProgressBar()
  try {
    const summary = await importTenant(payload, file, { onProgress: progress.update })
    progress.finish()
    console.info(describeImport(summary, (Date.now() - started) / 1000))
  } finally {
    progress.finish()
  }
})
