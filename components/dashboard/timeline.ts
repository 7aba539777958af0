import type { PersonRecords } from '../../utils/model/person-views';
import type { ProfileFacts } from '../../utils/model/people';

/** One line of a person's timeline, newest first; words are chosen by the component. */
export type TimelineEntry =
  | { kind: 'interaction'; at: number; id: string; interaction: PersonRecords['interactions'][number]; eventName?: string }
  | { kind: 'request-state'; at: number; id: string; platform: 'xing' | 'linkedin'; direction: 'received' | 'sent'; state: string; note?: string; from?: number }
  | { kind: 'verdict'; at: number; id: string; verdict: string }
  | { kind: 'snapshot'; at: number; id: string; platform: 'xing' | 'linkedin'; first: boolean; changes: FactChange[] }
  | { kind: 'reminder'; at: number; id: string; reminderKind: string; state: string; dueAt: number };

export interface FactChange {
  field: keyof ProfileFacts;
  before?: string;
  after?: string;
}

const FIELDS: (keyof ProfileFacts)[] = ['name', 'headline', 'company', 'location', 'contacts', 'memberSince', 'wants', 'haves', 'mutualCount', 'groups', 'degree'];

const show = (value: ProfileFacts[keyof ProfileFacts]): string | undefined => {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : v.name)).join(', ');
  if (typeof value === 'object') return `${value.count}${value.atLeast ? '+' : ''}`;
  return String(value);
};

/**
 * What a read of a profile changed, field by field, against what earlier reads showed (`before`: the last value
 * seen of each field). A field this read did not show is no change (a page shows only some fields: people.ts
 * ProfileFacts); a field shown for the first time is. Pure.
 */
export function factChanges(before: ProfileFacts | undefined, after: ProfileFacts): FactChange[] {
  const changes: FactChange[] = [];
  for (const field of FIELDS) {
    const b = show(after[field]);
    if (b === undefined) continue;
    const a = show(before?.[field]);
    if (a !== b) changes.push({ field, ...(a !== undefined ? { before: a } : {}), after: b });
  }
  return changes;
}

/** The fields a read showed, laid over the last value seen of each (a field not shown keeps its last value). Pure. */
const lastSeen = (before: ProfileFacts | undefined, after: ProfileFacts): ProfileFacts => ({
  ...after,
  ...Object.fromEntries(FIELDS.flatMap((field) => (after[field] === undefined && before?.[field] !== undefined ? [[field, before[field]]] : []))),
});

/** A request step whose time is known only as a window wider than this shows its day, not an invented minute. */
const EXACT_WITHIN = 3_600_000;

/** Everything recorded about a person as one timeline, newest first. Pure. */
export function buildTimeline(r: PersonRecords): TimelineEntry[] {
  const events = new Map(r.events.map((e) => [e.id, e.name]));
  const out: TimelineEntry[] = [];
  for (const i of r.interactions) {
    const eventName = i.eventId ? events.get(i.eventId) : undefined;
    out.push({ kind: 'interaction', at: i.at, id: `i:${i.id}`, interaction: i, ...(eventName ? { eventName } : {}) });
  }
  for (const q of r.requests) {
    q.history.forEach((h, n) =>
      out.push({
        kind: 'request-state',
        at: h.at.to,
        id: `q:${q.id}:${n}`,
        platform: q.platform,
        direction: q.direction,
        state: h.state,
        ...(n === 0 && q.note ? { note: q.note } : {}),
        ...(h.at.to - h.at.from > EXACT_WITHIN ? { from: h.at.from } : {}),
      }),
    );
  }
  for (const v of r.verdicts) out.push({ kind: 'verdict', at: v.at, id: `v:${v.id}`, verdict: v.verdict });
  const previous = new Map<string, ProfileFacts>();
  for (const s of [...r.snapshots].sort((a, b) => a.observedAt - b.observedAt)) {
    const key = `${s.platform}:${s.key}`;
    const before = previous.get(key);
    out.push({ kind: 'snapshot', at: s.observedAt, id: `s:${s.id}`, platform: s.platform, first: !before, changes: before ? factChanges(before, s.facts) : [] });
    previous.set(key, lastSeen(before, s.facts));
  }
  for (const m of r.reminders) out.push({ kind: 'reminder', at: m.closedAt ?? m.createdAt, id: `m:${m.id}`, reminderKind: m.kind, state: m.state, dueAt: m.dueAt });
  return out.sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
}
