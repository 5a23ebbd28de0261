import type { CollectionConfig, Config, Plugin } from 'payload'

import { superAdminOnly } from '../../access/common'
import { isSuperAdmin } from '../../access/roles'
import { webhooksCollection } from './collection'
import { deliverWebhookTaskConfig } from './deliver'
import { notifyChange, notifyDelete, rememberWrite, webhookQueue } from './events'

export type WebhooksOptions = { collections: string[] }

function withNotifications(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), rememberWrite],
      afterChange: [...(hooks.afterChange ?? []), notifyChange],
      afterDelete: [...(hooks.afterDelete ?? []), notifyDelete],
    },
  }
}

/**
 * Signed webhooks per office (issue 7): publish, unpublish and delete of tenant content queue one
 * job per matching webhook; Payload's job queue delivers them outside the editor's request, every
 * second, retrying with backoff. A receiver that is down never slows or fails a save.
 */
export const webhooksPlugin =
  ({ collections }: WebhooksOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []).map((collection) => (collections.includes(collection.slug) ? withNotifications(collection) : collection)), webhooksCollection(collections)],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTaskConfig()],
      autoRun: [{ cron: '* * * * * *', queue: webhookQueue, limit: 20 }],
      // Job rows carry document ids of every office: for super-admins only, and not in the admin's nav.
      access: { queue: ({ req }) => isSuperAdmin(req.user), run: ({ req }) => isSuperAdmin(req.user), cancel: ({ req }) => isSuperAdmin(req.user) },
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        access: { ...defaultJobsCollection.access, read: superAdminOnly, create: superAdminOnly, update: superAdminOnly, delete: superAdminOnly },
        admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !isSuperAdmin(user as never), group: 'Administration' },
      }),
      deleteJobOnComplete: true,
    },
  })
