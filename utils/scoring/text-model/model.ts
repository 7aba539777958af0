import { DIM, HASH_BITS, type TextFeature } from './features';

/**
 * A logistic-regression text model over hashed features, stored quantised: weight[i] = q[i] · scale. Its
 * logit is added to the named signals' sum (it was trained with that sum as a fixed offset, so it learns only
 * what the named signals miss). Pure.
 */
export interface TextModel {
  bits: number;
  bias: number;
  scale: number;
  q: Int8Array;
}

export interface SerialisedTextModel {
  bits: number;
  bias: number;
  scale: number;
  /** base64 of the int8 weights. */
  weights: string;
}

export function quantise(bias: number, weights: Float64Array): TextModel {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : Number((max / 127).toPrecision(6));
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
  return { bits: HASH_BITS, bias: Number(bias.toFixed(4)), scale, q };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Own base64 (both ways) so the same code runs in the worker and in node without Buffer or atob.
export function serialise(model: TextModel): SerialisedTextModel {
  const bytes = new Uint8Array(model.q.buffer, model.q.byteOffset, model.q.byteLength);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const rest = bytes.length - i;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (rest > 1 ? B64[(n >> 6) & 63]! : '=') + (rest > 2 ? B64[n & 63]! : '=');
  }
  return { bits: model.bits, bias: model.bias, scale: model.scale, weights: out };
}

export function deserialise(data: SerialisedTextModel): TextModel {
  if (data.bits !== HASH_BITS) throw new Error(`text model has ${data.bits} hash bits, the code reads ${HASH_BITS}`);
  const q = new Int8Array(DIM);
  const bytes = new Uint8Array(q.buffer);
  let j = 0;
  for (let i = 0; i < data.weights.length && j < bytes.length; i += 4) {
    const n = (B64.indexOf(data.weights[i]!) << 18) | (B64.indexOf(data.weights[i + 1]!) << 12) | (Math.max(0, B64.indexOf(data.weights[i + 2]!)) << 6) | Math.max(0, B64.indexOf(data.weights[i + 3]!));
    bytes[j++] = (n >> 16) & 255;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 255;
    if (j < bytes.length) bytes[j++] = n & 255;
  }
  return { bits: data.bits, bias: data.bias, scale: data.scale, q };
}

export function weightOf(model: TextModel, index: number): number {
  return model.q[index]! * model.scale;
}

/** The model's log-odds for a note's features (0 for an empty note: it has nothing to read). */
export function textLogit(model: TextModel, features: readonly TextFeature[], local?: ReadonlyMap<number, number>): number {
  if (features.length === 0) return 0;
  let z = model.bias;
  for (const f of features) z += (weightOf(model, f.index) + (local?.get(f.index) ?? 0)) * f.value;
  return z;
}
