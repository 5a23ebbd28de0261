import { acceptedSchemes, databaseKind, databaseUrl } from '../config/databaseUrl'

/** Checks the environment before anything boots; a wrong value ends the process with one line. */
export function checkEnvironment(): void {
  const url = databaseUrl()
  if (!databaseKind(url)) {
    const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
    console.error(`DATABASE_URL scheme "${scheme}" is not supported; use ${acceptedSchemes}.`)
    process.exit(1)
  }
}
