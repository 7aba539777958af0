// Prints the grouped cross-validation of `npm run detect -- --eval --cv` as JSON lines.
import { crossValidate } from '../../utils/scoring/cv';
import { rowsFrom } from '../../utils/scoring/training';
import { domainOf, readSources } from './training-sources';

export function printCv(file: string, text: string, k: number, foldSalt?: string): void {
  const sources = readSources(file);
  const extra = sources.flatMap((s, i) => rowsFrom(s.text, `extra${i}:`, s.domain));
  const report = crossValidate(rowsFrom(text, '', domainOf(file)), extra, { k, ...(foldSalt ? { foldSalt } : {}) });
  const lines: unknown[] = [
    {
      note: `${k}-fold cross-validation grouped by family (no family in both training and test); the text model is retrained per fold on the other folds plus the other training sources; "unclear" labels (${report.unclearExcluded}) are scored but kept out of the binary figures`,
      trainedAlsoOn: sources.map((s) => s.path),
      foldSizes: report.folds,
      foldSalt: foldSalt ?? null,
      atMost3PercentGenuineFlagged: 'recall at the lowest threshold that flags at most 3 % of genuine texts (per language: at the overall threshold)',
    },
    { scope: 'overall', ...report.overall },
    ...Object.entries(report.byLang).map(([lang, s]) => ({ scope: `lang:${lang}`, ...s })),
    { genuineFlagged: report.genuineFlagged, genuineScored80OrMore: report.genuineFrom80 },
    { reliability: report.reliability },
    ...report.scored.filter((s) => s.lang === 'de').map((s) => ({ de: s.id, label: s.label ?? null, score: s.score })),
  ];
  process.stdout.write(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}
