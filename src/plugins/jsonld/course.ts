import type { CaseStudy, Curriculum } from '../../../payload-types'
import { richTextToPlainText } from '../../fields/richTextOutput'
import { days, months, sessionInterval } from './duration'
import { distinctTopics, documentIri, imageUrl, node, officeOrganization, populatedList, sectorAudience, texts, topicTerm, type BuildContext, type JsonLdNode } from './nodes'

type Session = NonNullable<Curriculum['sessions']>[number]

/** A session as a section of the syllabus; `position` keeps the order (JSON-LD arrays are unordered). */
function syllabusSection(session: Session, index: number): JsonLdNode {
  return node('Syllabus', {
    name: session.title,
    description: session.summary,
    timeRequired: days(session.durationDays),
    teaches: texts(session.objectives),
    position: index + 1,
  })
}

/** The length most sessions have (the first such on a tie). */
function typicalDays(sessions: Session[]): number | undefined {
  const counts = new Map<number, number>()
  for (const session of sessions) counts.set(session.durationDays, (counts.get(session.durationDays) ?? 0) + 1)
  let typical: number | undefined
  for (const [length, count] of counts) if (typical === undefined || count > counts.get(typical)!) typical = length
  return typical
}

/**
 * How the programme runs: its sessions as a repeating schedule (how many, how long each, how far
 * apart) and the days they add up to. A curriculum has no dates: an office runs it again and again.
 */
function courseInstance(sessions: Session[], courseMode: string): JsonLdNode {
  const offsets = sessions.map((session) => session.monthOffset)
  const schedule = sessions.length
    ? node('Schedule', {
        repeatCount: sessions.length,
        duration: days(typicalDays(sessions)),
        repeatFrequency: sessionInterval(Math.max(...offsets) - Math.min(...offsets), sessions.length),
      })
    : undefined
  return node('CourseInstance', {
    courseMode,
    courseWorkload: days(sessions.reduce((sum, session) => sum + (session.durationDays ?? 0), 0)),
    courseSchedule: schedule,
  })
}

/** A curriculum as a schema.org `Course`. */
export function courseOf(curriculum: Curriculum, context: BuildContext, courseMode: string): JsonLdNode {
  const sessions = curriculum.sessions ?? []
  // Curricula have no topics of their own: a programme is about what its case studies are about.
  const caseStudies = populatedList<CaseStudy>(curriculum.caseStudies)
  return node('Course', {
    '@id': documentIri(context, 'curricula', curriculum.id),
    name: curriculum.title,
    description: richTextToPlainText(curriculum.description) || curriculum.summary,
    inLanguage: context.locale,
    provider: officeOrganization(curriculum.tenant, context),
    audience: sectorAudience(curriculum.audienceSectors),
    teaches: texts(curriculum.learningOutcomes),
    about: distinctTopics(caseStudies.map((caseStudy) => caseStudy.topics)).map((topic) => topicTerm(topic, context)),
    timeRequired: months(curriculum.durationMonths),
    image: imageUrl(curriculum.coverImage, context),
    syllabusSections: sessions.map(syllabusSection),
    hasCourseInstance: courseInstance(sessions, courseMode),
  })
}
