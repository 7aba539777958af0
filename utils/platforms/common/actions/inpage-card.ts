import { h, render } from 'preact';
import { I18nProvider } from '../../../../components/i18n';
import { ProfileCard } from '../../../../components/inpage/ProfileCard';
import { CARD_HOST_STYLE } from '../../../../components/inpage/styles';
import { createClient } from '../../../messaging/client';
import type { CardShown } from '../../../messaging/card-protocol';
import type { Translate } from '../../../i18n';
import { keepEventsInside, placeHost, showOnTop } from './card-place';
import { browser } from './content-browser';
import { createMount, siteTheme, type InPageMount } from './inpage-host';
import { CARD_SLOT, keepRunning, runningIn } from './inpage-slot';
import { PageContext } from './page-context';
import { sitePlatform } from './site-platform';
import { onInPageNavigation } from './page-watch';

/**
 * The recognition card: loaded by the background only into a tab that shows the profile of a person the journal
 * knows (never part of the profile readers). Loaded again, the running copy reads again. It follows in-page
 * navigation (another profile: read again; no profile: gone), reads again when the tab becomes visible (a meeting
 * logged meanwhile), and stop() removes it at once ("Show results only in the popup").
 */
export function startCard(): void {
  const running = runningIn(CARD_SLOT);
  if (running) return running.refresh();
  const platform = sitePlatform(location.hostname);
  if (!platform) return;
  const ctx = new PageContext('profile-card');
  const client = createClient((message) => browser.runtime.sendMessage(message));
  /** Profiles whose card the user hid in this tab: hidden until the tab is reloaded. */
  const dismissed = new Set<string>();
  let mount: InPageMount | undefined;
  let shown: CardShown | undefined;
  let busy = false;
  let status: { kind: 'done' | 'stopped'; text: string } | undefined;
  let reading = 0;
  // The card's own words come worded from the background with the card (no message lookups here).
  const t: Translate = (key, subs) => ((shown?.words as Record<string, string> | undefined)?.[key] ?? key).replace('$1', () => String(Array.isArray(subs) ? subs[0] : subs ?? ''));

  /** Where the focus came from into the card (a keyboard user Tabbing from the heading): it goes back there on Hide. */
  let cameFrom: Element | undefined;
  const hide = () => {
    if (!mount) return;
    // Removing the host that holds the focus would drop it to the top of the page: move it first.
    if ((mount.container.getRootNode() as ShadowRoot).activeElement) focusBack(mount.host, cameFrom);
    cameFrom = undefined;
    render(null, mount.container);
    mount.host.remove();
    mount = undefined;
    shown = undefined;
  };

  const paint = () => {
    if (!shown) return hide();
    if (!mount) {
      mount = createMount(document, shown.lang, siteTheme(document.body), CARD_HOST_STYLE);
      keepEventsInside(mount.host);
      mount.host.addEventListener('focusin', (event) => {
        const from = (event as FocusEvent).relatedTarget;
        if (from instanceof Element && from !== mount?.host) cameFrom = from;
      });
    }
    placeHost(document, mount.host);
    showOnTop(mount.host);
    const props = { view: shown.view, busy, ...(status ? { status } : {}), onOpen: (to: 'meeting' | 'person') => void open(to), onDismiss: dismiss };
    render(h(I18nProvider, { value: t }, h(ProfileCard, props)), mount.container);
  };

  const read = async () => {
    const mine = ++reading;
    const res = await client.send('inpage/person', { platform, url: location.href });
    if (mine !== reading || !ctx.isValid) return; // a newer read started, or the card was stopped
    if (!res.ok) return; // the worker is away: what shows stays
    if (!res.data.show) return stop('in-page results are switched off');
    const card = res.data.card;
    if (!card || dismissed.has(card.key)) return hide(); // no profile, nothing worth a card, or hidden here
    if (shown?.key !== card.key) status = undefined;
    shown = card;
    paint();
  };

  const open = async (to: 'meeting' | 'person') => {
    if (!shown) return;
    busy = true;
    paint();
    const res = await client.send('inpage/open-person', { platform, key: shown.key, to });
    busy = false;
    status = res.ok ? { kind: 'done', text: t('card_opened') } : { kind: 'stopped', text: t('card_openFailed', res.error.message) };
    paint();
  };

  const dismiss = () => {
    if (shown) dismissed.add(shown.key);
    hide();
  };

  const stop = (reason: string) => {
    hide();
    ctx.stop(reason);
    keepRunning(CARD_SLOT, undefined);
  };

  keepRunning(CARD_SLOT, { refresh: () => void read(), stop });
  onInPageNavigation(ctx, () => void read());
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void read();
  });
  void read();
}


const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Puts the focus back where it was before the card took it; else on the next focusable element of the page after
 * the card's place (the profile heading's block comes first), else the one before it.
 */
export function focusBack(host: Element, cameFrom: Element | undefined): void {
  const doc = host.ownerDocument;
  const focus = (el: Element | null | undefined): boolean => {
    if (!(el instanceof HTMLElement) || !el.isConnected || host.contains(el)) return false;
    el.focus({ preventScroll: true });
    return doc.activeElement === el;
  };
  if (focus(cameFrom)) return;
  const all = [...doc.querySelectorAll(FOCUSABLE)];
  const after = all.find((el) => !!(host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && focus(el));
  if (after) return;
  for (const el of all.reverse()) if (host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && focus(el)) return;
}
