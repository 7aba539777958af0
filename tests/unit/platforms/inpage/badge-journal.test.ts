// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { installRich } from '../../../../utils/platforms/common/actions/inpage-rich';
import { POPUP } from '../../integrity/router-helpers';
import { cardOf, flush, hostsIn, listWithBadges, roots, useInPage } from './harness';

useInPage();

// Issue 17: the expanded badge says what the journal knows ("met at …", "you declined them in March").
describe('the expanded badge says what the journal knows (review inpage 2)', () => {
  it('a logged meeting and an earlier declined request of the same person', async () => {
    const { j } = await listWithBadges();
    const ident = (await j.deps.db.getAll('identities')).find((i) => (i as { key: string }).key === 'hannah-becker-8f2e6d4a') as { personId: string };
    expect((await j.handle({ type: 'meeting/log', payload: { personId: ident.personId, eventName: 'AUFSCHWUNG-Messe', at: Date.UTC(2026, 2, 14) } }, POPUP)).ok).toBe(true);
    const shown = (await j.deps.db.getAll('requests')).find((r) => r.key === 'hannah-becker-8f2e6d4a')!;
    const at = { from: Date.UTC(2026, 1, 3), to: Date.UTC(2026, 1, 3) };
    await j.deps.db.put('requests', { ...shown, id: 'earlier-1', firstSeenAt: at.from - 1000, lastSeenAt: at.to, state: 'declined', history: [{ state: 'pending', at, by: 'observed' }, { state: 'declined', at, by: 'user' }] });
    installRich();
    const root = roots.find((r) => r.host === hostsIn(cardOf('hannah-becker-8f2e6d4a'))[0])!;
    (root.querySelector('button.pill') as HTMLButtonElement).click();
    await flush();
    const panel = root.querySelector('[role="group"]')!.textContent ?? '';
    expect(panel).toContain('Met at AUFSCHWUNG-Messe on');
    expect(panel).toContain('You declined an earlier request from this person on');
    expect(panel).not.toContain('Nothing else about this person yet.');
  });
});
