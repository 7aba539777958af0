// The README tells users which setting to change by its label: every label it names must be one the settings page
// shows (public/_locales/en), or the user looks for a box that does not exist.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8').replace(/\s*\n\s*/g, ' ');
const LABELS = new Set(Object.values(en as Record<string, { message: string }>).map((e) => e.message));

describe('README names real settings', () => {
  // What follows "untick" / "tick" / "with" a quoted label, as the README words a setting.
  const named = [...README.matchAll(/\b(?:untick(?:ing)?|tick(?:ing)?|off with|on with)\s+"([^"]+)"/gi)].map((m) => m[1]!);

  it('names the in-page setting at least where the card and the draft hint are explained', () => {
    expect(named.filter((label) => label === en.settingsInPageBadges.message)).toHaveLength(2);
  });

  it.each(named.map((label) => [label]))('"%s" is a label of the extension', (label) => {
    expect(LABELS.has(label), label).toBe(true);
  });

  it.each([['Show results only in the popup']])('"%s", a label the settings page does not have, is not named', (label) => {
    expect(README).not.toContain(label);
  });
});
