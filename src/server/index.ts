/**
 * The hub's process. The environment is checked before anything heavy loads, so a wrong
 * value ends the process at once with one line.
 */
import { checkEnvironment, checkPortFree } from './environment'

checkEnvironment()
await checkPortFree()
await import('./start')
