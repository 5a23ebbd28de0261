import type { DatabaseAdapter, Payload, PayloadRequest } from 'payload'

type Callback = () => void

/** Callbacks waiting for a transaction to end, by transaction id. */
const waiting = new Map<string | number, Callback[]>()
const watched = new WeakSet<object>()

/**
 * Payload has no hook for "committed": its afterChange and afterOperation hooks run inside the
 * operation's transaction. Wrapping the adapter's commit and rollback lets hooks act once the
 * write is durable (or gone). Idempotent per adapter.
 */
export function watchTransactionEnds(payload: Payload): void {
  const db = payload.db as DatabaseAdapter
  if (watched.has(db)) return
  watched.add(db)
  const { commitTransaction, rollbackTransaction } = db
  const ending =
    (end: typeof commitTransaction): typeof commitTransaction =>
    async (incoming) => {
      const transactionID = await incoming
      try {
        return await end.call(db, transactionID)
      } finally {
        const callbacks = transactionID ? waiting.get(transactionID) : undefined
        if (transactionID) waiting.delete(transactionID)
        callbacks?.forEach((callback) => callback())
      }
    }
  db.commitTransaction = ending(commitTransaction)
  db.rollbackTransaction = ending(rollbackTransaction)
}

/** Runs `callback` when the transaction ends (committed or rolled back). */
export function whenTransactionEnds(transactionID: string | number, callback: Callback): void {
  waiting.set(transactionID, [...(waiting.get(transactionID) ?? []), callback])
}

/** Runs `callback` once the request's writes are durable: now without a transaction, else at its end. */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const transactionID = await req.transactionID
  if (transactionID) whenTransactionEnds(transactionID, callback)
  else callback()
}
