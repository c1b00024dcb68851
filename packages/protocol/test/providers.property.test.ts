import { hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nobleCrypto } from '../src/index.js';
import { nodeCrypto } from '../src/providers/node.js';

const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });
const key32 = bytes(32, 32);

describe('the node and noble providers produce identical bytes', () => {
  it('for SHA-256, HMAC-SHA256 and HKDF-SHA256 on random inputs (HKDF also against hkdfSync)', () => {
    fc.assert(
      fc.property(bytes(0, 200), bytes(0, 80), bytes(0, 80), fc.integer({ min: 1, max: 100 }), (ikm, salt, info, len) => {
        expect(nodeCrypto.sha256(ikm)).toEqual(nobleCrypto.sha256(ikm));
        expect(nodeCrypto.hmacSha256(salt, ikm)).toEqual(nobleCrypto.hmacSha256(salt, ikm));
        const a = nodeCrypto.hkdfSha256(ikm, salt, info, len);
        expect(a).toEqual(nobleCrypto.hkdfSha256(ikm, salt, info, len));
        expect(a).toEqual(new Uint8Array(hkdfSync('sha256', ikm, salt, info, len)));
      }),
      { numRuns: 300 },
    );
  });

  it('for AES-256-GCM seal and open on random inputs', () => {
    fc.assert(
      fc.property(key32, bytes(12, 12), bytes(0, 300), bytes(0, 60), (key, iv, pt, aad) => {
        const sealed = nodeCrypto.aesGcmSeal(key, iv, pt, aad);
        expect(nobleCrypto.aesGcmSeal(key, iv, pt, aad)).toEqual(sealed);
        expect(nodeCrypto.aesGcmOpen(key, iv, sealed, aad)).toEqual(pt);
        expect(nobleCrypto.aesGcmOpen(key, iv, sealed, aad)).toEqual(pt);
      }),
      { numRuns: 300 },
    );
  });

  it('for X25519 public keys and shared secrets on random keys', () => {
    fc.assert(
      fc.property(key32, key32, (a, b) => {
        const pa = nodeCrypto.x25519PublicKey(a);
        expect(nobleCrypto.x25519PublicKey(a)).toEqual(pa);
        const pb = nobleCrypto.x25519PublicKey(b);
        expect(nodeCrypto.x25519(a, pb)).toEqual(nobleCrypto.x25519(a, pb));
        expect(nodeCrypto.x25519(b, pa)).toEqual(nodeCrypto.x25519(a, pb));
      }),
      { numRuns: 100 },
    );
  });

  it('for Ed25519 keys and signatures on random seeds and messages', () => {
    fc.assert(
      fc.property(key32, bytes(0, 100), (seed, msg) => {
        const pub = nodeCrypto.ed25519PublicKey(seed);
        expect(nobleCrypto.ed25519PublicKey(seed)).toEqual(pub);
        const sig = nodeCrypto.ed25519Sign(seed, msg);
        expect(nobleCrypto.ed25519Sign(seed, msg)).toEqual(sig);
        expect(nodeCrypto.ed25519Verify(pub, msg, sig)).toBe(true);
        expect(nobleCrypto.ed25519Verify(pub, msg, sig)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('a cached private key is not used after the caller changed its bytes', () => {
    const a = nodeCrypto.x25519KeyPair();
    const peer = nodeCrypto.x25519KeyPair().publicKey;
    const first = nodeCrypto.x25519(a.privateKey, peer);
    a.privateKey[0]! ^= 0x40;
    const second = nodeCrypto.x25519(a.privateKey, peer);
    expect(second).toEqual(nobleCrypto.x25519(a.privateKey, peer));
    expect(second).not.toEqual(first);
  });
});

describe("the node provider's randomBytes", () => {
  it('returns the asked length and never the same bytes twice, across many refills of its pool', () => {
    const seen = new Set<string>();
    // 3,000 calls of 12 bytes drain the 4 KiB pool about nine times; mixed lengths shift the
    // boundaries so a request also straddles the end of a pool.
    for (let i = 0; i < 3000; i++) {
      const length = [12, 16, 32, 7][i % 4]!;
      const b = nodeCrypto.randomBytes(length);
      expect(b).toBeInstanceOf(Uint8Array);
      expect(b.length).toBe(length);
      const hex = Buffer.from(b).toString('hex');
      expect(seen.has(hex)).toBe(false);
      seen.add(hex);
    }
  });

  it('hands out copies: changing a returned array changes no later result', () => {
    const a = nodeCrypto.randomBytes(12);
    a.fill(0xaa);
    const later = Array.from({ length: 400 }, () => nodeCrypto.randomBytes(12));
    expect(later.some((b) => b.every((x) => x === 0xaa))).toBe(false);
    expect(later.some((b) => b.every((x) => x === 0))).toBe(false);
  });

  it('serves lengths beyond the pooled ones and rejects a negative length as before', () => {
    expect(nodeCrypto.randomBytes(0).length).toBe(0);
    expect(nodeCrypto.randomBytes(33).length).toBe(33);
    expect(nodeCrypto.randomBytes(4096).length).toBe(4096);
    expect(() => nodeCrypto.randomBytes(-1)).toThrow(RangeError);
  });
});
