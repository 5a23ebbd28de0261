import type { LearningFormatSeed } from './types'

/**
 * Reusable transnational learning formats. All of them are shared with the
 * whole network; each is authored in English plus its owning office's locales.
 */
export const learningFormats: LearningFormatSeed[] = [
  // ── 1. Co-creation lab (Austria) ───────────────────────────────────────
  {
    key: 'fmt-co-creation-lab',
    tenant: 'austria',
    slug: 'co-creation-lab',
    visibility: 'network',
    kind: 'co-creation-lab',
    title: {
      de: 'Co-Creation-Lab',
      en: 'Co-Creation Lab',
    },
    summary: {
      de: 'Ein eintägiges Labor, in dem Menschen aus Zivilgesellschaft, Wirtschaft und Verwaltung an einer gemeinsamen Herausforderung arbeiten und mit einem getesteten Prototyp und konkreten Zusagen nach Hause gehen.',
      en: 'A one-day lab in which people from civil society, business and the public sector work on a shared challenge and leave with a tested prototype and concrete commitments.',
    },
    description: {
      de: [
        { type: 'paragraph', text: 'Das Co-Creation-Lab ist das Herzstück des Visionary Program. Es bringt Menschen zusammen, die selten am selben Tisch sitzen – eine Sozialunternehmerin, einen Abteilungsleiter aus dem Ministerium, eine Personalchefin, den Leiter eines Pflegeheims – und gibt ihnen einen Tag Zeit für ein Problem, das keiner von ihnen allein lösen kann.' },
        { type: 'heading', text: 'Worauf es ankommt' },
        { type: 'list', items: [
          'Eine echte Fragestellung, die eine Organisation einbringt, die mit den Ergebnissen tatsächlich weiterarbeiten will',
          'Gemischte Teams, in denen kein Sektor die Mehrheit hat',
          'Prototypen, die noch am selben Tag mit Betroffenen getestet werden',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'The Co-Creation Lab is the heart of the Visionary Program. It brings together people who rarely sit at the same table – a social entrepreneur, a head of department from a ministry, an HR director, the manager of a care home – and gives them one day to work on a problem that none of them can solve alone.' },
        { type: 'heading', text: 'What makes it work' },
        { type: 'list', items: [
          'A real question brought by an organisation that genuinely intends to act on the results',
          'Mixed teams in which no sector has a majority',
          'Prototypes that are tested with the people affected on the same day',
        ] },
      ],
    },
    duration: { value: 1, unit: 'days' },
    groupSize: { min: 12, max: 30 },
    steps: [
      {
        title: { de: 'Herausforderung schärfen', en: 'Sharpen the challenge' },
        minutes: 45,
        instructions: {
          de: [{ type: 'paragraph', text: 'Die einbringende Organisation stellt das Problem in fünf Minuten vor: Wer ist betroffen, was wurde schon versucht, was steht auf dem Spiel? Danach formulieren die Teilnehmenden es gemeinsam als **„Wie könnten wir …?“-Frage** um, die weder zu breit ist noch die Lösung schon vorwegnimmt.' }],
          en: [{ type: 'paragraph', text: 'The organisation that brings the challenge presents the problem in five minutes: who is affected, what has already been tried, what is at stake? Participants then rewrite it together as a **“How might we …?” question** that is neither too broad nor already contains the solution.' }],
        },
      },
      {
        title: { de: 'Perspektiven sammeln', en: 'Map the perspectives' },
        minutes: 60,
        instructions: {
          de: [{ type: 'list', items: [
            'Gemischte Teams mit vier bis sechs Personen bilden, in denen jeder Sektor vertreten ist',
            'Jede Person beschreibt die Herausforderung aus Sicht ihrer Organisation: Interessen, Zwänge, Ressourcen',
            'Auf einer gemeinsamen Landkarte festhalten, was jeder Sektor beitragen kann, das den anderen fehlt',
          ] }],
          en: [{ type: 'list', items: [
            'Form mixed teams of four to six people in which every sector is represented',
            'Each person describes the challenge from their organisation’s point of view: interests, constraints, resources',
            'Record on a shared map what each sector can contribute that the others lack',
          ] }],
        },
      },
      {
        title: { de: 'Ideen entwickeln', en: 'Generate ideas' },
        minutes: 90,
        instructions: {
          de: [{ type: 'paragraph', text: 'Die Teams sammeln zuerst still und jede Person für sich Ideen und bauen dann auf den Ideen der anderen auf. Ermutigen Sie zu Kombinationen, die erst durch die Zusammenarbeit der Sektoren möglich werden, etwa die Logistik eines Unternehmens in Verbindung mit dem Freiwilligennetz einer NGO.' }],
          en: [{ type: 'paragraph', text: 'Teams first come up with ideas individually and in silence, then build on each other’s ideas. Encourage combinations that only become possible when sectors work together, for example a company’s logistics combined with an NGO’s volunteer network.' }],
        },
      },
      {
        title: { de: 'Prototyp bauen und testen', en: 'Prototype and test' },
        minutes: 120,
        instructions: {
          de: [{ type: 'paragraph', text: 'Jedes Team wählt eine Idee und macht sie greifbar: als Storyboard, Rollenspiel, Modell eines Angebots oder einseitige Partnerschaftsvereinbarung. Testen Sie den Prototyp mit *mindestens zwei Menschen*, die von der Herausforderung betroffen sind, und halten Sie fest, was Sie überrascht hat.' }],
          en: [{ type: 'paragraph', text: 'Each team picks one idea and makes it tangible: as a storyboard, a role play, a mock-up of a service or a one-page partnership agreement. Test the prototype with *at least two people* affected by the challenge and write down what surprised you.' }],
        },
      },
      {
        title: { de: 'Nächste Schritte vereinbaren', en: 'Commit to next steps' },
        minutes: 45,
        instructions: {
          de: [{ type: 'paragraph', text: 'Die Teams stellen ihre Prototypen in jeweils drei Minuten vor. Anschließend notiert jede Person eine konkrete Zusage für die nächsten 30 Tage – was sie tut, mit wem und bis wann – und teilt sie mit der Gruppe.' }],
          en: [{ type: 'paragraph', text: 'Teams present their prototypes in three minutes each. Every participant then writes down one concrete commitment for the next 30 days – what they will do, with whom and by when – and shares it with the group.' }],
        },
      },
    ],
    materials: {
      de: 'Große Wandflächen oder Pinnwände, Flipcharts, Haftnotizen und Marker, einfaches Prototyping-Material (Karton, Scheren, Klebeband, Bausteine), je Team ein ausgedrucktes Briefing zur Herausforderung, ein Timer.',
      en: 'Large wall space or pinboards, flip charts, sticky notes and markers, simple prototyping materials (cardboard, scissors, tape, building bricks), a printed challenge brief for each team, a timer.',
    },
    outcomes: {
      de: [
        'Eine geschärfte, gemeinsam getragene Beschreibung der Herausforderung',
        'Mindestens ein Prototyp, der mit Betroffenen getestet wurde',
        'Persönliche Zusagen für die nächsten 30 Tage',
      ],
      en: [
        'A sharpened description of the challenge that everyone shares',
        'At least one prototype tested with people affected by the challenge',
        'Personal commitments for the next 30 days',
      ],
    },
    facilitatorNotes: {
      de: [
        { type: 'paragraph', text: 'Stimmen Sie die Herausforderung mindestens zwei Wochen vorher mit der einbringenden Organisation ab und sorgen Sie dafür, dass bei der Abschlussrunde jemand mit Entscheidungsbefugnis dabei ist. Sonst verlaufen die Zusagen oft im Sand.' },
        { type: 'paragraph', text: 'Achten Sie auf *sektorale Höflichkeit*: Teilnehmende überlassen das Feld gern den Fachleuten im Raum. Fragen Sie ausdrücklich nach dem Blick von außen, etwa danach, was eine Führungskraft aus der Wirtschaft in einem Problem der Wohlfahrt sieht.' },
      ],
      en: [
        { type: 'paragraph', text: 'Agree on the challenge with the organisation that brings it at least two weeks in advance, and make sure someone with decision-making power attends the final round. Otherwise commitments tend to fizzle out.' },
        { type: 'paragraph', text: 'Watch out for *sector politeness*: participants tend to defer to the experts in the room. Ask explicitly for the outside view, for instance what a business leader notices in a welfare problem.' },
      ],
    },
    imageColor: '#E4572E',
  },

  // ── 2. Peer learning circle (Austria) ──────────────────────────────────
  {
    key: 'fmt-peer-learning-circle',
    tenant: 'austria',
    slug: 'peer-learning-circle',
    visibility: 'network',
    kind: 'peer-learning-circle',
    title: {
      de: 'Kollegiale Lernrunde',
      en: 'Peer Learning Circle',
    },
    summary: {
      de: 'Eine strukturierte, vertrauliche Runde, in der Führungskräfte aus verschiedenen Sektoren einander bei einer echten Führungsfrage aus ihrer Praxis unterstützen.',
      en: 'A structured, confidential round in which leaders from different sectors help one another with a real leadership question from their own practice.',
    },
    description: {
      de: [
        { type: 'paragraph', text: 'Kollegiale Lernrunden begleiten das gesamte Programm. Dieselbe Kleingruppe trifft sich in jeder Session, sodass mit der Zeit Vertrauen wächst und die Teilnehmenden verfolgen können, wie sich die Vorhaben der anderen entwickeln.' },
        { type: 'paragraph', text: 'Das Format beruht auf kollegialer Fallberatung: Eine Person bringt eine Frage ein, die anderen fragen nach, reflektieren und bieten Sichtweisen an – was davon mitgenommen wird, entscheidet die fallgebende Person selbst. Wertvoll wird es durch die **bewusste Mischung der Sektoren**: Eine Beamtin der Stadtverwaltung sieht das Problem eines Unternehmens anders als ein Managerkollege.' },
      ],
      en: [
        { type: 'paragraph', text: 'Peer learning circles run alongside the whole programme. The same small group meets in every session, so trust grows over time and participants can follow how each other’s initiatives develop.' },
        { type: 'paragraph', text: 'The format is based on collegial case consultation: one person brings a question, the others ask, reflect and offer perspectives – and the case giver decides what to take away. What makes it valuable is the **deliberate mix of sectors**: a city official sees a company’s problem differently from a fellow manager.' },
      ],
    },
    duration: { value: 3, unit: 'hours' },
    groupSize: { min: 5, max: 8 },
    steps: [
      {
        title: { de: 'Ankommen', en: 'Check-in' },
        minutes: 15,
        instructions: {
          de: [{ type: 'paragraph', text: 'Jede Person erzählt in ein, zwei Sätzen, was seit dem letzten Treffen passiert ist und wie sie heute ankommt. Vereinbaren Sie, wer einen Fall einbringt.' }],
          en: [{ type: 'paragraph', text: 'Each person shares in one or two sentences what has happened since the last meeting and how they are arriving today. Agree who will bring a case.' }],
        },
      },
      {
        title: { de: 'Fall schildern', en: 'Present the case' },
        minutes: 15,
        instructions: {
          de: [{ type: 'paragraph', text: 'Die fallgebende Person schildert die Situation und schließt mit einer klaren Frage. Die anderen hören zu, ohne zu unterbrechen.' }],
          en: [{ type: 'paragraph', text: 'The case giver describes the situation and ends with one clear question. The others listen without interrupting.' }],
        },
      },
      {
        title: { de: 'Verständnisfragen', en: 'Clarifying questions' },
        minutes: 20,
        instructions: {
          de: [{ type: 'paragraph', text: 'Die Gruppe stellt nur Fragen, die dem Verständnis dienen – keine versteckten Ratschläge. Danach darf die fallgebende Person ihre Frage nachschärfen.' }],
          en: [{ type: 'paragraph', text: 'The group asks only questions that help them understand – no advice in disguise. The case giver may then sharpen their question.' }],
        },
      },
      {
        title: { de: 'Perspektivenrunde', en: 'Round of perspectives' },
        minutes: 40,
        instructions: {
          de: [{ type: 'list', items: [
            'Die fallgebende Person dreht sich weg und hört nur zu',
            'Die anderen teilen Hypothesen, eigene Erfahrungen und mögliche Optionen',
            'Jede Person spricht ausdrücklich aus der Sicht ihres Sektors',
          ] }],
          en: [{ type: 'list', items: [
            'The case giver turns their chair away and only listens',
            'The others share hypotheses, their own experiences and possible options',
            'Everyone speaks explicitly from the perspective of their sector',
          ] }],
        },
      },
      {
        title: { de: 'Resonanz und nächster Schritt', en: 'Response and next step' },
        minutes: 20,
        instructions: {
          de: [{ type: 'paragraph', text: 'Die fallgebende Person wendet sich der Gruppe wieder zu, sagt, was bei ihr angekommen ist, und nennt einen Schritt, den sie bis zum nächsten Treffen geht.' }],
          en: [{ type: 'paragraph', text: 'The case giver turns back to the group, says what resonated and names one step they will take before the next meeting.' }],
        },
      },
      {
        title: { de: 'Abschluss', en: 'Check-out' },
        minutes: 10,
        instructions: {
          de: [{ type: 'paragraph', text: 'Jede Person nennt eine Erkenntnis, die sie für die eigene Führungspraxis mitnimmt.' }],
          en: [{ type: 'paragraph', text: 'Each person names one insight they are taking away for their own leadership practice.' }],
        },
      },
    ],
    materials: {
      de: 'Ein ruhiger Raum mit Stuhlkreis ohne Tische, ein Timer, ein Notizbuch pro Person, eine ausgedruckte Karte mit den Phasen der Runde.',
      en: 'A quiet room with a circle of chairs and no tables, a timer, a notebook for each person, a printed card showing the phases of the round.',
    },
    outcomes: {
      de: [
        'Neue Sichtweisen auf eine echte Führungsfrage',
        'Ein konkreter nächster Schritt für die fallgebende Person',
        'Vertrauensvolle Beziehungen über Sektorgrenzen hinweg, die das Programm überdauern',
      ],
      en: [
        'Fresh perspectives on a real leadership question',
        'A concrete next step for the case giver',
        'Relationships of trust across sectors that outlast the programme',
      ],
    },
    facilitatorNotes: {
      de: [
        { type: 'paragraph', text: 'Halten Sie die Gruppen über das gesamte Programm stabil und sprechen Sie Vertraulichkeit beim ersten Treffen ausdrücklich an. In drei Stunden ist Platz für zwei Fälle.' },
        { type: 'list', items: [
          'Die Rolle der Zeitwächterin oder des Zeitwächters in der Gruppe rotieren lassen',
          'Eingreifen, wenn Ratschläge als Fragen getarnt werden',
          'Nach zwei bis drei Sessions die Gruppe die Runde selbst moderieren lassen',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'Keep the groups stable for the entire programme and address confidentiality explicitly at the first meeting. A three-hour slot leaves room for two cases.' },
        { type: 'list', items: [
          'Rotate the timekeeper role within the group',
          'Step in when advice is disguised as a question',
          'After two or three sessions, let the group facilitate the round itself',
        ] },
      ],
    },
    imageColor: '#4C9F70',
  },

  // ── 3. Learning journey (Austria) ──────────────────────────────────────
  {
    key: 'fmt-learning-journey',
    tenant: 'austria',
    slug: 'learning-journey',
    visibility: 'network',
    kind: 'learning-journey',
    title: {
      de: 'Lernreise zu Social Entrepreneurs',
      en: 'Learning Journey to Social Entrepreneurs',
    },
    summary: {
      de: 'Zwei Tage in Kleingruppen unterwegs bei Sozialunternehmen und ihren Partnern aus Verwaltung und Wirtschaft, um zu erleben, wie Veränderung vor Ort entsteht.',
      en: 'Two days on the road in small groups, visiting social enterprises and their partners in government and business to see how change happens on the ground.',
    },
    description: {
      de: [
        { type: 'paragraph', text: 'Statt in einem Seminarraum über soziale Innovation zu hören, gehen die Teilnehmenden dorthin, wo sie stattfindet. Kleingruppen besuchen drei oder vier Organisationen, sprechen mit Gründerinnen und Gründern, Mitarbeitenden und den Menschen, für die diese arbeiten, und sehen sich die Partnerschaften an, die das Modell tragen.' },
        { type: 'list', items: [
          'Besuche werden erlebt, nicht präsentiert: Die Gastgeber zeigen ihren Arbeitsalltag',
          'Jede Gruppe vereint Menschen aus mindestens drei Sektoren',
          'Jeder Besuch endet mit der Frage: Was könnte meine Organisation morgen anders machen?',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'Instead of hearing about social innovation in a seminar room, participants go where it happens. Small groups visit three or four organisations, talk to founders, staff and the people they serve, and look at the partnerships that keep the model going.' },
        { type: 'list', items: [
          'Visits are experienced, not presented: hosts show their everyday work',
          'Every group brings together people from at least three sectors',
          'Every visit ends with the question: what could my organisation do differently tomorrow?',
        ] },
      ],
    },
    duration: { value: 2, unit: 'days' },
    groupSize: { min: 10, max: 24 },
    steps: [
      {
        title: { de: 'Lernfragen formulieren', en: 'Formulate learning questions' },
        minutes: 60,
        instructions: {
          de: [{ type: 'paragraph', text: 'Vor dem Aufbruch schreibt jede Person zwei Fragen auf, die mit einem echten Thema in ihrer Organisation zusammenhängen. Die Gruppen verdichten sie zu einem kurzen Gesprächsleitfaden.' }],
          en: [{ type: 'paragraph', text: 'Before setting off, each person writes down two questions linked to a real issue in their own organisation. The groups condense them into a short interview guide.' }],
        },
      },
      {
        title: { de: 'Besuchen und beobachten', en: 'Visit and observe' },
        minutes: 240,
        instructions: {
          de: [{ type: 'list', items: [
            'Bei jedem Gastgeber 60 bis 90 Minuten verbringen',
            'Offene Fragen stellen und mehr zuhören als reden',
            'Beobachtungen getrennt von Deutungen notieren',
          ] }],
          en: [{ type: 'list', items: [
            'Spend 60 to 90 minutes with each host',
            'Ask open questions and listen more than you talk',
            'Note observations separately from interpretations',
          ] }],
        },
      },
      {
        title: { de: 'Gemeinsam auswerten', en: 'Make sense together' },
        minutes: 90,
        instructions: {
          de: [{ type: 'paragraph', text: 'Am Ende jedes Tages vergleichen die Gruppen ihre Notizen. Welche Muster zeigen sich über die Besuche hinweg? Was hat überrascht? Welche Annahmen über die anderen Sektoren haben sich bestätigt, welche nicht?' }],
          en: [{ type: 'paragraph', text: 'At the end of each day the groups compare notes. What patterns show up across the visits? What was surprising? Which assumptions about the other sectors were confirmed, and which were not?' }],
        },
      },
      {
        title: { de: 'Transfer in die eigene Organisation', en: 'Transfer to your own organisation' },
        minutes: 90,
        instructions: {
          de: [{ type: 'paragraph', text: 'Jede Person entwirft ein Experiment, das sie in den nächsten zwei Monaten in ihrer Organisation ausprobieren will, und bittet jemanden aus der Gruppe, später nachzufragen, wie es läuft.' }],
          en: [{ type: 'paragraph', text: 'Each person designs one experiment to try in their organisation within the next two months and asks someone from their group to check in later on how it is going.' }],
        },
      },
    ],
    materials: {
      de: 'Briefings für die Gastgeber und ein Routenplan, Fahrscheine für öffentliche Verkehrsmittel, ein Gesprächsleitfaden pro Gruppe, Notizbücher, Kamera oder Handy für Fotos (nur mit Zustimmung der Gastgeber).',
      en: 'Briefings for the hosts and a route plan, public transport tickets, an interview guide per group, notebooks, a camera or phone for photos (only with the hosts’ consent).',
    },
    outcomes: {
      de: [
        'Ein unmittelbares Verständnis dafür, wie Sozialunternehmen und ihre Partner arbeiten',
        'Hinterfragte Annahmen über andere Sektoren',
        'Ein konkretes Experiment pro Person',
      ],
      en: [
        'First-hand understanding of how social enterprises and their partners work',
        'Assumptions about other sectors put to the test',
        'One concrete experiment per person',
      ],
    },
    facilitatorNotes: {
      de: [
        { type: 'paragraph', text: 'Behandeln Sie die Gastgeber als Partner, nicht als Ausstellungsstücke. Informieren Sie sie vorab, wer kommt und warum, halten Sie die vereinbarte Zeit ein und geben Sie etwas zurück, etwa Feedback aus der Gruppe oder den Kontakt zu einer Person, die ihnen weiterhelfen kann.' },
      ],
      en: [
        { type: 'paragraph', text: 'Treat hosts as partners, not as exhibits. Let them know in advance who is coming and why, stick to the agreed time and give something back, such as feedback from the group or an introduction to someone who can help them.' },
      ],
    },
    imageColor: '#F0A202',
  },

  // ── 4. Masterclass (Austria) ───────────────────────────────────────────
  {
    key: 'fmt-masterclass-partnering',
    tenant: 'austria',
    slug: 'masterclass-partnering-with-social-entrepreneurs',
    visibility: 'network',
    kind: 'masterclass',
    title: {
      de: 'Masterclass: Partnerschaften mit Social Entrepreneurs',
      en: 'Masterclass: Partnering with Social Entrepreneurs',
    },
    summary: {
      de: 'Ein intensiver Halbtag über Partnerschaftsmodelle zwischen Unternehmen, öffentlichen Stellen und Social Entrepreneurs – vom Sponsoring bis zur gemeinsamen Gründung.',
      en: 'An intensive half-day on partnership models between companies, public bodies and social entrepreneurs – from sponsorship to co-founding.',
    },
    description: {
      de: [
        { type: 'paragraph', text: 'Viele Organisationen wollen mit Social Entrepreneurs zusammenarbeiten, bleiben aber bei Spende oder Sponsoring stehen. Diese Masterclass zeigt die ganze Bandbreite der Möglichkeiten und was jede davon beiden Seiten abverlangt. Eine Sozialunternehmerin und ihr Partner aus Wirtschaft oder Verwaltung erzählen die Geschichte ihrer Zusammenarbeit – auch das, was schiefgegangen ist.' },
        { type: 'heading', text: 'Behandelte Partnerschaftsmodelle' },
        { type: 'list', items: [
          'Sponsoring und Pro-bono-Unterstützung',
          'Gemeinsame Programme und Beschaffungspartnerschaften',
          'Hybride Wertschöpfungsketten, in denen das Sozialunternehmen Teil des Kerngeschäfts wird',
          'Joint Ventures und gemeinsame Gründungen',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'Many organisations want to work with social entrepreneurs but stop at a donation or a sponsorship. This masterclass shows the full range of options and what each of them demands from both sides. A social entrepreneur and her partner from business or government tell the story of their collaboration – including what went wrong.' },
        { type: 'heading', text: 'Partnership models covered' },
        { type: 'list', items: [
          'Sponsorship and pro bono support',
          'Joint programmes and procurement partnerships',
          'Hybrid value chains in which the social enterprise becomes part of the core business',
          'Joint ventures and co-founding',
        ] },
      ],
    },
    duration: { value: 4, unit: 'hours' },
    groupSize: { min: 15, max: 40 },
    steps: [
      {
        title: { de: 'Input: das Spektrum der Partnerschaften', en: 'Input: the partnership spectrum' },
        minutes: 45,
        instructions: {
          de: [{ type: 'paragraph', text: 'Ein kurzer Input stellt die vier Partnerschaftsmodelle mit je einem Beispiel vor – und die Frage, die zwischen ihnen entscheidet: **Wer trägt welches Risiko, und wem gehört das Ergebnis?**' }],
          en: [{ type: 'paragraph', text: 'A short input introduces the four partnership models with one example each – and the question that decides between them: **who carries which risk, and who owns the result?**' }],
        },
      },
      {
        title: { de: 'Gespräch mit einem Partnerschafts-Tandem', en: 'Conversation with a partnership pair' },
        minutes: 60,
        instructions: {
          de: [{ type: 'paragraph', text: 'Eine Sozialunternehmerin und ihr Partner aus Wirtschaft oder Verwaltung sprechen offen darüber, wie ihre Zusammenarbeit begann, wo sie beinahe gescheitert wäre und was jede Seite lernen musste. Die Teilnehmenden stellen Fragen.' }],
          en: [{ type: 'paragraph', text: 'A social entrepreneur and her partner from business or government talk openly about how their collaboration began, where it almost failed and what each side had to learn. Participants ask questions.' }],
        },
      },
      {
        title: { de: 'Partnerschaftsklinik', en: 'Partnership clinic' },
        minutes: 60,
        instructions: {
          de: [{ type: 'list', items: [
            'Die Teilnehmenden bringen eine Partnerschaft mit, die sie planen oder in der sie feststecken',
            'In Dreiergruppen analysieren sie sie anhand des Partnerschaftsspektrums',
            'Die Gäste wechseln zwischen den Gruppen und bringen ihre Erfahrung ein',
          ] }],
          en: [{ type: 'list', items: [
            'Participants bring a partnership they are planning or are stuck in',
            'In groups of three they analyse it using the partnership spectrum',
            'The guests move between groups and add their experience',
          ] }],
        },
      },
      {
        title: { de: 'Persönlicher Partnerschafts-Canvas', en: 'Personal partnership canvas' },
        minutes: 45,
        instructions: {
          de: [{ type: 'paragraph', text: 'Jede Person füllt einen einseitigen Canvas für eine Partnerschaft aus, die sie anstrebt: gemeinsames Ziel, Beiträge, Risiken, Entscheidungsregeln und ein erster Schritt. Zu zweit geben sie einander Feedback.' }],
          en: [{ type: 'paragraph', text: 'Each person fills in a one-page canvas for a partnership they want to pursue: shared goal, contributions, risks, decision rules and a first step. In pairs they give each other feedback.' }],
        },
      },
    ],
    materials: {
      de: 'Beamer, ausgedruckter Partnerschafts-Canvas im Format A3, ein kurzer Vorbereitungstext zu Partnerschaftsmodellen, Namensschilder mit Angabe des Sektors.',
      en: 'Projector, printed partnership canvas in A3, a short preparatory reading on partnership models, name badges showing each person’s sector.',
    },
    outcomes: {
      de: [
        'Die wichtigsten Partnerschaftsmodelle und ihre Vor- und Nachteile kennen',
        'Ein erster Entwurf für eine Partnerschaft mit einem Social Entrepreneur',
        'Ein ehrlicher Einblick, woran solche Partnerschaften gelingen oder scheitern',
      ],
      en: [
        'Knowledge of the main partnership models and their trade-offs',
        'A first draft of a partnership with a social entrepreneur',
        'An honest picture of what makes such partnerships succeed or fail',
      ],
    },
    facilitatorNotes: {
      de: [
        { type: 'paragraph', text: 'Wählen Sie Gäste, die bereit sind, über Scheitern zu sprechen. Eine geschliffene Erfolgsgeschichte lehrt wenig – in Erinnerung bleiben die Momente der Reibung.' },
      ],
      en: [
        { type: 'paragraph', text: 'Choose guests who are willing to talk about failure. A polished success story teaches little – it is the moments of friction that participants remember.' },
      ],
    },
    imageColor: '#2E86AB',
  },

  // ── 5. Action learning (Austria) ───────────────────────────────────────
  {
    key: 'fmt-action-learning',
    tenant: 'austria',
    slug: 'action-learning-set',
    visibility: 'network',
    kind: 'action-learning',
    title: {
      de: 'Action-Learning-Gruppe',
      en: 'Action Learning Set',
    },
    summary: {
      de: 'Eine kleine, feste Gruppe, die sich zwischen den Sessions trifft, um die realen Veränderungsvorhaben ihrer Mitglieder durch Fragen, Handeln und Reflexion voranzubringen.',
      en: 'A small, stable group that meets between sessions to move each member’s real change initiative forward through questions, action and reflection.',
    },
    description: {
      de: [
        { type: 'paragraph', text: 'Alle Teilnehmenden des Visionary Program arbeiten an einem Veränderungsvorhaben in ihrer Organisation oder mit Partnern. In der Action-Learning-Gruppe wird diese Arbeit unter die Lupe genommen: Die Mitglieder berichten, was sie ausprobiert haben, die Gruppe stellt bohrende Fragen, und jede Person nimmt sich den nächsten Schritt vor. Gelernt wird durch Handeln und Reflektieren, nicht durch Belehrung.' },
        { type: 'quote', text: 'Die Fragen meiner Gruppe haben mir mehr geholfen als jede Antwort, die man mir hätte geben können.' },
      ],
      en: [
        { type: 'paragraph', text: 'Every participant in the Visionary Program works on a change initiative in their own organisation or with partners. The action learning set is where that work is examined: members report what they tried, the group asks probing questions, and each person commits to their next step. Learning comes from doing and reflecting, not from being told.' },
        { type: 'quote', text: 'The questions my set asked me helped me more than any answer anyone could have given me.' },
      ],
    },
    duration: { value: 4, unit: 'hours' },
    groupSize: { min: 4, max: 7 },
    steps: [
      {
        title: { de: 'Fortschrittsrunde', en: 'Progress round' },
        minutes: 30,
        instructions: {
          de: [{ type: 'paragraph', text: 'Jedes Mitglied berichtet in drei Minuten über den Schritt, den es sich beim letzten Mal vorgenommen hat: Was ist passiert, was wurde gelernt, was ist noch offen?' }],
          en: [{ type: 'paragraph', text: 'Each member reports in three minutes on the step they committed to last time: what happened, what they learned, what is still open?' }],
        },
      },
      {
        title: { de: 'Problem vorstellen', en: 'Present a problem' },
        minutes: 20,
        instructions: {
          de: [{ type: 'paragraph', text: 'Ein oder zwei Mitglieder stellen ein aktuelles Problem aus ihrem Vorhaben vor, für das sie noch keine Lösung haben.' }],
          en: [{ type: 'paragraph', text: 'One or two members present a current problem in their initiative that they do not yet know how to solve.' }],
        },
      },
      {
        title: { de: 'Fragen stellen', en: 'Questioning' },
        minutes: 60,
        instructions: {
          de: [{ type: 'list', items: [
            'Die Gruppe stellt ausschließlich offene Fragen und gibt keine Ratschläge',
            'Die Fragen zielen auf Annahmen, Beteiligte und die eigene Rolle der vortragenden Person',
            'Die vortragende Person antwortet kurz und notiert Fragen, die treffen',
          ] }],
          en: [{ type: 'list', items: [
            'The group asks only open questions and gives no advice',
            'Questions target assumptions, stakeholders and the presenter’s own role',
            'The presenter answers briefly and notes the questions that hit home',
          ] }],
        },
      },
      {
        title: { de: 'Handlungsschritte vereinbaren', en: 'Commit to action' },
        minutes: 30,
        instructions: {
          de: [{ type: 'paragraph', text: 'Jede vortragende Person formuliert einen konkreten Schritt für die kommenden Wochen. Die Gruppe prüft, ob er konkret genug ist, im eigenen Einflussbereich liegt und ausreichend mutig ist.' }],
          en: [{ type: 'paragraph', text: 'Each presenter formulates a concrete step for the coming weeks. The group checks that it is specific, within the presenter’s own control and bold enough.' }],
        },
      },
      {
        title: { de: 'Lernen reflektieren', en: 'Reflect on learning' },
        minutes: 20,
        instructions: {
          de: [{ type: 'paragraph', text: 'Zum Abschluss fragt die Gruppe, was jedes Mitglied heute gelernt hat – über das Problem, über sich selbst und über die Zusammenarbeit über Sektorgrenzen hinweg.' }],
          en: [{ type: 'paragraph', text: 'The set closes by asking what each member learned today – about the problem, about themselves and about working across sector boundaries.' }],
        },
      },
    ],
    materials: {
      de: 'Ein ungestörter Raum, ein Flipchart und ein gemeinsames Lernprotokoll, in dem jedes Mitglied zwischen den Treffen Schritte und Erkenntnisse festhält.',
      en: 'A private room, a flip chart and a shared learning log in which each member records steps and insights between meetings.',
    },
    outcomes: {
      de: [
        'Sichtbare Fortschritte bei den Veränderungsvorhaben aller Mitglieder',
        'Geschärfte Fähigkeiten im Fragen und Zuhören',
        'Die Gewohnheit, das eigene Handeln auch im Führungsalltag zu reflektieren',
      ],
      en: [
        'Visible progress on every member’s change initiative',
        'Sharper questioning and listening skills',
        'A habit of reflecting on one’s own actions in everyday leadership',
      ],
    },
    facilitatorNotes: {
      de: [
        { type: 'paragraph', text: 'In den ersten Treffen begleitet eine erfahrene Moderatorin oder ein erfahrener Moderator den Prozess; ab der Mitte des Programms sollte die Gruppe weitgehend selbstständig arbeiten.' },
        { type: 'list', items: [
          'In jeder Gruppe Sektoren mischen',
          'Die Zusammensetzung während des ganzen Programms beibehalten',
          'Sich zwischen zwei Programm-Sessions mindestens einmal treffen',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'In the first meetings an experienced set adviser guides the process; from the middle of the programme onwards the set should largely run itself.' },
        { type: 'list', items: [
          'Mix sectors in every set',
          'Keep the membership unchanged for the whole programme',
          'Meet at least once between any two programme sessions',
        ] },
      ],
    },
    imageColor: '#7B2D8B',
  },

  // ── 6. Study visit (Scandinavia) ───────────────────────────────────────
  {
    key: 'fmt-study-visit',
    tenant: 'scandinavia',
    slug: 'cross-border-study-visit',
    visibility: 'network',
    kind: 'study-visit',
    title: {
      sv: 'Studiebesök över gränserna',
      en: 'Cross-border Study Visit',
    },
    summary: {
      sv: 'En dag hos en verksamhet i ett annat land i nätverket för att se hur offentlig sektor, näringsliv och sociala entreprenörer samarbetar där – och vad som går att ta med hem.',
      en: 'A day with an organisation in another country of the network to see how the public sector, business and social entrepreneurs work together there – and what can be taken home.',
    },
    description: {
      sv: [
        { type: 'paragraph', text: 'Studiebesöket låter deltagarna se sin egen vardag med nya ögon. Samma problem – unga som står utanför arbetsmarknaden, nyanlända som ska etablera sig, äldre som bor ensamma – hanteras ofta helt olika i Stockholm, Wien och Köpenhamn. När man besöker värdar i ett annat land blir det tydligt vilka lösningar som beror på lagar och strukturer och vilka som beror på ledarskap.' },
        { type: 'list', items: [
          'Värdarna väljs för att de representerar ett samarbete mellan minst två sektorer',
          'Deltagarna förbereder sig med en kort bakgrund om landets system',
          'Besöket avslutas alltid med en gemensam reflektion',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'The study visit lets participants see their own daily work with fresh eyes. The same problems – young people shut out of the labour market, newcomers trying to settle, older people living alone – are often handled very differently in Stockholm, Vienna and Copenhagen. Visiting hosts in another country makes it clear which solutions depend on laws and structures and which depend on leadership.' },
        { type: 'list', items: [
          'Hosts are chosen because they represent a partnership between at least two sectors',
          'Participants prepare with a short briefing on the country’s system',
          'The visit always ends with a joint reflection',
        ] },
      ],
    },
    duration: { value: 1, unit: 'days' },
    groupSize: { min: 8, max: 20 },
    steps: [
      {
        title: { sv: 'Förberedelse', en: 'Preparation' },
        minutes: 60,
        instructions: {
          sv: [{ type: 'paragraph', text: 'Deltagarna läser en kort bakgrund om värdlandets välfärds- och arbetsmarknadssystem och formulerar var sin fråga som de vill ha svar på under dagen.' }],
          en: [{ type: 'paragraph', text: 'Participants read a short briefing on the host country’s welfare and labour market system and each formulate one question they want answered during the day.' }],
        },
      },
      {
        title: { sv: 'Välkomnande hos värden', en: 'Welcome by the host' },
        minutes: 45,
        instructions: {
          sv: [{ type: 'paragraph', text: 'Värden berättar om verksamhetens bakgrund, partner och resultat. Be värden att också berätta om ett misslyckande och vad det ledde till.' }],
          en: [{ type: 'paragraph', text: 'The host talks about the organisation’s background, partners and results. Ask the host to also share one failure and what it led to.' }],
        },
      },
      {
        title: { sv: 'Rundvandring och samtal', en: 'Tour and conversations' },
        minutes: 120,
        instructions: {
          sv: [{ type: 'list', items: [
            'Dela upp gruppen i mindre grupper som följer olika medarbetare',
            'Prata med personer i olika roller, även med dem som verksamheten finns till för',
            'Anteckna konkreta arbetssätt, inte bara intryck',
          ] }],
          en: [{ type: 'list', items: [
            'Split into smaller groups that each shadow a different member of staff',
            'Talk to people in different roles, including those the organisation exists to serve',
            'Note concrete working methods, not just impressions',
          ] }],
        },
      },
      {
        title: { sv: 'Gemensam reflektion', en: 'Joint reflection' },
        minutes: 60,
        instructions: {
          sv: [{ type: 'paragraph', text: 'Gruppen samlas och jämför: Vad är annorlunda jämfört med hemma? Vad beror på systemet och vad på människorna? Vad skulle vi kunna pröva själva?' }],
          en: [{ type: 'paragraph', text: 'The group gathers to compare: what is different from home? What is down to the system and what to the people? What could we try ourselves?' }],
        },
      },
      {
        title: { sv: 'Ta med hem', en: 'Take it home' },
        minutes: 30,
        instructions: {
          sv: [{ type: 'paragraph', text: 'Varje deltagare skriver ned en idé att pröva i den egna organisationen och vem hemma som behöver få höra om den.' }],
          en: [{ type: 'paragraph', text: 'Each participant writes down one idea to try in their own organisation and who back home needs to hear about it.' }],
        },
      },
    ],
    materials: {
      sv: 'Bakgrundsmaterial om värdlandet, reseplan, en frågeguide per grupp, anteckningsblock och en liten gåva som tack till värden.',
      en: 'Background material on the host country, a travel plan, a question guide per group, notepads and a small thank-you gift for the host.',
    },
    outcomes: {
      sv: [
        'Insikt i hur samma samhällsproblem hanteras i ett annat land',
        'Förståelse för vad som beror på systemet och vad som beror på ledarskap',
        'En konkret idé att pröva hemma',
      ],
      en: [
        'Insight into how the same social problem is handled in another country',
        'An understanding of what depends on the system and what on leadership',
        'One concrete idea to try at home',
      ],
    },
    facilitatorNotes: {
      sv: [
        { type: 'paragraph', text: 'Planera besöket tillsammans med nätverkets kontor i värdlandet – de känner värdarna och kan förklara sammanhanget. Avsätt tid för tolkning om språket är ett hinder.' },
      ],
      en: [
        { type: 'paragraph', text: 'Plan the visit together with the network’s office in the host country – they know the hosts and can explain the context. Allow time for interpreting if language is a barrier.' },
      ],
    },
    imageColor: '#3D5A80',
  },

  // ── 7. Open space (Scandinavia) ────────────────────────────────────────
  {
    key: 'fmt-open-space',
    tenant: 'scandinavia',
    slug: 'open-space-forum',
    visibility: 'network',
    kind: 'open-space',
    title: {
      sv: 'Open space-forum',
      en: 'Open Space Forum',
    },
    summary: {
      sv: 'Ett självorganiserande möte där deltagarna själva sätter dagordningen kring en gemensam fråga och tar ansvar för de samtal som betyder mest för dem.',
      en: 'A self-organising meeting in which participants set the agenda around a shared question and take responsibility for the conversations that matter most to them.',
    },
    description: {
      sv: [
        { type: 'paragraph', text: 'Open space passar när många aktörer berörs av en fråga men ingen har svaret. Det finns inga talare och ingen färdig agenda – bara en tydlig inbjudningsfråga, en marknadsplats för ämnen och några enkla principer. I programmet används formatet för att öppna nya teman och skörda idéer från hela gruppen.' },
        { type: 'list', items: [
          'De som kommer är rätt personer',
          'Det som händer är det enda som kunde hända',
          'Det börjar när det börjar och är slut när det är slut',
          'Lagen om två fötter: gå dit där du lär dig eller bidrar mest',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'Open space works when many actors are affected by an issue but nobody has the answer. There are no speakers and no fixed agenda – just a clear invitation question, a marketplace of topics and a few simple principles. The programme uses it to open up new themes and to harvest ideas from the whole group.' },
        { type: 'list', items: [
          'Whoever comes are the right people',
          'Whatever happens is the only thing that could have happened',
          'It starts when it starts and it is over when it is over',
          'The law of two feet: go where you learn or contribute the most',
        ] },
      ],
    },
    duration: { value: 5, unit: 'hours' },
    groupSize: { min: 20, max: 150 },
    steps: [
      {
        title: { sv: 'Öppning i cirkel', en: 'Opening circle' },
        minutes: 30,
        instructions: {
          sv: [{ type: 'paragraph', text: 'Alla sitter i en stor cirkel. Värden presenterar inbjudningsfrågan, förklarar principerna och visar den tomma agendaväggen.' }],
          en: [{ type: 'paragraph', text: 'Everyone sits in one large circle. The host presents the invitation question, explains the principles and points to the empty agenda wall.' }],
        },
      },
      {
        title: { sv: 'Marknadsplatsen', en: 'The marketplace' },
        minutes: 30,
        instructions: {
          sv: [{ type: 'paragraph', text: 'Den som brinner för ett ämne skriver det på ett papper, presenterar det kort och sätter upp det på agendaväggen med tid och plats. När alla ämnen är uppe väljer deltagarna fritt var de vill vara med.' }],
          en: [{ type: 'paragraph', text: 'Anyone who cares about a topic writes it on a sheet, introduces it briefly and puts it on the agenda wall with a time and place. Once all topics are up, participants choose freely where to join.' }],
        },
      },
      {
        title: { sv: 'Första samtalsomgången', en: 'First round of conversations' },
        minutes: 75,
        instructions: {
          sv: [{ type: 'list', items: [
            'Den som föreslagit ämnet är värd för samtalet',
            'Värden ser till att samtalet dokumenteras',
            'Deltagarna får byta grupp när som helst',
          ] }],
          en: [{ type: 'list', items: [
            'The person who proposed the topic hosts the conversation',
            'The host makes sure the conversation is documented',
            'Participants may switch groups at any time',
          ] }],
        },
      },
      {
        title: { sv: 'Andra samtalsomgången', en: 'Second round of conversations' },
        minutes: 75,
        instructions: {
          sv: [{ type: 'paragraph', text: 'En ny omgång med nya eller fördjupade ämnen. Uppmuntra grupper som vill gå från idé till handling att formulera konkreta nästa steg.' }],
          en: [{ type: 'paragraph', text: 'A new round with new or deeper topics. Encourage groups that want to move from idea to action to agree on concrete next steps.' }],
        },
      },
      {
        title: { sv: 'Skörd och avslutning', en: 'Harvest and closing' },
        minutes: 45,
        instructions: {
          sv: [{ type: 'paragraph', text: 'Dokumentationen från alla samtal sätts upp på väggen. Deltagarna läser, markerar de initiativ de vill driva vidare och delar i cirkeln vad de tar med sig.' }],
          en: [{ type: 'paragraph', text: 'The notes from every conversation go up on the wall. Participants read them, mark the initiatives they want to take forward and share in the circle what they are taking with them.' }],
        },
      },
    ],
    materials: {
      sv: 'En stor lokal med plats för en cirkel och flera mindre samtalsplatser, en tom agendavägg, A3-papper, tjocka pennor, tejp och dokumentationsmallar.',
      en: 'A large room with space for one circle and several smaller conversation spots, an empty agenda wall, A3 sheets, thick markers, tape and documentation templates.',
    },
    outcomes: {
      sv: [
        'En agenda som speglar det deltagarna verkligen bryr sig om',
        'Dokumentation från alla samtal',
        'Initiativ med namngivna ansvariga',
      ],
      en: [
        'An agenda that reflects what participants genuinely care about',
        'Documentation of every conversation',
        'Initiatives with named owners',
      ],
    },
    facilitatorNotes: {
      sv: [
        { type: 'paragraph', text: 'Lägg mest förberedelsetid på inbjudningsfrågan – den avgör vilka som kommer och vad de pratar om. Under själva mötet ska facilitatorn synas så lite som möjligt.' },
      ],
      en: [
        { type: 'paragraph', text: 'Spend most of your preparation time on the invitation question – it determines who comes and what they talk about. During the meeting itself the facilitator should be as invisible as possible.' },
      ],
    },
    imageColor: '#98C1D9',
  },

  // ── 8. Social design sprint (Germany) ──────────────────────────────────
  {
    key: 'fmt-social-design-sprint',
    tenant: 'germany',
    slug: 'social-design-sprint',
    visibility: 'network',
    kind: 'design-sprint',
    title: {
      de: 'Social Design Sprint',
      en: 'Social Design Sprint',
    },
    summary: {
      de: 'In drei Tagen von einer sozialen Herausforderung zu einem Prototyp, den Betroffene getestet haben – mit einem Team aus Wohlfahrt, Wirtschaft und Sozialunternehmen.',
      en: 'In three days from a social challenge to a prototype tested by the people affected – with a team drawn from welfare, business and social enterprise.',
    },
    description: {
      de: [
        { type: 'paragraph', text: 'Der Social Design Sprint überträgt die Sprint-Methode aus der Produktentwicklung auf soziale Fragen. Ein kleines, gemischtes Team arbeitet drei Tage lang ausschließlich an einer Herausforderung. Anders als im klassischen Sprint sind Menschen, die von dem Problem betroffen sind, **von Anfang an beteiligt** – nicht erst beim Test.' },
        { type: 'heading', text: 'Das Team' },
        { type: 'list', items: [
          'Eine entscheidungsbefugte Person mit Budgetverantwortung',
          'Fachleute aus Wohlfahrtsorganisation und Unternehmen',
          'Mindestens ein Social Entrepreneur',
          'Zwei Menschen mit eigener Erfahrung des Problems',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'The Social Design Sprint takes the sprint method from product development and applies it to social questions. A small, mixed team works on a single challenge for three full days. Unlike in a classic sprint, people affected by the problem are **involved from the start** – not only at the testing stage.' },
        { type: 'heading', text: 'The team' },
        { type: 'list', items: [
          'A decision-maker with budget responsibility',
          'Experts from the welfare organisation and the company',
          'At least one social entrepreneur',
          'Two people with lived experience of the problem',
        ] },
      ],
    },
    duration: { value: 3, unit: 'days' },
    groupSize: { min: 5, max: 9 },
    steps: [
      {
        title: { de: 'Verstehen', en: 'Understand' },
        minutes: 180,
        instructions: {
          de: [{ type: 'paragraph', text: 'Das Team trägt zusammen, was es über das Problem weiß, hört Kurzinterviews mit Betroffenen und Fachleuten und einigt sich auf ein langfristiges Ziel und die kritischsten offenen Fragen.' }],
          en: [{ type: 'paragraph', text: 'The team pools what it knows about the problem, listens to short interviews with people affected and with experts, and agrees on a long-term goal and the most critical open questions.' }],
        },
      },
      {
        title: { de: 'Lösungen skizzieren', en: 'Sketch solutions' },
        minutes: 180,
        instructions: {
          de: [{ type: 'paragraph', text: 'Nach einer Runde mit inspirierenden Beispielen aus anderen Ländern und Branchen skizziert jede Person für sich eine Lösung in mehreren Schritten. Die Skizzen werden anonym an die Wand gehängt.' }],
          en: [{ type: 'paragraph', text: 'After a round of inspiring examples from other countries and sectors, each person sketches a solution on their own, step by step. The sketches are put up on the wall anonymously.' }],
        },
      },
      {
        title: { de: 'Entscheiden', en: 'Decide' },
        minutes: 120,
        instructions: {
          de: [{ type: 'list', items: [
            'Alle Skizzen still lesen und starke Ideen markieren',
            'Die am häufigsten markierten Ideen kurz besprechen',
            'Die entscheidungsbefugte Person wählt aus, was als Prototyp gebaut wird',
            'Ein Storyboard für den Test erstellen',
          ] }],
          en: [{ type: 'list', items: [
            'Read all sketches in silence and mark strong ideas',
            'Briefly discuss the most-marked ideas',
            'The decision-maker chooses what will be prototyped',
            'Create a storyboard for the test',
          ] }],
        },
      },
      {
        title: { de: 'Prototyp bauen', en: 'Build the prototype' },
        minutes: 300,
        instructions: {
          de: [{ type: 'paragraph', text: 'Das Team baut eine realistische Fassade der Lösung: einen Flyer, einen Klick-Dummy, einen Gesprächsleitfaden oder einen nachgestellten Servicekontakt. Entscheidend ist, dass sich der Prototyp für die Testpersonen echt anfühlt – nicht, dass er fertig ist.' }],
          en: [{ type: 'paragraph', text: 'The team builds a realistic facade of the solution: a flyer, a clickable mock-up, a conversation guide or a staged service encounter. What matters is that the prototype feels real to the testers – not that it is finished.' }],
        },
      },
      {
        title: { de: 'Mit Betroffenen testen', en: 'Test with people affected' },
        minutes: 240,
        instructions: {
          de: [{ type: 'paragraph', text: 'Fünf Menschen aus der Zielgruppe testen den Prototyp in Einzelgesprächen. Das übrige Team beobachtet, notiert Reaktionen und legt zum Schluss gemeinsam fest, was bestätigt, verworfen oder weiterentwickelt wird.' }],
          en: [{ type: 'paragraph', text: 'Five people from the target group test the prototype in one-to-one sessions. The rest of the team observes, notes reactions and finally decides together what is confirmed, dropped or developed further.' }],
        },
      },
    ],
    materials: {
      de: 'Ein Projektraum für drei Tage, Whiteboards, Haftnotizen, Klebepunkte, Material für Papierprototypen oder ein einfaches Werkzeug für Klick-Dummys sowie eine Aufwandsentschädigung für die Testpersonen.',
      en: 'A project room for three days, whiteboards, sticky notes, voting dots, paper-prototyping materials or a simple mock-up tool, and compensation for the testers.',
    },
    outcomes: {
      de: [
        'Ein Prototyp, den fünf Menschen aus der Zielgruppe getestet haben',
        'Eine klare Entscheidung über die nächsten Entwicklungsschritte',
        'Ein sektorübergreifendes Team, das gelernt hat, zusammenzuarbeiten',
      ],
      en: [
        'A prototype tested by five people from the target group',
        'A clear decision on the next development steps',
        'A cross-sector team that has learned to work together',
      ],
    },
    facilitatorNotes: {
      de: [
        { type: 'paragraph', text: 'Klären Sie vorab, wie Menschen mit eigener Erfahrung fair beteiligt und entlohnt werden, und schützen Sie sie davor, von Fachjargon überrollt zu werden.' },
        { type: 'paragraph', text: 'Drei Tage sind knapp. Halten Sie die Zeitfenster strikt ein und verschieben Sie Grundsatzdebatten in einen *Themenspeicher*.' },
      ],
      en: [
        { type: 'paragraph', text: 'Clarify in advance how people with lived experience will be involved and paid fairly, and protect them from being swamped by jargon.' },
        { type: 'paragraph', text: 'Three days is tight. Keep strictly to the time boxes and move fundamental debates to a *parking lot*.' },
      ],
    },
    imageColor: '#EE6C4D',
  },
]
