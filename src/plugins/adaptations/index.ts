import type { CollectionConfig, CollectionSlug, Config, Field, FieldAccess, Plugin } from 'payload'

import { isPerson } from '../../access/roles'
import { detachAdaptation } from './detach'
import { adaptationEndpoints } from './endpoints'
import { guardOrigin, mergeAdaptation, trackOverrides } from './hooks'

export type AdaptationsOptions = { collections: CollectionSlug[] }

const nobody: FieldAccess = () => false
const peopleOnly: FieldAccess = ({ req }) => isPerson(req.user)

function adaptationFields(slug: CollectionSlug): Field[] {
  return [
    {
      name: 'origin',
      type: 'relationship',
      relationTo: slug,
      index: true,
      // Set when adapting (POST /:id/adapt); detaching clears it.
      access: { update: nobody },
      admin: { position: 'sidebar', readOnly: true, description: 'The network document this adaptation inherits from.' },
    },
    { name: 'overrides', type: 'json', access: { read: peopleOnly }, admin: { hidden: true } },
    { name: 'inherited', type: 'json', virtual: true, admin: { hidden: true } },
    { name: 'originChanged', type: 'json', virtual: true, access: { read: peopleOnly }, admin: { hidden: true } },
    // The edit view's sidebar: inherited and overridden fields of an adaptation, or "Adapt for <office>".
    { name: 'adaptation', type: 'ui', admin: { position: 'sidebar', components: { Field: '/src/plugins/adaptations/admin/AdaptationPanel#AdaptationPanel' } } },
  ]
}

function withAdaptations(collection: CollectionConfig): CollectionConfig {
  const slug = collection.slug as CollectionSlug
  const hooks = collection.hooks ?? {}
  const guard = guardOrigin(detachAdaptation)
  return {
    ...collection,
    fields: [...collection.fields, ...adaptationFields(slug)],
    hooks: {
      ...hooks,
      beforeRead: [mergeAdaptation, ...(hooks.beforeRead ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), trackOverrides, guard.beforeChange],
      beforeDelete: [...(hooks.beforeDelete ?? []), guard.beforeDelete],
    },
    endpoints: [...(collection.endpoints || []), ...adaptationEndpoints(slug)],
  }
}

/**
 * Transnational sharing (issue 6): an office adapts another office's network learning format or
 * curriculum. The adaptation stores what it overrides; everything else is read live from the
 * origin's published version, per field and locale.
 */
export const adaptationsPlugin =
  ({ collections }: AdaptationsOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => (collections.includes(collection.slug as CollectionSlug) ? withAdaptations(collection) : collection)),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        views: {
          ...config.admin?.components?.views,
          // Who shares what with the network and where it runs; the view gets the collections as a prop.
          network: { Component: { path: '/src/plugins/adaptations/admin/NetworkView#NetworkView', serverProps: { adaptable: collections } }, path: '/network' },
        },
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/src/plugins/adaptations/admin/NetworkNavLink#NetworkNavLink'],
      },
    },
  })
