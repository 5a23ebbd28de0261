import type { CaseStudy, Organization } from '../../../payload-types'
import { richTextToPlainText } from '../../fields/richTextOutput'
import { distinctTopics, documentIri, imageUrl, node, officeOrganization, partnerOrganization, populated, topicTerm, type BuildContext, type JsonLdNode } from './nodes'

/** A case study as a schema.org `Article`: about its topics, mentioning its partner organizations. */
export function articleOf(caseStudy: CaseStudy, context: BuildContext): JsonLdNode {
  // Partners the caller may not read are null here (the hub hides them): they are not mentioned.
  const partners = (caseStudy.partners ?? []).map((partner) => populated<Organization>(partner.organization)).filter((organization): organization is Organization => Boolean(organization))
  const body = [caseStudy.challenge, caseStudy.approach, caseStudy.outcome].map(richTextToPlainText).filter(Boolean).join('\n\n')
  return node('Article', {
    '@id': documentIri(context, 'case-studies', caseStudy.id),
    name: caseStudy.title,
    headline: caseStudy.title,
    description: caseStudy.summary || richTextToPlainText(caseStudy.challenge),
    articleBody: body,
    inLanguage: context.locale,
    about: distinctTopics([caseStudy.topics]).map((topic) => topicTerm(topic, context)),
    mentions: [...new Map(partners.map((organization) => [organization.id, partnerOrganization(organization, context)])).values()],
    publisher: officeOrganization(caseStudy.tenant, context),
    image: imageUrl(caseStudy.heroImage, context),
    dateModified: caseStudy.updatedAt,
  })
}
