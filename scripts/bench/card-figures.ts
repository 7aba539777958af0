import type { ChromiumSession } from '../lib/chromium';
import { sendFromPage } from '../lib/ext-message';
import { detectPage } from '../../utils/platforms/detect';
import { loadInNewTab, type Load } from './page-loads';

type Answer<T> = { ok: boolean; data: T };

/**
 * New-tab loads of a profile whose person the journal knows (a meeting logged), so the background loads the
 * recognition card into the tab. Each load must show the card, or its figure would measure something else.
 * Afterwards the person is deleted again, so that later scenarios see the profile as before.
 */
export async function knownProfileLoads(session: ChromiumSession, url: string, loads: number): Promise<Load[]> {
  const page = detectPage(url);
  if (!page?.key || !page.type.endsWith('.profile')) throw new Error(`not a profile URL: ${url}`);
  const platform = page.type.startsWith('xing') ? 'xing' : 'linkedin';
  const ext = await session.openExtensionPage('popup.html');
  try {
    const view = await sendFromPage<Answer<{ view: { person: { id: string } } | null }>>(ext, 'person/get', { platform, key: page.key });
    const personId = view.data.view?.person.id;
    if (!personId) throw new Error(`the bench's earlier loads did not read ${url}`);
    await sendFromPage(ext, 'meeting/log', { personId, eventName: 'AUFSCHWUNG-Messe', place: 'Frankfurt', at: Date.UTC(2026, 2, 14, 12), notes: 'Supplier audits' });
    const out: Load[] = [];
    for (let i = 0; i < loads; i++) {
      let shown = 0;
      // Profile pages get no other in-page element of ours: one host is the card.
      out.push(await loadInNewTab(session, url, { after: async (tab) => void (shown = await tab.evaluate(() => document.querySelectorAll('handschlag-ui').length)) }));
      if (shown !== 1) throw new Error(`the card did not show on load ${i + 1} of ${url}: its figure would be meaningless`);
    }
    await sendFromPage(ext, 'person/delete', { personId });
    return out;
  } finally {
    await ext.close();
  }
}
