import fs from 'node:fs'
import * as m from '../src/collections/CaseStudies'
fs.writeSync(2, 'ok ' + Object.keys(m).length + '\n')
