import type { Person, ProfileFacts } from '../model/people';

/** Facts compared as data: key order and absent-vs-undefined do not count as a change. Pure. */
export function sameFacts(a: ProfileFacts, b: ProfileFacts): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : 1)),
        )
      : v,
  );
}

/** The person's display fields after observing new facts: the page is the latest truth for what it shows. */
export function personFromFacts(base: Person, facts: ProfileFacts, now: number): Person {
  return {
    ...base,
    displayName: facts.name,
    headline: facts.headline ?? base.headline,
    company: facts.company ?? base.company,
    location: facts.location ?? base.location,
    updatedAt: now,
  };
}
