import type { ArrayField } from 'payload'
import { sourceText } from './sourceText'

/** An ordered list of short localized texts; rows keep their ids across locales. */
export function textList(name: string, singular: string, plural: string, overrides: Partial<ArrayField> = {}): ArrayField {
  return {
    name,
    type: 'array',
    labels: { singular, plural },
    fields: [sourceText('text')],
    ...overrides,
  } as ArrayField
}

export const audienceSectors = [
  { label: 'Civil society', value: 'civil-society' },
  { label: 'Business', value: 'business' },
  { label: 'Politics', value: 'politics' },
  { label: 'Public sector', value: 'public-sector' },
  { label: 'Welfare', value: 'welfare' },
  { label: 'Philanthropy', value: 'philanthropy' },
  { label: 'Academia', value: 'academia' },
]
