import { h, render } from 'preact';
import { I18nProvider } from '../../../../components/i18n';
import { RequestBadge, type BadgeAction } from '../../../../components/inpage/RequestBadge';
import { drawPill } from '../../../../components/inpage/badge-pill';
import { badgeView, type BadgeItem as Item } from './badge-view';
import { keysIn } from '../../clicks/controls';
import { keyOfHrefOn, requestCards } from '../../clicks/site-cards';
import { parseLinkedinPage } from '../../linkedin/parse-page';
import { matchPage } from '../../page-types';
import { parseXingPage } from '../../xing/parse-page';
import { contentClient } from './capture';
import { browser } from './content-browser';
import { inPageEnv } from './inpage-env';
import { createMount, siteTheme, type InPageMount } from './inpage-host';
import { inSlices } from './in-slices';
import { flowToast } from './inpage-toast';
import { INPAGE_SLOT, keepRunning, runningIn } from './inpage-slot';
import { runBadgeAction } from './inpage-actions';
import { isPageElement, onInPageNavigation } from './page-watch';
import { PageContext } from './page-context';

interface Badge {
  mount: InPageMount;
  key: string;
  expanded: boolean;
  busy: boolean;
  status?: { kind: 'done' | 'stopped'; text: string };
  closed?: boolean;
  /** What it showed last (a signature of its data): nothing is drawn again when nothing changed. */
  drawn?: string;
  /** Rendered by Preact (expanded at least once); until then a plain-DOM pill. */
  rich?: boolean;
}

/**
 * The request badges: loaded by the background into a tab that shows a request list (never into profile
 * readers). Loaded again, the running copy reads the journal again. Badges live inside their cards, so they go
 * with them; infinite scroll and in-page navigation are followed; stop() removes every element at once.
 */
export function startInPage(): void {
  const running = runningIn(INPAGE_SLOT);
  if (running) return running.refresh();
  const env = inPageEnv();
  if (!env) return;
  const { platform, t, locale, lang, detectors } = env;
  const ctx = new PageContext('inpage');
  const client = contentClient;
  const badges = new Map<Element, Badge>();
  const known = new Map<string, Item>();
  // Names come from reading the whole list: only needed when a badge is expanded or acts, so read then.
  let names: Map<string, string> | undefined;
  // The site's scheme, read once per page (a computed style per card, or per growth, forces a style pass).
  let theme: 'light' | 'dark' | undefined;
  const toast = flowToast(lang, t);
  let scheduled = false;

  const listPage = () => {
    const type = matchPage(location.href, detectors)?.type ?? '';
    return /requests\.|invitations\./.test(type) ? (type.endsWith('.sent') ? 'sent' : 'received') : undefined;
  };
  const namesNow = () => {
    if (!names) {
      const parsed = (platform === 'xing' ? parseXingPage : parseLinkedinPage)(document, { url: location.href, now: Date.now(), tzOffsetMin: new Date().getTimezoneOffset() });
      names = new Map(parsed.ok ? (parsed.page.requests ?? []).map((r) => [r.key, r.name]) : []);
    }
    return names;
  };
  const yieldToPage = () => new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));

  /**
   * Shows the badge when what it shows changed since it was last shown (a repaint of 1,000 unchanged badges is no
   * work). A collapsed badge is a plain-DOM pill; Preact renders a badge from its first expansion on.
   */
  const paint = (card: Element, badge: Badge, direction: 'received' | 'sent') => {
    const item = known.get(badge.key);
    const onToggle = () => {
      badge.expanded = !badge.expanded;
      paint(card, badge, direction);
    };
    if (!badge.rich && !badge.expanded) {
      const score = item?.score ? { value: item.score.value, band: item.score.band } : undefined;
      const drawn = `pill ${score?.band} ${score?.value} ${!!item?.blocked}`;
      if (drawn === badge.drawn) return;
      badge.drawn = drawn;
      return drawPill(badge.mount.container, { ...(score ? { score } : {}), blocked: !!item?.blocked }, t, onToggle);
    }
    const drawn = JSON.stringify([item, direction, badge.expanded, badge.busy, badge.status, badge.closed]);
    if (drawn === badge.drawn) return;
    badge.drawn = drawn;
    const props = {
      view: badgeView(t, item, { name: badge.expanded ? namesNow().get(badge.key) ?? '' : '', platform, direction, ...(badge.closed ? { closed: true } : {}) }),
      expanded: badge.expanded,
      busy: badge.busy,
      locale,
      ...(badge.status ? { status: badge.status } : {}),
      onToggle,
      onAction: (action: BadgeAction) => void act(card, badge, direction, action),
    };
    const { container } = badge.mount;
    if (!badge.rich) {
      // From the plain pill to the component: the pill the user pressed keeps the focus.
      const focused = (container.getRootNode() as ShadowRoot).activeElement !== null;
      container.replaceChildren();
      badge.rich = true;
      render(h(I18nProvider, { value: t }, h(RequestBadge, props)), container);
      if (focused) container.querySelector<HTMLElement>('button.pill')?.focus();
      return;
    }
    render(h(I18nProvider, { value: t }, h(RequestBadge, props)), container);
  };

  const act = async (card: Element, badge: Badge, direction: 'received' | 'sent', action: BadgeAction) => {
    badge.busy = true;
    paint(card, badge, direction);
    const outcome = await runBadgeAction(client, t, { platform, direction, key: badge.key, name: namesNow().get(badge.key) ?? '' }, action, () => [...namesNow().values()]);
    badge.busy = false;
    badge.status = { kind: outcome.kind, text: outcome.text };
    if (outcome.closed) badge.closed = true;
    await fetchKeys([badge.key], direction, true);
    if (badge.mount.host.isConnected) paint(card, badge, direction);
    else toast.show(outcome.kind, outcome.text); // the card went with the request: say it where it stays readable
  };

  /** Reads what the journal knows for these keys; `all` again also for keys already known. */
  const fetchKeys = async (keys: string[], direction: 'received' | 'sent', all = false) => {
    const wanted = all ? keys : keys.filter((k) => !known.get(k)?.score);
    if (!wanted.length) return;
    const res = await client.send('inpage/requests', { platform, direction, keys: wanted.slice(0, 2000) });
    if (!res.ok) return;
    if (!res.data.show) return stop('in-page results are switched off');
    for (const item of res.data.items) known.set(item.key, item);
  };

  /**
   * Badges for new cards first (in slices, each shown in the same task its host is added), then what the journal
   * knows for every card in one message, then a repaint of the badges whose data changed.
   */
  const update = async (refetch = false) => {
    scheduled = false;
    const direction = listPage();
    if (!direction) return clearBadges();
    names = undefined;
    const keyOf = keyOfHrefOn(platform, location.href);
    for (const [card, badge] of badges) if (!card.isConnected || !badge.mount.host.isConnected) badges.delete(card);
    const clock = () => performance.now();
    const fresh = requestCards(platform, document, location.href).filter((card) => !badges.has(card));
    await inSlices(fresh, (card) => {
      if (badges.has(card)) return; // an update that started meanwhile placed it
      const keys = keysIn(card, keyOf);
      if (keys.size !== 1) return; // a card naming two people gets no badge (and no clicks)
      const mount = createMount(document, lang, (theme ??= siteTheme(document.body)));
      card.append(mount.host);
      const badge: Badge = { mount, key: [...keys][0]!, expanded: false, busy: false };
      badges.set(card, badge);
      paint(card, badge, direction);
    }, yieldToPage, clock);
    await fetchKeys([...new Set([...badges.values()].map((b) => b.key))], direction, refetch);
    await inSlices([...badges], ([card, badge]) => paint(card, badge, direction), yieldToPage, clock);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(() => void update(), 0);
  };

  const clearBadges = () => {
    for (const badge of badges.values()) {
      if (badge.rich) render(null, badge.mount.container);
      badge.mount.host.remove();
    }
    badges.clear();
  };

  const observer = new MutationObserver((records) => {
    // Our own hosts being added is no growth of the list.
    if (records.some((r) => [...r.addedNodes].some(isPageElement))) schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true });

  const stop = (reason: string) => {
    observer.disconnect();
    clearBadges();
    toast.close();
    ctx.stop(reason);
    keepRunning(INPAGE_SLOT, undefined);
  };
  keepRunning(INPAGE_SLOT, { refresh: () => void update(true), stop });
  onInPageNavigation(ctx, () => {
    theme = undefined; // another page may have another scheme
    schedule();
  });
  void update();
}
