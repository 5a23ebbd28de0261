/** ISO 8601 durations, as schema.org's `Duration` takes them (`P2D`, `PT90M`, `P9M`, `P6W`). */

/** At most three decimals: ISO 8601 allows a fraction on the smallest unit only, which is the only one written. */
function amount(value: number): string {
  return String(Number(value.toFixed(3)))
}

function isPositive(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
}

export function days(value: number | null | undefined): string | undefined {
  return isPositive(value) ? `P${amount(value)}D` : undefined
}

export function months(value: number | null | undefined): string | undefined {
  return isPositive(value) ? `P${amount(value)}M` : undefined
}

/** A learning format's `{value, unit}`: minutes and hours are times of day (`PT…`), days are dates. */
export function formatDuration(duration: { value?: number | null; unit?: string | null } | null | undefined): string | undefined {
  const value = duration?.value
  if (!isPositive(value)) return undefined
  switch (duration?.unit) {
    case 'minutes':
      return `PT${amount(value)}M`
    case 'hours':
      return `PT${amount(value)}H`
    case 'days':
      return `P${amount(value)}D`
    default:
      return undefined
  }
}

const daysPerMonth = 365.25 / 12

/**
 * The interval between sessions that start `spanMonths` apart in all (first to last) over
 * `count` sessions: whole months when it is one (`P1M`), else rounded to weeks (`P6W`).
 * None for fewer than two sessions or sessions in the same month (no interval to tell).
 */
export function sessionInterval(spanMonths: number, count: number): string | undefined {
  if (count < 2 || !(spanMonths > 0)) return undefined
  const monthsApart = spanMonths / (count - 1)
  if (Number.isInteger(monthsApart)) return `P${monthsApart}M`
  return `P${Math.max(1, Math.round((monthsApart * daysPerMonth) / 7))}W`
}
