/**
 * Node 20 module hook. Lexical's Node entries (`dist/*.node.mjs`) pick their bundle with a
 * top-level `await import()`; with many of them in one module graph, Node 20 sometimes leaves
 * those awaits unsettled and exits with code 13 while loading Payload's rich-text editor.
 * Resolve them straight to the bundle they would have chosen. Node 22 does not need this.
 * The production bundle (`npm start`) needs no hook: `node --conditions=production` picks
 * lexical's production build by its package exports.
 */
const lexicalNodeEntry = /\/node_modules\/(?:lexical|@lexical\/[^/]+)\/dist\/[^/]+\.node\.mjs$/

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (!lexicalNodeEntry.test(resolved.url)) return resolved
  const bundle = process.env.NODE_ENV === 'production' ? '.prod.mjs' : '.dev.mjs'
  return { ...resolved, url: resolved.url.replace(/\.node\.mjs$/, bundle) }
}
