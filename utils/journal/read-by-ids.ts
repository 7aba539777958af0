import type { z } from 'zod';
import type { Deps } from './profiles';

/**
 * The records of these ids from one store (one read transaction), in the given order; any gone or damaged since
 * are left out. For a page of a list whose index the worker holds (people, requests): the index is valid until the
 * next write, so a record missing here was removed behind it.
 */
export async function readByIds<T>(deps: Deps, store: 'people' | 'requests', schema: z.ZodType<T>, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const tx = deps.db.transaction(store, 'readonly');
  const raw: unknown[] = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return raw.flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}
