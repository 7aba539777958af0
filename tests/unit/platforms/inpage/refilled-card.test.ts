// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { installRich } from '../../../../utils/platforms/common/actions/inpage-rich';
import { isOurHost } from '../../../../utils/platforms/common/actions/inpage-slot';
import { badgeText, cardOf, en, flush, hostsIn, listWithBadges, roots, useInPage } from './harness';

useInPage();

/** The site renders the list again into the same elements (keyed by position): card 1 now holds Hannah, our host stays in it. */
function refill(): { first: Element; old: Element } {
  const first = cardOf('lucas-moreau');
  const second = cardOf('hannah-becker-8f2e6d4a');
  const old = hostsIn(first)[0]!;
  first.replaceChildren(...[...second.cloneNode(true).childNodes].filter((n) => !isOurHost(n)), old);
  second.remove();
  return { first, old };
}
const button = (root: ShadowRoot, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const markedKeys = async (j: Awaited<ReturnType<typeof listWithBadges>>['j']) => {
  const requests = await j.deps.db.getAll('requests');
  return (await j.deps.db.getAll('verdicts')).map((v) => requests.find((r) => r.id === (v as { requestId?: string }).requestId)?.key);
};

describe('a card the site fills with another person (review inpage 4)', () => {
  it('shows that person\'s badge, not the one before', async () => {
    await listWithBadges();
    const hannahBefore = badgeText(cardOf('hannah-becker-8f2e6d4a'));
    expect(hannahBefore[0]).not.toBe(badgeText(cardOf('lucas-moreau'))[0]); // different scores to tell them apart
    const { first } = refill();
    await flush();
    expect(badgeText(first)).toEqual(hannahBefore);
  });

  const ROWS = [
    { name: 'Collector pressed on the badge the card shows after the refill marks the person the user sees', pressBefore: false, expected: ['hannah-becker-8f2e6d4a'] },
    { name: 'Collector pressed on the old badge before it was replaced marks no one (the card no longer names that person)', pressBefore: true, expected: [] },
  ];
  for (const row of ROWS) {
    it(row.name, async () => {
      const { j } = await listWithBadges();
      installRich();
      let root = roots.find((r) => r.host === hostsIn(cardOf('lucas-moreau'))[0])!;
      (root.querySelector('button.pill') as HTMLButtonElement).click();
      await flush();
      const { first } = refill();
      if (!row.pressBefore) {
        await flush();
        root = roots.find((r) => r.host === hostsIn(first)[0])!;
        (root.querySelector('button.pill') as HTMLButtonElement).click();
        await flush();
      }
      button(root, en.verdictCollector!.message).click();
      await flush();
      expect(await markedKeys(j)).toEqual(row.expected);
    });
  }
});
