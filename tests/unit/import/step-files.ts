// Made-up Invitations.csv and messages.csv of some thousand rows, with what the parsers leave out or refuse spread
// over the file (so that every kind lands on both sides of a step): unreadable and empty dates, a bad direction,
// rows of too few cells, sponsored messages, drafts, empty messages, notes over two lines. The names are made up.
import type { ParseStep } from '../../../utils/import/types';

/** All steps of a parse in steps, and its result. */
export function runSteps<T>(steps: Generator<ParseStep, T>): { steps: ParseStep[]; value: T } {
  const out: ParseStep[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { steps: out, value: next.value };
    out.push(next.value);
  }
}

/**
 * Invitations.csv (2024 columns), CRLF. Every 97th date empty, every 101st unreadable; with `bad`, every 211th
 * direction is neither way and a row of two cells follows every 509th.
 */
export function invitationsCsv(n: number, sep = ',', newline = '\r\n', bad = true): string {
  const lines = [['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'].join(sep)];
  for (let i = 0; i < n; i++) {
    const incoming = i % 2 === 0;
    const date = i % 97 === 0 ? '' : i % 101 === 0 ? '31 Feb 2024' : `${1 + (i % 12)}/${1 + (i % 28)}/24, 9:15 AM`;
    const direction = bad && i % 211 === 0 ? 'SIDEWAYS' : incoming ? 'INCOMING' : 'OUTGOING';
    const url = `https://www.linkedin.com/in/p-${i % 1700}`;
    const note = `"Hallo ""du""${sep} Zeile\nzwei ${i % 3}"`;
    lines.push([`Person ${i % 1700}`, 'Nutzer Selbst', `"${date}"`, note, direction, incoming ? url : '', incoming ? '' : url].join(sep));
    if (bad && i % 509 === 0) lines.push(['broken', 'row'].join(sep));
  }
  return lines.join(newline);
}

/** messages.csv (2024 columns), LF: 800 conversations of the user and one other person each; with `bad`, rows of two cells. */
export function messagesCsv(n: number, sep = ',', newline = '\n', bad = true): string {
  const header = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER', 'IS MESSAGE DRAFT'];
  const lines = [header.join(sep)];
  const me = 'https://www.linkedin.com/in/me';
  for (let i = 0; i < n; i++) {
    const mine = i % 3 === 0;
    const other = `Person ${i % 800}`;
    const url = `https://www.linkedin.com/in/p-${i % 800}`;
    const date = i % 113 === 0 ? 'garbage' : `2024-0${1 + (i % 9)}-1${i % 9} 10:${10 + (i % 50)}:00 UTC`;
    const content = i % 131 === 0 ? '' : `<p>Nachricht ${i}${sep} &amp; mehr</p>`;
    lines.push(
      [`conv${i % 800}`, i % 157 === 0 ? 'Sponsored Conversation' : '', mine ? 'Nutzer Selbst' : other, mine ? me : url, mine ? other : 'Nutzer Selbst', mine ? url : me, date, '', `"${content}"`, 'INBOX', i % 173 === 0 ? 'Yes' : 'No'].join(sep),
    );
    if (bad && i % 777 === 0) lines.push(['x', 'y'].join(sep));
  }
  return lines.join(newline);
}
