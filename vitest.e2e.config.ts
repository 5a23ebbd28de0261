import { defineConfig } from 'vitest/config'

/** Browser tests: the production admin build in Debian's Chromium. */
export default defineConfig({
  test: {
    pool: 'forks',
    poolOptions: { forks: { singleFork: true, execArgv: ['--import', './src/server/node/register.mjs'] } },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Spawned hubs run the production bundle, as `npm start` does.
    globalSetup: ['./test/helpers/buildServer.ts'],
    include: ['test/e2e/**/*.test.ts'],
  },
})
