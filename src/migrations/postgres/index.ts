import * as migration_20261127_041510_initial from './20261127_041510_initial';

export const migrations = [
  {
    up: migration_20261127_041510_initial.up,
    down: migration_20261127_041510_initial.down,
    name: '20261127_041510_initial'
  },
];
