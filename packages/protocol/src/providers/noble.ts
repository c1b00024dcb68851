import { gcm } from '@noble/ciphers/aes.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { secretboxOpen, secretboxSeal } from './secretbox.js';
import { assertBytes, isAllZero } from '../bytes.js';
import { AES_KEY_LENGTH, GCM_IV_LENGTH, GCM_TAG_LENGTH, X25519_KEY_LENGTH, type CryptoProvider } from './types.js';

/** Portable provider on audited pure-JS primitives: browsers, React Native, workers. */
export const nobleCrypto: CryptoProvider = {
  name: 'noble',

  randomBytes(length) {
    return randomBytes(length);
  },

  sha256(data) {
    return sha256(data);
  },

  hmacSha256(key, data) {
    return hmac(sha256, key, data);
  },

  hkdfSha256(ikm, salt, info, length) {
    if (!Number.isInteger(length) || length < 1 || length > 255 * 32) throw new RangeError(`hkdf: length must be in [1, 8160], got ${length}`);
    return hkdf(sha256, ikm, salt, info, length);
  },

  aesGcmSeal(key, iv, plaintext, aad) {
    assertBytes(key, 'aes-gcm key', AES_KEY_LENGTH);
    assertBytes(iv, 'aes-gcm iv', GCM_IV_LENGTH);
    return gcm(key, iv, aad).encrypt(plaintext);
  },

  aesGcmOpen(key, iv, sealed, aad) {
    assertBytes(key, 'aes-gcm key', AES_KEY_LENGTH);
    assertBytes(iv, 'aes-gcm iv', GCM_IV_LENGTH);
    assertBytes(sealed, 'aes-gcm sealed');
    if (sealed.length < GCM_TAG_LENGTH) return undefined;
    try {
      return gcm(key, iv, aad).decrypt(sealed);
    } catch {
      return undefined;
    }
  },

  xsalsa20Poly1305Seal: secretboxSeal,
  xsalsa20Poly1305Open: secretboxOpen,

  x25519KeyPair() {
    const privateKey = x25519.utils.randomSecretKey();
    return { privateKey, publicKey: x25519.getPublicKey(privateKey) };
  },

  x25519PublicKey(privateKey) {
    assertBytes(privateKey, 'x25519 private key', X25519_KEY_LENGTH);
    return x25519.getPublicKey(privateKey);
  },

  x25519(privateKey, publicKey) {
    assertBytes(privateKey, 'x25519 private key', X25519_KEY_LENGTH);
    assertBytes(publicKey, 'x25519 public key', X25519_KEY_LENGTH);
    let shared: Uint8Array;
    try {
      shared = x25519.getSharedSecret(privateKey, publicKey);
    } catch {
      return undefined; // noble refuses an all-zero result itself
    }
    return isAllZero(shared) ? undefined : shared;
  },

  ed25519PublicKey(seed) {
    assertBytes(seed, 'ed25519 seed', 32);
    return ed25519.getPublicKey(seed);
  },

  ed25519Sign(seed, message) {
    assertBytes(seed, 'ed25519 seed', 32);
    return ed25519.sign(message, seed);
  },

  ed25519Verify(publicKey, message, signature) {
    assertBytes(publicKey, 'ed25519 public key', 32);
    if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
    try {
      // zip215: false = RFC 8032 strict verification (rejects non-canonical encodings).
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
};
