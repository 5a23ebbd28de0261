/** The port the hub listens on (`PORT`, default 3000). */
export function port(): number {
  const value = Number(process.env.PORT ?? 3000)
  return Number.isInteger(value) && value >= 0 && value < 65536 ? value : 3000
}

/**
 * The public origin. Payload's CSRF check and cookies rely on it, so admin writes
 * from any other origin are refused.
 */
export function publicUrl(): string {
  return (process.env.HUB_PUBLIC_URL ?? `http://localhost:${port()}`).replace(/\/$/, '')
}

/** Extra origins for CORS and CSRF, comma-separated (`HUB_ALLOWED_ORIGINS`). */
export function allowedOriginsFromEnv(): string[] {
  return (process.env.HUB_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
}
