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

function lastWord(event: string): string {
  // "AUFSCHWUNG-Messe 2026" → "messe"; "Hannover Messe" → "messe"; "Tag der Logistik" → "tag" (first noun wins
  // when a genitive follows: "der/des" after it).
  const words = event.toLowerCase().replace(/\b(19|20)\d{2}\b/g, ' ').split(/[\s]+/).filter(Boolean);
  const genitive = words.findIndex((w, i) => i > 0 && (w === 'der' || w === 'des'));
  const head = genitive > 0 ? words[genitive - 1]! : words[words.length - 1] ?? '';
  return head.replace(/[^\p{L}-]/gu, '');
}

const endsWithAny = (word: string, list: readonly string[]) => list.some((w) => word === w || word.endsWith(w) || word.endsWith(`-${w}`));

/** The event as a place in German, dative, e.g. "auf der AUFSCHWUNG-Messe". */
export function germanAt(event: string): string {
  const word = lastWord(event);
  if (endsWithAny(word, IM)) return `im ${event}`;
  if (endsWithAny(word, BEIM)) return `beim ${event}`;
  if (endsWithAny(word, AUF_DEM)) return `auf dem ${event}`;
  if (endsWithAny(word, FEMININE)) return `auf der ${event}`;
  // A name without a telling noun ("dmexco", "re:publica", "OMR"): no article to get wrong.
  return `bei „${event}“`;
}
