// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { ProfileCard } from '../../../components/inpage/ProfileCard';
import { cardView } from '../../../components/inpage/profile-card-view';
import type { ProfileCardData } from '../../../utils/messaging/card-protocol';
import { createMount } from '../../../utils/platforms/common/actions/inpage-host';
import { tEn } from '../integrity/render';

const NOW = Date.UTC(2026, 2, 20, 9);
const HOSTILE = '<img src=x onerror="window.__tripwire=1"><script>window.__tripwire=1</script>';
const DATA: ProfileCardData = {
  personId: 'p1',
  name: `Anna ${HOSTILE}`,
  summary: { lastMet: { at: Date.UTC(2026, 2, 14, 12), eventName: `Messe ${HOSTILE}` }, lastInteraction: { kind: 'met', at: Date.UTC(2026, 2, 14, 12) }, openReminders: [{ id: 'r1', kind: 'follow-up', dueAt: NOW - 1000 }], verdict: 'genuine', blocked: false, meetings: 1 },
  notes: `Notes ${HOSTILE}`,
  metNotes: 'Talked about audits',
  tags: ['messe'],
  sites: ['xing'],
};

/** The card in a closed shadow root on a page, as the content script mounts it. */
function mountCard(data: ProfileCardData, handlers: { onOpen?: (to: string) => void; onDismiss?: () => void } = {}, status?: { kind: 'done' | 'stopped'; text: string }) {
  const mount = createMount(document, 'en', 'light');
  document.body.append(mount.host);
  const props = { view: cardView(data, { t: tEn, locale: 'en-GB', now: NOW }), busy: false, onOpen: handlers.onOpen ?? (() => {}), onDismiss: handlers.onDismiss ?? (() => {}), ...(status ? { status } : {}) };
  render(h(I18nProvider, { value: tEn }, h(ProfileCard, props)), mount.container);
  return mount;
}
const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;

describe('the recognition card (happy-dom)', () => {
  it('is a named region in a closed root that shows what the journal knows, as text', () => {
    const { host, container } = mountCard(DATA);
    expect(host.shadowRoot).toBeNull();
    expect(host.childElementCount).toBe(0);
    const region = container.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe(`Handschlag: what you know about Anna ${HOSTILE}`);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([`Met at Messe ${HOSTILE} on 14 Mar 2026`, '⚠ Follow-up due today', 'Your verdict: genuine']);
    expect([...container.querySelectorAll('.card-notes')].map((p) => p.textContent)).toEqual(['Talked about audits', `Notes ${HOSTILE}`]);
    // Markup in names and notes stays text: no element came from it, and nothing ran.
    expect(container.querySelectorAll('img, script').length).toBe(0);
    expect((window as unknown as { __tripwire?: number }).__tripwire).toBeUndefined();
    host.remove();
  });

  it('Log meeting and Open in the journal ask for the dashboard; Hide and Escape dismiss', () => {
    const onOpen = vi.fn();
    const onDismiss = vi.fn();
    const { host, container } = mountCard(DATA, { onOpen, onDismiss });
    button(container, 'Log meeting').click();
    button(container, 'Open in the journal').click();
    expect(onOpen.mock.calls).toEqual([['meeting'], ['person']]);
    button(container, 'Hide this card').click();
    const log = button(container, 'Log meeting');
    log.focus();
    log.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDismiss).toHaveBeenCalledTimes(2);
    host.remove();
  });

  it('every control is a button in reading order: Hide, Log meeting, Open in the journal', () => {
    const { host, container } = mountCard(DATA);
    expect([...container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Hide this card', 'Log meeting', 'Open in the journal']);
    host.remove();
  });

  it('says what became of the last button in a live region', () => {
    const { host, container } = mountCard(DATA, {}, { kind: 'stopped', text: 'The journal could not be opened: gone' });
    expect(container.querySelector('[role="status"]')!.textContent).toBe('The journal could not be opened: gone');
    host.remove();
  });

  it('a profile only on the blocklist shows the mark and no journal buttons', () => {
    const { host, container } = mountCard({ name: '', summary: { openReminders: [], blocked: true, meetings: 0 }, notes: '', tags: [], sites: ['xing'], block: { reason: 'Sammler', at: Date.UTC(2026, 0, 5) } });
    expect(container.querySelector('.card-title')!.textContent).toBe('On your blocklist');
    expect(container.querySelector('li.danger')!.textContent).toBe('⛔ On your blocklist since 5 Jan 2026: Sammler');
    expect([...container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).toEqual(['Hide this card']);
    host.remove();
  });
});
