import type { z } from 'zod';

/** The records that pass their shape; the others are left for the quarantine readers. Pure. */
export const valid = <T>(schema: z.ZodType<T>, raw: readonly unknown[]): T[] =>
  raw.flatMap((r) => {
    const parsed = schema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });

/** All of one person's entries of a [personId, time] index (interactions' personTime). */
export const byPerson = (personId: string): IDBKeyRange => IDBKeyRange.bound([personId, 0], [personId, Number.MAX_SAFE_INTEGER]);
