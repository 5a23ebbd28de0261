import {
  BlockquoteFeature,
  BoldFeature,
  HeadingFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

/** The collections a rich-text link may point at, as a relationship (not a pasted URL). */
export const linkableCollections = ['curricula', 'learning-formats', 'case-studies', 'organizations', 'topics'] as const

/** Headings, lists, quotes, internal and external links, uploads: nothing a front end cannot render. */
export const hubEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    LinkFeature({ enabledCollections: [...linkableCollections] }),
    UploadFeature({ collections: { media: { fields: [] } } }),
  ],
})

/** Localized rich text with the hub's editor. */
export function richTextField(name: string, overrides: Partial<RichTextField> = {}): RichTextField {
  return { name, type: 'richText', localized: true, editor: hubEditor, ...overrides } as RichTextField
}
