import net from 'node:net'

import { acceptedSchemes, databaseKind, databaseUrl } from '../config/databaseUrl'
import { port } from '../config/server'

/** Checks the environment before anything boots; a wrong value ends the process with one line. */
export function checkEnvironment(): void {
  const url = databaseUrl()
  if (!databaseKind(url)) {
    const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
    console.error(`DATABASE_URL scheme "${scheme}" is not supported; use ${acceptedSchemes}.`)
    process.exit(1)
  }
}

/** A taken port ends the process with one line, before the database and the admin boot. */
export async function checkPortFree(): Promise<void> {
  const wanted = port()
  if (wanted === 0) return
  const problem = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    const probe = net.createServer()
    probe.once('error', resolve)
    probe.listen(wanted, () => probe.close(() => resolve(null)))
  })
  if (!problem) return
  console.error(problem.code === 'EADDRINUSE' ? `Port ${wanted} is already in use; set PORT to a free port.` : `Cannot listen on port ${wanted}: ${problem.message}`)
  process.exit(1)
}
