// A made-up LinkedIn Connections.csv of any size in the 2024 format (preamble, URL column), deterministic, with
// the quirks of the real export: quoted positions with commas, umlauts, emoji, a few math-script names.
import { generatePeople } from './generate';

const PREAMBLE = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function connectionsCsv(n: number, seed = 19): string {
  const rows = generatePeople(n, seed).map((p, i) => {
    const [first = 'X', ...rest] = p.observation.facts.name.split(' ');
    const last = i % 97 === 0 ? `${rest.join(' ')} 🚀` : rest.join(' ');
    const date = new Date(Date.UTC(2018, 0, 1) + (i % 2900) * 86_400_000);
    const position = i % 3 === 0 ? `"${p.observation.facts.headline ?? ''}, Region Süd"` : (p.observation.facts.headline ?? '');
    return `${first},${last},https://www.linkedin.com/in/${encodeURIComponent(p.observation.key)}-${i.toString(16)},,${p.observation.facts.company ?? ''},${position},${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  });
  return PREAMBLE + HEADER + rows.join('\n') + '\n';
}
