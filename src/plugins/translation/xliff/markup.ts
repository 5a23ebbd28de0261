/**
 * Segment text in the hub's canonical form: XLIFF 2.1 inline markup reduced to ids.
 *
 * Text is XML-escaped (`&amp;`, `&lt;`, `&gt;`); `<pc id="n">…</pc>` wraps formatted text or a
 * link, `<ph id="n"/>` stands for a line break or another inline node. Extraction writes this
 * form, export decorates the codes for translation tools, import reduces whatever a tool wrote
 * back to it. So a segment is a plain string that compares exactly, whatever XLIFF version or
 * escaping style travelled in between.
 */

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; id: string }
  | { kind: 'close' }
  | { kind: 'ph'; id: string }

/** Characters XML 1.0 cannot carry at all (not even as references), so no XLIFF file can hold them. */
const notXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu

/** Text as segment markup. Characters XML cannot carry are dropped: no translation could return them. */
export function escapeText(text: string): string {
  return text.replace(notXmlChars, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function unescapeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

function escapeId(id: string): string {
  return escapeText(id).replace(/"/g, '&quot;')
}

export function openCode(id: string): string {
  return `<pc id="${escapeId(id)}">`
}

export const closeCode = '</pc>'

export function placeholder(id: string): string {
  return `<ph id="${escapeId(id)}"/>`
}

/** Splits segment markup into text and inline codes (text unescaped). */
export function tokenize(segment: string): Token[] {
  const tokenPattern = /<pc id="([^"]*)">|<\/pc>|<ph id="([^"]*)"\/>|[^<]+/gy
  const tokens: Token[] = []
  while (tokenPattern.lastIndex < segment.length) {
    const start = tokenPattern.lastIndex
    const match = tokenPattern.exec(segment)
    if (!match) throw new Error(`Not segment markup at offset ${start}: ${segment.slice(start, start + 40)}`)
    const [token, openId, phId] = match
    if (openId !== undefined) tokens.push({ kind: 'open', id: unescapeText(openId) })
    else if (phId !== undefined) tokens.push({ kind: 'ph', id: unescapeText(phId) })
    else if (token === closeCode) tokens.push({ kind: 'close' })
    else tokens.push({ kind: 'text', text: unescapeText(token) })
  }
  return tokens
}

/** The inline codes of a segment in order, as `pc:<id>` / `ph:<id>`: what a translation must not invent. */
export function codesOf(segment: string): string[] {
  return tokenize(segment).flatMap((token) =>
    token.kind === 'open' ? [`pc:${token.id}`] : token.kind === 'ph' ? [`ph:${token.id}`] : [],
  )
}
