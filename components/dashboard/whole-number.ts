/**
 * What a number field of the settings holds, as a value to save: a whole number from `min` to `max`, or null
 * (nothing saved). An empty field is null, not 0 (`Number('')` is 0); so is text the browser could not read as a
 * number (`badInput`: Firefox gives such a field the value ''). Pure.
 */
export function wholeNumberIn(text: string, badInput: boolean, min: number, max: number): number | null {
  if (badInput || text.trim() === '') return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}
