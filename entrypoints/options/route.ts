import type { DashboardSection } from '../../components/dashboard/DashboardView';

/** `meeting`: the person page opened to log a meeting (the in-page card's "Log meeting"): focus goes to its form. */
export type Route = { section: DashboardSection; personId?: string; meeting?: boolean };

const SECTIONS: DashboardSection[] = ['people', 'requests', 'events', 'blocklist', 'import', 'settings', 'diagnostics'];

/** The dashboard's place from the address: `#events`, or `#person/<id>` (a person belongs to People), `#person/<id>/meeting`. */
export function routeFromHash(hash: string): Route {
  const person = /^#person\/([^/]+)(\/meeting)?$/.exec(hash);
  if (person) {
    try {
      return { section: 'people', personId: decodeURIComponent(person[1]!), ...(person[2] ? { meeting: true } : {}) };
    } catch {
      return { section: 'people' };
    }
  }
  return { section: SECTIONS.find((s) => `#${s}` === hash) ?? 'people' };
}

export const hashOf = (route: Route): string => (route.personId ? `#person/${encodeURIComponent(route.personId)}${route.meeting ? '/meeting' : ''}` : `#${route.section}`);
