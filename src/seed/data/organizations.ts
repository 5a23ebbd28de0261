import type { OrganizationSeed } from './types'

/**
 * Partner organisations referenced by the case studies. Apart from the national
 * Red Cross society, all organisations and websites are fictional.
 */
export const organizations: OrganizationSeed[] = [
  // ── Austria ────────────────────────────────────────────────────────────
  {
    key: 'visionary-austria',
    tenant: 'austria',
    name: {
      de: 'Visionary Österreich',
      en: 'Visionary Austria',
    },
    sector: 'civil-society',
    website: 'https://austria.visionary.example.org',
    country: 'AT',
    description: {
      de: 'Das österreichische Büro des Visionary-Netzwerks mit Sitz in Wien. Es bringt Social Entrepreneurs mit Führungskräften aus Wirtschaft, Verwaltung, Politik und Wohlfahrt zusammen und hat das Visionary Program entwickelt und erstmals erprobt.',
      en: 'The Austrian office of the Visionary network, based in Vienna. It connects social entrepreneurs with leaders from business, government, politics and welfare, and designed and piloted the Visionary Program.',
    },
    logoColor: '#1F4E79',
  },
  {
    key: 'austrian-red-cross',
    tenant: 'austria',
    name: {
      de: 'Österreichisches Rotes Kreuz',
      en: 'Austrian Red Cross',
    },
    sector: 'civil-society',
    website: 'https://redcross-at.example.org',
    country: 'AT',
    description: {
      de: 'Die nationale Rotkreuzgesellschaft Österreichs. Sie betreibt Rettungsdienst, Katastrophenhilfe, Blutspendedienst sowie Gesundheits- und Sozialdienste und wird von Freiwilligen in allen Bundesländern getragen.',
      en: 'Austria’s national Red Cross society. It runs ambulance services, disaster relief, blood donation as well as health and social services, and relies on volunteers in every federal state.',
    },
    logoColor: '#C8102E',
  },
  {
    key: 'brightfield-consulting',
    tenant: 'austria',
    name: {
      de: 'Brightfield Consulting',
      en: 'Brightfield Consulting',
    },
    sector: 'business',
    website: 'https://brightfield.example.org',
    country: 'AT',
    description: {
      de: 'Eine international tätige Management- und Technologieberatung mit Büro in Wien. Seit ihrer Teilnahme am Visionary Program berät sie Organisationen auch zu gesellschaftlichem Wandel, sozialem Unternehmertum und Co-Creation.',
      en: 'An international management and technology consultancy with an office in Vienna. Since taking part in the Visionary Program it also advises organisations on social change, social entrepreneurship and co-creation.',
    },
    logoColor: '#F2A900',
  },
  {
    key: 'steinhofer-haustechnik',
    tenant: 'austria',
    name: {
      de: 'Steinhofer Haustechnik GmbH',
      en: 'Steinhofer Haustechnik GmbH',
    },
    sector: 'business',
    website: 'https://steinhofer.example.org',
    country: 'AT',
    description: {
      de: 'Ein familiengeführter Installations- und Haustechnikbetrieb in Niederösterreich mit rund 180 Beschäftigten, der seit Jahren händeringend Fachkräfte und Lehrlinge sucht.',
      en: 'A family-run plumbing, heating and building-services company in Lower Austria with around 180 employees that has struggled for years to find skilled workers and apprentices.',
    },
    logoColor: '#2E7D32',
  },
  {
    key: 'lehrwerk',
    tenant: 'austria',
    name: {
      de: 'Lehrwerk',
      en: 'Lehrwerk',
    },
    sector: 'civil-society',
    website: 'https://lehrwerk.example.org',
    country: 'AT',
    description: {
      de: 'Ein Sozialunternehmen aus Wien, das Jugendliche ohne Lehrstelle in praxisnahen Werkstattjahren auf eine Ausbildung im Handwerk vorbereitet und sie bis zum Lehrabschluss begleitet.',
      en: 'A Viennese social enterprise that prepares young people without an apprenticeship place for a career in the skilled trades through hands-on workshop years and mentors them until they qualify.',
    },
    logoColor: '#E65100',
  },
  {
    key: 'donauwelle-foundation',
    tenant: 'austria',
    name: {
      de: 'Donauwelle Privatstiftung',
      en: 'Donauwelle Foundation',
    },
    sector: 'philanthropy',
    website: 'https://donauwelle.example.org',
    country: 'AT',
    description: {
      de: 'Eine gemeinnützige Privatstiftung, die Bildungs- und Inklusionsprojekte in Österreich fördert und dabei zunehmend auf langfristige Partnerschaften statt auf Einzelförderungen setzt.',
      en: 'A charitable private foundation that funds education and inclusion projects in Austria and increasingly favours long-term partnerships over one-off grants.',
    },
    logoColor: '#0277BD',
  },

  // ── Scandinavia ────────────────────────────────────────────────────────
  {
    key: 'visionary-scandinavia',
    tenant: 'scandinavia',
    name: {
      sv: 'Visionary Skandinavien',
      da: 'Visionary Skandinavien',
      nb: 'Visionary Skandinavia',
      en: 'Visionary Scandinavia',
    },
    sector: 'civil-society',
    website: 'https://scandinavia.visionary.example.org',
    country: 'SE',
    description: {
      sv: 'Visionary-nätverkets skandinaviska kontor i Stockholm. Det stöttar sociala entreprenörer i Sverige, Danmark och Norge och för dem samman med ledare från näringsliv, offentlig sektor och civilsamhälle.',
      da: 'Visionary-netværkets skandinaviske kontor i Stockholm. Det støtter sociale entreprenører i Sverige, Danmark og Norge og bringer dem sammen med ledere fra erhvervsliv, offentlig sektor og civilsamfund.',
      nb: 'Visionary-nettverkets skandinaviske kontor i Stockholm. Det støtter sosiale entreprenører i Sverige, Danmark og Norge og bringer dem sammen med ledere fra næringsliv, offentlig sektor og sivilsamfunn.',
      en: 'The Scandinavian office of the Visionary network in Stockholm. It supports social entrepreneurs in Sweden, Denmark and Norway and brings them together with leaders from business, the public sector and civil society.',
    },
    logoColor: '#005B99',
  },
  {
    key: 'norrvik-labour-market',
    tenant: 'scandinavia',
    name: {
      sv: 'Norrviks kommun, arbetsmarknadsförvaltningen',
      da: 'Norrvik Kommune, arbejdsmarkedsforvaltningen',
      nb: 'Norrvik kommune, arbeidsmarkedsetaten',
      en: 'Norrvik Municipality, Labour Market Department',
    },
    sector: 'public-sector',
    website: 'https://norrvik.example.org',
    country: 'SE',
    description: {
      sv: 'Förvaltningen ansvarar för arbetsmarknadsinsatser, vuxenutbildning och etableringsstöd i en medelstor svensk kommun med omkring 90 000 invånare.',
      da: 'Forvaltningen har ansvaret for beskæftigelsesindsatser, voksenuddannelse og integrationsstøtte i en mellemstor svensk kommune med omkring 90.000 indbyggere.',
      nb: 'Etaten har ansvar for arbeidsmarkedstiltak, voksenopplæring og introduksjonsstøtte i en mellomstor svensk kommune med rundt 90 000 innbyggere.',
      en: 'The department is responsible for employment programmes, adult education and settlement support in a mid-sized Swedish municipality of around 90,000 residents.',
    },
    logoColor: '#6A1B9A',
  },
  {
    key: 'sprakbron',
    tenant: 'scandinavia',
    name: {
      sv: 'Språkbron',
      da: 'Språkbron',
      nb: 'Språkbron',
      en: 'Språkbron',
    },
    sector: 'civil-society',
    website: 'https://sprakbron.example.org',
    country: 'SE',
    description: {
      sv: 'Ett socialt företag som låter nyanlända lära sig svenska på arbetsplatsen, med en erfaren kollega som språkhandledare, i stället för enbart i klassrummet.',
      da: 'En socialøkonomisk virksomhed, hvor nyankomne lærer svensk på arbejdspladsen med en erfaren kollega som sprogvejleder i stedet for kun i klasseværelset.',
      nb: 'En sosial virksomhet der nyankomne lærer svensk på arbeidsplassen, med en erfaren kollega som språkveileder, i stedet for bare i klasserommet.',
      en: 'A social enterprise that lets newcomers learn Swedish at the workplace, with an experienced colleague as their language mentor, rather than only in the classroom.',
    },
    logoColor: '#00897B',
  },
  {
    key: 'kodstugan',
    tenant: 'scandinavia',
    name: {
      sv: 'Kodstugan',
      da: 'Kodstugan',
      nb: 'Kodstugan',
      en: 'Kodstugan',
    },
    sector: 'civil-society',
    website: 'https://kodstugan.example.org',
    country: 'SE',
    description: {
      sv: 'Ett socialt företag som ger unga utan gymnasieexamen en väg in i digitala yrken genom projektbaserad programmeringsutbildning och praktik hos lokala arbetsgivare.',
      da: 'En socialøkonomisk virksomhed, der giver unge uden gymnasial uddannelse en vej ind i digitale fag gennem projektbaseret programmeringsundervisning og praktik hos lokale arbejdsgivere.',
      nb: 'En sosial virksomhet som gir unge uten fullført videregående en vei inn i digitale yrker gjennom prosjektbasert programmeringsopplæring og praksis hos lokale arbeidsgivere.',
      en: 'A social enterprise that gives young people without an upper-secondary diploma a route into digital jobs through project-based coding training and placements with local employers.',
    },
    logoColor: '#283593',
  },

  // ── Germany ────────────────────────────────────────────────────────────
  {
    key: 'visionary-germany',
    tenant: 'germany',
    name: {
      de: 'Visionary Deutschland',
      en: 'Visionary Germany',
    },
    sector: 'civil-society',
    website: 'https://germany.visionary.example.org',
    country: 'DE',
    description: {
      de: 'Das deutsche Büro des Visionary-Netzwerks in Berlin. Es fördert Social Entrepreneurs und bringt das Visionary Program mit eigenen Formaten nach Deutschland.',
      en: 'The German office of the Visionary network in Berlin. It supports social entrepreneurs and brings the Visionary Program to Germany with formats of its own.',
    },
    logoColor: '#37474F',
  },
  {
    key: 'sozialwerk-weserbogen',
    tenant: 'germany',
    name: {
      de: 'Sozialwerk Weserbogen e. V.',
      en: 'Sozialwerk Weserbogen',
    },
    sector: 'civil-society',
    website: 'https://sozialwerk-weserbogen.example.org',
    country: 'DE',
    description: {
      de: 'Ein regionaler Wohlfahrtsverband mit rund 2.400 Mitarbeitenden in Altenhilfe, Pflege, Jugendhilfe und Beratung in Niedersachsen und Nordrhein-Westfalen.',
      en: 'A regional welfare organisation with around 2,400 staff working in elderly care, nursing, youth services and counselling across Lower Saxony and North Rhine-Westphalia.',
    },
    logoColor: '#AD1457',
  },
  {
    key: 'nachbarschaftsnetz',
    tenant: 'germany',
    name: {
      de: 'Nachbarschaftsnetz gGmbH',
      en: 'Nachbarschaftsnetz',
    },
    sector: 'civil-society',
    website: 'https://nachbarschaftsnetz.example.org',
    country: 'DE',
    description: {
      de: 'Ein Sozialunternehmen, das ältere, allein lebende Menschen mit hilfsbereiten Nachbarinnen und Nachbarn verbindet und so Einsamkeit vorbeugt und Pflegekräfte entlastet.',
      en: 'A social enterprise that connects older people who live alone with neighbours willing to help, preventing loneliness and easing the load on care staff.',
    },
    logoColor: '#F57C00',
  },
  {
    key: 'taktwerk-software',
    tenant: 'germany',
    name: {
      de: 'Taktwerk Software GmbH',
      en: 'Taktwerk Software GmbH',
    },
    sector: 'business',
    website: 'https://taktwerk.example.org',
    country: 'DE',
    description: {
      de: 'Ein mittelständischer Softwarehersteller aus Bremen, der Einsatz- und Tourenplanung für ambulante Pflegedienste entwickelt.',
      en: 'A mid-sized software company from Bremen that builds scheduling and route-planning tools for home-care services.',
    },
    logoColor: '#455A64',
  },
  {
    key: 'hochschule-weserbogen',
    tenant: 'germany',
    name: {
      de: 'Hochschule Weserbogen',
      en: 'Weserbogen University of Applied Sciences',
    },
    sector: 'academia',
    website: 'https://hs-weserbogen.example.org',
    country: 'DE',
    description: {
      de: 'Eine Hochschule für angewandte Wissenschaften mit Schwerpunkten in Sozialer Arbeit, Pflege und Gesundheitsökonomie, die Praxisprojekte wissenschaftlich begleitet.',
      en: 'A university of applied sciences focused on social work, nursing and health economics that provides research support to practice projects.',
    },
    logoColor: '#4E342E',
  },
]
