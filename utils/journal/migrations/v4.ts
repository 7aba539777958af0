import type { Migration } from './types';

/**
 * Version 4: the networker's journal. Reminders get their own store: open ones by due time (the alarm and
 * the Due tab read only those), all of a person by person (merge and delete). Interactions and events have
 * had their stores since version 1; their records are unchanged.
 */
export const v4: Migration = {
  version: 4,
  description: 'reminders store: open reminders by due time, all by person',
  upgrade(db) {
    const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
    reminders.createIndex('stateDue', ['state', 'dueAt']);
    reminders.createIndex('personId', 'personId');
  },
};
