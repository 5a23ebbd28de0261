import type { CaseStudySeed } from './types'

/**
 * Case studies: the refugee-inclusion partnership in Austria and one story for
 * each of the four patterns observed in the Vienna pilot of the Visionary
 * Program. People, most organisations and all figures are illustrative.
 */
export const caseStudies: CaseStudySeed[] = [
  // ── Refugee-inclusion partnership (Austria) ────────────────────────────
  {
    key: 'cs-refugee-inclusion-austria',
    tenant: 'austria',
    slug: 'refugee-inclusion-partnership-austria',
    visibility: 'network',
    title: {
      de: 'Gemeinsam ankommen: Inklusion von Geflüchteten in ganz Österreich',
      en: 'Arriving Together: Refugee Inclusion across Austria',
    },
    summary: {
      de: 'Aus dem Visionary Program heraus gründeten das Österreichische Rote Kreuz, Brightfield Consulting und Visionary Österreich eine Partnerschaft, die die wirksamsten Lösungen für die Inklusion von Geflüchteten per Crowdsourcing in ganz Österreich sammelt, prüft und verbreitet.',
      en: 'Growing out of the Visionary Program, the Austrian Red Cross, Brightfield Consulting and Visionary Austria formed a partnership that crowdsources, tests and spreads the most effective solutions for refugee inclusion across Austria.',
    },
    challenge: {
      de: [
        { type: 'paragraph', text: 'Im Herbst 2015 kamen innerhalb weniger Monate Zehntausende Schutzsuchende nach Österreich. Dank des enormen Einsatzes von Behörden, Hilfsorganisationen und Freiwilligen gelang die Erstversorgung. Danach stellte sich jedoch eine schwierigere Frage: Wie gelingt das Ankommen auf Dauer – in Wohnung, Sprache, Arbeit und Nachbarschaft?' },
        { type: 'paragraph', text: 'Überall im Land entstanden gute Ideen: Sprachcafés, Mentoringprogramme, Initiativen für Wohnraum oder den Berufseinstieg. Sie blieben aber oft lokal, kaum bekannt und unterfinanziert, während die herkömmlichen staatlichen Programme allein nicht ausreichten.' },
      ],
      en: [
        { type: 'paragraph', text: 'In autumn 2015, tens of thousands of people seeking protection arrived in Austria within a few months. Thanks to an enormous effort by authorities, aid organisations and volunteers, emergency care worked. But then a harder question arose: how can people settle for good – in housing, language, work and the neighbourhood?' },
        { type: 'paragraph', text: 'Good ideas sprang up all over the country: language cafés, mentoring schemes, initiatives for housing or for getting into work. Yet they often stayed local, little known and underfunded, while conventional state programmes alone were not enough.' },
      ],
    },
    approach: {
      de: [
        { type: 'paragraph', text: 'Teilnehmende des ersten Visionary-Program-Jahrgangs in Wien – eine Führungskraft des Roten Kreuzes, ein Partner von Brightfield Consulting und das Team von Visionary Österreich – beschlossen, ihre Stärken zu bündeln, statt ein weiteres Einzelprojekt zu starten.' },
        { type: 'list', items: [
          'Das **Rote Kreuz** brachte seine Präsenz in allen Bundesländern und den direkten Kontakt zu Geflüchteten und Freiwilligen ein',
          '**Brightfield Consulting** entwickelte die digitale Plattform und den Auswahlprozess und stellte Beraterinnen und Berater pro bono zur Verfügung',
          '**Visionary Österreich** öffnete sein Netzwerk von Social Entrepreneurs und begleitete die ausgewählten Initiativen beim Wachsen',
          'Weitere Partner aus Wirtschaft, Verwaltung und Stiftungen stellten Mentoring, Räume und Startkapital bereit',
        ] },
        { type: 'paragraph', text: 'In einem offenen Aufruf konnten Initiativen, Gemeinden, Unternehmen und Geflüchtete selbst ihre Lösungen einreichen. Eine Jury aus allen Sektoren – darunter Menschen mit eigener Fluchterfahrung – wählte die vielversprechendsten aus.' },
      ],
      en: [
        { type: 'paragraph', text: 'Participants in the first Visionary Program cohort in Vienna – a senior manager of the Red Cross, a partner at Brightfield Consulting and the Visionary Austria team – decided to pool their strengths instead of launching yet another standalone project.' },
        { type: 'list', items: [
          'The **Red Cross** contributed its presence in every federal state and its direct contact with refugees and volunteers',
          '**Brightfield Consulting** built the digital platform and the selection process and provided consultants pro bono',
          '**Visionary Austria** opened up its network of social entrepreneurs and supported the selected initiatives as they grew',
          'Further partners from business, government and foundations provided mentoring, space and seed funding',
        ] },
        { type: 'paragraph', text: 'Through an open call, initiatives, municipalities, companies and refugees themselves could submit their solutions. A jury drawn from all sectors – including people who had themselves been forced to flee – selected the most promising ones.' },
      ],
    },
    outcome: {
      de: [
        { type: 'paragraph', text: 'Innerhalb von zwölf Monaten gingen Lösungen aus allen neun Bundesländern ein. Die ausgewählten Initiativen erhielten ein halbes Jahr lang Beratung, Mentoring und Zugang zu Partnern; mehrere von ihnen wurden in weitere Regionen übertragen.' },
        { type: 'paragraph', text: 'Ebenso wichtig war die Partnerschaft selbst: Eine Hilfsorganisation, ein Beratungsunternehmen und ein Netzwerk von Social Entrepreneurs haben gelernt, *gemeinsam* Verantwortung für eine gesellschaftliche Aufgabe zu übernehmen – ein Muster, das seither auch bei anderen Themen aufgegriffen wird.' },
      ],
      en: [
        { type: 'paragraph', text: 'Within twelve months, solutions had been submitted from all nine federal states. The selected initiatives received six months of advice, mentoring and access to partners, and several of them were replicated in other regions.' },
        { type: 'paragraph', text: 'The partnership itself mattered just as much: an aid organisation, a consultancy and a network of social entrepreneurs learned to take *shared* responsibility for a societal challenge – a pattern that has since been taken up for other issues as well.' },
      ],
    },
    partners: [
      {
        organization: 'austrian-red-cross',
        role: {
          de: 'Mitinitiator; Zugang zu Geflüchteten und Freiwilligen in allen Bundesländern',
          en: 'Co-initiator; access to refugees and volunteers in every federal state',
        },
      },
      {
        organization: 'brightfield-consulting',
        role: {
          de: 'Mitinitiator; Plattform, Auswahlprozess und Pro-bono-Beratung',
          en: 'Co-initiator; platform, selection process and pro bono consulting',
        },
      },
      {
        organization: 'visionary-austria',
        role: {
          de: 'Mitinitiator; Netzwerk von Social Entrepreneurs und Begleitung der Initiativen',
          en: 'Co-initiator; network of social entrepreneurs and support for the initiatives',
        },
      },
      {
        organization: 'donauwelle-foundation',
        role: {
          de: 'Förderpartnerin; Startkapital für ausgewählte Initiativen',
          en: 'Funding partner; seed funding for selected initiatives',
        },
      },
    ],
    sectors: ['civil-society', 'business', 'public-sector', 'philanthropy'],
    topics: ['refugee-inclusion', 'cross-sector-collaboration', 'co-creation', 'social-innovation'],
    country: 'AT',
    year: 2016,
    impact: [
      {
        label: { de: 'Eingereichte Lösungen', en: 'Solutions submitted' },
        value: 312,
        unit: { de: 'Einreichungen', en: 'submissions' },
      },
      {
        label: { de: 'Erreichte Bundesländer', en: 'Federal states reached' },
        value: 9,
        unit: { de: 'Bundesländer', en: 'federal states' },
      },
      {
        label: { de: 'Begleitete Initiativen', en: 'Initiatives supported' },
        value: 20,
        unit: { de: 'Initiativen', en: 'initiatives' },
      },
      {
        label: { de: 'Pro-bono-Beratung', en: 'Pro bono consulting' },
        value: 2400,
        unit: { de: 'Stunden', en: 'hours' },
      },
    ],
    quote: {
      text: {
        de: 'Keiner von uns hätte das allein geschafft. Das Rote Kreuz kennt die Menschen, wir kennen Prozesse, und die Social Entrepreneurs wissen, wie aus einer Idee etwas wird, das trägt.',
        en: 'None of us could have done this alone. The Red Cross knows the people, we know processes, and the social entrepreneurs know how to turn an idea into something that lasts.',
      },
      author: 'Markus Leitner, Brightfield Consulting',
    },
    relatedFormats: ['fmt-co-creation-lab', 'fmt-open-space'],
    relatedCurricula: ['cur-visionary-program-austria'],
    imageColor: '#C8102E',
  },

  // ── Pattern a: business leaders become co-founders (Austria) ───────────
  {
    key: 'cs-business-cofounders',
    tenant: 'austria',
    slug: 'from-sponsor-to-co-founder',
    visibility: 'network',
    title: {
      de: 'Von der Sponsorin zur Mitgründerin: eine Lehrakademie für das Handwerk',
      en: 'From Sponsor to Co-founder: an Apprenticeship Academy for the Trades',
    },
    summary: {
      de: 'Die Geschäftsführerin eines niederösterreichischen Haustechnikbetriebs und der Gründer des Sozialunternehmens Lehrwerk lernten sich im Visionary Program kennen – und gründeten gemeinsam eine Akademie, die Jugendliche ohne Lehrstelle ins Handwerk bringt.',
      en: 'The managing director of a building-services company in Lower Austria and the founder of the social enterprise Lehrwerk met in the Visionary Program – and together founded an academy that brings young people without an apprenticeship place into the skilled trades.',
    },
    challenge: {
      de: [
        { type: 'paragraph', text: 'Steinhofer Haustechnik fand seit Jahren kaum noch Lehrlinge, obwohl zur selben Zeit viele Jugendliche in der Region keine Lehrstelle bekamen. Das Unternehmen unterstützte Lehrwerk bereits mit Spenden, an der eigenen Personalnot änderte das aber nichts.' },
        { type: 'paragraph', text: 'Lehrwerk wiederum bereitete Jugendliche erfolgreich vor, scheiterte aber oft am Übergang: Viele Betriebe scheuten das Risiko, jemanden ohne guten Schulabschluss aufzunehmen.' },
      ],
      en: [
        { type: 'paragraph', text: 'For years Steinhofer Haustechnik had struggled to find apprentices, even though at the same time many young people in the region could not get an apprenticeship place. The company was already supporting Lehrwerk with donations, but that did nothing to ease its own staff shortage.' },
        { type: 'paragraph', text: 'Lehrwerk, in turn, was preparing young people successfully but often stumbled at the hand-over: many firms shied away from the risk of taking on someone without good school grades.' },
      ],
    },
    approach: {
      de: [
        { type: 'paragraph', text: 'Im Co-Creation-Lab des Programms saßen Martina Steinhofer und Lehrwerk-Gründer David Okafor zum ersten Mal nicht als Spenderin und Empfänger am Tisch, sondern als zwei Unternehmer mit einem gemeinsamen Problem. Daraus entstand die Idee einer gemeinsamen Gesellschaft.' },
        { type: 'list', items: [
          'Beide Partner halten Anteile an der Lehrwerk Akademie und tragen gemeinsam das Risiko',
          'Steinhofer stellt Werkstatt, Ausbildnerinnen und Ausbildner sowie echte Kundenaufträge',
          'Lehrwerk bringt Pädagogik, Sozialarbeit und den Zugang zu Jugendlichen ein',
          'Weitere Betriebe der Region können als Ausbildungspartner einsteigen',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'In the programme’s co-creation lab, Martina Steinhofer and Lehrwerk founder David Okafor sat at the table for the first time not as donor and recipient but as two entrepreneurs with a shared problem. That gave rise to the idea of a jointly owned company.' },
        { type: 'list', items: [
          'Both partners hold shares in the Lehrwerk Academy and share the risk',
          'Steinhofer provides the workshop, trainers and real customer jobs',
          'Lehrwerk contributes teaching expertise, social work and access to young people',
          'Other companies in the region can join as training partners',
        ] },
      ],
    },
    outcome: {
      de: [
        { type: 'paragraph', text: 'Seit der Gründung haben 64 Jugendliche das Vorbereitungsjahr der Akademie durchlaufen, rund drei Viertel von ihnen haben danach eine reguläre Lehre begonnen. Zwölf weitere Betriebe bilden inzwischen mit aus.' },
        { type: 'paragraph', text: 'Für Martina Steinhofer hat sich die eigene Rolle verändert: **von der Sponsorin zur Mitgründerin**. Die Partnerschaft ist heute Teil der Unternehmensstrategie und nicht mehr ein Posten im Spendenbudget.' },
      ],
      en: [
        { type: 'paragraph', text: 'Since it was founded, 64 young people have completed the academy’s preparatory year, and around three quarters of them have gone on to a regular apprenticeship. Twelve more companies now take part in the training.' },
        { type: 'paragraph', text: 'For Martina Steinhofer, her own role has changed: **from sponsor to co-founder**. The partnership is now part of the company’s strategy rather than a line in its donations budget.' },
      ],
    },
    partners: [
      {
        organization: 'steinhofer-haustechnik',
        role: {
          de: 'Mitgründer und Ausbildungsbetrieb',
          en: 'Co-founder and training company',
        },
      },
      {
        organization: 'lehrwerk',
        role: {
          de: 'Mitgründer; pädagogisches Konzept und Begleitung der Jugendlichen',
          en: 'Co-founder; teaching approach and support for the young people',
        },
      },
      {
        organization: 'visionary-austria',
        role: {
          de: 'Programm und Begleitung der Partnerschaft',
          en: 'Programme and partnership support',
        },
      },
    ],
    sectors: ['business', 'civil-society'],
    topics: ['youth-unemployment', 'social-entrepreneurship', 'cross-sector-collaboration', 'leadership'],
    country: 'AT',
    year: 2017,
    impact: [
      {
        label: { de: 'Jugendliche im Vorbereitungsjahr', en: 'Young people in the preparatory year' },
        value: 64,
        unit: { de: 'Personen', en: 'people' },
      },
      {
        label: { de: 'Übertritt in eine reguläre Lehre', en: 'Progression to a regular apprenticeship' },
        value: 76,
        unit: { de: '%', en: '%' },
      },
      {
        label: { de: 'Zusätzliche Ausbildungsbetriebe', en: 'Additional training companies' },
        value: 12,
        unit: { de: 'Betriebe', en: 'companies' },
      },
    ],
    quote: {
      text: {
        de: 'Früher habe ich einmal im Jahr einen Scheck überreicht. Heute sitzen wir jeden Monat gemeinsam über den Zahlen – und ich habe endlich wieder Lehrlinge.',
        en: 'I used to hand over a cheque once a year. Now we go through the numbers together every month – and at last I have apprentices again.',
      },
      author: 'Martina Steinhofer, Steinhofer Haustechnik GmbH',
    },
    relatedFormats: ['fmt-co-creation-lab', 'fmt-masterclass-partnering'],
    relatedCurricula: ['cur-visionary-program-austria'],
    imageColor: '#2E7D32',
  },

  // ── Pattern b: public-sector intrapreneurs (Scandinavia) ───────────────
  {
    key: 'cs-public-intrapreneurs',
    tenant: 'scandinavia',
    slug: 'public-intrapreneurs-norrvik',
    visibility: 'network',
    title: {
      sv: 'Inifrån och ut: när kommunen bjöd in de sociala entreprenörerna',
      da: 'Indefra og ud: da kommunen inviterede de sociale iværksættere ind',
      nb: 'Innenfra og ut: da kommunen inviterte de sosiale entreprenørene inn',
      en: 'From the Inside Out: When the Municipality Invited Social Entrepreneurs In',
    },
    summary: {
      sv: 'En enhetschef på Norrviks arbetsmarknadsförvaltning använde det hon lärt sig i Visionary Program för att bygga ett partnerskap med två idéburna sociala företag – och fick fler unga och nyanlända i arbete.',
      da: 'En enhedschef i Norrvik Kommunes arbejdsmarkedsforvaltning brugte det, hun havde lært i Visionary Program, til at opbygge et partnerskab med to socialøkonomiske virksomheder – og fik flere unge og nyankomne i arbejde.',
      nb: 'En enhetsleder i arbeidsmarkedsetaten i Norrvik kommune brukte det hun hadde lært i Visionary Program, til å bygge et partnerskap med to sosiale virksomheter – og fikk flere unge og nyankomne i arbeid.',
      en: 'A unit manager at Norrvik’s labour market department used what she had learned in the Visionary Program to build a partnership with two non-profit social enterprises – and got more young people and newcomers into work.',
    },
    challenge: {
      sv: [
        { type: 'paragraph', text: 'Norrvik hade i flera år en av de högsta andelarna unga som varken arbetade eller studerade i regionen, och många nyanlända blev kvar länge i etableringsinsatser utan att komma närmare ett jobb. Kommunens egna program nådde inte fram till dem som stod längst från arbetsmarknaden.' },
        { type: 'paragraph', text: 'Samtidigt fanns det sociala företag i kommunen med goda resultat, men de fick bara kortsiktiga projektmedel eller tvingades konkurrera i upphandlingar där priset vägde tyngst.' },
      ],
      da: [
        { type: 'paragraph', text: 'Norrvik havde i flere år en af de højeste andele af unge uden job eller uddannelse i regionen, og mange nyankomne blev længe i integrationsforløb uden at komme tættere på et job. Kommunens egne programmer nåede ikke ud til dem, der stod længst fra arbejdsmarkedet.' },
        { type: 'paragraph', text: 'Samtidig fandtes der socialøkonomiske virksomheder i kommunen med gode resultater, men de fik kun kortvarige projektmidler eller måtte konkurrere i udbud, hvor prisen vejede tungest.' },
      ],
      nb: [
        { type: 'paragraph', text: 'Norrvik hadde i flere år en av de høyeste andelene unge utenfor arbeid og utdanning i regionen, og mange nyankomne ble værende lenge i introduksjonstiltak uten å komme nærmere en jobb. Kommunens egne programmer nådde ikke fram til dem som sto lengst unna arbeidslivet.' },
        { type: 'paragraph', text: 'Samtidig fantes det sosiale virksomheter i kommunen med gode resultater, men de fikk bare kortsiktige prosjektmidler eller måtte konkurrere i anbud der prisen veide tyngst.' },
      ],
      en: [
        { type: 'paragraph', text: 'For several years Norrvik had one of the highest shares of young people neither working nor studying in the region, and many newcomers stayed in settlement programmes for a long time without getting any closer to a job. The municipality’s own programmes were not reaching those furthest from the labour market.' },
        { type: 'paragraph', text: 'At the same time, there were social enterprises in the municipality with good results, but they received only short-term project grants or had to compete in tenders where price was the deciding factor.' },
      ],
    },
    approach: {
      sv: [
        { type: 'paragraph', text: 'Enhetschefen Sara Lindqvist deltog i den skandinaviska upplagan av Visionary Program. Under ett studiebesök i Wien och i sin action learning-grupp insåg hon att hon inte behövde uppfinna nya insatser – hon behövde öppna förvaltningen för dem som redan lyckades. Hon blev en *intraprenör*: en förändringsledare inifrån den offentliga organisationen.' },
        { type: 'list', items: [
          'Ett idéburet offentligt partnerskap (IOP) ersatte upphandlingen och gav Språkbron och Kodstugan treåriga avtal',
          'Kommunen och de sociala företagen satte gemensamma mål och följde upp dem varje kvartal',
          'Handläggare och sociala entreprenörer arbetade i blandade team kring varje deltagare',
          'Lokala arbetsgivare knöts till partnerskapet som praktik- och anställningsplatser',
        ] },
      ],
      da: [
        { type: 'paragraph', text: 'Enhedschef Sara Lindqvist deltog i den skandinaviske udgave af Visionary Program. Under et studiebesøg i Wien og i sin action learning-gruppe indså hun, at hun ikke behøvede at opfinde nye indsatser – hun skulle åbne forvaltningen for dem, der allerede havde succes. Hun blev *intraprenør*: en forandringsagent inde fra den offentlige organisation.' },
        { type: 'list', items: [
          'Et idébaseret offentligt partnerskab (IOP) erstattede udbuddet og gav Språkbron og Kodstugan treårige aftaler',
          'Kommunen og de socialøkonomiske virksomheder satte fælles mål og fulgte op på dem hvert kvartal',
          'Sagsbehandlere og sociale iværksættere arbejdede i blandede teams omkring hver deltager',
          'Lokale arbejdsgivere blev knyttet til partnerskabet som praktik- og ansættelsessteder',
        ] },
      ],
      nb: [
        { type: 'paragraph', text: 'Enhetsleder Sara Lindqvist deltok i den skandinaviske utgaven av Visionary Program. Under et studiebesøk i Wien og i sin action learning-gruppe innså hun at hun ikke trengte å finne opp nye tiltak – hun måtte åpne etaten for dem som allerede lyktes. Hun ble en *intraprenør*: en endringsagent innenfra den offentlige organisasjonen.' },
        { type: 'list', items: [
          'Et idébasert offentlig partnerskap (IOP) erstattet anbudet og ga Språkbron og Kodstugan treårige avtaler',
          'Kommunen og de sosiale virksomhetene satte felles mål og fulgte dem opp hvert kvartal',
          'Saksbehandlere og sosiale entreprenører jobbet i blandede team rundt hver deltaker',
          'Lokale arbeidsgivere ble knyttet til partnerskapet som praksis- og arbeidsplasser',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'Unit manager Sara Lindqvist took part in the Scandinavian edition of the Visionary Program. During a study visit to Vienna and in her action learning set she realised that she did not need to invent new programmes – she needed to open the department up to those who were already succeeding. She became an *intrapreneur*: a changemaker working from inside the public organisation.' },
        { type: 'list', items: [
          'An idea-driven public partnership (IOP) replaced the tender and gave Språkbron and Kodstugan three-year agreements',
          'The municipality and the social enterprises set shared goals and reviewed them every quarter',
          'Caseworkers and social entrepreneurs worked in mixed teams around each participant',
          'Local employers joined the partnership, offering work placements and jobs',
        ] },
      ],
    },
    outcome: {
      sv: [
        { type: 'paragraph', text: 'Under de tre första åren deltog 240 personer. Efter tolv månader var 46 procent i arbete eller studier, jämfört med omkring 30 procent i kommunens tidigare insatser. Modellen har sedan dess spridits till två grannkommuner.' },
        { type: 'paragraph', text: 'Lika viktig är förändringen inom förvaltningen: sociala entreprenörer ses i dag som **partner i utvecklingsarbetet**, inte som leverantörer.' },
      ],
      da: [
        { type: 'paragraph', text: 'I de første tre år deltog 240 personer. Efter tolv måneder var 46 procent i job eller uddannelse mod omkring 30 procent i kommunens tidligere indsatser. Modellen er siden blevet udbredt til to nabokommuner.' },
        { type: 'paragraph', text: 'Lige så vigtig er forandringen i forvaltningen: Sociale iværksættere ses i dag som **partnere i udviklingsarbejdet**, ikke som leverandører.' },
      ],
      nb: [
        { type: 'paragraph', text: 'I løpet av de tre første årene deltok 240 personer. Etter tolv måneder var 46 prosent i arbeid eller utdanning, sammenlignet med rundt 30 prosent i kommunens tidligere tiltak. Modellen har siden blitt spredt til to nabokommuner.' },
        { type: 'paragraph', text: 'Like viktig er endringen i etaten: Sosiale entreprenører blir i dag sett på som **partnere i utviklingsarbeidet**, ikke som leverandører.' },
      ],
      en: [
        { type: 'paragraph', text: 'In the first three years, 240 people took part. After twelve months, 46 per cent were in work or education, compared with around 30 per cent in the municipality’s previous programmes. The model has since spread to two neighbouring municipalities.' },
        { type: 'paragraph', text: 'Just as important is the change within the department: social entrepreneurs are now seen as **partners in development work**, not as suppliers.' },
      ],
    },
    partners: [
      {
        organization: 'norrvik-labour-market',
        role: {
          sv: 'Initiativtagare och avtalspart i partnerskapet',
          da: 'Initiativtager og aftalepart i partnerskabet',
          nb: 'Initiativtaker og avtalepart i partnerskapet',
          en: 'Initiator and contracting party in the partnership',
        },
      },
      {
        organization: 'sprakbron',
        role: {
          sv: 'Partner för språk och arbete för nyanlända',
          da: 'Partner for sprog og arbejde for nyankomne',
          nb: 'Partner for språk og arbeid for nyankomne',
          en: 'Partner for language learning and work for newcomers',
        },
      },
      {
        organization: 'kodstugan',
        role: {
          sv: 'Partner för unga på väg in i digitala yrken',
          da: 'Partner for unge på vej ind i digitale fag',
          nb: 'Partner for unge på vei inn i digitale yrker',
          en: 'Partner for young people entering digital jobs',
        },
      },
      {
        organization: 'visionary-scandinavia',
        role: {
          sv: 'Programmet och processtöd',
          da: 'Programmet og processtøtte',
          nb: 'Programmet og prosesstøtte',
          en: 'Programme and process support',
        },
      },
    ],
    sectors: ['public-sector', 'civil-society', 'business'],
    topics: ['youth-unemployment', 'refugee-inclusion', 'social-entrepreneurship', 'cross-sector-collaboration'],
    country: 'SE',
    year: 2019,
    impact: [
      {
        label: { sv: 'Deltagare under tre år', da: 'Deltagere over tre år', nb: 'Deltakere over tre år', en: 'Participants over three years' },
        value: 240,
        unit: { sv: 'personer', da: 'personer', nb: 'personer', en: 'people' },
      },
      {
        label: { sv: 'I arbete eller studier efter tolv månader', da: 'I job eller uddannelse efter tolv måneder', nb: 'I arbeid eller utdanning etter tolv måneder', en: 'In work or education after twelve months' },
        value: 46,
        unit: { sv: '%', da: '%', nb: '%', en: '%' },
      },
      {
        label: { sv: 'Kommuner som använder modellen', da: 'Kommuner, der bruger modellen', nb: 'Kommuner som bruker modellen', en: 'Municipalities using the model' },
        value: 3,
        unit: { sv: 'kommuner', da: 'kommuner', nb: 'kommuner', en: 'municipalities' },
      },
    ],
    quote: {
      text: {
        sv: 'Jag trodde att mitt jobb var att beställa tjänster. Nu ser jag att det handlar om att bygga ett system där de som redan kan lösa problemen får plats.',
        da: 'Jeg troede, at mit job var at bestille ydelser. Nu kan jeg se, at det handler om at bygge et system, hvor dem, der allerede kan løse problemerne, får plads.',
        nb: 'Jeg trodde jobben min var å bestille tjenester. Nå ser jeg at den handler om å bygge et system der de som allerede kan løse problemene, får plass.',
        en: 'I thought my job was to order services. Now I can see that it is about building a system in which those who can already solve the problems have room to do so.',
      },
      author: 'Sara Lindqvist, Norrviks kommun',
    },
    relatedFormats: ['fmt-study-visit', 'fmt-action-learning'],
    relatedCurricula: ['cur-visionary-program-scandinavia'],
    imageColor: '#6A1B9A',
  },

  // ── Pattern c: consultants advising on social change (Austria) ─────────
  {
    key: 'cs-consultants-social-change',
    tenant: 'austria',
    slug: 'consulting-for-social-change',
    visibility: 'tenant',
    title: {
      de: 'Beratung für gesellschaftlichen Wandel: ein neues Geschäftsfeld bei Brightfield',
      en: 'Consulting for Social Change: a New Practice at Brightfield',
    },
    summary: {
      de: 'Nach dem Visionary Program baute ein Team von Brightfield Consulting eine Beratungspraxis für gesellschaftlichen Wandel, soziales Unternehmertum und Co-Creation auf – und erprobte sie zuerst mit einer Stiftung und ihren Förderpartnern.',
      en: 'After the Visionary Program, a team at Brightfield Consulting built a consulting practice for social change, social entrepreneurship and co-creation – and tried it out first with a foundation and its grantees.',
    },
    challenge: {
      de: [
        { type: 'paragraph', text: 'Kundinnen und Kunden fragten Brightfield immer öfter, wie sie gesellschaftliche Wirkung in ihr Kerngeschäft bringen oder mit Sozialunternehmen zusammenarbeiten können. Die klassischen Werkzeuge der Strategieberatung passten dafür nur bedingt: Sie setzen auf einen klaren Auftraggeber, messbare Renditen und fertige Lösungen.' },
        { type: 'paragraph', text: 'Die Donauwelle Privatstiftung wiederum wollte weg von vielen kleinen Einzelförderungen und hin zu Partnerschaften, in denen Stiftung und Geförderte gemeinsam Lösungen entwickeln – wusste aber nicht, wie.' },
      ],
      en: [
        { type: 'paragraph', text: 'Clients increasingly asked Brightfield how to bring social impact into their core business or how to work with social enterprises. The classic tools of strategy consulting were only partly suited to this: they rely on a single clear client, measurable returns and ready-made solutions.' },
        { type: 'paragraph', text: 'The Donauwelle Foundation, for its part, wanted to move away from many small one-off grants towards partnerships in which the foundation and its grantees develop solutions together – but did not know how.' },
      ],
    },
    approach: {
      de: [
        { type: 'paragraph', text: 'Zwei Partner von Brightfield hatten im Visionary Program erlebt, wie Co-Creation-Labs und kollegiale Lernrunden Menschen aus verschiedenen Sektoren zu gemeinsamen Lösungen führen. Sie machten aus diesen Formaten ein Beratungsangebot und bildeten dafür ein eigenes Team aus.' },
        { type: 'list', items: [
          'Vierzehn Beraterinnen und Berater wurden in der Moderation von Co-Creation-Prozessen ausgebildet',
          'Jedes Projektteam arbeitet mit mindestens einem Social Entrepreneur als Sparringspartner',
          'Das erste Mandat: ein gemeinsamer Strategieprozess der Donauwelle Privatstiftung mit ihren Förderpartnern',
          'Ein Teil der Stunden wird pro bono für Sozialunternehmen geleistet',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'Two Brightfield partners had seen in the Visionary Program how co-creation labs and peer learning circles lead people from different sectors to shared solutions. They turned these formats into a consulting offer and trained a dedicated team.' },
        { type: 'list', items: [
          'Fourteen consultants were trained to facilitate co-creation processes',
          'Every project team works with at least one social entrepreneur as a sparring partner',
          'The first engagement: a joint strategy process between the Donauwelle Foundation and its grantees',
          'Some of the hours are given pro bono to social enterprises',
        ] },
      ],
    },
    outcome: {
      de: [
        { type: 'paragraph', text: 'Aus dem Pilotprojekt ist ein eigenes Geschäftsfeld geworden. In den ersten beiden Jahren begleitete das Team neun Co-Creation-Prozesse für Unternehmen, Stiftungen und öffentliche Stellen. Die Donauwelle Privatstiftung vergibt heute den Großteil ihrer Mittel in mehrjährigen Partnerschaften.' },
        { type: 'paragraph', text: 'Damit ist eingetreten, was das Visionary Program anstoßen will: Beraterinnen und Berater tragen *neue Formen der Zusammenarbeit* in Organisationen, die sonst kaum damit in Berührung gekommen wären.' },
      ],
      en: [
        { type: 'paragraph', text: 'The pilot has grown into a practice of its own. In its first two years the team facilitated nine co-creation processes for companies, foundations and public bodies. The Donauwelle Foundation now awards most of its funding through multi-year partnerships.' },
        { type: 'paragraph', text: 'This is exactly what the Visionary Program sets out to trigger: consultants carry *new forms of collaboration* into organisations that would otherwise hardly have come across them.' },
      ],
    },
    partners: [
      {
        organization: 'brightfield-consulting',
        role: {
          de: 'Aufbau und Betrieb der Beratungspraxis',
          en: 'Built and runs the consulting practice',
        },
      },
      {
        organization: 'donauwelle-foundation',
        role: {
          de: 'Erste Auftraggeberin und Pilotpartnerin',
          en: 'First client and pilot partner',
        },
      },
      {
        organization: 'visionary-austria',
        role: {
          de: 'Vermittlung von Social Entrepreneurs als Sparringspartner',
          en: 'Connects project teams with social entrepreneurs as sparring partners',
        },
      },
    ],
    sectors: ['business', 'philanthropy', 'civil-society'],
    topics: ['co-creation', 'social-entrepreneurship', 'cross-sector-collaboration'],
    country: 'AT',
    year: 2018,
    impact: [
      {
        label: { de: 'Ausgebildete Beraterinnen und Berater', en: 'Consultants trained' },
        value: 14,
        unit: { de: 'Personen', en: 'people' },
      },
      {
        label: { de: 'Begleitete Co-Creation-Prozesse', en: 'Co-creation processes facilitated' },
        value: 9,
        unit: { de: 'Prozesse', en: 'processes' },
      },
      {
        label: { de: 'Pro-bono-Einsatz für Sozialunternehmen', en: 'Pro bono work for social enterprises' },
        value: 1150,
        unit: { de: 'Stunden', en: 'hours' },
      },
    ],
    quote: {
      text: {
        de: 'Früher haben wir Lösungen geliefert. Heute gestalten wir Räume, in denen die Beteiligten sie selbst finden – das ist anspruchsvoller, aber es hält länger.',
        en: 'We used to deliver solutions. Now we design spaces in which the people involved find them themselves – it is more demanding, but it lasts longer.',
      },
      author: 'Julia Brandstätter, Brightfield Consulting',
    },
    relatedFormats: ['fmt-co-creation-lab', 'fmt-peer-learning-circle'],
    relatedCurricula: ['cur-visionary-program-austria'],
    imageColor: '#F2A900',
  },

  // ── Pattern d: welfare leaders scale with partners (Germany) ───────────
  {
    key: 'cs-welfare-scaling',
    tenant: 'germany',
    slug: 'scaling-neighbourhood-care',
    visibility: 'network',
    title: {
      de: 'Nachbarschaft, die trägt: ein Wohlfahrtsverband skaliert mit Partnern',
      en: 'Neighbourhoods that Care: a Welfare Organisation Scales Up with Partners',
    },
    summary: {
      de: 'Die Vorständin eines Wohlfahrtsverbands hat gemeinsam mit einem Sozialunternehmen und einem Softwarehersteller ein Nachbarschaftsmodell für ältere Menschen von drei auf 28 Quartiere ausgeweitet.',
      en: 'The executive director of a welfare organisation worked with a social enterprise and a software company to expand a neighbourhood model for older people from three to 28 neighbourhoods.',
    },
    challenge: {
      de: [
        { type: 'paragraph', text: 'Immer mehr ältere Menschen leben allein, und ambulante Pflegedienste stoßen an ihre Grenzen. Das Sozialunternehmen Nachbarschaftsnetz hatte in drei Quartieren gezeigt, dass Nachbarinnen und Nachbarn viel auffangen können – vom Einkauf bis zum täglichen Anruf. Für weitere Standorte fehlten jedoch Geld, Strukturen und Technik.' },
        { type: 'paragraph', text: 'Das Sozialwerk Weserbogen hatte all das. Als großer Verband tat es sich aber schwer, eine Idee von außen zu übernehmen, ohne sie in den eigenen Strukturen zu ersticken.' },
      ],
      en: [
        { type: 'paragraph', text: 'More and more older people live alone, and home-care services are reaching their limits. The social enterprise Nachbarschaftsnetz had shown in three neighbourhoods that neighbours can take on a great deal – from shopping to a daily phone call. But it lacked the money, structures and technology to expand to more locations.' },
        { type: 'paragraph', text: 'Sozialwerk Weserbogen had all of these. As a large organisation, however, it found it hard to adopt an idea from outside without smothering it in its own structures.' },
      ],
    },
    approach: {
      de: [
        { type: 'paragraph', text: 'Im deutschen Jahrgang des Visionary Program entwickelten die Vorständin des Sozialwerks, der Gründer von Nachbarschaftsnetz und der Geschäftsführer von Taktwerk Software in einem Social Design Sprint ein gemeinsames Modell. Die Leitfrage lautete: Wie wächst eine Idee, ohne dass einer der Partner sie vereinnahmt?' },
        { type: 'list', items: [
          'Nachbarschaftsnetz bleibt Eigentümer des Modells und verantwortet Qualität und Schulungen',
          'Das Sozialwerk bringt Standorte, Pflegefachkräfte und die Finanzierung über die Pflegekassen ein',
          'Taktwerk Software hat seine Einsatzplanung so erweitert, dass sich Pflegedienst und Nachbarschaftshilfe abstimmen können',
          'Die Hochschule Weserbogen begleitet die Ausweitung wissenschaftlich',
        ] },
      ],
      en: [
        { type: 'paragraph', text: 'In the German cohort of the Visionary Program, the Sozialwerk’s executive director, the founder of Nachbarschaftsnetz and the managing director of Taktwerk Software developed a shared model in a social design sprint. The guiding question was: how can an idea grow without one partner taking it over?' },
        { type: 'list', items: [
          'Nachbarschaftsnetz remains the owner of the model and is responsible for quality and training',
          'The Sozialwerk contributes sites, nursing staff and funding through the long-term care insurance funds',
          'Taktwerk Software extended its scheduling tool so that care services and neighbourly help can coordinate',
          'Weserbogen University of Applied Sciences provides research support for the expansion',
        ] },
      ],
    },
    outcome: {
      de: [
        { type: 'paragraph', text: 'Innerhalb von zwei Jahren wuchs das Modell auf 28 Quartiere in zwei Bundesländern. Rund 640 Nachbarinnen und Nachbarn unterstützen inzwischen etwa 1.900 ältere Menschen. Die wissenschaftliche Begleitung zeigt, dass sich die Teilnehmenden deutlich seltener einsam fühlen.' },
        { type: 'paragraph', text: 'Entscheidend war, dass keiner der Partner allein die Kontrolle hatte. Der Verband lernte, **zu ermöglichen statt zu übernehmen** – eine Haltung, die er inzwischen auch in anderen Arbeitsfeldern erprobt.' },
      ],
      en: [
        { type: 'paragraph', text: 'Within two years the model grew to 28 neighbourhoods in two federal states. Around 640 neighbours now support some 1,900 older people. The accompanying research shows that participants feel lonely considerably less often.' },
        { type: 'paragraph', text: 'What made the difference was that no single partner was in control. The organisation learned to **enable rather than absorb** – an attitude it is now trying out in other fields of its work as well.' },
      ],
    },
    partners: [
      {
        organization: 'sozialwerk-weserbogen',
        role: {
          de: 'Träger der Ausweitung; Standorte, Fachkräfte und Finanzierung',
          en: 'Lead partner for the expansion; sites, staff and funding',
        },
      },
      {
        organization: 'nachbarschaftsnetz',
        role: {
          de: 'Eigentümer des Modells; Qualität und Schulungen',
          en: 'Owner of the model; quality and training',
        },
      },
      {
        organization: 'taktwerk-software',
        role: {
          de: 'Technologiepartner für die Einsatzplanung',
          en: 'Technology partner for scheduling',
        },
      },
      {
        organization: 'hochschule-weserbogen',
        role: {
          de: 'Wissenschaftliche Begleitung',
          en: 'Research partner',
        },
      },
    ],
    sectors: ['welfare', 'civil-society', 'business', 'academia'],
    topics: ['social-innovation', 'cross-sector-collaboration', 'social-entrepreneurship', 'impact-measurement'],
    country: 'DE',
    year: 2022,
    impact: [
      {
        label: { de: 'Quartiere mit Nachbarschaftsnetz', en: 'Neighbourhoods with the model' },
        value: 28,
        unit: { de: 'Quartiere', en: 'neighbourhoods' },
      },
      {
        label: { de: 'Unterstützte ältere Menschen', en: 'Older people supported' },
        value: 1900,
        unit: { de: 'Personen', en: 'people' },
      },
      {
        label: { de: 'Aktive Nachbarinnen und Nachbarn', en: 'Active volunteer neighbours' },
        value: 640,
        unit: { de: 'Personen', en: 'people' },
      },
      {
        label: { de: 'Rückgang des Einsamkeitsempfindens nach einem Jahr', en: 'Drop in reported loneliness after one year' },
        value: 31,
        unit: { de: '%', en: '%' },
      },
    ],
    quote: {
      text: {
        de: 'Wir mussten lernen, dass Wachstum nicht heißt, alles selbst zu machen. Unsere Stärke ist, dass andere mit uns größer werden können.',
        en: 'We had to learn that growth does not mean doing everything ourselves. Our strength is that others can grow with us.',
      },
      author: 'Dr. Anke Hoffmeister, Sozialwerk Weserbogen e. V.',
    },
    relatedFormats: ['fmt-social-design-sprint', 'fmt-co-creation-lab'],
    relatedCurricula: ['cur-visionary-program-austria', 'cur-germany-compact'],
    imageColor: '#AD1457',
  },
]
