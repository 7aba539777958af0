import { describe, expect, it } from 'vitest';
import type { RequestsPage } from '../../../utils/journal/requests-query';
import { LINKEDIN_LIST, routedJournal, tab } from '../integrity/router-helpers';

// One click acts on one person: a verdict on one templated request must not move every similar request (and other
// texts) out of their band in the dashboard's Requests view (review of issue 17, finding 2).

const DASH = { id: 'ext', url: 'chrome-extension://ext/options.html#requests' };
const ALL = { direction: 'all', platform: 'all', band: 'all', state: 'all', sort: 'newest', offset: 0, limit: 100 } as const;
const TEMPLATE = "Hi Katrin, I came across your profile and would love to expand my network with like-minded professionals. Let's connect!";
const LION = "Hello, I am a LION (LinkedIn open networker). I accept all invitations and never IDK. Let's connect and grow our networks, win-win!";

describe('a verdict in the Requests view', () => {
  it('"Genuine" on one of 150 copies of a template leaves the other 169 collectors in their band', async () => {
    const j = await routedJournal();
    const cards = [
      ...Array.from({ length: 150 }, (_, i) => ({ key: `p-${i}`, name: `Person ${i}`, note: TEMPLATE })),
      ...Array.from({ length: 20 }, (_, i) => ({ key: `q-${i}`, name: `Other ${i}`, note: LION })),
    ];
    await j.handle({ type: 'capture/requests', payload: { platform: 'linkedin', url: LINKEDIN_LIST, direction: 'received', requests: cards } } as never, tab(LINKEDIN_LIST));
    const q = async (f: object = {}) => {
      const r = await j.handle({ type: 'requests/query', payload: { ...ALL, ...f } } as never, DASH);
      if (!r.ok) throw new Error(r.error.message);
      return r.data as RequestsPage;
    };
    const before = await q({ band: 'collector' });
    expect(before.total).toBe(170);
    const judged = before.items[0]!.request.id;
    await j.handle({ type: 'verdict/set', payload: { requestId: judged, verdict: 'genuine' } } as never, DASH);
    // The band filter goes by the score; whether the judged request itself leaves the band is the scorer's to say.
    const after = await q({ band: 'collector', limit: 500 });
    expect(after.items.map((r) => r.request.id).filter((id) => id !== judged)).toHaveLength(169);
  }, 30_000);
});
