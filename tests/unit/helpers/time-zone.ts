/**
 * Runs `fn` with the process's time zone set to `zone` and restores it afterwards, as tests/unit/import/export.test.ts
 * does inline: local calendar days (snooze targets, a meeting's day) depend on it.
 */
export async function inZone<T>(zone: string, fn: () => T | Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
