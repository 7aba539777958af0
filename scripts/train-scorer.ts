// npm run train-scorer [-- --check]
// Trains the text model from the real development corpus (../shared/real-samples/texts/dev-corpus.jsonl, read in
// place) plus the project's corpus (tests/fixtures/corpus/requests.jsonl; never the holdout) and writes
// utils/scoring/text-model/weights.generated.ts. Deterministic: the same inputs give the same bytes.
// --check: trains and compares with the committed file instead of writing (exit 1 when they differ). Without
// the real corpus both modes stop with a clear message (--check exits 0 then: there is nothing to compare).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { generatedSource } from '../utils/scoring/text-model/generated-source';
import { trainTextModel } from '../utils/scoring/text-model/train';
import { examplesOf, rowsFrom } from '../utils/scoring/training';
import { cli } from './lib/cli';
import { readSources, realCorpusMissing } from './lib/training-sources';

const { flag } = cli('npm run train-scorer [-- --check]');
const check = flag('--check');
const OUT = resolve(import.meta.dirname, '../utils/scoring/text-model/weights.generated.ts');

const missing = realCorpusMissing();
if (missing) {
  process.stderr.write(`train-scorer: ${missing}. ${check ? 'Check skipped.' : 'Nothing written.'}\n`);
  process.exit(check ? 0 : 1);
}
const sources = readSources();
const examples = sources.flatMap((s, i) => examplesOf(rowsFrom(s.text, `src${i}:`, s.domain)));
const model = trainTextModel(examples);
const source = generatedSource(model, `trained on ${examples.length} labelled notes from ${sources.map((s) => basename(s.path)).join(' + ')}`);
if (check) {
  const same = readFileSync(OUT, 'utf8') === source;
  process.stdout.write(same ? 'train-scorer --check: the committed weights are reproduced byte for byte\n' : 'train-scorer --check: the committed weights DIFFER from a fresh training run\n');
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, source);
process.stdout.write(`train-scorer: wrote ${OUT} (${examples.length} examples)\n`);
