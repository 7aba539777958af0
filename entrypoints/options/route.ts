import type { DashboardSection } from '../../components/dashboard/DashboardView';
import { RequestFilters } from '../../utils/messaging/requests-protocol';
import { personHash } from '../../components/dashboard/person-hash';

/** Filters of the Requests view an address can ask for (`#requests?direction=received&state=pending`). */
export type RequestsPreset = Partial<Pick<RequestFilters, 'direction' | 'platform' | 'band' | 'state' | 'sort'>>;

/**
 * `meeting`: the person page opened to log a meeting (the in-page card's "Log meeting"): focus goes to its form.
 * `requests`: the Requests view opened with these filters (the popup's "N more requests").
 */
export type Route = { section: DashboardSection; personId?: string; meeting?: boolean; requests?: RequestsPreset };

const SECTIONS: DashboardSection[] = ['people', 'reminders', 'requests', 'events', 'blocklist', 'import', 'settings', 'diagnostics'];
const PRESET_KEYS = ['direction', 'platform', 'band', 'state', 'sort'] as const;

/** The known filters of a `#requests?…` address; anything else in it is passed over. */
function presetOf(query: string): RequestsPreset | undefined {
  const params = new URLSearchParams(query);
  const preset: Record<string, string> = {};
  for (const key of PRESET_KEYS) {
    const checked = RequestFilters.shape[key].safeParse(params.get(key));
    if (checked.success) preset[key] = checked.data;
  }
  return Object.keys(preset).length ? (preset as RequestsPreset) : undefined;
}

/** The dashboard's place from the address: `#events`, `#reminders`, or `#person/<id>` (a person belongs to People), `#person/<id>/meeting`. */
export function routeFromHash(hash: string): Route {
  const person = /^#person\/([^/]+)(\/meeting)?$/.exec(hash);
  if (person) {
    try {
      return { section: 'people', personId: decodeURIComponent(person[1]!), ...(person[2] ? { meeting: true } : {}) };
    } catch {
      return { section: 'people' };
    }
  }
  const requests = /^#requests\?(.*)$/.exec(hash);
  if (requests) {
    const preset = presetOf(requests[1]!);
    return { section: 'requests', ...(preset ? { requests: preset } : {}) };
  }
  return { section: SECTIONS.find((s) => `#${s}` === hash) ?? 'people' };
}

export const hashOf = (route: Route): string =>
  route.personId
    ? `${personHash(route.personId)}${route.meeting ? '/meeting' : ''}`
    : route.section === 'requests' && route.requests
      ? `#requests?${new URLSearchParams(route.requests as Record<string, string>).toString()}`
      : `#${route.section}`;
