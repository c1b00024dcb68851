import { uint64be } from './bytes.js';
import type { CryptoProvider } from './providers/types.js';
import { GCM_IV_LENGTH, SECRETBOX_NONCE_LENGTH } from './providers/types.js';

/**
 * The record layer's cipher suites (docs/protocol.md 24). A connection's suite is fixed by its
 * invitation, bound into the handshake transcript through the invitation hash, and never
 * changes. Control messages are sealed with AES-256-GCM in both (24.3).
 */
export const CIPHER_SUITES = ['aes-256-gcm', 'xsalsa20-poly1305'] as const;
export type CipherSuite = (typeof CIPHER_SUITES)[number];
export const DEFAULT_CIPHER_SUITE: CipherSuite = 'aes-256-gcm';

/** `Invitation.suite` and `SessionRecord.suite` on the wire. */
const WIRE: Record<CipherSuite, number> = { 'aes-256-gcm': 0, 'xsalsa20-poly1305': 1 };

export function suiteToWire(suite: CipherSuite): number {
  return WIRE[suite];
}

/** The suite a wire number names, or undefined for a number no suite has. */
export function suiteFromWire(n: number): CipherSuite | undefined {
  return CIPHER_SUITES.find((s) => WIRE[s] === n);
}

export function assertCipherSuite(value: unknown, label = 'suite'): asserts value is CipherSuite {
  if (!(CIPHER_SUITES as readonly unknown[]).includes(value)) throw new TypeError(`${label}: expected ${CIPHER_SUITES.join(' or ')}, got ${String(value).slice(0, 40)}`);
}

/**
 * The nonces of a counter do not depend on the key, so those of the first NONCE_CACHE_COUNTERS
 * counters are computed once per provider and suite and kept (filled as used: 1.5 MiB for GCM,
 * 3 MiB for XSalsa20 at most): sender and receiver both need them, and trial decryption asks for
 * the same few again and again. 2^17 covers every counter of a sending key under the plugin's
 * default rotation (a new key every 100,000 records); counters above it are hashed each time.
 */
const NONCE_CACHE_COUNTERS = 1 << 17;
/** A per-provider cache of one nonce length: the GCM IVs and the secretbox nonces each have one (one lookup per call). */
function nonceCache(length: number): (crypto: CryptoProvider, counter: number) => Uint8Array {
  const caches = new WeakMap<CryptoProvider, { nonces: Uint8Array; done: Uint8Array }>();
  /** The first `length` bytes of SHA-256(uint64 big-endian counter). Unique per key because counters never repeat per key. */
  return (crypto, counter) => {
    if (counter >= NONCE_CACHE_COUNTERS) return crypto.sha256(uint64be(counter)).subarray(0, length);
    let cache = caches.get(crypto);
    if (!cache) caches.set(crypto, (cache = { nonces: new Uint8Array(NONCE_CACHE_COUNTERS * length), done: new Uint8Array(NONCE_CACHE_COUNTERS) }));
    const at = counter * length;
    if (cache.done[counter] === 0) {
      cache.nonces.set(crypto.sha256(uint64be(counter)).subarray(0, length), at);
      cache.done[counter] = 1;
    }
    return cache.nonces.subarray(at, at + length);
  };
}
const gcmIvs = nonceCache(GCM_IV_LENGTH);
const secretboxNonces = nonceCache(SECRETBOX_NONCE_LENGTH);

/** AES-256-GCM's IV: the first 12 bytes of SHA-256(uint64be(counter)) (9.3). */
export function counterIv(crypto: CryptoProvider, counter: number): Uint8Array {
  return gcmIvs(crypto, counter);
}

/** XSalsa20-Poly1305's nonce: the first 24 bytes of SHA-256(uint64be(counter)) (24.2). */
export function counterSecretboxNonce(crypto: CryptoProvider, counter: number): Uint8Array {
  return secretboxNonces(crypto, counter);
}

/**
 * Seals a record's plaintext under its record key and counter. The AAD binds the record to
 * (connection, epoch, direction, sending key); XSalsa20-Poly1305 takes no AAD, and needs none:
 * the record key is derived for exactly that context and used in no other (24.2).
 */
export function sealContent(crypto: CryptoProvider, suite: CipherSuite, key: Uint8Array, counter: number, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
  return suite === 'xsalsa20-poly1305' ? crypto.xsalsa20Poly1305Seal(key, counterSecretboxNonce(crypto, counter), plaintext) : crypto.aesGcmSeal(key, counterIv(crypto, counter), plaintext, aad);
}

/** Opens what `sealContent` sealed; undefined when it does not authenticate. */
export function openContent(crypto: CryptoProvider, suite: CipherSuite, key: Uint8Array, counter: number, content: Uint8Array, aad: Uint8Array): Uint8Array | undefined {
  return suite === 'xsalsa20-poly1305' ? crypto.xsalsa20Poly1305Open(key, counterSecretboxNonce(crypto, counter), content) : crypto.aesGcmOpen(key, counterIv(crypto, counter), content, aad);
}
