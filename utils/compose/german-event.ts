/**
 * "auf der AUFSCHWUNG-Messe", "auf dem Maschinenbau-Kongress", "beim Unternehmerstammtisch": the dative phrase
 * for where you met, chosen by the grammatical gender of the event's last word (German compounds take the gender
 * of their last part). Unknown words get a phrase that is right whatever the gender. Pure.
 */

// Feminine: "auf der …". Plurals ("Logistiktage") and adjective phrases are left to the neutral fallback.
const FEMININE = ['messe', 'konferenz', 'tagung', 'ausstellung', 'veranstaltung', 'expo', 'show', 'gala', 'feier', 'party', 'woche', 'akademie', 'versammlung', 'vorlesung', 'session', 'roadshow', 'night'];
// Masculine or neuter, met "on" it: "auf dem …".
const AUF_DEM = ['kongress', 'gipfel', 'summit', 'tag', 'fachtag', 'forum', 'festival', 'symposium', 'barcamp', 'empfang', 'ball', 'markt'];
// Masculine or neuter, met "at" it: "beim …".
const BEIM = ['stammtisch', 'workshop', 'treffen', 'meetup', 'frühstück', 'abend', 'vortrag', 'seminar', 'netzwerktreffen', 'lunch', 'dinner', 'event', 'hackathon', 'get-together', 'austausch', 'kamingespräch'];
// In it: "im …".
const IM = ['webinar', 'online-seminar', 'kurs', 'lehrgang', 'arbeitskreis', 'verein', 'club', 'klub'];

const ALL = [...FEMININE, ...AUF_DEM, ...BEIM, ...IM];

/** The event's head noun: before a genitive ("Tag der Logistik" → "tag"), else the last known noun from the end
 *  ("Unternehmerstammtisch Bochum" → "unternehmerstammtisch", "AUFSCHWUNG-Messe 2026" → "aufschwung-messe"). */
function headNoun(event: string): string {
  const words = event.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, '')).filter(Boolean);
  const genitive = words.findIndex((w, i) => i > 0 && (w === 'der' || w === 'des'));
  if (genitive > 0) return words[genitive - 1]!;
  for (let i = words.length - 1; i >= 0; i -= 1) if (endsWithAny(words[i]!, ALL)) return words[i]!;
  return words[words.length - 1] ?? '';
}

const endsWithAny = (word: string, list: readonly string[]) => list.some((w) => word === w || word.endsWith(w) || word.endsWith(`-${w}`));

/** The event as a place in German, dative, e.g. "auf der AUFSCHWUNG-Messe". */
export function germanAt(event: string): string {
  const word = headNoun(event);
  if (endsWithAny(word, IM)) return `im ${event}`;
  if (endsWithAny(word, BEIM)) return `beim ${event}`;
  if (endsWithAny(word, AUF_DEM)) return `auf dem ${event}`;
  if (endsWithAny(word, FEMININE)) return `auf der ${event}`;
  // A name without a telling noun ("dmexco", "re:publica", "OMR"): no article to get wrong.
  return `bei „${event}“`;
}
