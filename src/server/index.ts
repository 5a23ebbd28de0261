/**
 * The hub's process. The environment is checked before anything heavy loads, so a wrong
 * value ends the process at once with one line.
 */
import { checkEnvironment } from './environment'

checkEnvironment()
await import('./start')
