import { describe, expect, it } from 'vitest';
import { compose } from '../../../utils/compose/compose';
import { SITUATIONS, REQUIRED } from '../../../utils/compose/context';
import { SHAPES } from './contexts';

// Golden files: every situation × language × form of address × context shape, as the user would see it. Read
// them when a template changes (German grammar is checked by hand there); update with `npx vitest run -u`.
const FORMS = [['de', 'sie'], ['de', 'du'], ['en', 'sie'], ['en', 'du']] as const;

describe('composer golden texts', () => {
  it.each(SITUATIONS)('%s', async (situation) => {
    const blocks: string[] = [];
    for (const [shape, context] of Object.entries(SHAPES)) {
      if (REQUIRED[situation].some((key) => context[key] === undefined)) continue;
      for (const [lang, address] of FORMS) {
        const result = compose({ ...context, situation, lang, address });
        expect(result.ok, `${shape} ${lang} ${address}`).toBe(true);
        if (!result.ok) continue;
        for (const s of result.suggestions) {
          blocks.push(`## ${shape} · ${lang} · ${address} · variant ${s.variant} · ${s.length}/${s.limit}\n${s.text}\n`);
        }
      }
    }
    await expect(blocks.join('\n')).toMatchFileSnapshot(`golden/${situation}.txt`);
  });
});
