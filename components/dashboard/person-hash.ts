/** The dashboard's address of a person's page (entrypoints/options/route.ts reads it back). */
export const personHash = (personId: string): string => `#person/${encodeURIComponent(personId)}`;
