import { cleanText } from '../../text/clean';
import { decodeSegment } from '../page-types';
import { JSON_SCRIPT, LD_JSON, ME_TYPE, VOYAGER_CODE } from './selectors';
import { type Degree, parseDistance } from './text-facts';

// The page's own data, a second witness beside the DOM: Voyager JSON in `<code id="bpr-guid-…">` islands (2024
// Ember [FIX-L]), SDUI rehydrate payloads (`script[type="application/json"]`, 2026) and the guest page's ld+json
// Person ([FIX-G]). Read defensively: size limits, JSON.parse only (never eval), every entity checked against a
// schema (parseMember below), unknown keys dropped.

/** What the embedded data says about one profile; every field optional. */
export interface EmbeddedProfile {
  name?: string;
  headline?: string;
  location?: string;
  company?: string;
  degree?: Degree;
}

/** Everything the embedded data of one page says that the profile reader cross-checks. */
export interface EmbeddedPage {
  /** Facts about the URL's own slug, first source wins per field. */
  profile: EmbeddedProfile;
  /** The viewer's own key (the `/voyager/api/me` island's mini profile), when the page embeds it. */
  viewerKey?: string;
  /** Every other member the data names with a key (for the key cross-check). */
  members: { key: string; name: string }[];
}

const MAX_JSON = 2_000_000;
const MAX_ENTITIES = 2_000;
const MAX_TEXT = 5_000;
/** The member fields read here; an entity whose field is present but not a string of sane length fails as a whole. */
const MEMBER_FIELDS = ['firstName', 'lastName', 'headline', 'occupation', 'publicIdentifier', 'entityUrn', 'locationName', 'geoLocationName'] as const;
type Member = Partial<Record<(typeof MEMBER_FIELDS)[number], string>>;
type Parsed<T> = { success: true; data: T } | { success: false };

/**
 * The schema check of one entity (Voyager Profile/MiniProfile, the SDUI payload's profile): each known field absent
 * or a string of at most MAX_TEXT characters; every other key dropped. Hand-written rather than zod: zod in the
 * profile reader doubled its compile time in a new tab (BENCHMARKS.md, issue 15), and content scripts bundle no zod.
 */
function parseMember(v: unknown): Parsed<Member> {
  if (!isObject(v)) return { success: false };
  const data: Member = {};
  for (const field of MEMBER_FIELDS) {
    const value = v[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > MAX_TEXT) return { success: false };
    data[field] = value;
  }
  return { success: true, data };
}

/** ld+json Person: name and url as strings, sameAs and address kept for the reads below. */
function parseLdPerson(v: Json): Parsed<{ name?: string; url?: string; sameAs?: unknown; locality?: string }> {
  const { name, url, sameAs, address } = v;
  const locality = isObject(address) ? address.addressLocality : undefined;
  for (const text of [name, url, locality]) if (text !== undefined && (typeof text !== 'string' || text.length > MAX_TEXT)) return { success: false };
  return { success: true, data: { name: name as string | undefined, url: url as string | undefined, sameAs, locality: locality as string | undefined } };
}
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? cleanText(v) : '');
const keyOf = (v: unknown): string => (typeof v === 'string' ? cleanText(decodeSegment(v)) : '');

/** Parses a JSON island; undefined when it is not JSON or too large. Decodes HTML entities that survived as text. */
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

/** The embedded data of the page about the profile `slug`, the viewer and the other members it names. Pure. */
export function embeddedPage(root: Document, slug: string): EmbeddedPage {
  const found: EmbeddedProfile[] = [];
  const page: EmbeddedPage = { profile: {}, members: [] };
  const note = (m: Member, raw: Json): EmbeddedProfile | undefined => {
    const key = keyOf(m.publicIdentifier);
    if (key !== slug) {
      if (key) page.members.push({ key, name: fullName(m) });
      return undefined;
    }
    const facts = fromMember(m, raw);
    found.push(facts);
    return facts;
  };
  for (const el of root.querySelectorAll(VOYAGER_CODE)) {
    const text = el.textContent ?? '';
    // Only islands that name members are parsed: the others (badges, settings, tracking) can be large.
    if (!text.includes('publicIdentifier')) continue;
    const data = parseIsland(text);
    if (isObject(data)) readVoyager(data, page, note);
  }
  for (const el of root.querySelectorAll(JSON_SCRIPT)) {
    const data = parseIsland(el.textContent);
    const m = isObject(data) && isObject(data.profile) ? parseMember(data.profile) : undefined;
    if (m?.success && isObject(data) && isObject(data.profile)) note(m.data, data.profile);
  }
  for (const el of root.querySelectorAll(LD_JSON)) readLd(parseIsland(el.textContent), slug, found, page);
  for (const part of found) {
    for (const [k, v] of Object.entries(part) as [keyof EmbeddedProfile, EmbeddedProfile[keyof EmbeddedProfile]][]) {
      if (v !== undefined && v !== '' && page.profile[k] === undefined) (page.profile as Record<string, unknown>)[k] = v;
    }
  }
  return page;
}

function readVoyager(data: Json, page: EmbeddedPage, note: (m: Member, raw: Json) => EmbeddedProfile | undefined): void {
  const included = Array.isArray(data.included) ? data.included.slice(0, MAX_ENTITIES).filter(isObject) : [];
  // The `/voyager/api/me` island: its mini profile is the viewer, never a member of the page.
  const me = isObject(data.data) && data.data.$type === ME_TYPE ? str(data.data['*miniProfile']) : '';
  for (const entity of included) {
    const m = parseMember(entity);
    if (!m.success || !m.data.publicIdentifier) continue;
    if (me && m.data.entityUrn === me) {
      page.viewerKey = keyOf(m.data.publicIdentifier);
      continue;
    }
    const facts = note(m.data, entity);
    if (!facts || facts.degree !== undefined) continue;
    // ProfileNetworkInfo shares the profile's URN id: urn:li:fs_profileNetworkInfo:<id> ↔ urn:li:fsd_profile:<id>.
    const id = str(m.data.entityUrn).split(':').pop();
    const info = included.find((e) => id && str(e.entityUrn).endsWith(`:${id}`) && isObject(e.distance));
    const degree = info && isObject(info.distance) ? parseDistance(info.distance.value) : undefined;
    if (degree) facts.degree = degree;
  }
}

function fromMember(m: Member, raw: Json): EmbeddedProfile {
  const out: EmbeddedProfile = {};
  const name = fullName(m);
  if (name) out.name = name;
  const headline = str(m.headline) || str(m.occupation);
  if (headline) out.headline = headline;
  const location = str(m.locationName) || str(m.geoLocationName);
  if (location) out.location = location;
  const degree = parseDistance(raw.memberDistance) ?? parseDistance(findKey(raw, 'memberDistance', 4));
  if (degree) out.degree = degree;
  return out;
}

const fullName = (m: Member): string => cleanText(`${str(m.firstName)} ${str(m.lastName)}`);

function findKey(v: unknown, key: string, depth: number): unknown {
  if (!isObject(v) || depth < 0) return undefined;
  if (key in v) return v[key];
  for (const child of Object.values(v)) {
    const hit = findKey(child, key, depth - 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function readLd(data: unknown, slug: string, found: EmbeddedProfile[], page: EmbeddedPage): void {
  const graph = isObject(data) && Array.isArray(data['@graph']) ? data['@graph'].slice(0, MAX_ENTITIES) : [data];
  for (const node of graph) {
    if (!isObject(node) || node['@type'] !== 'Person') continue;
    const p = parseLdPerson(node);
    if (!p.success) continue;
    const key = urlSlug(p.data.url) ?? urlSlug(p.data.sameAs);
    const name = str(p.data.name);
    if (key !== slug) {
      if (key && name) page.members.push({ key, name });
      continue;
    }
    const out: EmbeddedProfile = {};
    if (name) out.name = name;
    const location = str(p.data.locality);
    if (location) out.location = location;
    const works = Array.isArray(node.worksFor) ? node.worksFor.filter(isObject) : [];
    const company = works.map((w) => str(w.name)).find(Boolean);
    if (company) out.company = company;
    found.push(out);
  }
}

function urlSlug(u: unknown): string | undefined {
  if (typeof u !== 'string') return undefined;
  const m = /\/in\/([^/?#]+)/.exec(u);
  return m?.[1] ? keyOf(m[1]) : undefined;
}
