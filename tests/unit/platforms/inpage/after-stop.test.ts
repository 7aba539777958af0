// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { installRich } from '../../../../utils/platforms/common/actions/inpage-rich';
import { INPAGE_SLOT, runningIn } from '../../../../utils/platforms/common/actions/inpage-slot';
import { cardOf, en, flush, hosts, hostsIn, listWithBadges, roots, useInPage } from './harness';

useInPage();

async function pressAccept(siteConfirms: boolean) {
  await listWithBadges();
  installRich();
  const card = cardOf('lucas-moreau');
  const root = roots.find((r) => r.host === hostsIn(card)[0])!;
  (root.querySelector('button.pill') as HTMLButtonElement).click();
  await flush();
  const siteAccept = document.querySelector('[aria-label^="Accept Lucas Moreau"]') as HTMLElement;
  if (siteConfirms) siteAccept.addEventListener('click', () => setTimeout(() => card.remove(), 300)); // the site takes the card away after a moment
  [...root.querySelectorAll('button')].find((b) => b.textContent === en.triage_accept!.message)!.click();
  return { root, siteAccept };
}

describe('turning the in-page results off (review inpage 5, 6)', () => {
  it('during a running Accept: no toast of ours appears afterwards', async () => {
    await pressAccept(true);
    await flush(2);
    runningIn(INPAGE_SLOT)!.stop('the user chose to see results only in the popup');
    await new Promise((r) => setTimeout(r, 1500));
    await flush(40);
    expect(hosts()).toEqual([]);
  }, 15_000);

  it('after a flow stopped: the site\'s control carries nothing of ours, and the marker goes', async () => {
    const { root, siteAccept } = await pressAccept(false); // the site never confirms: the flow stops after its wait and marks the control
    await new Promise((r) => setTimeout(r, 4600));
    await flush();
    expect(root.textContent).toContain('Stopped');
    expect(siteAccept.getAttribute('style') ?? '').not.toMatch(/outline/);
    expect(hosts().length).toBe(7); // 6 badges and the marker over the control
    runningIn(INPAGE_SLOT)!.stop('the user chose to see results only in the popup');
    expect(hosts()).toEqual([]);
  }, 15_000);
});
