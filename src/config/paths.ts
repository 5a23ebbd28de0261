import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: every relative folder of the hub (locales, media, data) hangs off it. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Read when called, so a test can point HUB_LOCALES_DIR elsewhere before the hub boots. */
export function localesDir(): string {
  return process.env.HUB_LOCALES_DIR ?? path.join(rootDir, 'locales')
}
/**
 * Uploaded files; tests give each hub a folder of its own. Read when called: a test helper may
 * import this module before it sets HUB_MEDIA_DIR (a constant kept every test's uploads in ./media).
 */
export function mediaDir(): string {
  return process.env.HUB_MEDIA_DIR ?? path.join(rootDir, 'media')
}
export const dataDir = path.join(rootDir, 'data')
