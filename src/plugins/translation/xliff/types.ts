/** The translation state of a document in one target locale (issue 5). */
export type TranslationState = 'missing' | 'in-progress' | 'translated' | 'approved' | 'outdated'

/**
 * One translatable piece of a unit: a whole text field, or one block of rich text.
 * `source` and `target` are segment markup (see markup.ts).
 */
export type Segment = { id: string; source: string; target?: string }

/**
 * How an inline code looked in the original, for translation tools to display and place:
 * an XLIFF 2.1 `type` / `subType` and the opening (and closing) markup, such as `<b>` … `</b>`.
 */
export type InlineCode = { type: 'fmt' | 'link' | 'other'; subType?: string; start: string; end?: string }

/** One localized field of one document: its path (array rows by row id) and its segments. */
export type Unit = { id: string; segments: Segment[]; codes?: Record<string, InlineCode> }
