import fs from 'node:fs'
import config from '../payload.config'
process.on('exit', (code) => fs.writeSync(2, `exit ${code}\n`))
fs.writeSync(2, 'loaded ' + typeof config + '\n')
process.exit(0)
