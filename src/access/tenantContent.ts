import type { CollectionConfig } from 'payload'

import {
  createTenantContent,
  deleteTenantContent,
  readContentVersions,
  readTenantContent,
  updateTenantContent,
} from './content'

/** The access table of an office's content (curricula, formats, case studies, organizations, media). */
export function tenantContentAccess({ hasDrafts }: { hasDrafts: boolean }): CollectionConfig['access'] {
  return {
    read: readTenantContent({ hasDrafts }),
    readVersions: readContentVersions,
    create: createTenantContent,
    update: updateTenantContent,
    delete: deleteTenantContent,
  }
}
