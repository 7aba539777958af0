import type { Platform } from '../../utils/model/base';
import type { PageState } from './page-state';

/**
 * Site access (issue 15, "Degrade, never lie"): the browser may withhold the host permissions (Firefox: Extensions
 * panel, about:addons, `extensions.originControls.grantByDefault`; Chrome: site access "On click" / "On specific
 * sites"). Then no content script runs and the popup sees no tab address: it must say so, not "not a XING page".
 * Pure: the browser calls are in entrypoints/popup/site-access.ts.
 */

/** The manifest's host_permissions (wxt.config.ts), one per site. */
export const SITE_ORIGINS: Readonly<Record<Platform, string>> = { xing: 'https://www.xing.com/*', linkedin: 'https://www.linkedin.com/*' };
const SITES: readonly Platform[] = ['xing', 'linkedin'];

/** The sites Handschlag may not read (empty: both are allowed); null where the browser could not tell. */
export type SiteAccess = { missing: readonly Platform[] } | null;

/** The access from the browser's answer for each site. */
export const accessFrom = (granted: Readonly<Record<Platform, boolean>>): { missing: Platform[] } => ({ missing: SITES.filter((site) => !granted[site]) });

/** The sites to ask for, as the manifest names them. */
export const originsFor = (missing: readonly Platform[]): string[] => missing.map((site) => SITE_ORIGINS[site]);

/** Whether any site is withheld (an unknown answer counts as allowed: the popup then behaves as before). */
export const accessMissing = (access: SiteAccess): access is { missing: readonly Platform[] } => !!access && access.missing.length > 0;

/** Two answers are the same (a permission event that changes nothing needs no new render). */
export const sameAccess = (a: SiteAccess, b: SiteAccess): boolean => (a?.missing.join() ?? null) === (b?.missing.join() ?? null);

/**
 * What This page says about a tab whose address the popup cannot see. With both sites allowed the tab is some other
 * site (the popup sees XING and LinkedIn addresses through the host permissions). With a site withheld it may be one
 * of its pages: the popup says that access is missing instead of "not a XING or LinkedIn page".
 */
export const pageWithoutAddress = (access: SiteAccess): PageState => (accessMissing(access) ? { kind: 'no-access', missing: access.missing } : { kind: 'unsupported' });

/**
 * A XING/LinkedIn tab whose content script does not answer. While the tab is still loading, the script has not
 * started yet (it runs once the page is nearly loaded, seconds on LinkedIn): the page is being read. Else it did not
 * run there (access allowed while the page was open, an extension installed or updated after the page was loaded):
 * what the popup would offer (save this profile, read the list) needs the script, so the page is to be reloaded.
 * A person already in the journal is still shown.
 */
export function pageWithoutReader(state: PageState, platform: Platform, pageType: string, tabLoading: boolean): PageState {
  if (state.kind !== 'unknown-person' && state.kind !== 'list' && state.kind !== 'conversation') return state;
  return tabLoading ? { kind: 'reading', platform, pageType } : { kind: 'not-running', platform };
}

/** Where the "Allow access" button stands: not pressed, waiting for the browser's dialog, or its answer. */
export type AccessAsk = 'idle' | 'asking' | 'granted' | 'refused' | 'failed';

/** The button's state from `permissions.request`'s answer (an Error: the browser refused to ask, e.g. no gesture). */
export const askOutcome = (answer: boolean | Error): AccessAsk => (answer instanceof Error ? 'failed' : answer ? 'granted' : 'refused');

/** The site names as one phrase in the UI language: "XING und LinkedIn", "XING and LinkedIn", "LinkedIn". */
export const siteList = (names: readonly string[], locale: string): string => new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
