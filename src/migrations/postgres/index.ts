import * as migration_20261127_051228_initial from './20261127_051228_initial';

export const migrations = [
  {
    up: migration_20261127_051228_initial.up,
    down: migration_20261127_051228_initial.down,
    name: '20261127_051228_initial'
  },
];
