/** Byte helpers. Argument checks follow noble's `abytes` style: labelled TypeError / RangeError. */

export function assertBytes(value: unknown, label: string, length?: number): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(`${label}: expected Uint8Array, got ${value === null ? 'null' : typeof value}`);
  }
  if (length !== undefined && value.length !== length) {
    throw new RangeError(`${label}: expected ${length} bytes, got ${value.length}`);
  }
}

export function assertUint32(value: unknown, label: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`${label}: expected an integer in [0, 2^32), got ${String(value)}`);
  }
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Constant-time comparison for equal-length inputs (length itself is not secret). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function isAllZero(a: Uint8Array): boolean {
  let acc = 0;
  for (let i = 0; i < a.length; i++) acc |= a[i]!;
  return acc === 0;
}

export function uint32be(n: number): Uint8Array {
  assertUint32(n, 'uint32be');
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, false);
  return out;
}

/** uint64 big-endian; counters are below 2^32 but the IV formula hashes 8 bytes. */
export function uint64be(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`uint64be: expected a safe non-negative integer, got ${n}`);
  const out = new Uint8Array(8);
  const hi = Math.floor(n / 0x1_0000_0000);
  const lo = n >>> 0;
  out[0] = hi >>> 24;
  out[1] = (hi >>> 16) & 0xff;
  out[2] = (hi >>> 8) & 0xff;
  out[3] = hi & 0xff;
  out[4] = lo >>> 24;
  out[5] = (lo >>> 16) & 0xff;
  out[6] = (lo >>> 8) & 0xff;
  out[7] = lo & 0xff;
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function fromUtf8(b: Uint8Array): string {
  return decoder.decode(b);
}

/** Length-prefixed field (uint32 BE length || bytes) so concatenated fields stay unambiguous. */
export function lengthPrefixed(...fields: Array<Uint8Array | string>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fields) {
    const b = typeof f === 'string' ? utf8(f) : f;
    parts.push(uint32be(b.length), b);
  }
  return concatBytes(...parts);
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64URL_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64URL.length; i++) B64URL_INDEX[B64URL.charCodeAt(i)] = i;

/*
 * Node's Buffer codes base64url natively, about ten times faster than the loops below on a
 * kilobyte (an ETAMP envelope codes its record twice); elsewhere (a browser) the loops run.
 * Buffer's decoder is lenient, so the strict checks stay ours: only the alphabet, no padding,
 * a length a canonical encoding can have, and zero unused bits in the last character.
 */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
const NATIVE_FROM = 64; // characters; below this the loop is as fast
const B64URL_TEXT = /^[A-Za-z0-9_-]*$/;

export function toBase64url(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]! + B64URL[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]!;
  }
  return out;
}

/** Strict base64url without padding: rejects foreign characters and non-canonical trailing bits. */
export function fromBase64url(s: string): Uint8Array | undefined {
  if (s.length % 4 === 1) return undefined;
  if (NodeBuffer && s.length >= NATIVE_FROM) {
    if (!B64URL_TEXT.test(s)) return undefined;
    const rest = s.length % 4; // 2: the last character carries 4 unused bits; 3: 2
    if (rest !== 0 && (B64URL_INDEX[s.charCodeAt(s.length - 1)]! & (rest === 2 ? 15 : 3)) !== 0) return undefined;
    return new Uint8Array(NodeBuffer.from(s, 'base64url')); // a copy of its own, not a view into Buffer's pool
  }
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64URL_INDEX[c]! : -1;
    if (v < 0) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return undefined; // non-canonical encoding
  return out;
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new TypeError(`fromHex: not a hex string of even length`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
