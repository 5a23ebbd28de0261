import { APIError, type CollectionBeforeChangeHook, type Field, type FieldAccess, type FieldHook } from 'payload'

import { relationId } from '../../access/ids'
import { officeById } from '../../access/offices'
import { editorRoles, isPerson, isSuperAdmin, tenantIdsWithRole } from '../../access/roles'
import { inEveryLanguage, languageFromHeader, translate } from '../../i18n'
import {
  afterSourceWrite,
  afterTargetWrite,
  changedPaths,
  effectiveState,
  fingerprintOf,
  overlay,
  stateChangeProblem,
  translationStates,
  type TranslationRecords,
} from './status'
import type { TranslationState } from './xliff'

/** Translation progress is for the office's people; delivery (anonymous, API keys) never sees it. */
const peopleOnly: FieldAccess = ({ req }) => isPerson(req.user)
const anyWriter: FieldAccess = () => true

function recordsOf(value: unknown): TranslationRecords {
  const records = value && typeof value === 'object' ? (value as Partial<TranslationRecords>) : {}
  return { sourceLocale: records.sourceLocale, locales: { ...(records.locales ?? {}) } }
}

/** A state's label in every language of locales/ (the admin shows the one of its interface language). */
export function stateLabel(state: TranslationState): Record<string, string> {
  return inEveryLanguage(`translation.states.${state}`)
}

/** The state of the locale being read (null in the source locale, which has nothing to translate). */
const showLocaleState: FieldHook = ({ data, req }) => {
  const records = recordsOf(data?.translation)
  if (!req.locale || req.locale === 'all' || req.locale === records.sourceLocale) return null
  return effectiveState(records, req.locale)
}

/**
 * `translation` holds every target locale's record (not localized, so one write can mark other
 * locales outdated, and every version keeps the whole picture); hooks compute it, a sent value is
 * ignored. `translationState` is the request's locale's state: read it, or send it to change it.
 */
export const translationFields: Field[] = [
  {
    name: 'translation',
    type: 'json',
    access: { read: peopleOnly, create: anyWriter, update: anyWriter },
    admin: { hidden: true },
  },
  {
    name: 'translationState',
    type: 'select',
    virtual: true,
    options: translationStates.map((state) => ({ label: stateLabel(state), value: state })),
    access: { read: peopleOnly, create: anyWriter, update: anyWriter },
    hooks: { afterRead: [showLocaleState] },
    admin: {
      position: 'sidebar',
      description: inEveryLanguage('translation.stateDescription'),
    },
  },
]

function fail(status: 400 | 403, message: string): never {
  throw new APIError(message, status, null, true)
}

function whoIs(user: unknown): string {
  const person = user as { email?: string; name?: string; id?: unknown } | null
  return person?.email ?? person?.name ?? (person?.id ? String(person.id) : 'system')
}

/**
 * Keeps the `translation` records in step with every write: a change to the source locale
 * outdates translated targets in exactly the changed fields; a write in a target locale records
 * who edited what, clears edited fields from its outdated list and applies a requested state.
 */
export const trackTranslation: CollectionBeforeChangeHook = async ({ collection, context, data, originalDoc, operation, req }) => {
  const locale = req.locale
  const tenant = relationId(data?.tenant ?? originalDoc?.tenant)
  const requested = data.translationState as TranslationState | null | undefined
  delete data.translationState
  // An import (src/transfer) writes the states it exported, as they were: not an edit to track.
  // Restoring a version brings back its content in every locale, and with it the states it had
  // (its `translation` is part of the version); the version's own states are not requests.
  const { hubImporting, isRestoringVersion } = (context ?? {}) as { hubImporting?: boolean; isRestoringVersion?: boolean }
  if (hubImporting || isRestoringVersion) return data
  const office = tenant ? await officeById(req, tenant) : null
  if (!office || !locale || locale === 'all') return data

  const before = operation === 'update' ? (originalDoc ?? {}) : {}
  const fields = collection.fields
  const oldUnits = fingerprintOf(fields, before)
  const newUnits = fingerprintOf(fields, overlay(fields, before, data))
  const edited = changedPaths(oldUnits, newUnits)
  let records = recordsOf(before.translation)
  records.sourceLocale = office.defaultLocale

  const ask = requested === null || requested === undefined || requested === effectiveState(records, locale) ? undefined : requested
  if (locale === office.defaultLocale) {
    if (ask) fail(400, translate(languageFromHeader(req.headers.get('accept-language')), 'translation.errors.sourceHasNoState', { locale }))
    records = afterSourceWrite({ records, changed: operation === 'update' ? edited : [] })
  } else {
    const hasContent = Object.keys(newUnits).length > 0
    if (ask) {
      const editor = isSuperAdmin(req.user) || !req.user || tenantIdsWithRole(req.user, editorRoles).includes(office.id)
      const problem = stateChangeProblem(ask, { role: editor ? 'editor' : 'translator', hasContent })
      if (problem) fail(problem.status, problem.message)
    }
    records = afterTargetWrite({ records, locale, edited, requested: ask, hasContent, who: whoIs(req.user), now: new Date().toISOString() })
  }
  data.translation = records
  return data
}
