/**
 * What the two compact JWS forms this protocol signs with a DID key share: the ETAMP envelope
 * (etamp.ts, docs/protocol.md 23) and the delivery receipt (receipt.ts, 26). Both accept only
 * their canonical serialization, so both split the JWS the same way and read each JSON segment
 * back as the exact text that was signed.
 */
import { fromBase64url, fromUtf8 } from './bytes.js';

/** JWS algorithms of the DID keys the protocol signs with (7.1): Ed25519 and secp256k1. */
export const JWS_ALGORITHMS = ['EdDSA', 'ES256K'] as const;
export type JwsAlgorithm = (typeof JWS_ALGORITHMS)[number];

/** A compact JWS split into its parts, each JSON segment as its text and its parsed object. */
export interface SplitJws {
  header: { text: string; value: Record<string, unknown> };
  payload: { text: string; value: Record<string, unknown> };
  /** The ASCII text before the second dot: what the signature covers. */
  signingInput: string;
  /** The decoded signature: 64 bytes for both algorithms, else undefined. */
  signature: Uint8Array | undefined;
}

/** Decodes one base64url segment holding a JSON object; returns a reason instead of throwing. */
function jsonSegment(segment: string, label: string): { text: string; value: Record<string, unknown> } | string {
  const bytes = fromBase64url(segment);
  if (!bytes) return `${label} is not base64url without padding`;
  let text: string;
  let value: unknown;
  try {
    text = fromUtf8(bytes);
    value = JSON.parse(text);
  } catch {
    return `${label} is not UTF-8 JSON`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${label} is not a JSON object`;
  return { text, value: value as Record<string, unknown> };
}

/**
 * Splits a compact JWS of at most `maxLength` characters. Returns the reason it is not one
 * (the caller's error names its own form), or its parts; nothing here checks a claim.
 */
export function splitJws(jws: unknown, maxLength: number): SplitJws | string {
  if (typeof jws !== 'string' || jws.length > maxLength) return `not a string of at most ${maxLength} characters`;
  const parts = jws.split('.');
  if (parts.length !== 3) return 'not a compact JWS (three segments)';
  const [h, p, s] = parts as [string, string, string];
  const header = jsonSegment(h, 'header');
  if (typeof header === 'string') return header;
  const payload = jsonSegment(p, 'payload');
  if (typeof payload === 'string') return payload;
  const signature = fromBase64url(s);
  return { header, payload, signingInput: `${h}.${p}`, signature: signature && signature.length === 64 ? signature : undefined };
}

/** True when `value` is a string of 1 to `max` characters. */
export function isBoundedText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}
