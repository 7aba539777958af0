/** Example records as version 1 stored them: the migration tests load these into an old layout. */
export const V1_EXAMPLES = {
  people: [
    { v: 1, id: 'p1', displayName: 'Jana Schmidt', headline: 'Vertriebsleiterin', company: 'Brückner Consulting GmbH', location: 'Köln', tags: ['messe'], notes: 'Kaffee am Stand', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 },
    { v: 1, id: 'p2', displayName: 'Tobias Lang', tags: [], notes: '', createdAt: 1_700_000_100_000, updatedAt: 1_700_000_200_000 },
  ],
  identities: [
    { v: 1, id: 'xing:Jana_Schmidt12', platform: 'xing', key: 'Jana_Schmidt12', personId: 'p1', url: 'https://www.xing.com/profile/Jana_Schmidt12', firstSeenAt: 1_700_000_000_000, lastSeenAt: 1_700_000_000_000 },
    { v: 1, id: 'linkedin:tobias-lang', platform: 'linkedin', key: 'tobias-lang', personId: 'p2', url: 'https://www.linkedin.com/in/tobias-lang/', firstSeenAt: 1_700_000_100_000, lastSeenAt: 1_700_000_200_000 },
  ],
  snapshots: [
    { v: 1, id: 's1', personId: 'p1', platform: 'xing', key: 'Jana_Schmidt12', observedAt: 1_700_000_000_000, url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt', contacts: { count: 999, atLeast: true }, wants: ['Lieferanten'], haves: ['Vertrieb'] } },
  ],
  requests: [
    { v: 1, id: 'r1', platform: 'xing', direction: 'received', personId: 'p1', key: 'Jana_Schmidt12', note: 'Hallo, gleiche Gruppe!', firstSeenAt: 1_700_000_000_000, lastSeenAt: 1_700_000_000_000, state: 'pending', history: [{ state: 'pending', at: { from: 1_700_000_000_000, to: 1_700_000_000_000 }, by: 'observed' }] },
  ],
  interactions: [{ v: 1, id: 'i1', personId: 'p2', kind: 'met', at: 1_700_000_150_000, place: 'Hannover', eventId: 'e1' }],
  events: [{ v: 1, id: 'e1', name: 'Hannover Messe 2026', place: 'Hannover' }],
  verdicts: [{ v: 1, id: 'vd1', personId: 'p1', requestId: 'r1', verdict: 'collector', at: 1_700_000_300_000 }],
  blocklist: [{ v: 1, id: 'xing:Max_Spam', platform: 'xing', key: 'Max_Spam', reason: 'spam', at: 1_700_000_400_000 }],
  settings: [{ v: 1, key: 'settings', value: { autoCapture: false, inPageBadges: true, genuineBelow: 30, collectorFrom: 70, xingWithdrawMinDays: 7 } }],
} as const;

/** Version 2 added the diagnostics store; everything of version 1 is unchanged. */
export const V2_EXAMPLES = {
  ...V1_EXAMPLES,
  diagnostics: [
    { v: 1, pageType: 'xing.profile', successes: 12, failures: 1, lastFailure: { code: 'missing-field', field: 'name', message: 'no name found', at: 1_700_000_500_000 }, lastAt: 1_700_000_600_000 },
  ],
} as const;

/** Version 3 added an index only: records are as in version 2. */
export const V3_EXAMPLES = V2_EXAMPLES;

/** Version 4 added the reminders store; everything of version 3 is unchanged. */
export const V4_EXAMPLES = {
  ...V3_EXAMPLES,
  reminders: [
    { v: 1, id: 'rm1', personId: 'p2', kind: 'follow-up', state: 'open', dueAt: 1_700_172_950_000, createdAt: 1_700_000_150_000, sinceInteractionId: 'i1', since: 1_700_000_150_000 },
    { v: 1, id: 'rm2', personId: 'p1', kind: 'keep-in-touch', state: 'done', dueAt: 1_707_776_000_000, createdAt: 1_700_000_000_000, everyDays: 90, tag: 'messe', closedAt: 1_707_800_000_000 },
  ],
  requests: [
    ...V3_EXAMPLES.requests,
    // What version 4 wrote for requests that left a list: each one withdrawn, whichever side they were on.
    sentRequest('r2', 'withdrawn', [['pending', 'observed'], ['withdrawn', 'observed']]),
    sentRequest('r3', 'withdrawn', [['pending', 'observed'], ['withdrawn', 'user']]),
    { ...sentRequest('r4', 'withdrawn', [['pending', 'observed'], ['withdrawn', 'observed']]), direction: 'received' },
    sentRequest('r5', 'accepted', [['pending', 'import'], ['accepted', 'import']]),
  ],
} as const;

/** Version 5 recorded a sent request that left the list as gone; version 4's records as version 5 rewrites them. */
export const V5_EXAMPLES = {
  ...V4_EXAMPLES,
  requests: [...V4_EXAMPLES.requests.filter((r) => r.id !== 'r2'), sentRequest('r2', 'gone', [['pending', 'observed'], ['gone', 'observed']])],
} as const;

/** A sent LinkedIn request to Tobias Lang with the given states, a day apart; its keys in the shape's order. */
function sentRequest(id: string, state: string, steps: [string, string][]) {
  const at = (i: number) => ({ from: 1_700_000_000_000 + i * 86_400_000, to: 1_700_000_000_000 + i * 86_400_000 });
  return {
    v: 1, id, platform: 'linkedin', direction: 'sent', personId: 'p2', key: 'tobias-lang', note: '',
    firstSeenAt: 1_700_000_000_000, lastSeenAt: 1_700_000_000_000, state,
    history: steps.map(([s, by], i) => ({ state: s, at: at(i), by })),
  };
}

/** Names that have broken software elsewhere: markup, quotes, right-to-left marks, emoji, lone accents, SQL. */
const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  "Robert'); DROP TABLE people;--",
  'Ｊａｎａ　Ｓｃｈｍｉｄｔ',
  'Ali \u202Ereversed\u202C Name',
  'Zoë Ø\u0301ström 👩‍💼',
  '"quoted" \\ back\\slash',
  '\u200B\u200Dzero width',
  'null',
  'undefined',
  '__proto__',
];

/** A version-3 journal of `count` people with hostile names and 10 kB notes, one identity and snapshot each. */
export function hostileJournal(count: number) {
  const note = 'Notiz äöü ß € <b>&amp;</b> \u0000 '.repeat(400).slice(0, 10_000);
  const people = [];
  const identities = [];
  const snapshots = [];
  for (let i = 0; i < count; i++) {
    const id = `h${i}`;
    const name = `${HOSTILE_NAMES[i % HOSTILE_NAMES.length]} ${i}`;
    const key = `hostile-${i}`;
    const url = `https://www.linkedin.com/in/${key}/`;
    people.push({ v: 1, id, displayName: name, tags: ['<tag>', `t${i % 7}`], notes: note, createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i });
    identities.push({ v: 1, id: `linkedin:${key}`, platform: 'linkedin', key, personId: id, url, firstSeenAt: 1_700_000_000_000, lastSeenAt: 1_700_000_000_000 });
    snapshots.push({ v: 1, id: `hs${i}`, personId: id, platform: 'linkedin', key, observedAt: 1_700_000_000_000, url, facts: { name } });
  }
  return { people, identities, snapshots };
}
