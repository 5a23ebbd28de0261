import { AsyncLocalStorage } from 'node:async_hooks'

import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { sendError } from './errors'
import { databaseAnswers } from './health'

/**
 * Database outages (README "When the database is down"). Payload turns a lost database into a
 * 500 "Something went wrong." on REST, a 200 with errors on GraphQL, and, worse, into an
 * anonymous caller: its JWT strategy swallows every error, so `/api/users/me` answers
 * `{user: null}` and the admin would sign its editors out. So the hub watches the database
 * adapter itself: every adapter call that fails because the database is unreachable marks the
 * request it ran for, and a marked request is answered 503 "database unavailable", whatever
 * Payload made of the failure. The marks live in AsyncLocalStorage because Payload calls the
 * adapter without the request in places (the JWT strategy's user lookup).
 */

/** Node's socket errors of a lost or refused connection. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])

/**
 * PostgreSQL SQLSTATEs of a server going away: 57P01 admin shutdown (pg_ctl stop), 57P02 crash
 * shutdown, 57P03 cannot connect now (starting up, shutting down, recovering); class 08 is
 * "connection exception".
 */
const postgresStates = /^(57P0[123]|08...)$/

/**
 * What pg, pg-pool and Payload's adapters say when the connection is gone, without a code.
 * Payload's SQL adapters rethrow a failed BEGIN as a new Error with the message only (the cause,
 * and with it the code, is lost); a BEGIN carries no input, so it fails for want of a database.
 */
const lostConnectionMessages =
  /cannot begin transaction|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|ECONNREFUSED|ECONNRESET/i

/** MongoDB driver errors of an unreachable server. */
const mongoNetworkErrors = new Set(['MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoServerSelectionError', 'MongoTopologyClosedError'])

type ErrorLike = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown }

/**
 * The part of a message the database layer wrote: drizzle appends the query's parameters (the
 * client's values) after `params:`, and a title "ECONNREFUSED" must not make a failed query look
 * like an outage.
 */
function ownWords(message: string): string {
  const params = message.indexOf('\nparams:')
  return params === -1 ? message : message.slice(0, params)
}

/** True when an error (or one it wraps) means the database cannot be reached, not that a query was wrong. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { code, name, message, cause, errors } = error as ErrorLike
  // An error with a code is judged by its code alone: PostgreSQL quotes input in some messages.
  if (typeof code === 'string') {
    if (socketCodes.has(code) || postgresStates.test(code)) return true
  } else if (typeof message === 'string' && lostConnectionMessages.test(ownWords(message))) {
    return true
  }
  if (typeof name === 'string' && mongoNetworkErrors.has(name)) return true
  // Drizzle wraps pg's error as `cause`; Node's connect to several addresses throws an AggregateError.
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true
  return isDatabaseUnavailable(cause, depth + 1)
}

type RequestWatch = { unavailable: boolean }
const watches = new AsyncLocalStorage<RequestWatch>()

/** Marks the current request (if any) when a database call failed for want of a database. */
function noteFailure(error: unknown): void {
  if (isDatabaseUnavailable(error)) {
    const watch = watches.getStore()
    if (watch) watch.unavailable = true
  }
}

/** True when the database was unreachable for one of the current request's database calls. */
export function databaseFailedForThisRequest(): boolean {
  return watches.getStore()?.unavailable === true
}

/** Calls the adapter's function unchanged, noting a failure on its way out. */
function watchedFunction(original: (...args: unknown[]) => unknown) {
  return function watched(this: unknown, ...args: unknown[]) {
    try {
      const result = original.apply(this, args)
      if (result instanceof Promise) return result.catch((error: unknown) => (noteFailure(error), Promise.reject(error)))
      return result
    } catch (error) {
      noteFailure(error)
      throw error
    }
  }
}

/** Every function of the adapter (find, create, beginTransaction …) reports unreachable-database failures. */
export function watchDatabaseAdapter(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args) as unknown as Record<string, unknown>
      for (const [name, value] of Object.entries(instance)) {
        if (typeof value === 'function') instance[name] = watchedFunction(value as (...args: unknown[]) => unknown)
      }
      return instance as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}

/** The hub's 503: its error shape, a retry hint, never cached. */
export function sendDatabaseUnavailable(req: ExpressRequest, res: ExpressResponse): void {
  if (!res.headersSent) res.set({ 'retry-after': '5', 'cache-control': 'no-store' })
  sendError(req, res, 503, 'errors.databaseUnavailable')
}

export type DatabaseWatchOptions = {
  /** A request still unanswered this long after it arrived has the database checked. */
  checkAfterMs?: number
  /** How long that check waits for the database. */
  checkTimeoutMs?: number
}

/**
 * Watches each `/api` request's database calls (see above) and, as a last resort, answers 503
 * when a request is still unanswered after `checkAfterMs` and the database does not answer a
 * short check either: a database that hangs instead of refusing (a frozen server, a dropped
 * network) must not hold the client's socket. A slow request on a healthy database goes on.
 * 2 s + 1 s keeps every outage answer under 5 s, with room for a busy process.
 */
export function watchDatabase(payload: Payload, { checkAfterMs = 2000, checkTimeoutMs = 1000 }: DatabaseWatchOptions = {}): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => void answerIfDatabaseHangs(), checkAfterMs)
    timer.unref()
    res.once('close', () => clearTimeout(timer))
    const answerIfDatabaseHangs = async () => {
      if (res.headersSent || (await databaseAnswers(payload, checkTimeoutMs))) return
      if (!res.headersSent) sendDatabaseUnavailable(req, res)
    }
    watches.run({ unavailable: false }, next)
  }
}
