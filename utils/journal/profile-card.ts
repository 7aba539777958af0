import { CARD_NOTES_MAX, type ProfileCardData } from '../messaging/card-protocol';
import type { Platform } from '../model/base';
import type { PersonRecords } from '../model/person-views';
import { blocksFor } from './blocklist';
import { personRecords } from './person-records';
import { getPersonByIdentity, type Deps } from './profiles';

/**
 * Whether the user has made the person their own: a meeting or other interaction, notes or tags, a verdict, a
 * block, an open reminder. A profile that was only read (every visited profile is) gets no card. Pure.
 */
export function isKnown(records: Pick<PersonRecords, 'person' | 'interactions' | 'summary'>): boolean {
  const { person, summary } = records;
  return records.interactions.length > 0 || person.notes.trim() !== '' || person.tags.length > 0 || summary.verdict !== undefined || summary.blocked || summary.openReminders.length > 0;
}

/** The user's notes cut to the card's length at a whole character (no half of a surrogate pair). Pure. */
export function clipNotes(notes: string): string {
  const text = notes.trim();
  if (text.length <= CARD_NOTES_MAX) return text;
  return `${[...text.slice(0, CARD_NOTES_MAX + 1)].slice(0, -1).join('').trimEnd()}…`;
}

/** What the card on this profile shows, or null when the journal knows nothing the user made of the person. */
export async function readProfileCard(deps: Deps, platform: Platform, key: string): Promise<ProfileCardData | null> {
  const [view, blocks] = await Promise.all([getPersonByIdentity(deps, platform, key), blocksFor(deps, platform, [key])]);
  const block = blocks.get(key);
  const records = view ? await personRecords(deps, view.person.id) : null;
  const blockOf = block ? { block: { reason: block.reason, at: block.at } } : {};
  if (!records) {
    // On the blocklist (a shared list, or the person was deleted) but not in the journal: the block is worth a card.
    if (!block) return null;
    return { name: '', summary: { openReminders: [], blocked: true, meetings: 0 }, notes: '', tags: [], sites: [platform], ...blockOf };
  }
  const summary = block ? { ...records.summary, blocked: true } : records.summary;
  if (!isKnown({ ...records, summary })) return null;
  const lastMeeting = records.interactions.filter((i) => i.kind === 'met').sort((a, b) => b.at - a.at)[0];
  const metNotes = clipNotes(lastMeeting?.text ?? '');
  return {
    personId: records.person.id,
    name: records.person.displayName,
    summary,
    notes: clipNotes(records.person.notes),
    ...(metNotes ? { metNotes } : {}),
    tags: records.person.tags,
    sites: [...new Set(records.identities.map((i) => i.platform))].sort(),
    ...blockOf,
  };
}
