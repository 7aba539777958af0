import { describe, expect, it } from 'vitest';
import { aucOf, crossValidate, operatingPoint } from '../../../../utils/scoring/cv';
import { foldsByFamily, rowsFrom } from '../../../../utils/scoring/training';

// A family's texts share a word nobody else uses: if a fold's model had seen the family, that word would lift
// the family's score. Cross-validation must retrain without it.
const line = (id: string, family: string, label: string, text: string) => JSON.stringify({ id, family, label, text, lang: 'en' });
const FAMILIES = ['a', 'b', 'c', 'd', 'e', 'f'];
function corpus(): string {
  const lines: string[] = [];
  FAMILIES.forEach((f, i) => {
    lines.push(line(`${f}1`, f, 'collector', `Note about things zq${f}marker.`));
    lines.push(line(`${f}2`, f, 'collector', `Another note about things zq${f}marker.`));
    lines.push(line(`${f}3`, f, i % 2 ? 'genuine' : 'unclear', `Note about things from us.`));
  });
  return lines.join('\n');
}

describe('grouped cross-validation', () => {
  const rows = rowsFrom(corpus());

  it('puts every family in exactly one fold', () => {
    const folds = foldsByFamily(rows, 3);
    expect([...folds.keys()].sort()).toEqual(FAMILIES);
    expect(new Set(folds.values()).size).toBe(3);
  });

  it('scores every row once, keeps "unclear" out of the figures and lists flagged genuine ids', () => {
    const report = crossValidate(rows, [], { k: 3 });
    expect(report.scored.map((s) => s.id)).toEqual(rows.map((r) => r.id));
    expect(report.unclearExcluded).toBe(3);
    expect(report.overall.labelled).toBe(15);
    expect(report.overall.confusion.fp).toBe(report.genuineFlagged.length);
    expect(report.byLang.en!.labelled).toBe(15);
    expect(report.overall.collectors + report.overall.genuine).toBe(15);
    expect(report.overall.genuine).toBe(3);
    expect(report.overall.genuineFrom80).toBe(report.genuineFrom80.length);
  });

  it.each([
    { collectors: [90, 80], genuine: [10, 20], auc: 1 },
    { collectors: [10, 20], genuine: [90, 80], auc: 0 },
    { collectors: [50], genuine: [50], auc: 0.5 },
    { collectors: [90, 40], genuine: [50, 10], auc: 0.75 },
    { collectors: [90], genuine: [], auc: null },
  ])('AUC of $collectors against $genuine is $auc', ({ collectors, genuine, auc }) => {
    expect(aucOf(collectors, genuine)).toBe(auc);
  });

  it('never lets a family teach its own test fold', () => {
    const cv = crossValidate(rows, [], { k: 3 });
    const leaked = crossValidate(rows, rows, { k: 3 }); // the same rows again as extra training: a leak on purpose
    const score = (r: typeof cv, id: string) => r.scored.find((s) => s.id === id)!.score;
    for (const f of FAMILIES) expect(score(cv, `${f}1`)).toBeLessThan(score(leaked, `${f}1`));
  });

  it('deals the families to other folds with a salt, the same ones again with the same salt', () => {
    const plain = foldsByFamily(rows, 3);
    expect(foldsByFamily(rows, 3, '')).toEqual(plain);
    const salted = ['a', 'b', 'c'].map((salt) => foldsByFamily(rows, 3, salt));
    expect(foldsByFamily(rows, 3, 'a')).toEqual(salted[0]);
    expect(salted.some((m) => FAMILIES.some((f) => m.get(f) !== plain.get(f)))).toBe(true);
    for (const m of salted) expect([...m.keys()].sort()).toEqual(FAMILIES);
  });

  it.each([
    // 100 genuine allow 3 flagged: the threshold sits just above the 4th-highest genuine score.
    { collectors: [99, 90, 80, 70, 60], genuine: [95, 85, 75, 65, ...Array<number>(96).fill(10)], threshold: 66, recall: 0.8, flagged: 3 },
    // 10 genuine allow none: above the highest.
    { collectors: [99, 90, 50], genuine: [91, ...Array<number>(9).fill(5)], threshold: 92, recall: 0.333, flagged: 0 },
    // Ties: a threshold that would let a tied fourth genuine text in is never chosen.
    { collectors: [80, 70], genuine: [70, 70, 70, 70, ...Array<number>(96).fill(1)], threshold: 71, recall: 0.5, flagged: 0 },
  ])('finds the highest-recall threshold with ≤ 3 % of genuine flagged ($threshold)', ({ collectors, genuine, threshold, recall, flagged }) => {
    expect(operatingPoint(collectors, genuine)).toEqual({ threshold, recall, genuineFlagged: flagged, genuineFlaggedShare: flagged / genuine.length });
  });

  it('reports the operating point overall and applies its threshold per language', () => {
    const report = crossValidate(rows, [], { k: 3 });
    const point = report.overall.atMost3PercentGenuineFlagged!;
    expect(point.genuineFlaggedShare).toBeLessThanOrEqual(0.03);
    expect(report.byLang.en!.atMost3PercentGenuineFlagged).toEqual(point);
    expect(operatingPoint([50], [])).toBeNull();
    expect(operatingPoint([50, 20], [], 40)).toEqual({ threshold: 40, recall: 0.5, genuineFlagged: 0, genuineFlaggedShare: 0 });
  });
});
