import { h, render } from 'preact';
import { I18nProvider } from '../../../../components/i18n';
import { RequestBadge, type BadgeAction } from '../../../../components/inpage/RequestBadge';
import { badgeView } from './badge-view';
import { parseLinkedinPage } from '../../linkedin/parse-page';
import { parseXingPage } from '../../xing/parse-page';
import { contentClient } from './capture-client';
import { flowToast } from './inpage-toast';
import { runBadgeAction } from './inpage-actions';
import { controlMarker } from './inpage-mark';
import { offerRich, richLoaded, type Badge, type Direction, type PillsHost, type RichBadges } from './inpage-rich-api';

/**
 * The rich badge: reasons with their evidence, what the journal knows and the actions. Loaded by the background
 * into a list's tab only when the user turns to a pill (`inpage/load-rich`), so the pills that every list shows
 * stay small. Loaded again (a second message), the copy that runs already is kept.
 */
export function installRich(): void {
  if (richLoaded()) return;
  // Names come from reading the whole list: only needed when a badge is expanded or acts, so read then.
  let names: Map<string, string> | undefined;
  let toast: ReturnType<typeof flowToast> | undefined;
  const marker = controlMarker(document);
  // Counts the pills' stops: a flow that started before the in-page results were turned off ends without a word on the page.
  let stops = 0;

  const namesNow = (host: PillsHost) => {
    if (!names) {
      const parsed = (host.platform === 'xing' ? parseXingPage : parseLinkedinPage)(document, { url: location.href, now: Date.now(), tzOffsetMin: new Date().getTimezoneOffset() });
      names = new Map(parsed.ok ? (parsed.page.requests ?? []).map((r) => [r.key, r.name]) : []);
    }
    return names;
  };

  const act = async (host: PillsHost, card: Element, badge: Badge, direction: Direction, action: BadgeAction) => {
    const era = stops;
    marker.clear(); // the step marked for an earlier action is no longer the one to do
    badge.busy = true;
    host.paint(card, badge, direction);
    const { platform, t } = host;
    const outcome = await runBadgeAction(contentClient, t, { platform, direction, key: badge.key, name: namesNow(host).get(badge.key) ?? '' }, action, () => [...namesNow(host).values()], { card, marker });
    if (era !== stops) return marker.clear();
    badge.busy = false;
    badge.status = { kind: outcome.kind, text: outcome.text };
    if (outcome.closed) badge.closed = true;
    await host.fetchKeys([badge.key], direction, true);
    if (era !== stops) return marker.clear();
    if (!badge.gone && badge.mount.host.isConnected) host.paint(card, badge, direction);
    else (toast ??= flowToast(host.lang, t)).show(outcome.kind, outcome.text); // the card went with the request: say it where it stays readable
  };

  const rich: RichBadges = {
    paint(host, card, badge, direction) {
      const item = host.known.get(badge.key);
      const drawn = JSON.stringify([item, direction, badge.expanded, badge.busy, badge.status, badge.closed]);
      if (drawn === badge.drawn) return;
      badge.drawn = drawn;
      const props = {
        view: badgeView(host.t, item, { name: badge.expanded ? namesNow(host).get(badge.key) ?? '' : '', platform: host.platform, direction, ...(badge.closed ? { closed: true } : {}) }),
        expanded: badge.expanded,
        busy: badge.busy,
        locale: host.locale,
        ...(badge.status ? { status: badge.status } : {}),
        onToggle: () => {
          badge.expanded = !badge.expanded;
          if (!badge.expanded) marker.clear(); // the badge closes: its marker on the site's control goes too
          host.paint(card, badge, direction);
        },
        onAction: (action: BadgeAction) => void act(host, card, badge, direction, action),
      };
      const { container } = badge.mount;
      const badgeNode = h(I18nProvider, { value: host.t }, h(RequestBadge, props));
      if (badge.rich) return render(badgeNode, container);
      // From the plain pill to the component: the pill the user pressed keeps the focus.
      const focused = (container.getRootNode() as ShadowRoot).activeElement !== null;
      container.replaceChildren();
      badge.rich = true;
      render(badgeNode, container);
      if (focused) container.querySelector<HTMLElement>('button.pill')?.focus();
    },
    listChanged: () => void (names = undefined),
    clear: (badge) => render(null, badge.mount.container),
    stop: () => {
      stops++;
      marker.clear();
      toast?.close();
    },
  };
  offerRich(rich);
}
