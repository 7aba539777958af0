import type { Migration } from './types';

/** Version 1: the first journal layout (design.md §4). */
export const v1: Migration = {
  version: 1,
  description: 'journal stores and lookup indexes',
  upgrade(db) {
    const people = db.createObjectStore('people', { keyPath: 'id' });
    people.createIndex('updatedAt', 'updatedAt');

    const identities = db.createObjectStore('identities', { keyPath: 'id' });
    identities.createIndex('personId', 'personId');

    const snapshots = db.createObjectStore('snapshots', { keyPath: 'id' });
    snapshots.createIndex('personId', 'personId');
    snapshots.createIndex('personTime', ['personId', 'observedAt']);

    const requests = db.createObjectStore('requests', { keyPath: 'id' });
    requests.createIndex('stateTime', ['state', 'firstSeenAt']);
    requests.createIndex('personId', 'personId');
    requests.createIndex('identity', ['platform', 'key', 'direction']);

    const interactions = db.createObjectStore('interactions', { keyPath: 'id' });
    interactions.createIndex('personTime', ['personId', 'at']);
    interactions.createIndex('at', 'at');

    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('name', 'name');

    const verdicts = db.createObjectStore('verdicts', { keyPath: 'id' });
    verdicts.createIndex('personId', 'personId');
    verdicts.createIndex('requestId', 'requestId');

    db.createObjectStore('blocklist', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'key' });

    const quarantine = db.createObjectStore('quarantine', { keyPath: 'id' });
    quarantine.createIndex('store', 'store');
  },
};
