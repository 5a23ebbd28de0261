/**
 * Seeds the bench dataset into the database named by DATABASE_URL (run by scripts/bench.ts as
 * its own process, in production mode so the committed migrations create the schema).
 *
 *   BENCH_SEED='{"size": {...}, "caseStudies": [from, to], "base": true}'
 *
 * `base` creates the offices, two users (through the Local API: passwords are hashed there) and
 * every collection except case studies `[from, to)`, which a second call can add later (the
 * scale row measures at 500 documents, then at 20,000). Documents are written through Payload's
 * database adapter (`payload.db.create` and `createVersion`): no hooks, no access checks, which
 * is what makes 20,000 case studies in four locales take minutes instead of hours.
 */
import crypto from 'node:crypto'

import { getPayload, type CollectionSlug, type Payload } from 'payload'

import { closeDatabase } from '../src/config/database'
import { databaseKind, databaseUrl } from '../src/config/databaseUrl'
import {
  benchLocales,
  benchPassword,
  benchUsers,
  caseStudyData,
  curriculumData,
  type DatasetSize,
  formatData,
  mediaData,
  organizationData,
  tenantSlug,
  topicData,
} from './dataset'

type SeedRequest = { size: DatasetSize; caseStudies: [number, number]; base: boolean }

const request = JSON.parse(process.env.BENCH_SEED ?? '') as SeedRequest
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const sqlite = databaseKind(databaseUrl()) === 'sqlite'
const asSeeder = { overrideAccess: true, depth: 0, context: { seeding: true } } as const

type Ids = { tenants: string[]; topics: string[]; organizations: string[][]; media: string[][]; formats: string[][]; caseStudies: string[][] }

/** The raw SQLite connection: a bench database may skip fsync and write in big transactions. */
function sqliteClient(): { execute: (sql: string) => Promise<unknown> } | undefined {
  return sqlite ? (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client : undefined
}

/** Runs `writes` in one transaction per batch on SQLite (seconds instead of minutes of fsyncs). */
async function inBatches(count: number, write: (index: number) => Promise<void>, batch = 500): Promise<void> {
  const client = sqliteClient()
  for (let start = 0; start < count; start += batch) {
    await client?.execute('BEGIN')
    for (let index = start; index < Math.min(count, start + batch); index++) await write(index)
    await client?.execute('COMMIT')
  }
}

/** A document and, for collections with drafts, its one (latest) version, as Payload's save would leave them. */
async function writeDocument(collection: CollectionSlug, data: Record<string, unknown>): Promise<string> {
  // Our own id, so the adapter need not read the document back after writing it.
  const id = crypto.randomUUID()
  await payload.db.create({ collection, customID: id, data: { ...data, id }, returning: false })
  if (payload.collections[collection].config.versions?.drafts) {
    const { createdAt, updatedAt } = data as { createdAt: string; updatedAt: string }
    await payload.db.createVersion({ collectionSlug: collection, parent: id, versionData: { ...data, id }, autosave: false, createdAt, updatedAt, returning: false })
  }
  return id
}

async function createOffices(size: DatasetSize): Promise<string[]> {
  const ids: string[] = []
  for (let index = 0; index < size.tenants; index++) {
    const data = { name: `Bench office ${index + 1}`, slug: tenantSlug(index), countries: ['AT' as const], locales: [...benchLocales], defaultLocale: 'en' as const }
    ids.push(String((await payload.create({ collection: 'tenants', data, ...asSeeder })).id))
  }
  return ids
}

/** A super-admin first (the hub makes the first user one), then an editor of the first office. */
async function createUsers(tenants: string[]): Promise<void> {
  await payload.create({ collection: 'users', data: { email: benchUsers.admin, password: benchPassword, name: 'Bench admin', roles: ['super-admin'] }, ...asSeeder })
  await payload.create({
    collection: 'users',
    data: { email: benchUsers.editor, password: benchPassword, name: 'Bench editor', tenants: [{ tenant: tenants[0], roles: ['editor'] }] },
    ...asSeeder,
  })
}

/** `count` documents spread round-robin over the offices, so each office gets an even share. */
async function seedSpread(collection: CollectionSlug, [from, to]: [number, number], tenants: string[], make: (index: number, tenant: number) => Record<string, unknown>): Promise<string[][]> {
  const ids: string[][] = tenants.map(() => [])
  await inBatches(to - from, async (offset) => {
    const index = from + offset
    const tenant = index % tenants.length
    const id = await writeDocument(collection, make(index, tenant))
    // Only published documents are linked to: hub and stock Payload then return the same relations.
    if (index % 10 !== 9) ids[tenant].push(id)
  })
  return ids
}

/** `perTenant` documents for each office (organizations, images). */
async function seedPerTenant(collection: CollectionSlug, perTenant: number, tenants: string[], make: (index: number, tenant: string) => Record<string, unknown>): Promise<string[][]> {
  const ids: string[][] = tenants.map(() => [])
  await inBatches(perTenant * tenants.length, async (index) => {
    const tenant = index % tenants.length
    ids[tenant].push(await writeDocument(collection, make(index, tenants[tenant])))
  })
  return ids
}

async function seedBase(size: DatasetSize): Promise<Ids> {
  const tenants = await createOffices(size)
  await createUsers(tenants)
  const topics: string[] = []
  await inBatches(size.topics, async (index) => void topics.push(await writeDocument('topics', topicData(index))))
  const organizations = await seedPerTenant('organizations', size.organizationsPerTenant, tenants, organizationData)
  const media = await seedPerTenant('media', size.mediaPerTenant, tenants, mediaData)
  const formats = await seedSpread('learning-formats', [0, size.formats], tenants, (index, tenant) => formatData(index, tenants[tenant]))
  return { tenants, topics, organizations, media, formats, caseStudies: tenants.map(() => []) }
}

/** Ids of a collection's documents per office (published ones only where there are drafts). */
async function idsByTenant(collection: CollectionSlug, tenants: string[]): Promise<string[][]> {
  const where = payload.collections[collection].config.versions?.drafts ? { _status: { equals: 'published' } } : undefined
  const { docs } = await payload.find({ collection, pagination: false, select: { tenant: true }, where, ...asSeeder })
  return tenants.map((tenant) => docs.filter((doc) => String((doc as { tenant?: unknown }).tenant) === tenant).map((doc) => String(doc.id)))
}

/** What a later call needs from the base: every linked document's id, per office. */
async function loadIds(size: DatasetSize): Promise<Ids> {
  const { docs: offices } = await payload.find({ collection: 'tenants', sort: 'slug', pagination: false, ...asSeeder })
  const tenants = offices.map((office) => String(office.id)).slice(0, size.tenants)
  const { docs: topics } = await payload.find({ collection: 'topics', pagination: false, select: {}, ...asSeeder })
  return {
    tenants,
    topics: topics.map((topic) => String(topic.id)),
    organizations: await idsByTenant('organizations', tenants),
    media: await idsByTenant('media', tenants),
    formats: await idsByTenant('learning-formats', tenants),
    caseStudies: await idsByTenant('case-studies', tenants),
  }
}

async function seedCaseStudies(ids: Ids, range: [number, number]): Promise<void> {
  const created = await seedSpread('case-studies', range, ids.tenants, (index, tenant) =>
    caseStudyData(index, ids.tenants[tenant], { organizations: ids.organizations[tenant], media: ids.media[tenant], topics: ids.topics, formats: ids.formats[tenant] }),
  )
  created.forEach((list, tenant) => ids.caseStudies[tenant].push(...list))
}

/** Curricula link case studies, so they come after the first ones. */
async function seedCurricula(size: DatasetSize, ids: Ids): Promise<void> {
  await seedSpread('curricula', [0, size.curricula], ids.tenants, (index, tenant) =>
    curriculumData(index, ids.tenants[tenant], { media: ids.media[tenant], formats: ids.formats[tenant], caseStudies: ids.caseStudies[tenant] }),
  )
}

async function main(payload: Payload): Promise<void> {
  const started = Date.now()
  await sqliteClient()?.execute('PRAGMA synchronous = OFF')
  const ids = request.base ? await seedBase(request.size) : await loadIds(request.size)
  await seedCaseStudies(ids, request.caseStudies)
  if (request.base) await seedCurricula(request.size, ids)
  const [from, to] = request.caseStudies
  console.info(`seeded${request.base ? ' base and' : ''} case studies ${from}..${to} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await closeDatabase(payload)
}

try {
  await main(payload)
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
