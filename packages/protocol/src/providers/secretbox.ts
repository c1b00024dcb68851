import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js';
import { assertBytes } from '../bytes.js';
import { SECRETBOX_KEY_LENGTH, SECRETBOX_NONCE_LENGTH, SECRETBOX_TAG_LENGTH } from './types.js';

/*
 * XSalsa20-Poly1305 as NaCl's crypto_secretbox (the WAMP-E2EE payload cipher): tag || ciphertext.
 * node:crypto has no XSalsa20, so both providers use @noble/ciphers' implementation.
 */

export function secretboxSeal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Uint8Array {
  assertBytes(key, 'xsalsa20-poly1305 key', SECRETBOX_KEY_LENGTH);
  assertBytes(nonce, 'xsalsa20-poly1305 nonce', SECRETBOX_NONCE_LENGTH);
  assertBytes(plaintext, 'xsalsa20-poly1305 plaintext');
  return xsalsa20poly1305(key, nonce).encrypt(plaintext);
}

export function secretboxOpen(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Uint8Array | undefined {
  assertBytes(key, 'xsalsa20-poly1305 key', SECRETBOX_KEY_LENGTH);
  assertBytes(nonce, 'xsalsa20-poly1305 nonce', SECRETBOX_NONCE_LENGTH);
  assertBytes(sealed, 'xsalsa20-poly1305 sealed');
  if (sealed.length < SECRETBOX_TAG_LENGTH) return undefined;
  try {
    return xsalsa20poly1305(key, nonce).decrypt(sealed);
  } catch {
    return undefined;
  }
}
