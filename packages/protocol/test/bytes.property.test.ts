import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../src/bytes.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The oracle: canonical base64url without padding, by its definition. */
/** Bytes whose encodings fall on both sides of the 64-character switch to Buffer's codec. */
const anyBytes = fc.oneof(fc.uint8Array({ minLength: 0, maxLength: 47 }), fc.uint8Array({ minLength: 48, maxLength: 400, size: 'max' }));
const canonical = (s: string) => /^[A-Za-z0-9_-]*$/.test(s) && s.length % 4 !== 1 && Buffer.from(s, 'base64url').toString('base64url') === s;

describe('base64url without padding', () => {
  it('round-trips any bytes, short and long (both code paths)', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes exactly the canonical encodings: a changed character, a foreign one, padding or a bad length is refused', () => {
    const mutated = fc
      .tuple(anyBytes, fc.nat(), fc.constantFrom(...ALPHABET.split(''), '=', '+', '/', ' ', '\u00e9', '\n'), fc.constantFrom('replace', 'last', 'append', 'drop'))
      .map(([bytes, at, c, how]) => {
        const s = toBase64url(bytes);
        const i = s.length === 0 ? 0 : at % s.length;
        // 'last': the character whose unused bits a lenient decoder ignores.
        if (how === 'last') return s.slice(0, -1) + c;
        return how === 'replace' ? s.slice(0, i) + c + s.slice(i + 1) : how === 'append' ? s + c : s.slice(0, -1);
      });
    fc.assert(
      fc.property(mutated, (s) => {
        const decoded = fromBase64url(s);
        expect(decoded !== undefined).toBe(canonical(s));
        if (decoded) expect(toBase64url(decoded)).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('hands out bytes of their own, not a view into a shared pool', () => {
    const decoded = fromBase64url(toBase64url(new Uint8Array(100).fill(7)))!;
    expect(decoded.byteOffset).toBe(0);
    expect(decoded.buffer.byteLength).toBe(100);
  });
});
