import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Each test file boots its own hub on its own fresh database, in its own process.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    include: ['test/unit/**/*.test.ts', 'test/api/**/*.test.ts'],
    env: { NODE_ENV: 'test', PAYLOAD_DISABLE_ADMIN: 'true' },
  },
})
