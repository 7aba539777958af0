import type { DashboardSection } from '../../components/dashboard/DashboardView';

export type Route = { section: DashboardSection; personId?: string };

const SECTIONS: DashboardSection[] = ['people', 'events', 'blocklist', 'import', 'settings', 'diagnostics'];

/** The dashboard's place from the address: `#events`, or `#person/<id>` (a person belongs to People). */
export function routeFromHash(hash: string): Route {
  const person = /^#person\/(.+)$/.exec(hash);
  if (person) {
    try {
      return { section: 'people', personId: decodeURIComponent(person[1]!) };
    } catch {
      return { section: 'people' };
    }
  }
  return { section: SECTIONS.find((s) => `#${s}` === hash) ?? 'people' };
}

export const hashOf = (route: Route): string => (route.personId ? `#person/${encodeURIComponent(route.personId)}` : `#${route.section}`);
