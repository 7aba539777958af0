import type { Translate } from '../../../i18n';
import type { Platform } from '../../../model/base';
import type { BadgeItem } from './badge-view';
import type { InPageMount } from './inpage-host';

// What the pills (entrypoints/inpage-xing.ts, inpage-linkedin.ts) and the rich badge (entrypoints/inpage-rich.ts, loaded on demand) share:
// types and a slot in the isolated world. Nothing here that would add code to the pills' script.

export type Direction = 'received' | 'sent';

/** One card's badge: a plain-DOM pill until the user expands it, then the rich badge's component. */
export interface Badge {
  mount: InPageMount;
  key: string;
  expanded: boolean;
  busy: boolean;
  status?: { kind: 'done' | 'stopped'; text: string };
  closed?: boolean;
  /** What it showed last (a signature of its data): nothing is drawn again when nothing changed. */
  drawn?: string;
  /** Rendered by the rich badge (expanded at least once); until then a plain-DOM pill. */
  rich?: boolean;
  /** Taken off its card (the card went, was refilled with another person, or the pills stopped): never painted again. */
  gone?: boolean;
}

/** What the running pills offer the rich badge. */
export interface PillsHost {
  platform: Platform;
  t: Translate;
  locale: string;
  lang: 'de' | 'en';
  /** What the journal said about each key on the list. */
  known: ReadonlyMap<string, BadgeItem>;
  /** Reads the journal again for these keys (`all`: also keys already known). */
  fetchKeys(keys: string[], direction: Direction, all?: boolean): Promise<void>;
  /** Shows the badge again (as a pill or, once rich, by the rich badge). */
  paint(card: Element, badge: Badge, direction: Direction): void;
}

/** What the rich badge offers the pills once it is loaded. */
export interface RichBadges {
  /** Renders the badge with its reasons and actions (from its first expansion on). */
  paint(host: PillsHost, card: Element, badge: Badge, direction: Direction): void;
  /** The list changed: names read from it before are stale. */
  listChanged(): void;
  /** Removes what it rendered into this badge (the badge goes). */
  clear(badge: Badge): void;
  /** The pills stop: closes the toast and the marker, and a flow still running shows nothing when it ends. */
  stop(): void;
}

/** The slot (for `Symbol.for`) where the loaded rich badge keeps itself in the tab's isolated world. */
export const RICH_SLOT = 'handschlag:inpage-rich';

const slots = globalThis as unknown as Record<symbol, RichBadges | undefined>;

/** The rich badge, if it is loaded in this isolated world. */
export const richLoaded = (): RichBadges | undefined => slots[Symbol.for(RICH_SLOT)];

/** Keeps the rich badge in its slot (called once by entrypoints/inpage-rich.ts). */
export function offerRich(rich: RichBadges): void {
  slots[Symbol.for(RICH_SLOT)] = rich;
}
