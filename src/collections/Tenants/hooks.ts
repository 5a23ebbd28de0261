import { APIError, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

/** What still belongs to an office: `{ 'case-studies': 3, users: 2 }`, empty when nothing does. */
async function whatBelongsTo(req: PayloadRequest, office: string | number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  const owned = req.payload.config.collections.filter(
    (collection) =>
      // The audit log is history, not belongings: nobody may delete its entries, so counting them
      // made every office undeletable. They outlive the office (their `tenant` becomes empty).
      collection.slug !== 'audit-log' &&
      collection.fields.some((field) => 'name' in field && field.name === 'tenant' && field.type === 'relationship' && field.relationTo === 'tenants'),
  )
  for (const collection of owned) {
    const { totalDocs } = await req.payload.count({ collection: collection.slug as 'users', where: { tenant: { equals: office } }, overrideAccess: true, req })
    if (totalDocs) counts[collection.slug] = totalDocs
  }
  const people = await req.payload.count({ collection: 'users', where: { 'tenants.tenant': { equals: office } }, overrideAccess: true, req })
  if (people.totalDocs) counts.users = people.totalDocs
  return counts
}

/**
 * An office is deleted only when nothing belongs to it any more. On the SQL databases its people's
 * role rows and its API keys cannot lose their office (NOT NULL foreign keys: the delete failed
 * with a 500, found by the request fuzzer), and its documents would lose their owner; which of
 * them should go with the office is a decision for a person, not a side effect: 409 listing them.
 */
export const refuseWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const counts = await whatBelongsTo(req, id)
  const listed = Object.entries(counts).map(([collection, count]) => `${count} ${collection}`)
  if (listed.length) throw new APIError(`The office still has ${listed.join(', ')}; move or delete them first.`, 409, { belongs: counts }, true)
}
