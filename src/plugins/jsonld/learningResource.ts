import type { Curriculum, LearningFormat } from '../../../payload-types'
import { richTextToPlainText } from '../../fields/richTextOutput'
import { formatDuration } from './duration'
import { documentIri, node, officeOrganization, sectorAudience, texts, type BuildContext, type JsonLdNode } from './nodes'

type Kind = LearningFormat['kind']

/** What a format is used for, in LRMI's words; every format is professional development of leaders. */
const educationalUses: Record<Kind, string> = {
  'co-creation-lab': 'group work',
  'peer-learning-circle': 'peer learning',
  'learning-journey': 'experiential learning',
  'study-visit': 'field trip',
  masterclass: 'lecture',
  'design-sprint': 'group work',
  'open-space': 'discussion',
  'action-learning': 'project work',
  other: 'professional development',
}

/**
 * A format has no audience of its own: it serves whom the programmes that use it bring
 * together. Only programmes the caller may read count (the same read rules as the format).
 */
async function sectorsOfProgrammesUsing(format: LearningFormat, context: BuildContext): Promise<string[]> {
  const { docs } = await context.req.payload.find({
    collection: 'curricula',
    where: { 'sessions.formats': { in: [format.id] } },
    depth: 0,
    pagination: false,
    select: { audienceSectors: true },
    overrideAccess: false,
    user: context.req.user,
    req: context.req,
  })
  return (docs as Pick<Curriculum, 'audienceSectors'>[]).flatMap((curriculum) => curriculum.audienceSectors ?? [])
}

/** A learning format as a schema.org `LearningResource`. */
export async function learningResourceOf(format: LearningFormat, context: BuildContext): Promise<JsonLdNode> {
  return node('LearningResource', {
    '@id': documentIri(context, 'learning-formats', format.id),
    name: format.title,
    description: richTextToPlainText(format.description) || format.summary,
    inLanguage: context.locale,
    // The hub's own vocabulary of format kinds (co-creation-lab, study-visit, …).
    learningResourceType: format.kind,
    educationalUse: [...new Set(['professional development', educationalUses[format.kind]])],
    timeRequired: formatDuration(format.duration),
    audience: sectorAudience(await sectorsOfProgrammesUsing(format, context)),
    teaches: texts(format.outcomes),
    publisher: officeOrganization(format.tenant, context),
  })
}
