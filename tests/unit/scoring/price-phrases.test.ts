import { describe, expect, it } from 'vitest';
import { findPhrases } from '../../../utils/scoring/phrases';

// A percentage ("20 % Rabatt", "30% off") is read from the start of its number: a run of digits is tried once, not
// from every digit in it (a note or draft of 200,000 digits took 78 s to lint before).
describe('price phrases with a percentage', () => {
  it.each([
    ['Nur diese Woche: 20 % Rabatt auf alle Kurse', ['20 % Rabatt']],
    ['Jetzt 15% Nachlass sichern', ['15% Nachlass']],
    ['Book now and get 30% off the course', ['30% off']],
    ['Our 2025 results: 12345% off the charts', ['12345% off']],
    ['We grew 20 % last year', undefined],
  ])('%s', (text, evidence) => {
    expect(findPhrases(text).get('price-deadline')).toEqual(evidence);
  });

  it.each([['7'], ['1'], ['9 ']])('a long run of %j is read without matching anything', (unit) => {
    expect(findPhrases(unit.repeat(200_000)).get('price-deadline')).toBeUndefined();
  });
});
