/** Transport limits of the hub's HTTP surface, read from the environment once per app. */

const MB = 1024 * 1024

/** Uploaded files (Payload's `upload.limits.fileSize`); the admin and the README promise 20 MB. */
export const uploadFileLimit = 20 * MB

export type BodyLimits = {
  /** JSON bodies (REST writes, GraphQL): `HUB_JSON_BODY_LIMIT` bytes, default 1 MB. */
  json: number
  /** Multipart bodies: the 20 MB file plus room for the form's other fields. */
  multipart: number
  /** Any other body: raw XLIFF imports (5 MB, checked exactly by their endpoint) plus room. */
  other: number
}

export type RateLimitSettings = {
  /** Login attempts per IP and window (REST `/login` and GraphQL `login*`): `HUB_LOGIN_RATE_LIMIT`, default 10. */
  login: number
  /** Password-reset requests per IP and window: `HUB_FORGOT_PASSWORD_RATE_LIMIT`, default 10. */
  forgotPassword: number
  /** Requests per API key and window: `HUB_API_KEY_RATE_LIMIT`, default 600. */
  apiKey: number
  /** The window: `HUB_RATE_LIMIT_WINDOW_MS`, default one minute. */
  windowMs: number
}

/** A non-negative integer from the environment; anything else keeps the default. */
function integerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  return Number.isInteger(value) && value >= 0 ? value : fallback
}

export function bodyLimitsFromEnv(): BodyLimits {
  return { json: integerFromEnv('HUB_JSON_BODY_LIMIT', 1 * MB), multipart: uploadFileLimit + 1 * MB, other: 6 * MB }
}

/** A limit of 0 turns that limit off. */
export function rateLimitsFromEnv(): RateLimitSettings {
  const login = integerFromEnv('HUB_LOGIN_RATE_LIMIT', 10)
  return {
    login,
    forgotPassword: integerFromEnv('HUB_FORGOT_PASSWORD_RATE_LIMIT', login),
    apiKey: integerFromEnv('HUB_API_KEY_RATE_LIMIT', 600),
    windowMs: integerFromEnv('HUB_RATE_LIMIT_WINDOW_MS', 60_000) || 60_000,
  }
}

/** "1 MB", "20 MB", "512 KB": how the limits are named in error messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.floor(bytes / 1024)} KB`
  return `${bytes} bytes`
}
