export { originsPlugin } from './origins'
export { publishingPlugin } from './publishing'
export { tenancyPlugin } from './tenancy'
export { versionRoutesPlugin } from './versionRoutes'
