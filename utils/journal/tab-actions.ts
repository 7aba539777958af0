import type { ProgressPush } from '../messaging/import-protocol';
import type { CardShown, ProfileCardData } from '../messaging/card-protocol';
import type { Platform } from '../model/base';
import type { SnapshotReader } from './snapshot-handler';

/** What the background does in tabs (given by its entrypoint: only entrypoints touch `browser.*`). */
export interface TabActions {
  /** Loads the site's full content script into the tab's top frame. */
  loadReader(tabId: number, platform: Platform): Promise<void>;
  /**
   * Loads the site's in-page badges into the tab's top frame; where they run already, has them read the journal again
   * (`refresh`, the default) or leaves them be.
   */
  showInPage?(tabId: number, platform: Platform, refresh?: boolean): Promise<void>;
  /** Loads the rich badge (reasons, journal facts, actions) into the tab's top frame, where the user turned to a pill. */
  loadRich?(tabId: number): Promise<void>;
  /** Has the browser load the badges into request lists itself (on) or no longer (off); see list-matches.ts. */
  keepBadgesOnLists?(on: boolean): Promise<void>;
  /** Loads the recognition card into the tab's top frame (a profile of a person the journal knows), or has the running one read again. */
  showCard?(tabId: number): Promise<void>;
  /** The card of a known person in the UI's language and dates (the entrypoint has the browser's words). */
  presentCard?(data: ProfileCardData): Omit<CardShown, 'key'>;
  /** Loads the draft hint into the tab's top frame (the user is in a message or note box there). */
  showDraftHint?(tabId: number): Promise<void>;
  /** Opens the toolbar popup (the composer); rejects where the browser allows that only on a click of the icon. */
  openComposer?(): Promise<void>;
  /** Opens the dashboard at this place (`#person/<id>`), in a tab of its own. */
  openDashboard?(hash: string): Promise<void>;
  /** Removes every in-page element from every open XING and LinkedIn tab ("Show results only in the popup"). */
  hideInPageEverywhere?(): Promise<void>;
  /** Sends a message to the extension's open pages (the dashboard shows an import's progress from it). */
  pushToPages?(message: ProgressPush): void;
  /** Shows on the toolbar icon how many pending requests are flagged (0: no badge). */
  showFlagged?(count: number): Promise<void>;
  /** Parses a profile reader's page copy away from the page (Chrome: an offscreen document; Firefox: the event page). */
  readSnapshot?: SnapshotReader;
}

export const NO_TAB_ACTIONS: TabActions = {
  loadReader: () => Promise.reject(new Error('no tab actions in this context')),
};
