import { foldForSearch } from '../text/fold';
import type { Person } from './people';

/** What a person record holds at most (people.ts: `tags` max 100, `notes` LongText). */
export const MAX_TAGS = 100;
export const MAX_NOTES = 20_000;

/** What a merge would leave out: how many characters at the end of the joined notes, and which tags. */
export interface MergeCut {
  notesCut: number;
  tagsCut: string[];
}

/**
 * Two people's tags and notes joined as a merge keeps them: tags once each (folded as tags are compared), the kept
 * person's first; notes one after the other. What does not fit the record's limits is named in `cut`, so the page
 * can say it before the user confirms (the record cannot hold more without a migration). Pure.
 */
export function joinTagsAndNotes(keep: Pick<Person, 'tags' | 'notes'>, merged: Pick<Person, 'tags' | 'notes'>): { tags: string[]; notes: string; cut: MergeCut } {
  const seen = new Set<string>();
  const tags = [...keep.tags, ...merged.tags].filter((tag) => {
    const folded = foldForSearch(tag);
    if (!folded || seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
  const joined = [keep.notes, merged.notes].filter((n) => n.trim()).join('\n\n');
  const notes = cutAt(joined, MAX_NOTES);
  return { tags: tags.slice(0, MAX_TAGS), notes, cut: { notesCut: [...joined.slice(notes.length)].length, tagsCut: tags.slice(MAX_TAGS) } };
}

/** Whether a merge of these two would lose anything. Pure. */
export const mergeCuts = (cut: MergeCut): boolean => cut.notesCut > 0 || cut.tagsCut.length > 0;

/** The first `max` UTF-16 units (the schema's measure), never splitting a surrogate pair. Pure. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}
