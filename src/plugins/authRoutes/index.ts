import type { CollectionConfig, Config, Endpoint, Plugin } from 'payload'

import { languageFromHeader, translate } from '../../i18n'

/** No verification on this collection: the route does not exist. */
const notFound: Endpoint['handler'] = (req) =>
  Response.json(
    { errors: [{ message: translate(languageFromHeader(req.headers.get('accept-language')), 'errors.notFound') }] },
    { status: 404 },
  )

/**
 * Payload registers `POST /:collection/verify/:token` on every auth collection; where email
 * verification is off it queries a field that does not exist and answers 500 (found by the request
 * fuzzer). The hub answers 404 there.
 */
function withoutVerifyRoute(collection: CollectionConfig): CollectionConfig {
  if (!collection.auth || (typeof collection.auth === 'object' && collection.auth.verify)) return collection
  const endpoint: Endpoint = { path: '/verify/:id', method: 'post', handler: notFound }
  return { ...collection, endpoints: [endpoint, ...(collection.endpoints || [])] }
}

export const authRoutesPlugin =
  (): Plugin =>
  (config: Config): Config => ({ ...config, collections: config.collections?.map(withoutVerifyRoute) })
