export type LocaleCode = 'en' | 'de' | 'sv' | 'da' | 'nb' | 'cs' | 'hu' | 'pl'
export type Localized<T = string> = Partial<Record<LocaleCode, T>>
/** Rich text as simple blocks; the seeder turns it into Lexical JSON. */
export type RichBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string } // may contain **bold** and *italic* markers only
  | { type: 'list'; items: string[] }
  | { type: 'quote'; text: string }
export type Rich = RichBlock[]
export type TenantSeed = { slug: string; name: Localized; countries: string[]; domains: string[]; locales: LocaleCode[]; defaultLocale: LocaleCode; office: { city: string; address: string; email: string; phone: string }; timezone: string }
export type TopicSeed = { slug: string; name: Localized; description: Localized }
export type OrganizationSeed = { key: string; tenant: string /* tenant slug */; name: Localized; sector: 'civil-society' | 'public-sector' | 'business' | 'philanthropy' | 'academia'; website: string; country: string; description: Localized; logoColor: string /* hex, for a generated logo */ }
export type FormatKind = 'co-creation-lab' | 'peer-learning-circle' | 'learning-journey' | 'study-visit' | 'masterclass' | 'design-sprint' | 'open-space' | 'action-learning' | 'other'
export type LearningFormatSeed = { key: string; tenant: string; slug: string; visibility: 'tenant' | 'network'; kind: FormatKind; title: Localized; summary: Localized; description: Localized<Rich>; duration: { value: number; unit: 'minutes' | 'hours' | 'days' }; groupSize: { min: number; max: number }; steps: { title: Localized; minutes: number; instructions: Localized<Rich> }[]; materials: Localized; outcomes: Localized<string[]>; facilitatorNotes: Localized<Rich>; imageColor: string }
export type SessionSeed = { title: Localized; summary: Localized; durationDays: number; monthOffset: number; objectives: Localized<string[]>; formats: string[] /* learning format keys */ }
export type CurriculumSeed = { key: string; tenant: string; slug: string; visibility: 'tenant' | 'network'; title: Localized; summary: Localized; description: Localized<Rich>; audienceSectors: ('civil-society' | 'business' | 'politics' | 'public-sector' | 'welfare' | 'philanthropy' | 'academia')[]; durationMonths: number; sessions: SessionSeed[]; learningOutcomes: Localized<string[]>; caseStudies: string[] /* case study keys */; imageColor: string }
export type CaseStudySeed = { key: string; tenant: string; slug: string; visibility: 'tenant' | 'network'; title: Localized; summary: Localized; challenge: Localized<Rich>; approach: Localized<Rich>; outcome: Localized<Rich>; partners: { organization: string /* org key */; role: Localized }[]; sectors: string[]; topics: string[] /* topic slugs */; country: string; year: number; impact: { label: Localized; value: number; unit: Localized }[]; quote: { text: Localized; author: string }; relatedFormats: string[]; relatedCurricula: string[]; imageColor: string }
