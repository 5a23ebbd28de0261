import type { RequestHandler } from 'express'

/**
 * Helmet's defaults, written out for the hub's three kinds of answers: JSON from the API and
 * health (nothing in them may ever run or be framed), the admin panel (Next.js renders inline
 * scripts and styles, so those need 'unsafe-inline'), and the GraphQL playground (its page
 * loads its script and styles from jsDelivr).
 */

type Policy = Record<string, string[]>

function serialize(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ')
}

/** JSON, uploaded files and health: an SVG or HTML file served from /api/media/file must never run. */
const apiPolicy: Policy = {
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
}

/** The admin panel. Next.js inlines its bootstrap scripts and styles; development adds eval and HMR. */
function adminPolicy(dev: boolean): Policy {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  }
}

/** graphql-playground-html loads its bundle from jsDelivr and boots it with an inline script. */
const playgroundPolicy: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
  'style-src': ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net', 'https://fonts.googleapis.com'],
  'font-src': ["'self'", 'data:', 'https://fonts.gstatic.com'],
  'img-src': ["'self'", 'data:', 'https://cdn.jsdelivr.net'],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
}

export type SecurityHeaderOptions = {
  apiRoute: string
  playgroundRoute: string
  /** HSTS only in production: development runs on plain http, and HSTS would stick to localhost. */
  production: boolean
}

export function securityHeaders({ apiRoute, playgroundRoute, production }: SecurityHeaderOptions): RequestHandler {
  const policies = {
    api: serialize(apiPolicy),
    admin: serialize(adminPolicy(!production)),
    playground: serialize(playgroundPolicy),
  }
  const isApi = (path: string) => path === apiRoute || path.startsWith(`${apiRoute}/`) || path.startsWith('/health/')
  return (req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin')
    res.setHeader('x-frame-options', 'SAMEORIGIN')
    res.setHeader('cross-origin-opener-policy', 'same-origin')
    res.setHeader('x-dns-prefetch-control', 'off')
    res.setHeader('x-permitted-cross-domain-policies', 'none')
    if (production) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains')
    const policy = req.path === playgroundRoute ? policies.playground : isApi(req.path) ? policies.api : policies.admin
    res.setHeader('content-security-policy', policy)
    next()
  }
}
