import { describe, expect, it } from 'vitest';
import { topPhrases } from '../../../../utils/scoring/text-model/explain';
import { textFeatures } from '../../../../utils/scoring/text-model/features';
import { deserialise, serialise, textLogit } from '../../../../utils/scoring/text-model/model';
import { trainTextModel, type TrainExample } from '../../../../utils/scoring/text-model/train';

// English-only training notes (the team's own sentences): German must come through the shared concepts.
const COLLECTORS = [
  'Hi, grab our free guide to supplier audits, only today.',
  'Hello, I would like to expand my network with leaders like you.',
  'Do you have 15 minutes for a quick call about our platform?',
  'Just following up on my last message about the free webinar.',
  'We help companies cut costs by 30%. Book a call here.',
  'My name is Sam, I am the founder of a lead agency. Quick call?',
];
const GENUINE = [
  'Great to see you yesterday at the fair, here are the drawings.',
  'Thanks for the call last week about the price agreement.',
  'It was a pleasure meeting you at the supplier day, Katrin.',
  'As discussed, I am sending the samples for the turned parts.',
  'Your talk on supplier portals was excellent, we met after the panel.',
  'How have you been? It has been a while since our days in Aachen.',
];
const examples = (): TrainExample[] => [
  ...COLLECTORS.map((t) => ({ features: textFeatures(t).features, offset: -0.7, collector: true })),
  ...GENUINE.map((t) => ({ features: textFeatures(t).features, offset: -0.7, collector: false })),
];

describe('text model', () => {
  const model = trainTextModel(examples(), { iterations: 150 });

  it('trains deterministically: the same examples give byte-identical weights', () => {
    expect(serialise(trainTextModel(examples(), { iterations: 150 }))).toEqual(serialise(model));
  });

  it('round-trips through its serialised form', () => {
    const back = deserialise(serialise(model));
    expect(back.q).toEqual(model.q);
    expect(back.bias).toBe(model.bias);
  });

  it('separates its training notes', () => {
    for (const t of COLLECTORS) expect(textLogit(model, textFeatures(t).features), t).toBeGreaterThan(0);
    for (const t of GENUINE) expect(textLogit(model, textFeatures(t).features), t).toBeLessThan(0);
  });

  it('carries English weights to German through the concept lexicon', () => {
    const pitch = textLogit(model, textFeatures('Hätten Sie 15 Minuten für ein kurzes Telefonat? Unser kostenloser Leitfaden wartet.').features);
    const personal = textLogit(model, textFeatures('Schön, dass wir uns gestern getroffen haben, wie besprochen.').features);
    expect(pitch).toBeGreaterThan(0);
    expect(personal).toBeLessThan(0);
  });

  it('gives an empty note nothing', () => {
    expect(textLogit(model, [])).toBe(0);
  });

  it('quotes the phrases that weighed most verbatim, after emoji and umlauts', () => {
    const note = '🚀👩‍💻 Grüße! Do you have 15 minutes for a quick call?';
    const phrases = topPhrases(model, textFeatures(note), true);
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.length).toBeLessThanOrEqual(3);
    for (const p of phrases) expect(note).toContain(p);
  });

  it("learns a source's own label mix as that source's intercept, and does not keep it", () => {
    // A written source whose notes are all genuine: without its own intercept, that mix pulls the bias (and so
    // every real note) towards "genuine"; with it, the intercept takes the mix and is dropped after training.
    const written = ['Hello Anna, kind regards.', 'Dear Tom, best wishes.', 'Hi Eva, see you soon.', 'Hello Max, regards.'];
    const writtenAs = (domain?: string): TrainExample[] =>
      [...written, ...written].map((t) => ({ features: textFeatures(t).features, offset: -0.7, collector: false, ...(domain ? { domain } : {}) }));
    const pooled = trainTextModel([...examples(), ...writtenAs()], { iterations: 150 });
    const separate = trainTextModel([...examples(), ...writtenAs('written:en')], { iterations: 150 });
    expect(separate.bias).toBeGreaterThan(pooled.bias);
    expect(Object.keys(serialise(separate)).sort()).toEqual(['bias', 'bits', 'scale', 'weights']);
    for (const t of COLLECTORS) expect(textLogit(separate, textFeatures(t).features), t).toBeGreaterThan(0);
  });
});
