import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import { rootDir } from '../../config/paths'
import { languageFromHeader, translate } from '../../i18n'

/**
 * The files of swagger-ui-dist the page loads, and nothing else: an asset name is looked up in
 * this list, never joined onto a path, so `../` (plain or encoded) cannot leave the folder.
 */
const assetTypes: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui.css.map': 'application/json',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-bundle.js.map': 'application/json',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
}

/** The page's own start script: a file rather than inline, so the page's CSP can forbid inline scripts. */
export const startScriptName = 'start.js'

let swaggerDir: string | undefined

/**
 * swagger-ui-dist's folder, found as Node resolves a package (node_modules of the root or a parent).
 * Not `createRequire(import.meta.url)`: the admin's webpack build rewrites that into module ids.
 */
function swaggerUiDir(): string {
  if (swaggerDir) return swaggerDir
  for (let dir = rootDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'swagger-ui-dist')
    if (fs.existsSync(path.join(candidate, 'swagger-ui-bundle.js'))) return (swaggerDir = candidate)
    if (path.dirname(dir) === dir) throw new Error('The npm package swagger-ui-dist is not installed.')
  }
}

function notFound(req: PayloadRequest): Response {
  const language = languageFromHeader(req.headers.get('accept-language'))
  return Response.json({ errors: [{ message: translate(language, 'errors.notFound') }] }, { status: 404, headers: { 'content-language': language } })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The reference page: swagger-ui from the hub itself (no CDN), reading the hub's OpenAPI document. */
export function docsPage({ title, assetsUrl }: { title: string; assetsUrl: string }): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="stylesheet" href="${assetsUrl}/swagger-ui.css">
  <link rel="icon" type="image/png" href="${assetsUrl}/favicon-32x32.png" sizes="32x32">
  <link rel="icon" type="image/png" href="${assetsUrl}/favicon-16x16.png" sizes="16x16">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${assetsUrl}/swagger-ui-bundle.js"></script>
  <script src="${assetsUrl}/${startScriptName}"></script>
</body>
</html>
`
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // swagger-ui styles with inline styles and data: images; its "Try it out" calls this origin.
      'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
      'x-content-type-options': 'nosniff',
    },
  })
}

function startScript(documentUrl: string): Response {
  const script = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(documentUrl)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
})
`
  return new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } })
}

/** `GET <docs>/assets/:file`: one file of the allow-list, streamed from swagger-ui-dist; anything else is a 404. */
export function docsAsset(req: PayloadRequest, name: unknown, documentUrl: string): Response {
  if (name === startScriptName) return startScript(documentUrl)
  if (typeof name !== 'string' || !Object.hasOwn(assetTypes, name)) return notFound(req)
  const file = path.join(swaggerUiDir(), name)
  const stream = Readable.toWeb(fs.createReadStream(file)) as ReadableStream
  return new Response(stream, {
    headers: {
      'content-type': assetTypes[name],
      'content-length': String(fs.statSync(file).size),
      // The package's files change only with its version, i.e. with a new hub release.
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    },
  })
}
