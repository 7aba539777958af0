import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { accessFrom, accessMissing, askOutcome, originsFor, sameAccess, SITE_ORIGINS, type AccessAsk, type SiteAccess } from '../../components/popup/site-access';
import type { SiteAccessView } from '../../components/popup/SiteAccessNotice';
import type { Platform } from '../../utils/model/base';

/** Which sites the browser lets Handschlag read; null where it has no permissions API or gives no answer. */
export async function readSiteAccess(): Promise<SiteAccess> {
  const api = browser.permissions as typeof browser.permissions | undefined;
  if (!api?.contains) return null;
  try {
    const [xing, linkedin] = await Promise.all([api.contains({ origins: [SITE_ORIGINS.xing] }), api.contains({ origins: [SITE_ORIGINS.linkedin] })]);
    return accessFrom({ xing, linkedin });
  } catch {
    return null;
  }
}

/**
 * Asks the browser to let Handschlag read the withheld sites. They are the manifest's own host_permissions, which the
 * user (or a default) withheld: `permissions.request` may ask for them again, no optional_host_permissions needed.
 * Called in the click's own task, before any await: the browser asks only from a user gesture.
 */
export function requestSiteAccess(missing: readonly Platform[]): Promise<AccessAsk> {
  try {
    return browser.permissions.request({ origins: originsFor(missing) }).then(askOutcome, (error: unknown) => askOutcome(error instanceof Error ? error : new Error(String(error))));
  } catch (error) {
    return Promise.resolve(askOutcome(error instanceof Error ? error : new Error(String(error))));
  }
}

/**
 * The site access of an open popup or dashboard: read once, again on every permission change (the Extensions panel,
 * about:addons, chrome://extensions), and after the user's "Allow access". `known`: the first answer is in.
 * Firefox may close the popup when its dialog opens: the next popup reads the access anew.
 */
export function useSiteAccess(): SiteAccessView & { known: boolean } {
  const [access, setAccess] = useState<SiteAccess>(null);
  const [known, setKnown] = useState(false);
  const [ask, setAsk] = useState<AccessAsk>('idle');
  const check = useCallback(() => {
    void readSiteAccess().then((next) => {
      setAccess((current) => (sameAccess(current, next) ? current : next));
      setKnown(true);
    });
  }, []);
  useEffect(() => {
    check();
    const events = browser.permissions as typeof browser.permissions | undefined;
    if (!events?.onAdded || !events.onRemoved) return;
    events.onAdded.addListener(check);
    events.onRemoved.addListener(check);
    return () => {
      events.onAdded.removeListener(check);
      events.onRemoved.removeListener(check);
    };
  }, [check]);
  const onAllow = () => {
    if (!accessMissing(access) || ask === 'asking') return;
    setAsk('asking');
    void requestSiteAccess(access.missing).then((outcome) => {
      setAsk(outcome);
      check();
    });
  };
  return { access, known, ask, onAllow };
}
