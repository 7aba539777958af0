import type { Handlers } from '../messaging/router';
import { detectPage } from '../platforms/detect';
import { DB_VERSION } from './migrations';
import { listPeople } from './people-list';
import { getPersonByIdentity, recordProfile, type Deps } from './profiles';
import { getSettings, updateSettings } from './settings-store';
import { storeCounts } from './stats';

/** The background's answers to every protocol message, over the journal store. */
export function createHandlers(deps: Deps): Handlers {
  return {
    async 'capture/profile'(payload) {
      // The key comes from the URL, never from the page's text: a page cannot claim to be someone else.
      const page = detectPage(payload.url);
      if (!page || page.type !== `${payload.platform}.profile` || !page.key) {
        throw new Error('capture/profile: the URL is not a profile page of that site');
      }
      return recordProfile(deps, { platform: payload.platform, key: page.key, url: payload.url, facts: payload.facts });
    },
    async 'person/get'(payload) {
      return { view: await getPersonByIdentity(deps, payload.platform, payload.key) };
    },
    async 'people/list'(payload) {
      return listPeople(deps, payload);
    },
    async 'journal/stats'() {
      return { counts: await storeCounts(deps), schemaVersion: DB_VERSION };
    },
    async 'settings/get'() {
      return { settings: await getSettings(deps) };
    },
    async 'settings/update'(payload) {
      return { settings: await updateSettings(deps, payload.patch) };
    },
  };
}
