// npx tsx scripts/compose-figures.ts
// How the composer's suggestions read to the project's own draft linter, over the test contexts
// (tests/unit/compose/contexts.ts): every situation × shape × language × address × platform/account.
// Prints one JSON object: counts, template-like suggestions, those the linter finds no personal reference in
// (by situation/shape), lint scores, and the fullest connection note relative to its limit.
import { compose } from '../utils/compose/compose';
import { REQUIRED, SITUATIONS } from '../utils/compose/context';
import { lintDraft } from '../utils/compose/lint-draft';
import { SHAPES } from '../tests/unit/compose/contexts';

const FORMS = [['de', 'sie'], ['de', 'du'], ['en', 'sie'], ['en', 'du']] as const;
const ACCOUNTS = [['linkedin', false], ['linkedin', true], ['xing', false], ['xing', true]] as const;
let suggestions = 0;
let templateLike = 0;
let fullestNote = 0;
const noPersonalReference: Record<string, number> = {};
const scores: number[] = [];
for (const situation of SITUATIONS) {
  for (const [shapeName, shape] of Object.entries(SHAPES)) {
    if (REQUIRED[situation].some((key) => shape[key] === undefined)) continue;
    for (const [lang, address] of FORMS) {
      for (const [platform, premium] of ACCOUNTS) {
        const result = compose({ ...shape, situation, lang, address, platform, premium });
        if (!result.ok) throw new Error(`${situation} ${shapeName}: ${result.error}`);
        for (const s of result.suggestions) {
          suggestions += 1;
          const lint = lintDraft(s.text, { lang, recipient: { name: shape.person.name, company: shape.person.company, wants: shape.person.wants } });
          if (lint.templateLike) templateLike += 1;
          if (lint.missing.includes('personal-reference')) noPersonalReference[`${situation}/${shapeName}`] = (noPersonalReference[`${situation}/${shapeName}`] ?? 0) + 1;
          scores.push(lint.score);
          if (result.channel.kind === 'note') fullestNote = Math.max(fullestNote, s.length / s.limit);
        }
      }
    }
  }
}
scores.sort((a, b) => a - b);
const median = scores[Math.floor(scores.length / 2)];
process.stdout.write(`${JSON.stringify({ suggestions, templateLike, medianScore: median, maxScore: scores.at(-1), fullestNote: Number(fullestNote.toFixed(3)), noPersonalReference }, null, 2)}\n`);
