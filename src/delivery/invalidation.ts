import type { Payload } from 'payload'

/**
 * What a write changed, as cache tags: `id:<document id>` (the document itself, wherever it was
 * read, populated or inherited) and `list:<collection>` (every list, count or search of that
 * collection, since the write may add, remove or reorder its rows).
 */
export type Invalidation = { tags: string[]; /** Received from another hub instance (Redis), not to be relayed again. */ remote?: boolean }
type Listener = (invalidation: Invalidation) => void

/**
 * One bus per Payload instance: the plugin's hooks publish what writes changed, the delivery
 * cache of this process and (with REDIS_URL) the other instances listen.
 */
export class InvalidationBus {
  private listeners = new Set<Listener>()

  publish(invalidation: Invalidation): void {
    for (const listener of this.listeners) listener(invalidation)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

const buses = new WeakMap<Payload, InvalidationBus>()

export function invalidationBus(payload: Payload): InvalidationBus {
  let bus = buses.get(payload)
  if (!bus) buses.set(payload, (bus = new InvalidationBus()))
  return bus
}
