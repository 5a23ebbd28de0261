import fs from 'node:fs'
process.on('exit', (code) => fs.writeSync(2, `exit ${code}\n`))
const { default: config } = await import('../payload.config')
fs.writeSync(2, 'loaded\n')
process.exit(0)
