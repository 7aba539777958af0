/**
 * Code-unit order of two strings (as `<` compares them), for ties broken by id: the same on every machine, unlike
 * `localeCompare`, so sorted records, scores and their evidence are the same everywhere. Pure.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
