import { describe, expect, it } from 'vitest'

import { escapeMarkup, plainTextToHtml, richTextToHtml, richTextToPlainText, safeHref } from '../../src/fields/richTextOutput'
import { block, plain } from '../helpers/richText'

const text = (value: string, format = 0) => ({ ...plain, text: value, format })
const link = (url: string, children = [text(url)], linkType = 'custom', extra: Record<string, unknown> = {}) => ({ type: 'link', fields: { linkType, url, ...extra }, children, direction: 'ltr', format: '', indent: 0, version: 3 })
const doc = (...children: unknown[]) => ({ root: block('root', children as never) })

describe('rich text as plain text', () => {
  it('keeps the words: blocks apart by a blank line, list items (nested too) one per line, line breaks kept', () => {
    const value = doc(
      block('heading', [text('Title')], { tag: 'h2' }),
      block('paragraph', [text('One '), text('bold', 1), { type: 'linebreak', version: 1 }, link('https://example.org', [text('link')])]),
      block('list', [block('listitem', [text('a')]), block('listitem', [text('b'), block('list', [block('listitem', [text('b.1')])])])]),
      block('paragraph', []),
      block('quote', [text('Quoted')]),
      { type: 'upload', relationTo: 'media', value: 'x', version: 3 },
    )
    expect(richTextToPlainText(value)).toBe('Title\n\nOne bold\nlink\n\na\nb\nb.1\n\nQuoted')
  })

  it('is empty for no rich text', () => {
    for (const value of [null, undefined, '', {}, { root: {} }, doc()]) expect(richTextToPlainText(value)).toBe('')
  })
})

describe('rich text as HTML', () => {
  it('escapes every text and attribute, and drops characters XML cannot hold', () => {
    expect(escapeMarkup(`<a href="x">&'\u0001\uFFFF\uD800`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;')
    expect(richTextToHtml(doc(block('paragraph', [text('<script>alert("x")</script>')])))).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>')
  })

  it('nests text formats and renders headings, lists, quotes and line breaks', () => {
    const value = doc(
      block('heading', [text('H')], { tag: 'h4' }),
      block('heading', [text('Bad tag')], { tag: 'script' }),
      block('paragraph', [text('bi', 3), { type: 'linebreak', version: 1 }, text('code', 16)]),
      block('list', [block('listitem', [text('1')]), block('listitem', [block('list', [block('listitem', [text('1.1')])], { listType: 'bullet' })])], { listType: 'number', tag: 'ol' }),
      block('quote', [text('q')]),
    )
    expect(richTextToHtml(value)).toBe(
      ['<h4>H</h4>', '<h2>Bad tag</h2>', '<p><strong><em>bi</em></strong><br/><code>code</code></p>', '<ol><li>1</li><li><ul><li>1.1</li></ul></li></ol>', '<blockquote><p>q</p></blockquote>'].join('\n'),
    )
  })

  it('links only to safe addresses, and internal links only where the caller says', () => {
    const value = doc(
      block('paragraph', [
        link('javascript:alert(1)', [text('js')]),
        link(' DATA:text/html,x', [text('data')]),
        link('https://example.org/?a=1&b=2', [text('web')], 'custom', { newTab: true }),
        link('mailto:office@example.org', [text('mail')]),
        link('', [text('internal')], 'internal', { doc: { relationTo: 'learning-formats', value: { id: 'f1' } } }),
        link('', [text('hidden')], 'internal', { doc: { relationTo: 'learning-formats', value: null } }),
      ]),
    )
    const html = richTextToHtml(value, { internalHref: (relationTo, target) => (relationTo === 'learning-formats' ? `formats/${(target as { id: string }).id}.html` : undefined) })
    expect(html).toBe(
      '<p>jsdata<a href="https://example.org/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">web</a><a href="mailto:office@example.org">mail</a><a href="formats/f1.html">internal</a>hidden</p>',
    )
    expect(safeHref('/relative/path')).toBe('/relative/path')
    expect(safeHref('vbscript:x')).toBeUndefined()
  })

  it('shows an upload only when it was populated and the caller gives it a place', () => {
    const value = doc({ type: 'upload', relationTo: 'media', value: { id: 'm1', alt: 'A "quote"' }, version: 3 }, { type: 'upload', relationTo: 'media', value: 'unpopulated-id', version: 3 }, { type: 'upload', relationTo: 'media', value: null, version: 3 })
    expect(richTextToHtml(value)).toBe('')
    expect(richTextToHtml(value, { image: (_, media) => ({ src: 'media/1.png', alt: (media as { alt: string }).alt, caption: 'C & D' }) })).toBe(
      '<figure><img src="media/1.png" alt="A &quot;quote&quot;"/><figcaption>C &amp; D</figcaption></figure>',
    )
  })

  it('turns plain text into paragraphs with line breaks', () => {
    expect(plainTextToHtml('a < b\nc\n\n\n d ')).toBe('<p>a &lt; b<br/>c</p>\n<p>d</p>')
    expect(plainTextToHtml(null)).toBe('')
  })
})
