import type { ChromiumSession } from '../lib/chromium';
import { sendFromPage } from '../lib/ext-message';
import { HOSTS } from '../lib/our-hosts';
import { detectPage } from '../../utils/platforms/detect';
import { loadInNewTab, type Load } from './page-loads';

type Answer<T> = { ok: boolean; data: T };

/**
 * Makes the person of a profile the session has read known to the journal (a meeting logged), so that the
 * background loads the recognition card into the profile's tabs. Resolves with a function that deletes the
 * person again, so that later scenarios see the profile as before.
 */
export async function makeKnown(session: ChromiumSession, url: string): Promise<() => Promise<void>> {
  const page = detectPage(url);
  if (!page?.key || !page.type.endsWith('.profile')) throw new Error(`not a profile URL: ${url}`);
  const platform = page.type.startsWith('xing') ? 'xing' : 'linkedin';
  const ext = await session.openExtensionPage('popup.html');
  const view = await sendFromPage<Answer<{ view: { person: { id: string } } | null }>>(ext, 'person/get', { platform, key: page.key });
  const personId = view.data.view?.person.id;
  if (!personId) {
    await ext.close();
    throw new Error(`the session's earlier loads did not read ${url}`);
  }
  await sendFromPage(ext, 'meeting/log', { personId, eventName: 'AUFSCHWUNG-Messe', place: 'Frankfurt', at: Date.UTC(2026, 2, 14, 12), notes: 'Supplier audits' });
  return async () => {
    await sendFromPage(ext, 'person/delete', { personId });
    await ext.close();
  };
}

/** One new-tab load of a known person's profile; it must show the card, or its figure would measure something else. */
export async function cardLoad(session: ChromiumSession, url: string): Promise<Load> {
  let shown = 0;
  // Profile pages get no other in-page element of ours: one host is the card.
  const load = await loadInNewTab(session, url, { from: '/profile-card.js', after: async (tab) => void (shown = (await tab.evaluate(`${HOSTS}.length`)) as number) });
  if (shown !== 1) throw new Error(`the card did not show on a load of ${url}: its figure would be meaningless`);
  return load;
}

/** New-tab loads of a profile whose person the journal knows, so the background loads the recognition card into the tab. */
export async function knownProfileLoads(session: ChromiumSession, url: string, loads: number): Promise<Load[]> {
  const forget = await makeKnown(session, url);
  try {
    const out: Load[] = [];
    for (let i = 0; i < loads; i++) out.push(await cardLoad(session, url));
    return out;
  } finally {
    await forget();
  }
}
