export { tenancyPlugin } from './tenancy'
export { versionRoutesPlugin } from './versionRoutes'
