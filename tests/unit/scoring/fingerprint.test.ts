import { describe, expect, it } from 'vitest';
import { estimatedJaccard, fingerprint, jaccard, SIGNATURE_SIZE } from '../../../utils/scoring/fingerprint/fingerprint';
import { createLsh, lshAdd, lshCandidates } from '../../../utils/scoring/fingerprint/lsh';
import { comparableWords, nameParts, stripFormulas, foldNote } from '../../../utils/scoring/text/normalize';

const similarity = (a: string, b: string, names = new Set<string>()) => jaccard(fingerprint(a, names).shingles, fingerprint(b, names).shingles);

const BASE_DE =
  'Hallo Frau Weber, ich bin auf Ihr interessantes Profil aufmerksam geworden und sehe einige Gemeinsamkeiten. Gerne würde ich Sie in mein Netzwerk aufnehmen – vielleicht ergeben sich Synergien für beide Seiten. Beste Grüße, Claudia Reuter';
const BASE_EN =
  "Hi Katrin, I came across your profile and was impressed by your background in procurement. I'm looking to expand my network with like-minded professionals in manufacturing. Would love to connect! Best, Rahul";

describe('normalisation', () => {
  it('strips greetings, sign-offs, honorifics, numbers, punctuation and case', () => {
    expect(comparableWords('Hallo Frau Weber, wie besprochen! Viele Grüße, Jan')).toEqual(['wie', 'besproch']);
    expect(comparableWords('Dear Mr. Smith, see 3 attached files. Kind regards, Ann')).toEqual(['see', 'attach', 'file']);
  });
  it('removes the sender’s and the recipient’s names wherever they appear', () => {
    const names = nameParts('Sven Kessler', 'Katrin Weber');
    expect(comparableWords('Hi Katrin, ich bin Sven und helfe Mittelständlern.', names)).toEqual(['ich', 'bin', 'und', 'helf', 'mittelstandl']);
  });
  it('keeps a note that is only a thank-you', () => {
    expect(stripFormulas(foldNote('Thanks for the call yesterday, Katrin!'))).toContain('thanks for the call');
  });
});

describe('fingerprint robustness', () => {
  it.each([
    ['name swap (de)', BASE_DE, BASE_DE.replace('Frau Weber', 'Herr Schmidt').replace('Claudia Reuter', 'Markus Feldmann')],
    ['greeting change (de)', BASE_DE, BASE_DE.replace('Hallo Frau Weber', 'Guten Tag Frau Weber').replace('Beste Grüße', 'Mit freundlichen Grüßen')],
    ['small edit (de)', BASE_DE, BASE_DE.replace('interessantes', 'spannendes').replace('Gerne', 'Sehr gerne')],
    ['Sie → Du rewrite (de)', BASE_DE, BASE_DE.replace('Ihr interessantes', 'dein interessantes').replace('würde ich Sie', 'würde ich dich')],
    ['name swap (en)', BASE_EN, BASE_EN.replace('Katrin', 'Anna').replace('Rahul', 'Emily Carter')],
    ['greeting change and small edit (en)', BASE_EN, BASE_EN.replace('Hi Katrin', 'Dear Katrin').replace('impressed', 'really impressed').replace('Best, Rahul', 'Cheers')],
    ['punctuation and case (en)', BASE_EN, BASE_EN.toUpperCase().replace(/[,.!']/g, ' ')],
  ])('%s → similar', (_name, a, b) => {
    expect(similarity(a, b, nameParts('Katrin', 'Anna', 'Rahul', 'Emily Carter', 'Claudia Reuter', 'Markus Feldmann'))).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['different topic (de)', BASE_DE, 'Hallo Frau Weber, unsere Lieferung der Flansche verzögert sich um eine Woche, da die Härterei ausgefallen ist. Gruß, Gerd'],
    ['different topic (en)', BASE_EN, 'Hi Katrin, thanks for the quick reply on the RFQ for the hydraulic manifolds. Connecting here so I can share the 3D models. Regards, Nils'],
    ['German template vs English template', BASE_DE, BASE_EN],
  ])('%s → not similar', (_name, a, b) => {
    expect(similarity(a, b)).toBeLessThan(0.2);
  });

  it('is deterministic and MinHash estimates the Jaccard similarity', () => {
    const a = fingerprint(BASE_EN);
    const b = fingerprint(BASE_EN.replace('impressed', 'really impressed'));
    expect(fingerprint(BASE_EN)).toEqual(a);
    expect(a.signature).toHaveLength(SIGNATURE_SIZE);
    expect(Math.abs(estimatedJaccard(a.signature, b.signature) - jaccard(a.shingles, b.shingles))).toBeLessThan(0.25);
  });

  it('LSH finds near-duplicates among unrelated notes without scanning them all', () => {
    const index = createLsh();
    const others = Array.from({ length: 300 }, (_, i) => `Hallo Frau Weber, Los ${i} der Bestellung Nummer ${i} kommt am ${['Montag', 'Dienstag', 'Freitag'][i % 3]} mit ${['Spedition', 'Paketdienst', 'Kurier'][i % 3]} Variante ${String.fromCharCode(97 + (i % 26))}${i}.`);
    others.forEach((t, i) => lshAdd(index, fingerprint(t).signature, i));
    lshAdd(index, fingerprint(BASE_DE).signature, 999);
    const candidates = lshCandidates(index, fingerprint(BASE_DE.replace('Claudia Reuter', 'Oliver')).signature, 1000);
    expect(candidates).toContain(999);
    expect(candidates.length).toBeLessThan(50);
  });
});
