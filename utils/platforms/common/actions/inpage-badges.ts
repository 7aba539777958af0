import PILL_WORDS from 'virtual:pill-words';
import { drawPill } from '../../../../components/inpage/badge-pill';
import { translatorFromMessages, type Translate } from '../../../i18n';
import type { BadgeItem as Item } from './badge-view';
import { keysIn } from '../../clicks/controls';
import { keyOfHrefWith } from '../../clicks/key-of-href';
import { matchPage } from '../../page-types';
import { contentClient } from './capture-client';
import { siteEnv, type PillSite } from './inpage-site-env';
import { createMount, siteTheme } from './inpage-host';
import { inSlices, SLICE_MS } from './in-slices';
import { INPAGE_SLOT, keepRunning, runningIn } from './inpage-slot';
import { richLoaded, type Badge, type Direction, type PillsHost } from './inpage-rich-api';
import { isPageElement, onInPageNavigation } from './page-watch';
import { PageContext } from './page-context';
import { whenParsed } from './when-parsed';

/**
 * How many cards added by scroll get their pills at once in the task that added them (≈ 7 ms per 100; more go in
 * slices). After a yield the rest waited 100–265 ms for the page's rendering of the grown list, then cost it a second
 * rendering (scripts/trace-badges.ts; BENCHMARKS.md, session 17).
 */
const IN_PAGE_TASK_CARDS = 150;

/** Whether the card names exactly this person (a card refilled with someone else does not). */
const namesOnly = (card: Element, key: string, keyOf: ReturnType<typeof keyOfHrefWith>): boolean => {
  const keys = keysIn(card, keyOf);
  return keys.size === 1 && keys.has(key);
};

/** The user turning to a pill: the rich badge and that badge's reasons are loaded then, so they are there by the time they press it. */
const TURNING_TO = ['pointerover', 'pointerdown', 'focusin'] as const;

/**
 * The request badges' pills: registered by the background for the request lists (document_end; never into
 * profile readers), shown once the list is parsed. Only the pills live here (band word, icon, score); the rich
 * badge (reasons, journal, actions) is loaded on demand (inpage-rich.ts). Loaded again, the running copy reads the
 * journal again. Badges live inside their cards, so they go with them; infinite scroll and in-page navigation are
 * followed; stop() removes every element at once.
 */
export function startInPage(site: PillSite): void {
  const running = runningIn(INPAGE_SLOT);
  if (running) return running.refresh();
  const env = siteEnv(site.platform, site.detectors);
  if (!env) return;
  const { platform, detectors } = env;
  // The pills' own words (no message catalogue fetched for them); anything else from the browser's.
  const own = translatorFromMessages(PILL_WORDS[env.lang]);
  const t: Translate = (key, subs) => (key in PILL_WORDS[env.lang] ? own(key, subs) : env.t(key, subs));
  const ctx = new PageContext('inpage');
  const client = contentClient;
  const badges = new Map<Element, Badge>();
  const byHost = new WeakMap<EventTarget, { badge: Badge; direction: Direction }>();
  const known = new Map<string, Item>();
  /** Keys whose journal item came with its reasons (their badges were expanded). */
  const withReasons = new Set<string>();
  // The site's scheme, read once per page (a computed style per card, or per growth, forces a style pass).
  let theme: 'light' | 'dark' | undefined;
  let scheduled = false;
  let placing = false;
  let started = false;
  let stopped = false;
  let rich: Promise<boolean> | undefined;

  const listPage = (): Direction | undefined => {
    const type = matchPage(location.href, detectors)?.type ?? '';
    // The request lists, received or sent, are the only page types with a direction.
    return /\.(received|sent)$/.exec(type)?.[1] as Direction | undefined;
  };
  const yieldToPage = () => new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));

  /** Has the background load the rich badge into this tab (once; again after a failure). */
  const wantRich = (): Promise<boolean> => {
    if (richLoaded()) return Promise.resolve(true);
    return (rich ??= client.send('inpage/load-rich', {}).then((res) => {
      if (!res.ok || !richLoaded()) rich = undefined;
      return !!richLoaded();
    }));
  };
  /** The journal item of this badge with its reasons (once; a press waits for the one under way). */
  const reasonsFor = new Map<string, Promise<void>>();
  const withReasonsOf = (key: string, direction: Direction): Promise<void> => {
    if (withReasons.has(key)) return Promise.resolve();
    let asked = reasonsFor.get(key);
    if (!asked) reasonsFor.set(key, (asked = fetchKeys([key], direction, true, true).finally(() => reasonsFor.delete(key))));
    return asked;
  };
  const turningTo = (event: Event) => {
    const at = event.target ? byHost.get(event.target) : undefined;
    if (!at) return;
    void wantRich();
    void withReasonsOf(at.badge.key, at.direction);
  };

  /**
   * Shows the badge when what it shows changed since it was last shown (a repaint of 1,000 unchanged badges is no
   * work). A collapsed badge is a plain-DOM pill; the rich badge renders it from its first expansion on.
   */
  const paint = (card: Element, badge: Badge, direction: Direction) => {
    if (badge.rich || badge.expanded) return richLoaded()?.paint(host, card, badge, direction);
    const item = known.get(badge.key);
    const score = item?.score && direction === 'received' ? { value: item.score.value, band: item.score.band } : undefined;
    // A sent request is never scored: its pill says the state (a card on the sent list is open until the journal says otherwise).
    const sent = direction === 'sent' ? { state: item?.state ?? 'pending' } : undefined;
    const drawn = `pill ${score?.band} ${score?.value} ${sent?.state} ${!!item?.blocked}`;
    if (drawn === badge.drawn) return;
    badge.drawn = drawn;
    drawPill(badge.mount.container, { ...(score ? { score } : {}), ...(sent ? { sent } : {}), blocked: !!item?.blocked }, t, () => {
      // A press before the rich badge is there (keyboard users: Enter) expands the badge once it is.
      void Promise.all([wantRich(), withReasonsOf(badge.key, direction)]).then(([loaded]) => {
        if (!loaded || stopped || !badge.mount.host.isConnected) return;
        badge.expanded = !badge.expanded;
        paint(card, badge, direction);
      });
    });
  };

  const ask = async (keys: string[], direction: Direction, brief: boolean) => {
    if (!keys.length) return;
    const res = await client.send('inpage/requests', { platform, direction, keys: keys.slice(0, 2000), brief });
    if (!res.ok || stopped) return;
    if (!res.data.show) return stop('in-page results are switched off');
    for (const item of res.data.items) known.set(item.key, item);
    if (!brief) for (const key of keys) withReasons.add(key);
  };
  /**
   * Reads what the journal knows for these keys; `all` again also for keys already known. Pills need no reasons
   * (with them, the answer for a list grown to 1,000 carries every reason's evidence): only badges turned to get them.
   */
  const fetchKeys = async (keys: string[], direction: Direction, all = false, reasons = false) => {
    const wanted = all ? keys : keys.filter((k) => !known.get(k)?.score);
    const full = (k: string) => reasons || withReasons.has(k);
    await Promise.all([ask(wanted.filter((k) => !full(k)), direction, true), ask(wanted.filter(full), direction, false)]);
  };
  const host: PillsHost = { ...env, known, fetchKeys, paint };

  /**
   * Badges for new cards first (in slices, each shown in the same task its host is added), then what the journal
   * knows for every card in one message, then a repaint of the badges whose data changed.
   */
  const update = async (refetch = false, inPageTask = false) => {
    scheduled = false;
    const direction = listPage();
    if (!direction) return clearBadges();
    richLoaded()?.listChanged();
    const keyOf = keyOfHrefWith(detectors, location.href);
    for (const [card, badge] of badges) {
      if (!card.isConnected || !badge.mount.host.isConnected) badges.delete(card);
      // The site refilled this card with another person (a list keyed by position): the badge goes and a new one is
      // placed for the person the card names now; the old person's score and actions must not stay on it.
      else if (!namesOnly(card, badge.key, keyOf)) removeBadge(card, badge);
    }
    const clock = () => performance.now();
    const placed = (card: Element) => badges.has(card);
    const fresh = site.cards(document, location.href, placed).filter((card) => !placed(card));
    placing = true;
    await inSlices(fresh, (card) => {
      if (badges.has(card)) return; // an update that started meanwhile placed it
      const keys = keysIn(card, keyOf);
      if (keys.size !== 1) return; // a card naming two people gets no badge (and no clicks)
      const mount = createMount(document, env.lang, (theme ??= siteTheme(document.body)));
      card.append(mount.host);
      const badge: Badge = { mount, key: [...keys][0]!, expanded: false, busy: false };
      byHost.set(mount.host, { badge, direction });
      badges.set(card, badge);
      paint(card, badge, direction);
    }, yieldToPage, clock, inPageTask && fresh.length <= IN_PAGE_TASK_CARDS ? Number.POSITIVE_INFINITY : SLICE_MS).finally(() => (placing = false));
    await fetchKeys([...new Set([...badges.values()].map((b) => b.key))], direction, refetch);
    await inSlices([...badges], ([card, badge]) => paint(card, badge, direction), yieldToPage, clock);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(() => void update(), 0);
  };

  const removeBadge = (card: Element, badge: Badge) => {
    badge.gone = true;
    if (badge.rich) richLoaded()?.clear(badge);
    badge.mount.host.remove();
    badges.delete(card);
  };
  const clearBadges = () => {
    for (const [card, badge] of badges) removeBadge(card, badge);
  };

  const observer = new MutationObserver((records) => {
    // Our own hosts being added is no growth of the list; a profile link changed in place may be a card refilled with another person.
    if (!records.some((r) => (r.type === 'attributes' ? r.target.nodeType === 1 && (r.target as Element).localName === 'a' : [...r.addedNodes].some(isPageElement)))) return;
    // Cards added by infinite scroll get their pills in the task that added them (no timer, no frame in between);
    // while pills are still being placed in slices, that run is followed by one more.
    // A growth of many cards at once is placed in slices: the page's own task must not become a long one.
    if (placing || !started) schedule();
    else void update(false, true);
  });

  const stop = (reason: string) => {
    stopped = true;
    observer.disconnect();
    for (const type of TURNING_TO) document.removeEventListener(type, turningTo, true);
    clearBadges();
    richLoaded()?.stop();
    ctx.stop(reason);
    keepRunning(INPAGE_SLOT, undefined);
  };
  // In the slot at once: a second injection (the reader's `inpage/list-seen`) finds this copy and loads none.
  keepRunning(INPAGE_SLOT, { refresh: () => void (started && update(true)), stop });
  // In a task of its own: the end of parsing is the parser's task, which a first slice of pills could make long.
  whenParsed(document, () => ctx.setTimeout(() => {
    if (stopped) return;
    started = true;
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
    for (const type of TURNING_TO) document.addEventListener(type, turningTo, { capture: true, passive: true });
    onInPageNavigation(ctx, () => {
      theme = undefined; // another page may have another scheme
      schedule();
    });
    void update();
  }, 0));
}
