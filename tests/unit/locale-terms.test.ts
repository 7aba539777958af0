import { describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';

const messages = Object.entries(de as Record<string, { message: string }>);

// Review of the words, finding 14: the German UI called the options page "Übersicht" everywhere but once "Dashboard".
describe('the German UI names each place by one name', () => {
  it.each([
    ['the dashboard is "Übersicht"', /\bDashboard\b/],
    ['Diagnostics is "Diagnose"', /\bDiagnostics\b/],
  ])('%s', (_name, other) => {
    expect(messages.filter(([, m]) => other.test(m.message)).map(([key]) => key)).toEqual([]);
  });

  it('the refusal sentence of the popup names it so', () => {
    expect(de.integrity_errorRefused.message).toContain('Die Diagnose in der Übersicht');
  });
});
