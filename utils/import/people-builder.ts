import { detectPage } from '../platforms/detect';
import { linkedinDetectors } from '../platforms/linkedin/urls';
import { xingDetectors } from '../platforms/xing/urls';
import { profileUrl } from '../platforms/profile-url';
import type { Platform, TimeRange } from '../model/base';
import type { Person } from '../model/people';
import { nameKey } from './names';
import { plainLinkedinKey } from './profile-key';
import { checkedIdentity, checkedPerson } from '../model/plain-records';
import { fnv1a } from '../scoring/fingerprint/hash';
import { RowProblemError, type ImportDeps, type ImportedPerson } from './types';

export interface PersonSeen {
  name: string;
  /** The person's id as the file names it (our own vCard export's UID, checked): kept, so a re-import finds them. */
  id?: string;
  /** A profile URL as the file gives it; its key comes from the URL, like a captured page's. */
  url?: string;
  headline?: string;
  company?: string;
  location?: string;
  connectedAt?: TimeRange;
}

/** The profile key a URL of this platform names, or undefined when it names none. Pure. */
export function profileKeyOf(platform: Platform, url: string | undefined): string | undefined {
  if (!url) return undefined;
  const href = url.trim().replace(/^http:\/\//, 'https://');
  // The plain form every row of Connections.csv has is read without the URL parser (see plainLinkedinKey).
  const plain = platform === 'linkedin' ? plainLinkedinKey(href) : undefined;
  if (plain) return plain;
  // Only this platform's detectors: an import reads tens of thousands of URLs.
  const page = detectPage(href, platform === 'xing' ? xingDetectors : linkedinDetectors);
  return page && page.type === `${platform}.profile` && page.key ? page.key : undefined;
}

/** The key a request or message of a person without a profile URL is filed under: a folded name, never a slug. */
export const nameRef = (platform: Platform, name: string): string => `${platform}~name:${nameKey(name)}`;

/** The person id of a name ref: two 32-bit hashes of it (a collision would merge two names; at 64 bits, not in a lifetime's contacts). */
export const nameRefId = (ref: string): string => `name-${fnv1a(ref).toString(36)}-${fnv1a(`${ref}\u0000`).toString(36)}`;

/**
 * Collects the people a file names, one per profile key (or, without a URL, per folded name), built as the
 * journal's Person and Identity records with the injected clock and ids. A later row fills what an earlier one left out.
 */
export class PeopleBuilder {
  private readonly byRef = new Map<string, ImportedPerson>();

  constructor(
    private readonly platform: Platform,
    private readonly deps: ImportDeps,
    private readonly now = deps.now(),
  ) {}

  /** The person's ref and profile key (the key a request is filed under). Throws a reason when the row cannot make a person. */
  add(seen: PersonSeen): { ref: string; key: string; personId: string } {
    if (!seen.name) throw new Error('the name is empty');
    const key = profileKeyOf(this.platform, seen.url);
    if (seen.url && !key) throw new RowProblemError('profile-url', [this.platform === 'xing' ? 'XING' : 'LinkedIn', seen.url.slice(0, 100)], `not a ${this.platform} profile URL: ${seen.url.slice(0, 100)}`);
    // Without a key, a person the file names by id is filed by it (two namesakes of our export stay two people).
    const ref = key ? `${this.platform}:${key}` : seen.id ? `${this.platform}~id:${seen.id}` : nameRef(this.platform, seen.name);
    if (!key && !seen.id && ref.endsWith(':')) throw new Error('the name has no letters');
    const known = this.byRef.get(ref);
    if (known) {
      this.fill(known, seen);
      return { ref, key: known.identity?.key ?? ref, personId: known.person.id };
    }
    // A person without a profile key gets the same id from every import of their name, so that a re-import
    // finds them again; with a key, the identity finds them and the id is a fresh one; an id the file names wins.
    const person = checkedPerson(newPerson(seen.id ?? (key ? this.deps.newId() : nameRefId(ref)), seen, this.now));
    const since = Math.min(seen.connectedAt?.from ?? this.now, this.now);
    const identity = key
      ? checkedIdentity({ v: 1, id: ref, platform: this.platform, key, personId: person.id, url: profileUrl(this.platform, key), firstSeenAt: since, lastSeenAt: this.now })
      : undefined;
    // Set one by one, not spread (a row's cost): the keys keep their order, the absent ones stay absent.
    const entry: ImportedPerson = { ref, person };
    if (identity) entry.identity = identity;
    if (seen.connectedAt) entry.connectedAt = seen.connectedAt;
    this.byRef.set(ref, entry);
    return { ref, key: key ?? ref, personId: person.id };
  }

  private fill(known: ImportedPerson, seen: PersonSeen): void {
    const extra = defined({ headline: seen.headline, company: seen.company, location: seen.location });
    for (const [field, value] of Object.entries(extra) as ['headline' | 'company' | 'location', string][]) {
      if (!known.person[field]) known.person[field] = value;
    }
    if (seen.connectedAt && !known.connectedAt) {
      known.connectedAt = seen.connectedAt;
      // The first row gave no date it could read, so the identity was first seen now: this row's date is earlier.
      if (known.identity) known.identity.firstSeenAt = Math.min(seen.connectedAt.from, known.identity.firstSeenAt);
    }
  }

  list(): ImportedPerson[] {
    return [...this.byRef.values()];
  }
}

/**
 * A new person's record, its keys in the shape's order (Person.parse's order) and its optional texts as defined()
 * gives them. Set one by one rather than spread into a literal: this runs for every row of a large file. Pure.
 */
function newPerson(id: string, seen: PersonSeen, now: number): Person {
  const person: Omit<Person, 'tags' | 'notes' | 'createdAt' | 'updatedAt'> & Partial<Person> = { v: 1, id, displayName: seen.name };
  if (seen.headline) person.headline = shortText(seen.headline);
  if (seen.company) person.company = shortText(seen.company);
  if (seen.location) person.location = shortText(seen.location);
  person.tags = [];
  person.notes = '';
  person.createdAt = now;
  person.updatedAt = now;
  return person as Person;
}

const shortText = (v: string): string => (v.length > 500 ? v.slice(0, 500) : v);

/** The fields that hold text, without empty ones (the model's optional fields are absent, never ''). */
export function defined<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  const out: Partial<Record<keyof T, string>> = {};
  for (const k in fields) {
    const v = fields[k];
    if (v) out[k] = shortText(v);
  }
  return out;
}
