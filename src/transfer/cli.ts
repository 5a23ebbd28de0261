import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { closeDatabase } from '../config/database'
import { TransferError } from './format'

/**
 * What the export and import commands share: flags parsed strictly (an unknown or missing flag is
 * one line and exit 1), the hub booted from DATABASE_URL, and every failure reported as one line,
 * never a stack trace (HUB_TRANSFER_DEBUG=1 prints it too).
 */
export type Flags = Record<string, string | boolean | undefined>

export class UsageError extends Error {}

export function readFlags(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>, required: string[], usage: string): Flags {
  let values: Flags
  try {
    values = parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values as Flags
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`)
  }
  const missing = required.filter((name) => typeof values[name] !== 'string' || !(values[name] as string).trim())
  if (missing.length) throw new UsageError(`missing ${missing.map((name) => `--${name} <value>`).join(', ')}\nusage: ${usage}`)
  return values
}

/** Boots Payload (loaded only now: a config that cannot load is reported like any other failure). */
export async function bootHub(): Promise<Payload> {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
  return getPayload({ config })
}

/** Runs a command body; prints `<verb> failed: <reason>` on failure and sets the exit code. */
export async function runCommand(verb: string, body: (hold: (payload: Payload) => void) => Promise<void>): Promise<never> {
  let payload: Payload | undefined
  try {
    await body((booted) => (payload = booted))
    if (payload) await closeDatabase(payload)
    process.exit(0)
  } catch (error) {
    const message = error instanceof UsageError || error instanceof TransferError ? error.message : error instanceof Error ? error.message : String(error)
    console.error(`${verb} failed: ${message}`)
    if (process.env.HUB_TRANSFER_DEBUG) console.error(error)
    if (payload) await closeDatabase(payload).catch(() => undefined)
    process.exit(1)
  }
}
