import { beforeEach, describe, expect, it } from 'vitest';
import { listPendingRequests } from '../../../utils/journal/pending';
import { markRequestActed, recordRequestList } from '../../../utils/journal/requests';
import type { ObservedRequest } from '../../../utils/journal/request-diff';
import { observedCard } from '../helpers/request-cards';
import { derived } from '../../../utils/journal/derived';
import { scoresFor } from '../../../utils/journal/request-scores';
import { loadScoringContext } from '../../../utils/journal/scoring-load';
import { importIntoJournal } from '../../../utils/journal/import-journal';
import { parseInvitations } from '../../../utils/import/linkedin-invitations';
import { pendingRequestIds } from '../../../utils/journal/pending';
import { testDeps } from '../helpers/journal';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// A request is called withdrawn only when the list provably reached past it; a closed one comes back only as a
// newer card. Lists load from the top on every visit, times are coarse, and a second tab shows an older page.
describe('request states over several reads of a list', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  beforeEach(async () => {
    t = await testDeps();
  });
  const card = (key: string, timeText?: string) => observedCard(t.deps.now(), key, timeText);
  const stateOf = async (key: string) => (await t.deps.db.getAll('requests')).filter((r) => r.key === key).map((r) => r.state);
  const read = (requests: ObservedRequest[], platform: 'linkedin' | 'xing' = 'linkedin') =>
    recordRequestList(t.deps, { platform, direction: 'received', requests, listKeys: requests.map((r) => r.key) });

  it('a card below the loaded part with the same coarse time as the last loaded one stays pending, and is no re-send when scrolled to', async () => {
    await read([card('A', '2 days ago'), card('B', '1 week ago'), card('C', '1 week ago')]);
    t.advance(2 * HOUR);
    expect((await read([card('A', '2 days ago'), card('B', '1 week ago')])).withdrawn).toBe(0);
    expect(await stateOf('C')).toEqual(['pending']);
    t.advance(MIN);
    const res = await read([card('A', '2 days ago'), card('B', '1 week ago'), card('C', '1 week ago')]);
    const mine = (await t.deps.db.getAll('requests')).filter((r) => r.key === 'C');
    const [view] = await scoresFor(t.deps, derived(() => loadScoringContext(t.deps)), mine);
    expect({ resent: res.resent, records: mine.length }).toEqual({ resent: 0, records: 1 });
    expect(view?.score?.reasons.map((r) => r.id)).not.toContain('resend');
  });

  it('a card without a shown time, loaded by scrolling, stays pending when the next visit does not scroll', async () => {
    await read([card('A'), card('B')], 'xing');
    t.advance(MIN);
    await read([card('A'), card('B'), card('C')], 'xing');
    t.advance(DAY);
    expect((await read([card('A'), card('B')], 'xing')).withdrawn).toBe(0);
    expect(await stateOf('C')).toEqual(['pending']);
  });

  it('a re-send at the top of a partly loaded list leaves the older, unloaded requests pending', async () => {
    await read([card('R', '4 weeks ago')]);
    t.advance(HOUR);
    await read([]);
    expect(await stateOf('R')).toEqual(['withdrawn']);
    t.advance(DAY);
    await read([card('B', '2 days ago'), card('C', '2 weeks ago')]);
    t.advance(HOUR);
    const res = await read([card('R', '1 hour ago'), card('B', '2 days ago')]);
    expect({ resent: res.resent, withdrawn: res.withdrawn }).toEqual({ resent: 1, withdrawn: 0 });
    expect(await stateOf('C')).toEqual(['pending']);
  });

  it('a card still shown in a second tab after the user accepted it is not a new pending request', async () => {
    await read([card('A', '3 days ago'), card('B', '5 days ago')]);
    await markRequestActed(t.deps, { platform: 'linkedin', direction: 'received', key: 'A', action: 'accept' });
    t.advance(MIN);
    expect((await read([card('A', '3 days ago'), card('B', '5 days ago'), card('C', '6 days ago')])).resent).toBe(0);
    expect(await stateOf('A')).toEqual(['accepted']);
    expect((await listPendingRequests(t.deps)).items.map((i) => i.request.key)).not.toContain('A');
  });

  it('still finds a withdrawal the page proves, and a re-send dated after it', async () => {
    await read([card('A', '2 hours ago'), card('X', '3 days ago'), card('B', '2 weeks ago')]);
    t.advance(HOUR);
    expect((await read([card('A', '3 hours ago'), card('B', '2 weeks ago')])).withdrawn).toBe(1);
    expect(await stateOf('X')).toEqual(['withdrawn']);
    t.advance(DAY);
    expect((await read([card('X', '1 hour ago'), card('A', '1 day ago'), card('B', '2 weeks ago')])).resent).toBe(1);
    expect(await stateOf('X')).toEqual(['withdrawn', 'pending']);
  });

  it("an imported Invitations.csv adds no second copy of a request read on the page, and one action closes it", async () => {
    await read([card('anna-muster', '2 days ago')]);
    const sent = new Date(t.deps.now() - 2 * DAY).toISOString().slice(0, 10);
    const csv = ['From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl', `Anna Muster,Ich Selbst,"${sent}",Hallo,INCOMING,https://www.linkedin.com/in/anna-muster,https://www.linkedin.com/in/ich-selbst`].join('\n');
    await importIntoJournal(t.deps, parseInvitations(csv, { now: t.deps.now, newId: t.deps.newId }));
    expect((await listPendingRequests(t.deps)).items.map((i) => i.request.key)).toEqual(['anna-muster']);
    await markRequestActed(t.deps, { platform: 'linkedin', direction: 'received', key: 'anna-muster', action: 'accept' });
    expect(await pendingRequestIds(t.deps)).toHaveLength(0);
    expect(await stateOf('anna-muster')).toEqual(expect.arrayContaining(['accepted']));
    expect(await stateOf('anna-muster')).not.toContain('pending');
  });
});
