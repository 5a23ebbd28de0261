// `node --import ./src/server/node/register.mjs`: module hooks the hub's processes need.
import { register } from 'node:module'

register('./lexicalEntries.mjs', import.meta.url)
