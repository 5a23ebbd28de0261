/** Reading DATABASE_URL stays light: the start-up check runs before any adapter loads. */
export const defaultDatabaseUrl = 'file:./data/hub.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const acceptedSchemes = 'file: (SQLite), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB)'

export function databaseKind(url: string): DatabaseKind | null {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  return null
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || defaultDatabaseUrl
}

