export { tenancyPlugin } from './tenancy'
