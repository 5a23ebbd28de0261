import type { Config } from '../../payload-types'

/**
 * Payload's generated types for the hub's own code (collection slugs, documents of the Local
 * API). Kept out of payload-types.ts (`typescript.declare: false`) so that file stands alone for
 * front ends that import it as `visionary-hub/types` without Payload installed.
 */
declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
