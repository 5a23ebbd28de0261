/** XLIFF 2.1 / 1.2 exchange of localized fields (issue 5): pure functions, no database. */
export { XliffError } from './errors'
export { toXliff12, toXliff21, type ExportDocument, type ExportOptions } from './export'
export { compareUnits, parseXliff, type Comparison, type ParsedFile, type ParsedUnit, type ParsedXliff, type Rejection } from './import'
export type { InlineCode, Segment, TranslationState, Unit } from './types'
export { applyUnits, extractUnits, withTargets } from './units'
