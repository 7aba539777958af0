const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, jänner: 1, feb: 2, februar: 2, february: 2, mär: 3, märz: 3, mar: 3, march: 3, apr: 4, april: 4,
  mai: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, dez: 12, dezember: 12, dec: 12, december: 12,
};

/**
 * A membership date as the page wrote it ("Oktober 2024", "March 2015", "2012", "10/2024", "seit 2019") in
 * the scorer's form "YYYY" or "YYYY-MM"; undefined when it cannot be read. Pure.
 */
export function normaliseMemberSince(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase().normalize('NFC').trim();
  const monthYear = /([a-zäöü]+)\.?\s+(\d{4})/.exec(t);
  if (monthYear && MONTHS[monthYear[1]!]) return `${monthYear[2]}-${String(MONTHS[monthYear[1]!]).padStart(2, '0')}`;
  const numeric = /\b(\d{1,2})[./](\d{4})\b/.exec(t);
  if (numeric && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12) return `${numeric[2]}-${numeric[1]!.padStart(2, '0')}`;
  const iso = /\b(\d{4})-(\d{2})\b/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const year = /\b(19\d{2}|20\d{2})\b/.exec(t);
  return year ? year[1] : undefined;
}
