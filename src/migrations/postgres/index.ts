import * as migration_20261127_051228_initial from './20261127_051228_initial';
import * as migration_20261127_065834_translation_state from './20261127_065834_translation_state';
import * as migration_20261127_073626_webhooks from './20261127_073626_webhooks';
import * as migration_20261127_075334_adaptations from './20261127_075334_adaptations';
import * as migration_20261127_080749_audit_log from './20261127_080749_audit_log';
import * as migration_20261127_111118_delivery_indexes from './20261127_111118_delivery_indexes';
import * as migration_20261127_114557_locale_parent_indexes from './20261127_114557_locale_parent_indexes';
import * as migration_20261127_141941_network_indexes from './20261127_141941_network_indexes';
import * as migration_20261127_194116_network_access_index from './20261127_194116_network_access_index';

export const migrations = [
  {
    up: migration_20261127_051228_initial.up,
    down: migration_20261127_051228_initial.down,
    name: '20261127_051228_initial',
  },
  {
    up: migration_20261127_065834_translation_state.up,
    down: migration_20261127_065834_translation_state.down,
    name: '20261127_065834_translation_state',
  },
  {
    up: migration_20261127_073626_webhooks.up,
    down: migration_20261127_073626_webhooks.down,
    name: '20261127_073626_webhooks',
  },
  {
    up: migration_20261127_075334_adaptations.up,
    down: migration_20261127_075334_adaptations.down,
    name: '20261127_075334_adaptations',
  },
  {
    up: migration_20261127_080749_audit_log.up,
    down: migration_20261127_080749_audit_log.down,
    name: '20261127_080749_audit_log',
  },
  {
    up: migration_20261127_111118_delivery_indexes.up,
    down: migration_20261127_111118_delivery_indexes.down,
    name: '20261127_111118_delivery_indexes',
  },
  {
    up: migration_20261127_114557_locale_parent_indexes.up,
    down: migration_20261127_114557_locale_parent_indexes.down,
    name: '20261127_114557_locale_parent_indexes',
  },
  {
    up: migration_20261127_141941_network_indexes.up,
    down: migration_20261127_141941_network_indexes.down,
    name: '20261127_141941_network_indexes',
  },
  {
    up: migration_20261127_194116_network_access_index.up,
    down: migration_20261127_194116_network_access_index.down,
    name: '20261127_194116_network_access_index'
  },
];
