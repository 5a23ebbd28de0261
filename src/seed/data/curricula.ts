import type { CurriculumSeed } from './types'

/**
 * Curricula. The Visionary Program exists twice: the network-wide original
 * from Austria and the Scandinavian office's own edition. Germany adds a
 * short introductory programme for its own channels.
 */
export const curricula: CurriculumSeed[] = [
  // ── The Visionary Program (Austria, shared with the network) ───────────
  {
    key: 'cur-visionary-program-austria',
    tenant: 'austria',
    slug: 'visionary-program',
    visibility: 'network',
    title: {
      de: 'Das Visionary Program',
      en: 'The Visionary Program',
    },
    summary: {
      de: 'Ein neunmonatiges Führungsprogramm mit sieben zweitägigen Sessions, das Führungskräfte aus Zivilgesellschaft, Wirtschaft, Politik und Wohlfahrt zusammenbringt, um gemeinsam neue Antworten auf große gesellschaftliche Herausforderungen zu entwickeln.',
      en: 'A nine-month leadership programme of seven two-day sessions that brings together leaders from civil society, business, politics and welfare to develop new answers to major social challenges together.',
    },
    description: {
      de: [
        { type: 'paragraph', text: 'Jugendarbeitslosigkeit, die Aufnahme von Geflüchteten, eine alternde Gesellschaft: Bei vielen großen Aufgaben zeigt sich, dass die gewohnten Antworten des Staates allein nicht mehr ausreichen. Gleichzeitig verfügen Zivilgesellschaft, öffentlicher Sektor und Wirtschaft jeweils über Fähigkeiten, die den anderen fehlen. Genau hier setzt das Visionary Program an.' },
        { type: 'paragraph', text: 'Über neun Monate treffen sich rund 25 Führungskräfte zu sieben zweitägigen Sessions. Sie lernen Social Entrepreneurs und ihre Arbeit aus nächster Nähe kennen, erproben **transnationale Lernformate** wie Co-Creation-Labs und kollegiale Lernrunden und arbeiten an einem eigenen Veränderungsvorhaben. So erwerben sie die praktischen Werkzeuge, um selbst Wandel anzustoßen und andere dazu zu befähigen.' },
        { type: 'heading', text: 'Was der Pilot in Wien gezeigt hat' },
        { type: 'list', items: [
          'Führungskräfte aus der Wirtschaft wurden Partner und Mitgründer von Social Entrepreneurs',
          'Intrapreneurinnen und Intrapreneure im öffentlichen Sektor holten Social Entrepreneurs in ihre Arbeit',
          'Unternehmensberaterinnen und -berater begannen, zu gesellschaftlichem Wandel, sozialem Unternehmertum und Co-Creation zu beraten',
          'Leitungen von Wohlfahrtsorganisationen skalierten soziale Innovationen gemeinsam mit Unternehmen und Social Entrepreneurs auf neue Weise',
        ] },
        { type: 'paragraph', text: 'Die Teilnehmenden werden Teil des Visionary-Netzwerks aus Social Entrepreneurs, Unternehmen, Stiftungen und öffentlichen Institutionen – weit über das Programmende hinaus.' },
      ],
      en: [
        { type: 'paragraph', text: 'Youth unemployment, receiving refugees, an ageing society: many of today’s big challenges show that the state’s usual answers are no longer enough on their own. At the same time, civil society, the public sector and business each have capabilities the others lack. This is exactly where the Visionary Program comes in.' },
        { type: 'paragraph', text: 'Over nine months, around 25 leaders meet for seven two-day sessions. They get to know social entrepreneurs and their work up close, try out **transnational learning formats** such as co-creation labs and peer learning circles, and work on a change initiative of their own. In this way they gain the practical tools to drive change themselves and to enable others to do the same.' },
        { type: 'heading', text: 'What the Vienna pilot showed' },
        { type: 'list', items: [
          'Business leaders became partners and co-founders of social entrepreneurs',
          'Public-sector intrapreneurs brought social entrepreneurs into their work',
          'Management consultants began advising on social change, social entrepreneurship and co-creation',
          'Heads of welfare organisations scaled social innovations together with companies and social entrepreneurs in new ways',
        ] },
        { type: 'paragraph', text: 'Participants become part of the Visionary network of social entrepreneurs, companies, foundations and public institutions – long after the programme has ended.' },
      ],
    },
    audienceSectors: ['civil-society', 'business', 'politics', 'public-sector', 'welfare'],
    durationMonths: 9,
    sessions: [
      {
        title: { de: 'Auftakt: Absicht und Perspektiven', en: 'Kick-off: Purpose and Perspectives' },
        summary: {
          de: 'Die Gruppe lernt sich kennen, klärt die eigenen Beweggründe und blickt aus der Sicht der anderen Sektoren auf die großen gesellschaftlichen Herausforderungen.',
          en: 'The group gets to know each other, clarifies personal motives and looks at the big social challenges from the point of view of the other sectors.',
        },
        durationDays: 2,
        monthOffset: 0,
        objectives: {
          de: [
            'Vertrauen in der Gruppe aufbauen und die kollegialen Lernrunden bilden',
            'Die eigene Führungsrolle und Motivation reflektieren',
            'Gesellschaftliche Herausforderungen aus der Sicht aller Sektoren verstehen',
          ],
          en: [
            'Build trust in the group and form the peer learning circles',
            'Reflect on one’s own leadership role and motivation',
            'Understand social challenges from the perspective of every sector',
          ],
        },
        formats: ['fmt-peer-learning-circle', 'fmt-open-space'],
      },
      {
        title: { de: 'Die Welt der Social Entrepreneurs', en: 'Inside the World of Social Entrepreneurs' },
        summary: {
          de: 'Auf einer Lernreise durch Wien erleben die Teilnehmenden, wie Sozialunternehmen arbeiten und welche Partnerschaften sie tragen.',
          en: 'On a learning journey through Vienna, participants see how social enterprises work and which partnerships sustain them.',
        },
        durationDays: 2,
        monthOffset: 1,
        objectives: {
          de: [
            'Geschäftsmodelle und Wirkungslogik von Sozialunternehmen verstehen',
            'Eigene Annahmen über andere Sektoren hinterfragen',
            'Partnerschaftsmodelle zwischen den Sektoren kennenlernen',
          ],
          en: [
            'Understand the business models and impact logic of social enterprises',
            'Question one’s own assumptions about other sectors',
            'Get to know partnership models between the sectors',
          ],
        },
        formats: ['fmt-learning-journey', 'fmt-masterclass-partnering'],
      },
      {
        title: { de: 'Systeme verstehen, Hebel finden', en: 'Seeing Systems, Finding Leverage' },
        summary: {
          de: 'Die Teilnehmenden analysieren ein gesellschaftliches Problem als System und legen ihr eigenes Veränderungsvorhaben fest.',
          en: 'Participants analyse a social problem as a system and decide on their own change initiative.',
        },
        durationDays: 2,
        monthOffset: 2,
        objectives: {
          de: [
            'Ein gesellschaftliches Problem mit seinen Akteuren und Wechselwirkungen abbilden',
            'Hebelpunkte erkennen, an denen sektorübergreifende Zusammenarbeit am meisten bewirkt',
            'Das eigene Veränderungsvorhaben festlegen und die Action-Learning-Gruppen starten',
          ],
          en: [
            'Map a social problem with its actors and interactions',
            'Identify the leverage points where cross-sector collaboration has the greatest effect',
            'Define one’s own change initiative and launch the action learning sets',
          ],
        },
        formats: ['fmt-action-learning', 'fmt-peer-learning-circle'],
      },
      {
        title: { de: 'Gemeinsam gestalten', en: 'Designing Together' },
        summary: {
          de: 'Im Co-Creation-Lab arbeiten gemischte Teams an echten Herausforderungen, die Partnerorganisationen einbringen, und testen erste Prototypen.',
          en: 'In the co-creation lab, mixed teams work on real challenges brought in by partner organisations and test their first prototypes.',
        },
        durationDays: 2,
        monthOffset: 4,
        objectives: {
          de: [
            'Co-Creation-Methoden in der Praxis anwenden',
            'Einen Prototyp mit Betroffenen testen',
            'Verbindliche Zusagen mit Partnern aus anderen Sektoren treffen',
          ],
          en: [
            'Apply co-creation methods in practice',
            'Test a prototype with the people affected',
            'Make firm commitments with partners from other sectors',
          ],
        },
        formats: ['fmt-co-creation-lab', 'fmt-social-design-sprint'],
      },
      {
        title: { de: 'Über Grenzen lernen', en: 'Learning across Borders' },
        summary: {
          de: 'Ein Studienbesuch bei Partnern des Netzwerks in einem anderen Land zeigt, wie dort dieselben Probleme angegangen werden.',
          en: 'A study visit to network partners in another country shows how the same problems are tackled there.',
        },
        durationDays: 2,
        monthOffset: 5,
        objectives: {
          de: [
            'Lösungsansätze aus einem anderen Land kennenlernen und vergleichen',
            'Unterscheiden, was an Strukturen und was an Führung liegt',
            'Eine übertragbare Idee für das eigene Vorhaben mitnehmen',
          ],
          en: [
            'Learn about and compare approaches from another country',
            'Distinguish what depends on structures and what on leadership',
            'Bring home one transferable idea for one’s own initiative',
          ],
        },
        formats: ['fmt-study-visit', 'fmt-peer-learning-circle'],
      },
      {
        title: { de: 'Partnerschaften verankern', en: 'Anchoring Partnerships' },
        summary: {
          de: 'Die Teilnehmenden klären, wie ihre Partnerschaften in den eigenen Organisationen Bestand haben – über einzelne Personen und Budgetjahre hinaus.',
          en: 'Participants work out how their partnerships can last within their own organisations – beyond individual people and budget years.',
        },
        durationDays: 2,
        monthOffset: 7,
        objectives: {
          de: [
            'Partnerschaften in Strategie, Budget und Strukturen der eigenen Organisation verankern',
            'Mit Widerständen und Risiken in Partnerschaften umgehen',
            'Wirkung gemeinsam messen und sichtbar machen',
          ],
          en: [
            'Anchor partnerships in the strategy, budget and structures of one’s own organisation',
            'Deal with resistance and risk in partnerships',
            'Measure impact together and make it visible',
          ],
        },
        formats: ['fmt-masterclass-partnering', 'fmt-action-learning'],
      },
      {
        title: { de: 'Wirkung zeigen und weitertragen', en: 'Showing Impact and Passing It On' },
        summary: {
          de: 'Zum Abschluss präsentieren die Teilnehmenden ihre Vorhaben, ziehen Bilanz und planen, wie sie andere darin stärken, selbst Wandel anzustoßen.',
          en: 'To close, participants present their initiatives, take stock and plan how they will help others to drive change themselves.',
        },
        durationDays: 2,
        monthOffset: 8,
        objectives: {
          de: [
            'Die Ergebnisse der Veränderungsvorhaben vor Gästen aus allen Sektoren präsentieren',
            'Die eigene Entwicklung als Führungskraft bilanzieren',
            'Nächste Schritte im Visionary-Netzwerk vereinbaren',
          ],
          en: [
            'Present the results of the change initiatives to guests from all sectors',
            'Take stock of one’s own development as a leader',
            'Agree on next steps within the Visionary network',
          ],
        },
        formats: ['fmt-open-space', 'fmt-peer-learning-circle'],
      },
    ],
    learningOutcomes: {
      de: [
        'Partnerschaften mit Social Entrepreneurs eingehen, die über Sponsoring hinausgehen – bis hin zur gemeinsamen Gründung',
        'Als Intrapreneurin oder Intrapreneur im öffentlichen Sektor Social Entrepreneurs in Planung und Umsetzung einbeziehen',
        'Organisationen zu gesellschaftlichem Wandel, sozialem Unternehmertum und Co-Creation beraten',
        'Soziale Innovationen gemeinsam mit Unternehmen und Social Entrepreneurs skalieren',
        'Sektorübergreifende Co-Creation-Prozesse leiten und andere befähigen, selbst Wandel anzustoßen',
      ],
      en: [
        'Enter into partnerships with social entrepreneurs that go beyond sponsorship – up to and including co-founding a venture',
        'As a public-sector intrapreneur, involve social entrepreneurs in planning and delivery',
        'Advise organisations on social change, social entrepreneurship and co-creation',
        'Scale social innovations together with companies and social entrepreneurs',
        'Lead cross-sector co-creation processes and enable others to drive change themselves',
      ],
    },
    caseStudies: ['cs-refugee-inclusion-austria', 'cs-business-cofounders', 'cs-public-intrapreneurs', 'cs-welfare-scaling'],
    imageColor: '#1F4E79',
  },

  // ── The Visionary Program (Scandinavia, own channels only) ─────────────
  {
    key: 'cur-visionary-program-scandinavia',
    tenant: 'scandinavia',
    slug: 'visionary-program',
    visibility: 'tenant',
    title: {
      sv: 'Visionary Program – Skandinavien',
      en: 'The Visionary Program – Scandinavia',
    },
    summary: {
      sv: 'Den skandinaviska upplagan av Visionary Program: nio månader och sju tvådagarsträffar där ledare från civilsamhälle, näringsliv, politik och välfärd i Sverige, Danmark och Norge lär sig att skapa förändring tillsammans.',
      en: 'The Scandinavian edition of the Visionary Program: nine months and seven two-day sessions in which leaders from civil society, business, politics and welfare in Sweden, Denmark and Norway learn to create change together.',
    },
    description: {
      sv: [
        { type: 'paragraph', text: 'Programmet utvecklades och testades först i Wien. I den skandinaviska upplagan har vi anpassat det till de nordiska välfärdssystemen, där kommuner och regioner har en central roll och där samverkan med idéburna organisationer har en egen tradition.' },
        { type: 'paragraph', text: 'Träffarna hålls växelvis i Stockholm, Köpenhamn och Oslo. Deltagarna möter sociala entreprenörer, driver egna förändringsinitiativ i blandade grupper och gör ett studiebesök hos nätverkets kontor i Wien.' },
        { type: 'heading', text: 'Programmet i korthet' },
        { type: 'list', items: [
          'Sju tvådagarsträffar under nio månader',
          'Omkring 24 deltagare från minst fyra sektorer',
          'Ett eget förändringsinitiativ som drivs under hela programmet',
          'Tillgång till Visionary-nätverket även efter programmet',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'The programme was first developed and piloted in Vienna. In the Scandinavian edition we have adapted it to the Nordic welfare systems, in which municipalities and regions play a central role and collaboration with non-profit organisations has a tradition of its own.' },
        { type: 'paragraph', text: 'Sessions take place in turn in Stockholm, Copenhagen and Oslo. Participants meet social entrepreneurs, pursue their own change initiatives in mixed groups and make a study visit to the network’s office in Vienna.' },
        { type: 'heading', text: 'The programme at a glance' },
        { type: 'list', items: [
          'Seven two-day sessions over nine months',
          'Around 24 participants from at least four sectors',
          'A personal change initiative pursued throughout the programme',
          'Access to the Visionary network after the programme, too',
        ] },
      ],
    },
    audienceSectors: ['civil-society', 'business', 'politics', 'public-sector', 'welfare'],
    durationMonths: 9,
    sessions: [
      {
        title: { sv: 'Uppstart i Stockholm: syfte och perspektiv', en: 'Kick-off in Stockholm: Purpose and Perspectives' },
        summary: {
          sv: 'Deltagarna lär känna varandra, sätter ord på sina drivkrafter och ser samhällsutmaningarna ur de andra sektorernas perspektiv.',
          en: 'Participants get to know one another, put their motivations into words and look at social challenges from the perspective of the other sectors.',
        },
        durationDays: 2,
        monthOffset: 0,
        objectives: {
          sv: [
            'Bygga förtroende i gruppen och bilda lärgrupper',
            'Reflektera över den egna ledarrollen',
            'Förstå samhällsutmaningar ur alla sektorers perspektiv',
          ],
          en: [
            'Build trust in the group and form peer learning circles',
            'Reflect on one’s own leadership role',
            'Understand social challenges from the perspective of every sector',
          ],
        },
        formats: ['fmt-peer-learning-circle', 'fmt-open-space'],
      },
      {
        title: { sv: 'Möt de sociala entreprenörerna', en: 'Meeting the Social Entrepreneurs' },
        summary: {
          sv: 'En lärresa till sociala företag i Stockholmsregionen och till de kommuner och företag som de samarbetar med.',
          en: 'A learning journey to social enterprises in the Stockholm region and to the municipalities and companies they work with.',
        },
        durationDays: 2,
        monthOffset: 1,
        objectives: {
          sv: [
            'Förstå sociala företags affärsmodeller och effektlogik',
            'Ifrågasätta egna antaganden om andra sektorer',
          ],
          en: [
            'Understand the business models and impact logic of social enterprises',
            'Question one’s own assumptions about other sectors',
          ],
        },
        formats: ['fmt-learning-journey', 'fmt-masterclass-partnering'],
      },
      {
        title: { sv: 'Systemtänkande i Köpenhamn', en: 'Systems Thinking in Copenhagen' },
        summary: {
          sv: 'Deltagarna kartlägger ett samhällsproblem som ett system och väljer sitt eget förändringsinitiativ.',
          en: 'Participants map a social problem as a system and choose their own change initiative.',
        },
        durationDays: 2,
        monthOffset: 2,
        objectives: {
          sv: [
            'Kartlägga aktörer och samband kring ett samhällsproblem',
            'Hitta de punkter där samverkan gör störst skillnad',
            'Välja förändringsinitiativ och starta action learning-grupperna',
          ],
          en: [
            'Map the actors and connections around a social problem',
            'Find the points where collaboration makes the biggest difference',
            'Choose a change initiative and launch the action learning sets',
          ],
        },
        formats: ['fmt-action-learning'],
      },
      {
        title: { sv: 'Samskapande i Oslo', en: 'Co-creation in Oslo' },
        summary: {
          sv: 'I ett labb för samskapande arbetar blandade team med verkliga utmaningar från nordiska kommuner och organisationer.',
          en: 'In a co-creation lab, mixed teams work on real challenges from Nordic municipalities and organisations.',
        },
        durationDays: 2,
        monthOffset: 4,
        objectives: {
          sv: [
            'Använda metoder för samskapande i praktiken',
            'Testa en prototyp med dem som berörs',
            'Göra konkreta åtaganden tillsammans med partner från andra sektorer',
          ],
          en: [
            'Apply co-creation methods in practice',
            'Test a prototype with the people affected',
            'Make concrete commitments together with partners from other sectors',
          ],
        },
        formats: ['fmt-co-creation-lab', 'fmt-social-design-sprint'],
      },
      {
        title: { sv: 'Studiebesök i Wien', en: 'Study Visit to Vienna' },
        summary: {
          sv: 'Deltagarna besöker den stad där programmet föddes och möter partnerskap som vuxit fram ur den första omgången, bland annat satsningen på inkludering av flyktingar.',
          en: 'Participants visit the city where the programme was born and meet partnerships that grew out of the first cohort, including the refugee inclusion initiative.',
        },
        durationDays: 2,
        monthOffset: 5,
        objectives: {
          sv: [
            'Jämföra österrikiska och nordiska lösningar på samma problem',
            'Skilja på vad som beror på systemet och vad som beror på ledarskap',
            'Ta med en idé hem till det egna initiativet',
          ],
          en: [
            'Compare Austrian and Nordic solutions to the same problems',
            'Distinguish what depends on the system and what on leadership',
            'Bring home an idea for one’s own initiative',
          ],
        },
        formats: ['fmt-study-visit', 'fmt-peer-learning-circle'],
      },
      {
        title: { sv: 'Förankra partnerskapen', en: 'Anchoring the Partnerships' },
        summary: {
          sv: 'Hur blir ett partnerskap mer än ett projekt? Deltagarna arbetar med avtal, finansiering och uppföljning, bland annat med idéburet offentligt partnerskap.',
          en: 'How does a partnership become more than a project? Participants work on agreements, funding and follow-up, including idea-driven public partnerships.',
        },
        durationDays: 2,
        monthOffset: 7,
        objectives: {
          sv: [
            'Förankra partnerskap i den egna organisationens strategi och budget',
            'Känna till avtalsformer för samverkan med idéburna aktörer',
            'Följa upp och synliggöra effekter tillsammans',
          ],
          en: [
            'Anchor partnerships in one’s own organisation’s strategy and budget',
            'Know the forms of agreement available for working with non-profit actors',
            'Follow up on impact together and make it visible',
          ],
        },
        formats: ['fmt-masterclass-partnering', 'fmt-action-learning'],
      },
      {
        title: { sv: 'Avslutning: visa effekt och för vidare', en: 'Closing: Showing Impact and Passing It On' },
        summary: {
          sv: 'Deltagarna presenterar sina initiativ, summerar sitt lärande och planerar hur de ska få fler att bli förändringsaktörer.',
          en: 'Participants present their initiatives, sum up what they have learned and plan how to help more people become changemakers.',
        },
        durationDays: 2,
        monthOffset: 8,
        objectives: {
          sv: [
            'Presentera förändringsinitiativen för gäster från alla sektorer',
            'Summera den egna utvecklingen som ledare',
            'Planera nästa steg i Visionary-nätverket',
          ],
          en: [
            'Present the change initiatives to guests from all sectors',
            'Sum up one’s own development as a leader',
            'Plan next steps within the Visionary network',
          ],
        },
        formats: ['fmt-open-space', 'fmt-peer-learning-circle'],
      },
    ],
    learningOutcomes: {
      sv: [
        'Ingå partnerskap med sociala entreprenörer som går längre än sponsring – ända till att grunda verksamheter tillsammans',
        'Som intraprenör i offentlig sektor involvera sociala entreprenörer i planering och genomförande',
        'Ge råd till organisationer om samhällsförändring, socialt entreprenörskap och samskapande',
        'Skala upp sociala innovationer tillsammans med företag och sociala entreprenörer',
        'Leda samskapande processer över sektorsgränser och hjälpa andra att själva driva förändring',
      ],
      en: [
        'Enter into partnerships with social entrepreneurs that go beyond sponsorship – all the way to founding ventures together',
        'As a public-sector intrapreneur, involve social entrepreneurs in planning and delivery',
        'Advise organisations on social change, social entrepreneurship and co-creation',
        'Scale up social innovations together with companies and social entrepreneurs',
        'Lead co-creation processes across sector boundaries and help others to drive change themselves',
      ],
    },
    caseStudies: ['cs-public-intrapreneurs', 'cs-refugee-inclusion-austria'],
    imageColor: '#005B99',
  },

  // ── Compact programme (Germany, own channels only) ─────────────────────
  {
    key: 'cur-germany-compact',
    tenant: 'germany',
    slug: 'leading-across-sectors-compact',
    visibility: 'tenant',
    title: {
      de: 'Sektorübergreifend führen – Kompaktprogramm',
      en: 'Leading across Sectors – Compact Programme',
    },
    summary: {
      de: 'Ein dreimonatiges Einstiegsprogramm in drei Modulen für Führungskräfte aus Wohlfahrtsverbänden, Unternehmen und Verwaltung, die gemeinsam mit Social Entrepreneurs soziale Innovationen voranbringen wollen.',
      en: 'A three-month introductory programme in three modules for leaders from welfare organisations, companies and public administration who want to advance social innovation together with social entrepreneurs.',
    },
    description: {
      de: [
        { type: 'paragraph', text: 'Nicht jede Organisation kann ihre Führungskräfte neun Monate lang freistellen. Das Kompaktprogramm von Visionary Deutschland verdichtet die Kernelemente des Visionary Program auf drei Module und konzentriert sich auf eine Frage: **Wie lassen sich bewährte soziale Innovationen gemeinsam skalieren?**' },
        { type: 'list', items: [
          'Drei Module in drei Monaten',
          'Ein Social Design Sprint an einer echten Herausforderung',
          'Auf Wunsch Übergang in das vollständige Visionary Program',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'Not every organisation can release its leaders for nine months. Visionary Germany’s compact programme condenses the core elements of the Visionary Program into three modules and focuses on one question: **how can proven social innovations be scaled up together?**' },
        { type: 'list', items: [
          'Three modules over three months',
          'A social design sprint on a real challenge',
          'Optional transition to the full Visionary Program',
        ] },
      ],
    },
    audienceSectors: ['welfare', 'business', 'public-sector', 'civil-society'],
    durationMonths: 3,
    sessions: [
      {
        title: { de: 'Soziale Innovationen verstehen', en: 'Understanding Social Innovation' },
        summary: {
          de: 'Begegnungen mit Social Entrepreneurs und ein Überblick über Wege, soziale Innovationen zu skalieren.',
          en: 'Encounters with social entrepreneurs and an overview of the ways social innovations can be scaled.',
        },
        durationDays: 2,
        monthOffset: 0,
        objectives: {
          de: [
            'Verschiedene Wege der Skalierung sozialer Innovationen unterscheiden',
            'Partnerschaftsmodelle mit Social Entrepreneurs kennenlernen',
          ],
          en: [
            'Distinguish different ways of scaling social innovations',
            'Get to know partnership models with social entrepreneurs',
          ],
        },
        formats: ['fmt-learning-journey', 'fmt-masterclass-partnering'],
      },
      {
        title: { de: 'Social Design Sprint', en: 'Social Design Sprint' },
        summary: {
          de: 'Gemischte Teams entwickeln und testen in drei Tagen einen Prototyp für eine echte Herausforderung.',
          en: 'Mixed teams develop and test a prototype for a real challenge in three days.',
        },
        durationDays: 3,
        monthOffset: 1,
        objectives: {
          de: [
            'Eine Herausforderung gemeinsam mit Betroffenen bearbeiten',
            'Einen Prototyp bauen und testen',
            'Im sektorübergreifenden Team Entscheidungen treffen',
          ],
          en: [
            'Work on a challenge together with the people affected',
            'Build and test a prototype',
            'Make decisions as a cross-sector team',
          ],
        },
        formats: ['fmt-social-design-sprint'],
      },
      {
        title: { de: 'Skalierung planen', en: 'Planning to Scale' },
        summary: {
          de: 'Die Teams planen, wie ihr Prototyp mit Partnern wachsen kann, und vereinbaren die nächsten Schritte.',
          en: 'Teams plan how their prototype can grow with partners and agree on the next steps.',
        },
        durationDays: 1,
        monthOffset: 2,
        objectives: {
          de: [
            'Rollen und Eigentum in einer Skalierungspartnerschaft klären',
            'Einen Fahrplan für die nächsten zwölf Monate erstellen',
          ],
          en: [
            'Clarify roles and ownership in a scaling partnership',
            'Draw up a roadmap for the next twelve months',
          ],
        },
        formats: ['fmt-peer-learning-circle', 'fmt-action-learning'],
      },
    ],
    learningOutcomes: {
      de: [
        'Wege der Skalierung sozialer Innovationen kennen und bewerten',
        'Eine Skalierungspartnerschaft mit Unternehmen und Social Entrepreneurs gestalten',
        'Den Social Design Sprint in der eigenen Organisation anwenden',
      ],
      en: [
        'Know and assess the ways of scaling social innovations',
        'Design a scaling partnership with companies and social entrepreneurs',
        'Use the social design sprint in one’s own organisation',
      ],
    },
    caseStudies: ['cs-welfare-scaling'],
    imageColor: '#37474F',
  },
]
