import { cleanText } from '../../text/clean';
import { decodeSegment } from '../page-types';
import { JSON_SCRIPT, LD_JSON, VOYAGER_CODE } from './selectors';
import { type Degree, parseDistance } from './text-facts';

// Embedded data as one strategy among others: Voyager JSON in `<code>` islands (2024 Ember, [FIX-L]),
// SDUI rehydrate payloads (`script[type="application/json"]`, 2026), and the guest page's ld+json Person
// ([FIX-G]). Parsed with JSON.parse only; entries count only when they name the URL's own slug.

/** What the embedded data says about one profile; every field optional. */
export interface EmbeddedProfile {
  name?: string;
  headline?: string;
  location?: string;
  company?: string;
  degree?: Degree;
}

const MAX_JSON = 2_000_000;
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? cleanText(v) : '');

/** Parses a JSON island; undefined when it is not JSON. Decodes HTML entities that survived as text. */
export function parseIsland(raw: string | null | undefined): unknown {
  const text = (raw ?? '').trim();
  if (!text || text.length > MAX_JSON || !/^[[{]/.test(text)) return undefined;
  for (const candidate of [text, decodeEntities(text)]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the entity-decoded form next
    }
  }
  return undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&#x0*27;|&apos;/gi, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const sameSlug = (a: unknown, slug: string) => typeof a === 'string' && decodeSegment(a) === slug;

/** Facts about the profile `slug` from all embedded data of the page, first source wins per field. */
export function embeddedProfile(root: Document, slug: string): EmbeddedProfile {
  const found: EmbeddedProfile[] = [];
  for (const el of root.querySelectorAll(VOYAGER_CODE)) {
    const data = parseIsland(el.textContent);
    if (isObject(data)) found.push(fromVoyager(data, slug));
  }
  for (const el of root.querySelectorAll(JSON_SCRIPT)) {
    const data = parseIsland(el.textContent);
    if (isObject(data) && isObject(data.profile) && sameSlug(data.profile.publicIdentifier, slug)) found.push(fromPerson(data.profile));
  }
  for (const el of root.querySelectorAll(LD_JSON)) found.push(fromLd(parseIsland(el.textContent), slug));
  const merged: EmbeddedProfile = {};
  for (const part of found) {
    for (const [k, v] of Object.entries(part) as [keyof EmbeddedProfile, EmbeddedProfile[keyof EmbeddedProfile]][]) {
      if (v !== undefined && v !== '' && merged[k] === undefined) (merged as Record<string, unknown>)[k] = v;
    }
  }
  return merged;
}

function fromVoyager(data: Json, slug: string): EmbeddedProfile {
  const included = Array.isArray(data.included) ? data.included.filter(isObject) : [];
  const profile = included.find((e) => sameSlug(e.publicIdentifier, slug));
  if (!profile) return {};
  const facts = fromPerson(profile);
  if (facts.degree === undefined) {
    // ProfileNetworkInfo shares the profile's URN id: urn:li:fs_profileNetworkInfo:<id> ↔ urn:li:fsd_profile:<id>.
    const id = str(profile.entityUrn).split(':').pop();
    const info = included.find((e) => id && str(e.entityUrn).endsWith(`:${id}`) && isObject(e.distance));
    const degree = info && isObject(info.distance) ? parseDistance(info.distance.value) : undefined;
    if (degree) facts.degree = degree;
  }
  return facts;
}

function fromPerson(p: Json): EmbeddedProfile {
  const name = cleanText(`${str(p.firstName)} ${str(p.lastName)}`);
  const out: EmbeddedProfile = {};
  if (name) out.name = name;
  const headline = str(p.headline) || str(p.occupation);
  if (headline) out.headline = headline;
  const location = str(p.locationName) || str(p.geoLocationName);
  if (location) out.location = location;
  const degree = parseDistance(p.memberDistance) ?? parseDistance(findKey(p, 'memberDistance', 4));
  if (degree) out.degree = degree;
  return out;
}

function findKey(v: unknown, key: string, depth: number): unknown {
  if (!isObject(v) || depth < 0) return undefined;
  if (key in v) return v[key];
  for (const child of Object.values(v)) {
    const hit = findKey(child, key, depth - 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function fromLd(data: unknown, slug: string): EmbeddedProfile {
  const graph = isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
  const person = graph.filter(isObject).find((n) => n['@type'] === 'Person' && [n.url, n.sameAs].some((u) => urlSlug(u) === slug));
  if (!person) return {};
  const out: EmbeddedProfile = {};
  const name = str(person.name);
  if (name) out.name = name;
  const location = isObject(person.address) ? str(person.address.addressLocality) : '';
  if (location) out.location = location;
  const works = Array.isArray(person.worksFor) ? person.worksFor.filter(isObject) : [];
  const company = works.map((w) => str(w.name)).find(Boolean);
  if (company) out.company = company;
  return out;
}

function urlSlug(u: unknown): string | undefined {
  if (typeof u !== 'string') return undefined;
  const m = /\/in\/([^/?#]+)/.exec(u);
  return m?.[1] ? decodeSegment(m[1]) : undefined;
}
