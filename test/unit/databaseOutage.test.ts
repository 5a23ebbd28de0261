import { DrizzleQueryError } from 'drizzle-orm/errors'
import pg from 'pg'
import { DatabaseError } from 'pg-protocol'
import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '../../src/server/databaseOutage'
import { freePort } from '../helpers/process'

/** A PostgreSQL error as pg builds it from the server's message. */
function postgresError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error')
  error.code = code
  return error
}

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection, as pg reports it and as Payload rethrows it', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: await freePort(), connectionTimeoutMillis: 2000 })
    const refused = await client.connect().then(
      () => null,
      (error: unknown) => error,
    )
    expect(isDatabaseUnavailable(refused)).toBe(true)
    expect(isDatabaseUnavailable(new DrizzleQueryError('select 1', [], refused as Error))).toBe(true)
    expect(isDatabaseUnavailable(new Error(`Error: cannot begin transaction: ${(refused as Error).message}`))).toBe(true)
  })

  it('recognises a server going away and a lost connection', () => {
    expect(isDatabaseUnavailable(postgresError('57P01', 'terminating connection due to administrator command'))).toBe(true)
    expect(isDatabaseUnavailable(postgresError('57P03', 'the database system is starting up'))).toBe(true)
    expect(isDatabaseUnavailable(new DrizzleQueryError('insert into "x"', ['a'], new Error('Connection terminated unexpectedly')))).toBe(true)
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Error: cannot begin transaction: Failed query: begin\nparams: '))).toBe(true)
  })

  it('does not take a wrong query for an outage, even when the client wrote the words of one', () => {
    const badInput = postgresError('22P02', 'invalid input syntax for type uuid: "ECONNREFUSED Connection terminated"')
    expect(isDatabaseUnavailable(badInput)).toBe(false)
    expect(isDatabaseUnavailable(new DrizzleQueryError('select * from "x" where "id" = $1', ['Connection terminated'], badInput))).toBe(false)
    expect(isDatabaseUnavailable(postgresError('23505', 'duplicate key value violates unique constraint "x_slug_idx"'))).toBe(false)
    expect(isDatabaseUnavailable(new Error('The following field is invalid: slug'))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
  })
})
