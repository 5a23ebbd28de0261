import type { CollectionConfig, Config, Endpoint, Plugin } from 'payload'

import { languageFromHeader, translate } from '../../i18n'

/** A collection without versions has no version routes: 404, not Payload's 500. */
const notFound: Endpoint['handler'] = (req) =>
  Response.json(
    { errors: [{ message: translate(languageFromHeader(req.headers.get('accept-language')), 'errors.notFound') }] },
    { status: 404 },
  )

const versionPaths = ['/versions', '/versions/:id']

function withoutVersionRoutes(collection: CollectionConfig): CollectionConfig {
  if (collection.versions) return collection
  const endpoints = versionPaths.flatMap((path) =>
    (['get', 'post'] as const).map((method): Endpoint => ({ path, method, handler: notFound })),
  )
  return { ...collection, endpoints: [...endpoints, ...(collection.endpoints || [])] }
}

/** Payload registers version routes on every collection; the hub answers them only where versions exist. */
export const versionRoutesPlugin =
  (): Plugin =>
  (config: Config): Config => ({ ...config, collections: config.collections?.map(withoutVersionRoutes) })
