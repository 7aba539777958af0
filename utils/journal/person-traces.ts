import { foldForFind } from '../text/fold';
import { ImportReceipt } from './backup-shapes';
import { readInSlices } from './scoring-load';

/**
 * What a person's delete clears besides their records (person-delete.ts): the events only their meetings linked to,
 * and the import receipt's file name when it names them. Each runs inside the delete's transaction.
 */

/** Words of a text as names are compared: folded, an umlaut and its spelled-out form alike ("Müller", "Mueller"). */
const words = (text: string): string[] =>
  foldForFind(text)
    .replace(/([aou])e/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether a text names someone: every word of one of their names or profile keys stands in it as a word, in any
 * order ("Schmidt, Jana.vcf" names "Jana Schmidt"). Generous on purpose: a text wrongly taken as naming them only
 * loses a display name. Pure.
 */
export function textNames(text: string, names: readonly string[]): boolean {
  const present = new Set(words(text));
  return names.some((name) => {
    const needed = words(name);
    return needed.length > 0 && needed.every((w) => present.has(w));
  });
}

/** A file name that names no one: its extension kept ("*.vcf"), so the receipt still says what kind of file came. Pure. */
export function neutralFileName(fileName: string): string {
  const ext = /\.([\p{L}\p{N}]{1,10})$/u.exec(fileName)?.[1];
  return ext ? `*.${ext}` : '*';
}

type Store = { get(key: string): Promise<unknown>; put(value: never): Promise<unknown>; delete(key: string): Promise<unknown> };
type ScanStore = Parameters<typeof readInSlices>[0];

/**
 * The import receipt keeps its job id (it tells the page whether an import landed) but not a file name that names
 * the person ("Jana Schmidt.vcf", as contact apps name a single card). Returns whether it changed.
 */
export async function scrubReceipt(settings: Store, names: readonly string[]): Promise<boolean> {
  const receipt = ImportReceipt.safeParse(await settings.get('lastImport'));
  if (!receipt.success || !textNames(receipt.data.fileName, names)) return false;
  await settings.put({ ...receipt.data, fileName: neutralFileName(receipt.data.fileName) } as never);
  return true;
}

/**
 * Deletes the events among `eventIds` that no remaining interaction links to: they were records of the deleted
 * person's meetings (their names often name the person) and no view shows an event without meetings. Events
 * still linked to another person's meeting stay. Returns how many went.
 */
export async function dropOrphanEvents(interactions: ScanStore, events: Store, eventIds: ReadonlySet<string>): Promise<number> {
  if (!eventIds.size) return 0;
  const linked = new Set<string>();
  for (const raw of await readInSlices(interactions)) {
    const eventId = (raw as { eventId?: unknown }).eventId;
    if (typeof eventId === 'string') linked.add(eventId);
  }
  let dropped = 0;
  for (const id of eventIds) {
    if (linked.has(id) || (await events.get(id)) === undefined) continue;
    await events.delete(id);
    dropped++;
  }
  return dropped;
}
