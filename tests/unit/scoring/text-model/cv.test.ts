import { describe, expect, it } from 'vitest';
import { aucOf, crossValidate } from '../../../../utils/scoring/cv';
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
});
