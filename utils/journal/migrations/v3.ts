import type { Migration } from './types';

/**
 * Version 3: requests by state, direction and first sight, so the popup reads only the newest pending
 * received requests and counts the rest without loading them (30,000 pending requests took over a second).
 */
export const v3: Migration = {
  version: 3,
  description: 'requests index on state, direction and first sight',
  upgrade(_db, tx) {
    tx.objectStore('requests').createIndex('stateDirectionTime', ['state', 'direction', 'firstSeenAt']);
  },
};
