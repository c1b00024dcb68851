/**
 * The crypto provider: every primitive the protocol uses, behind one small interface.
 * Two implementations ship (`node:crypto` and `@noble/*`); they must produce identical bytes.
 * All functions are synchronous so the protocol core stays a pure `(state, input) -> result`.
 */
export interface X25519KeyPair {
  readonly privateKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

export interface CryptoProvider {
  readonly name: string;
  randomBytes(length: number): Uint8Array;
  sha256(data: Uint8Array): Uint8Array;
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
  /** RFC 5869 HKDF with SHA-256; `length` <= 255 * 32. */
  hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array;
  /** AES-256-GCM, 96-bit IV, 128-bit tag. Returns ciphertext || tag. */
  aesGcmSeal(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array;
  /** Returns the plaintext, or `undefined` when the tag does not verify. */
  aesGcmOpen(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array | undefined;
  /** XSalsa20-Poly1305 (NaCl crypto_secretbox), 192-bit nonce, no associated data. Returns tag || ciphertext. */
  xsalsa20Poly1305Seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Uint8Array;
  /** Returns the plaintext, or `undefined` when the tag does not verify. */
  xsalsa20Poly1305Open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Uint8Array | undefined;
  x25519KeyPair(): X25519KeyPair;
  x25519PublicKey(privateKey: Uint8Array): Uint8Array;
  /** Raw X25519 (RFC 7748). Returns `undefined` when the result is all zero (low-order input). */
  x25519(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array | undefined;
  ed25519PublicKey(seed: Uint8Array): Uint8Array;
  ed25519Sign(seed: Uint8Array, message: Uint8Array): Uint8Array;
  ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
}

export const AES_KEY_LENGTH = 32;
export const GCM_IV_LENGTH = 12;
export const GCM_TAG_LENGTH = 16;
export const SECRETBOX_KEY_LENGTH = 32;
export const SECRETBOX_NONCE_LENGTH = 24;
export const SECRETBOX_TAG_LENGTH = 16;
export const X25519_KEY_LENGTH = 32;
