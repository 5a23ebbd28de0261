/**
 * A tiny progress bar on stderr: `[#####.....] 12/40 curricula: visionary-program`.
 * On a terminal it redraws one line; otherwise (CI logs, pipes) it prints one plain line per step.
 */

export type SeedProgress = {
  /** The number of this step (1-based); `label` names the item being seeded. */
  done: number
  total: number
  /** The collection being seeded, e.g. `curricula`. */
  collection: string
  /** The item just handled: a slug, key or e-mail address. */
  label: string
}

type ProgressStream = Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean; columns?: number }

const barWidth = 20

export function progressLine({ done, total, collection, label }: SeedProgress): string {
  const filled = total > 0 ? Math.round((done / total) * barWidth) : barWidth
  const bar = '#'.repeat(filled) + '.'.repeat(barWidth - filled)
  return `[${bar}] ${done}/${total} ${collection}: ${label}`
}

export function createProgressBar(stream: ProgressStream = process.stderr) {
  const tty = Boolean(stream.isTTY)
  let drawn = false

  return {
    update(progress: SeedProgress): void {
      const line = progressLine(progress)
      if (!tty) {
        stream.write(`${line}\n`)
        return
      }
      // Cut to the terminal width so the line never wraps (a wrapped line cannot be redrawn).
      const width = Math.max(20, (stream.columns ?? 80) - 1)
      stream.write(`\r\x1b[2K${line.slice(0, width)}`)
      drawn = true
    },
    /** Ends the redrawn line so later output starts on a fresh one. */
    finish(): void {
      if (tty && drawn) stream.write('\n')
      drawn = false
    },
  }
}
