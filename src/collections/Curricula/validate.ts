import type { ArrayFieldValidation } from 'payload'

type Session = { monthOffset?: number | null }

/** At least one session, in programme order: each starts no earlier than the one before. */
export const validateSessions: ArrayFieldValidation = (value, { data }) => {
  const sessions = (Array.isArray(value) ? value : []) as Session[]
  if (Array.isArray(value) ? value.length === 0 : !value) return 'A curriculum needs at least one session.'
  const months = (data as { durationMonths?: number }).durationMonths
  for (let index = 1; index < sessions.length; index++) {
    const previous = sessions[index - 1].monthOffset ?? 0
    const current = sessions[index].monthOffset ?? 0
    if (current < previous) return `Sessions must be in order: session ${index + 1} starts in month ${current}, before session ${index} (month ${previous}).`
  }
  const last = sessions[sessions.length - 1]?.monthOffset ?? 0
  if (typeof months === 'number' && last >= months) return `Session ${sessions.length} starts in month ${last}, after the ${months}-month programme ends.`
  return true
}
