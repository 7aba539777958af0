import type { Lang, Platform, RequestInput, SenderFacts } from './types';

/**
 * Reads one line of the detect format (`{"id","text","platform"?,"lang"?,"receivedAt"?,"sender"?,"label"?}`,
 * unknown fields ignored). `receivedAt` may be epoch milliseconds or an ISO 8601 string. Optional fields of the
 * wrong type are dropped; a line without a string `id` and `text` is an error. Pure.
 */
export type Label = 'collector' | 'genuine';

export type ParsedLine =
  | { ok: true; input: RequestInput; label?: Label }
  | { ok: false; id?: string; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function parseTime(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : undefined;
  }
  return undefined;
}

function parseSender(v: unknown): SenderFacts | undefined {
  if (!isObject(v)) return undefined;
  const out: SenderFacts = {};
  const key = str(v.key);
  const name = str(v.name);
  const headline = str(v.headline);
  const since = str(v.memberSince);
  if (key) out.key = key;
  if (name) out.name = name;
  if (headline) out.headline = headline;
  if (typeof v.contactCount === 'number' && Number.isFinite(v.contactCount) && v.contactCount >= 0) out.contactCount = v.contactCount;
  if (typeof v.contactCountCapped === 'boolean') out.contactCountCapped = v.contactCountCapped;
  if (since && /^\d{4}(?:-\d{1,2})?$/.test(since)) out.memberSince = since;
  return out;
}

export function parseLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (!isObject(value)) return { ok: false, error: 'not a JSON object' };
  const id = typeof value.id === 'number' ? String(value.id) : str(value.id);
  if (!id) return { ok: false, error: 'missing "id"' };
  if (typeof value.text !== 'string') return { ok: false, id, error: 'missing "text"' };
  const input: RequestInput = { id, text: value.text };
  if (value.platform === 'xing' || value.platform === 'linkedin') input.platform = value.platform as Platform;
  if (value.lang === 'de' || value.lang === 'en') input.lang = value.lang as Lang;
  const at = parseTime(value.receivedAt);
  if (at !== undefined) input.receivedAt = at;
  const sender = parseSender(value.sender);
  if (sender) input.sender = sender;
  const label = value.label === 'collector' || value.label === 'genuine' ? (value.label as Label) : undefined;
  return label ? { ok: true, input, label } : { ok: true, input };
}
