import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

const secretFile = path.join(dataDir, '.payload-secret')

/**
 * PAYLOAD_SECRET from the environment; otherwise one strong secret generated once and
 * kept in `data/` (gitignored) so sessions survive restarts.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (fs.existsSync(secretFile)) return fs.readFileSync(secretFile, 'utf8').trim()
  const secret = crypto.randomBytes(48).toString('base64url')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(secretFile, secret, { mode: 0o600 })
  console.info(`PAYLOAD_SECRET is not set: generated one and stored it in ${path.relative(process.cwd(), secretFile)}`)
  return secret
}
