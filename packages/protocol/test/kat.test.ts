/**
 * Known-answer tests: published test vectors for every primitive of the crypto provider,
 * run against both providers. The vectors live in ./vectors/, one JSON file per source,
 * each naming the document (and section) it is copied from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from './helpers.js';

interface VectorFile<V> {
  source: string;
  vectors: V[];
}

function load<V, Extra = object>(name: string): VectorFile<V> & Extra {
  return JSON.parse(readFileSync(new URL(`./vectors/${name}`, import.meta.url), 'utf8')) as VectorFile<V> & Extra;
}

function hex(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'hex'));
}

function toHex(b: Uint8Array | undefined): string | undefined {
  return b === undefined ? undefined : Buffer.from(b).toString('hex');
}

const x25519Single = load<{ name: string; scalar: string; u: string; output: string }>('x25519-rfc7748-5.2.json');
const x25519Iterated = load<{ iterations: number; k: string; slow?: boolean }, { start: string }>('x25519-rfc7748-5.2-iterated.json');
const x25519Dh = load<{ name: string; alicePrivate: string; alicePublic: string; bobPrivate: string; bobPublic: string; shared: string }>('x25519-rfc7748-6.1.json');
const ed25519 = load<{ name: string; secretKey: string; publicKey: string; message: string; signature: string }>('ed25519-rfc8032-7.1.json');
const hkdf = load<{ name: string; ikm: string; salt: string; info: string; length: number; prk: string; okm: string }>('hkdf-sha256-rfc5869.json');
const gcm = load<{ name: string; key: string; iv: string; plaintext: string; aad: string; ciphertext: string; tag: string }>('aes-256-gcm-mcgrew-viega.json');
const hmac = load<{ name: string; key: string; data: string; mac: string }>('hmac-sha256-rfc4231.json');
const sha256 = load<{ name: string; source: string; message: string; digest: string }>('sha256-fips180.json');

/**
 * `it.each` over `[title, vector]` pairs: vitest quotes and truncates `$name`-style
 * interpolations, so each title is spelled out in full here.
 */
function cases<V>(vectors: V[], title: (v: V) => string): Array<[string, V]> {
  return vectors.map((v) => [title(v), v]);
}

/** The 1,000,000-iteration X25519 vector takes minutes (noble); it runs only when asked for. */
const RUN_SLOW = process.env.KAT_SLOW === '1';

describe.each(PROVIDERS)('known-answer tests (%s provider)', (_name, crypto) => {
  describe(`X25519 (${x25519Single.source})`, () => {
    it.each(cases(x25519Single.vectors, (v) => `X25519 ${x25519Single.source} ${v.name} maps the scalar and u-coordinate to the listed output`))('%s', (_title, v) => {
      expect(toHex(crypto.x25519(hex(v.scalar), hex(v.u)))).toBe(v.output);
    });
  });

  describe(`iterated X25519 (${x25519Iterated.source})`, () => {
    function iterate(n: number): string {
      let k = hex(x25519Iterated.start);
      let u = hex(x25519Iterated.start);
      for (let i = 0; i < n; i++) {
        const next = crypto.x25519(k, u);
        if (next === undefined) throw new Error(`iteration ${i + 1} gave an all-zero result`);
        u = k;
        k = next;
      }
      return toHex(k)!;
    }

    for (const v of x25519Iterated.vectors) {
      const title = `X25519 ${x25519Iterated.source} gives the listed k after ${v.iterations.toLocaleString('en-US')} iteration${v.iterations === 1 ? '' : 's'}`;
      if (v.slow && !RUN_SLOW) {
        it.skip(`${title} (slow: set KAT_SLOW=1)`, () => {});
      } else {
        it(title, { timeout: v.slow ? 3_600_000 : 30_000 }, () => {
          expect(iterate(v.iterations)).toBe(v.k);
        });
      }
    }
  });

  describe(`X25519 Diffie-Hellman (${x25519Dh.source})`, () => {
    it.each(cases(x25519Dh.vectors, (v) => `X25519 ${x25519Dh.source} ${v.name} derive the listed public keys from their private keys`))('%s', (_title, v) => {
      expect(toHex(crypto.x25519PublicKey(hex(v.alicePrivate)))).toBe(v.alicePublic);
      expect(toHex(crypto.x25519PublicKey(hex(v.bobPrivate)))).toBe(v.bobPublic);
    });

    it.each(cases(x25519Dh.vectors, (v) => `X25519 ${x25519Dh.source} ${v.name} derive the same shared secret`))('%s', (_title, v) => {
      expect(toHex(crypto.x25519(hex(v.alicePrivate), hex(v.bobPublic)))).toBe(v.shared);
      expect(toHex(crypto.x25519(hex(v.bobPrivate), hex(v.alicePublic)))).toBe(v.shared);
    });
  });

  describe(`Ed25519 (${ed25519.source})`, () => {
    it.each(cases(ed25519.vectors, (v) => `Ed25519 ${ed25519.source} ${v.name} derives the listed public key from the secret key`))('%s', (_title, v) => {
      expect(toHex(crypto.ed25519PublicKey(hex(v.secretKey)))).toBe(v.publicKey);
    });

    it.each(cases(ed25519.vectors, (v) => `Ed25519 ${ed25519.source} ${v.name} signs the message to exactly the listed signature`))('%s', (_title, v) => {
      expect(toHex(crypto.ed25519Sign(hex(v.secretKey), hex(v.message)))).toBe(v.signature);
    });

    it.each(cases(ed25519.vectors, (v) => `Ed25519 ${ed25519.source} ${v.name} verifies the listed signature and rejects it with one bit flipped`))('%s', (_title, v) => {
      const pub = hex(v.publicKey);
      const msg = hex(v.message);
      const sig = hex(v.signature);
      expect(crypto.ed25519Verify(pub, msg, sig)).toBe(true);
      for (const byte of [0, 31, 32, 63]) {
        const bad = sig.slice();
        bad[byte]! ^= 0x01;
        expect(crypto.ed25519Verify(pub, msg, bad)).toBe(false);
      }
      expect(crypto.ed25519Verify(pub, Uint8Array.of(...msg, 0), sig)).toBe(false);
    });
  });

  describe(`HKDF-SHA256 (${hkdf.source})`, () => {
    it.each(cases(hkdf.vectors, (v) => `HKDF-SHA256 ${hkdf.source} ${v.name} expands to the listed OKM`))('%s', (_title, v) => {
      expect(toHex(crypto.hkdfSha256(hex(v.ikm), hex(v.salt), hex(v.info), v.length))).toBe(v.okm);
    });

    it.each(cases(hkdf.vectors, (v) => `HKDF-SHA256 ${hkdf.source} ${v.name} extracts the listed PRK as HMAC(salt or 32 zero bytes, IKM)`))('%s', (_title, v) => {
      const salt = v.salt === '' ? new Uint8Array(32) : hex(v.salt);
      expect(toHex(crypto.hmacSha256(salt, hex(v.ikm)))).toBe(v.prk);
    });
  });

  describe(`AES-256-GCM (${gcm.source})`, () => {
    it.each(cases(gcm.vectors, (v) => `AES-256-GCM McGrew–Viega ${v.name} seals the plaintext to the listed ciphertext and tag`))('%s', (_title, v) => {
      expect(toHex(crypto.aesGcmSeal(hex(v.key), hex(v.iv), hex(v.plaintext), hex(v.aad)))).toBe(v.ciphertext + v.tag);
    });

    it.each(cases(gcm.vectors, (v) => `AES-256-GCM McGrew–Viega ${v.name} opens the listed ciphertext and tag to the plaintext`))('%s', (_title, v) => {
      expect(toHex(crypto.aesGcmOpen(hex(v.key), hex(v.iv), hex(v.ciphertext + v.tag), hex(v.aad)))).toBe(v.plaintext);
    });

    it.each(cases(gcm.vectors, (v) => `AES-256-GCM McGrew–Viega ${v.name} refuses to open when any single tag bit is flipped`))('%s', (_title, v) => {
      const sealed = hex(v.ciphertext + v.tag);
      const tagStart = sealed.length - 16;
      for (let bit = 0; bit < 128; bit++) {
        const bad = sealed.slice();
        bad[tagStart + (bit >> 3)]! ^= 1 << (bit & 7);
        expect(crypto.aesGcmOpen(hex(v.key), hex(v.iv), bad, hex(v.aad)), `tag bit ${bit}`).toBeUndefined();
      }
    });
  });

  describe(`HMAC-SHA256 (${hmac.source})`, () => {
    it.each(cases(hmac.vectors, (v) => `HMAC-SHA256 ${hmac.source} ${v.name} gives the listed MAC`))('%s', (_title, v) => {
      expect(toHex(crypto.hmacSha256(hex(v.key), hex(v.data)))).toBe(v.mac);
    });
  });

  describe(`SHA-256 (${sha256.source})`, () => {
    it.each(cases(sha256.vectors, (v) => `SHA-256 ${v.source} hashes ${v.name} to the listed digest`))('%s', (_title, v) => {
      expect(toHex(crypto.sha256(hex(v.message)))).toBe(v.digest);
    });
  });
});
