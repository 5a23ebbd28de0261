// Replaced by `npm run migrate:create`.
export const migrations = []
