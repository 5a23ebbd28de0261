import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

// Each test file uploads into a media folder of its own. The media collection reads the folder
// when its module loads, which can happen before startHub() (a test importing the seeder): without
// this, files landed in the repository's media/ and collided between files ("handout-7.pdf").
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-media-'))
process.env.HUB_MEDIA_DIR = mediaDir
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }))
