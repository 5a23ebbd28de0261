/**
 * A front end's first call: one office's published case studies, in German, over REST and then
 * over GraphQL, typed with the hub's generated types and nothing but `fetch`.
 *
 *   npx tsx examples/case-studies-de.ts --hub http://localhost:3000 --tenant austria
 *   HUB_URL=https://hub.example.org HUB_TENANT=germany npx tsx examples/case-studies-de.ts
 *
 * Anonymous reads see published documents only, so drafts never show up here.
 */
import type { CaseStudy, Tenant } from 'visionary-hub/types'

/** Payload's answer to a list request (payload's `PaginatedDocs`, without depending on payload). */
type PaginatedDocs<T> = {
  docs: T[]
  totalDocs: number
  limit: number
  totalPages: number
  page: number
  pagingCounter: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
}

/** The hub's error shape. */
type HubErrors = { errors?: { message: string }[] }

/** What this front end shows of a case study (the request selects just these fields). */
type CaseStudyTeaser = Pick<CaseStudy, 'id' | 'title' | 'slug'>

type GraphQLAnswer<T> = { data?: T | null; errors?: { message: string }[] }

type Options = { hub: string; tenant: string }

/** `--hub <url> --tenant <slug>`, else HUB_URL / HUB_TENANT, else the demo hub's Austrian office. */
function options(argv: string[]): Options {
  const flag = (name: string) => {
    const index = argv.indexOf(`--${name}`)
    return index >= 0 ? argv[index + 1] : undefined
  }
  const hub = flag('hub') ?? process.env.HUB_URL ?? 'http://localhost:3000'
  const tenant = flag('tenant') ?? process.env.HUB_TENANT ?? 'austria'
  return { hub: hub.replace(/\/+$/, ''), tenant }
}

async function failure(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => ({}))) as HubErrors
  return new Error(`${response.status} ${response.url}: ${body.errors?.map((error) => error.message).join('; ') ?? response.statusText}`)
}

/**
 * REST: the office's own published case studies in German, every page. `X-Tenant` makes the
 * office the context (untranslated fields fall back to its default locale); the `where` keeps
 * other offices' network-shared case studies out.
 */
async function restCaseStudies({ hub, tenant }: Options): Promise<{ docs: CaseStudyTeaser[]; language: string | null }> {
  const docs: CaseStudyTeaser[] = []
  let language: string | null = null
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({
      locale: 'de',
      'where[tenant.slug][equals]': tenant,
      'select[title]': 'true',
      'select[slug]': 'true',
      sort: 'title',
      depth: '0',
      limit: '50',
      page: String(page),
    })
    const response = await fetch(`${hub}/api/case-studies?${query}`, { headers: { 'X-Tenant': tenant, 'Accept-Language': 'de' } })
    if (!response.ok) throw await failure(response)
    language = response.headers.get('content-language')
    const result = (await response.json()) as PaginatedDocs<CaseStudyTeaser>
    docs.push(...result.docs)
    if (!result.hasNextPage) return { docs, language }
  }
}

async function graphql<T>(hub: string, tenant: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${hub}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Tenant': tenant, 'Accept-Language': 'de' },
    body: JSON.stringify({ query, variables }),
  })
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<T>
  if (!response.ok || answer.errors?.length || !answer.data) {
    throw new Error(`GraphQL ${response.status}: ${answer.errors?.map((error) => error.message).join('; ') ?? 'no data'}`)
  }
  return answer.data
}

/** GraphQL where has no `tenant.slug`: look the office up by slug first, then filter by its id. */
const officeQuery = /* GraphQL */ `
  query Office($slug: String!) {
    Tenants(where: { slug: { equals: $slug } }, limit: 1) {
      docs { id }
    }
  }
`

const caseStudiesQuery = /* GraphQL */ `
  query CaseStudiesDe($tenant: JSON!, $page: Int!) {
    CaseStudies(locale: de, where: { tenant: { equals: $tenant } }, sort: "title", limit: 50, page: $page) {
      docs { id title slug }
      hasNextPage
    }
  }
`

async function graphqlCaseStudies({ hub, tenant }: Options): Promise<CaseStudyTeaser[]> {
  const office = await graphql<{ Tenants: PaginatedDocs<Pick<Tenant, 'id'>> }>(hub, tenant, officeQuery, { slug: tenant })
  const id = office.Tenants.docs[0]?.id
  if (!id) throw new Error(`No office "${tenant}".`)
  const docs: CaseStudyTeaser[] = []
  for (let page = 1; ; page++) {
    const { CaseStudies } = await graphql<{ CaseStudies: Pick<PaginatedDocs<CaseStudyTeaser>, 'docs' | 'hasNextPage'> }>(hub, tenant, caseStudiesQuery, { tenant: id, page })
    docs.push(...CaseStudies.docs)
    if (!CaseStudies.hasNextPage) return docs
  }
}

function print(heading: string, docs: CaseStudyTeaser[]): void {
  console.log(`${heading}: ${docs.length} case ${docs.length === 1 ? 'study' : 'studies'}`)
  for (const doc of docs) console.log(`  ${doc.title ?? `(untitled: ${doc.slug})`}`)
}

async function main(): Promise<void> {
  const settings = options(process.argv.slice(2))
  const rest = await restCaseStudies(settings)
  // An office that does not publish German answers in its default locale, and says so.
  print(`REST GET /api/case-studies (${settings.tenant}, Content-Language: ${rest.language ?? 'none'})`, rest.docs)
  print(`GraphQL POST /api/graphql (${settings.tenant})`, await graphqlCaseStudies(settings))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
