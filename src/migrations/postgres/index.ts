import * as migration_20261127_045034_initial from './20261127_045034_initial';

export const migrations = [
  {
    up: migration_20261127_045034_initial.up,
    down: migration_20261127_045034_initial.down,
    name: '20261127_045034_initial'
  },
];
