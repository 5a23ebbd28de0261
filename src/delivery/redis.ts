import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { createClient } from 'redis'

import type { DeliveryCache } from './cache'
import { invalidationBus } from './invalidation'

const channel = 'visionary-hub:delivery-invalidations'

type Message = { from: string; tags: string[] }

export type SharedInvalidations = { close: () => Promise<void> }

/**
 * Several hub instances behind one load balancer: each keeps its own delivery cache and tells
 * the others over Redis pub/sub what its writes changed. While this instance cannot hear the
 * others (Redis down or not yet subscribed) its cache is suspended, so it never serves an
 * answer another instance's write made stale; it serves from the database instead.
 */
export function shareInvalidationsOverRedis(payload: Payload, cache: DeliveryCache, url: string): SharedInvalidations {
  const instance = randomUUID()
  const bus = invalidationBus(payload)
  const publisher = createClient({ url })
  const subscriber = publisher.duplicate()
  let subscribed = false
  let closing = false

  cache.suspend()
  const warn = (what: string, meanwhile: string) => (error: Error) => {
    if (!closing) payload.logger.warn(`Redis (${what}): ${error.message}; ${meanwhile}.`)
  }
  publisher.on('error', warn('publish', "this instance's invalidations wait in a queue until it answers again"))
  subscriber.on('error', (error: Error) => {
    cache.suspend()
    warn('subscribe', 'the delivery cache is off until it answers again')(error)
  })
  subscriber.on('end', () => cache.suspend())
  // node-redis subscribes again by itself after a reconnect; answers read meanwhile are gone.
  // Caching resumes once both connections are back: this instance's writes must reach the others.
  const resumeWhenConnected = () => subscribed && publisher.isReady && subscriber.isReady && cache.resume()
  publisher.on('ready', resumeWhenConnected)
  subscriber.on('ready', resumeWhenConnected)

  const receive = (raw: string) => {
    let message: Message
    try {
      message = JSON.parse(raw) as Message
    } catch {
      return payload.logger.warn('Redis: an invalidation message that is not JSON was ignored.')
    }
    if (message.from !== instance && Array.isArray(message.tags)) bus.publish({ tags: message.tags.map(String), remote: true })
  }
  void (async () => {
    await Promise.all([publisher.connect(), subscriber.connect()])
    await subscriber.subscribe(channel, receive)
    subscribed = true
    cache.resume()
    payload.logger.info('Delivery cache invalidations are shared over Redis.')
  })().catch(warn('connect', 'the delivery cache is off until it answers again'))

  // Sent even while the connection is down: node-redis queues it until it reconnects (dropping it
  // let another instance that resumed first serve this write's old answer for good).
  const unsubscribeBus = bus.subscribe(({ tags, remote }) => {
    if (remote || closing) return
    publisher.publish(channel, JSON.stringify({ from: instance, tags } satisfies Message)).catch(warn('publish', 'the other instances did not hear of this write'))
  })

  return {
    close: async () => {
      closing = true
      unsubscribeBus()
      await Promise.allSettled([subscriber.quit(), publisher.quit()])
    },
  }
}
