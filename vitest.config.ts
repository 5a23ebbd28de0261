import { defineConfig } from 'vitest/config'

const lane = process.env.HUB_TEST_DB ?? 'sqlite'
// Unit tests need no database: they run once, in the SQLite lane. test/postgres stops and
// restarts a PostgreSQL server, so it runs in the PostgreSQL lane only.
const include = {
  sqlite: ['test/unit/**/*.test.ts', 'test/api/**/*.test.ts'],
  postgres: ['test/api/**/*.test.ts', 'test/postgres/**/*.test.ts'],
  mongodb: ['test/api/**/*.test.ts'],
  // A Mongo-wire emulator, not MongoDB: a smoke test of the MongoDB path (test/helpers/mongoEmulator.ts).
  emulator: ['test/emulator/**/*.test.ts'],
}[lane] ?? ['test/api/**/*.test.ts']

export default defineConfig({
  test: {
    // Each test file boots its own hub on its own fresh database, in its own process.
    pool: 'forks',
    // The Node 20 module hook of src/server/node (lexical entries) applies to test processes too.
    poolOptions: { forks: { maxForks: 2, minForks: 1, execArgv: ['--import', './src/server/node/register.mjs'] } },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Spawned hubs run the production bundle, as `npm start` does.
    globalSetup: ['./test/helpers/buildServer.ts'],
    include,
    setupFiles: ['./test/helpers/setup.ts'],
    env: { NODE_ENV: 'test', PAYLOAD_DISABLE_ADMIN: 'true' },
  },
})
