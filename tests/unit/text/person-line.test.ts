import { describe, expect, it } from 'vitest';
import { personLine, personMeta } from '../../../utils/text/person-line';

describe('personLine', () => {
  it.each([
    ['all three, company named in the headline', { headline: 'Senior Business Coach bei Brückner Consulting GmbH', company: 'Brückner Consulting GmbH', location: 'Köln' }, 'Senior Business Coach bei Brückner Consulting GmbH · Köln'],
    ['company in other case and accents', { headline: 'Head of Sales at MÜLLER AG', company: 'Müller AG' }, 'Head of Sales at MÜLLER AG'],
    ['company not in the headline', { headline: 'Einkäuferin', company: 'Stahlbau Nord GmbH', location: 'Kiel' }, 'Einkäuferin · Stahlbau Nord GmbH · Kiel'],
    ['no headline', { company: 'Stahlbau Nord GmbH', location: 'Kiel' }, 'Stahlbau Nord GmbH · Kiel'],
    ['place named in the headline', { headline: 'Consultant, Berlin', company: 'ACME', location: 'Berlin' }, 'Consultant, Berlin · ACME'],
    ['blank parts dropped', { headline: '  ', company: ' ', location: 'Wien' }, 'Wien'],
    ['a short company inside a word is still said', { headline: 'Sales Manager', company: 'AG' }, 'Sales Manager · AG'],
    ['a company of marks only is kept', { headline: 'Coach', company: '—' }, 'Coach · —'],
    ['nothing', {}, ''],
  ])('%s', (_name, parts, expected) => {
    expect(personLine(parts)).toBe(expected);
  });
});

describe('personMeta', () => {
  it('leaves out what the headline already says', () => {
    expect(personMeta({ headline: 'Coach bei Brückner Consulting GmbH', company: 'Brückner Consulting GmbH', location: 'Köln' })).toBe('Köln');
    expect(personMeta({ company: 'Brückner Consulting GmbH', location: 'Köln' })).toBe('Brückner Consulting GmbH · Köln');
  });
});
