import type { Migration } from './types';

/** Version 2: per-page-type parse health for the dashboard's Diagnostics (counts only, local). */
export const v2: Migration = {
  version: 2,
  description: 'diagnostics store: parse successes and failures per page type',
  upgrade(db) {
    db.createObjectStore('diagnostics', { keyPath: 'pageType' });
  },
};
