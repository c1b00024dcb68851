import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { assertBytes } from '../bytes.js';
import { AES_KEY_LENGTH, GCM_IV_LENGTH, GCM_TAG_LENGTH, X25519_KEY_LENGTH, type CryptoProvider, type X25519KeyPair } from './types.js';

/*
 * Raw keys are imported as JWK, not DER: DER import costs ~90 us a key, JWK a fraction.
 * Node's JWK import of an OKP private key insists on an `x` member but derives the public
 * key from `d` itself (the RFC 7748 / RFC 8032 known-answer tests pin this), so when only
 * the private key is at hand a placeholder `x` is passed.
 */
const PLACEHOLDER_X = Buffer.alloc(32, 9).toString('base64url');

function b64u(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

function okpPrivate(crv: 'X25519' | 'Ed25519', d: Uint8Array): KeyObject {
  return createPrivateKey({ key: { kty: 'OKP', crv, d: b64u(d), x: PLACEHOLDER_X }, format: 'jwk' });
}

function okpPublic(crv: 'X25519' | 'Ed25519', x: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv, x: b64u(x) }, format: 'jwk' });
}

function rawPublic(key: KeyObject): Uint8Array {
  const x = key.export({ format: 'jwk' }).x;
  if (typeof x !== 'string') throw new Error('node provider: key export lacks x');
  return new Uint8Array(Buffer.from(x, 'base64url'));
}

function rawPrivate(key: KeyObject): Uint8Array {
  const d = key.export({ format: 'jwk' }).d;
  if (typeof d !== 'string') throw new Error('node provider: key export lacks d');
  return new Uint8Array(Buffer.from(d, 'base64url'));
}

function u8(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export const nodeCrypto: CryptoProvider = {
  name: 'node',

  randomBytes(length) {
    return u8(randomBytes(length));
  },

  sha256(data) {
    return u8(createHash('sha256').update(data).digest());
  },

  hmacSha256(key, data) {
    return u8(createHmac('sha256', key).update(data).digest());
  },

  hkdfSha256(ikm, salt, info, length) {
    if (!Number.isInteger(length) || length < 1 || length > 255 * 32) throw new RangeError(`hkdf: length must be in [1, 8160], got ${length}`);
    return new Uint8Array(hkdfSync('sha256', ikm, salt, info, length));
  },

  aesGcmSeal(key, iv, plaintext, aad) {
    assertBytes(key, 'aes-gcm key', AES_KEY_LENGTH);
    assertBytes(iv, 'aes-gcm iv', GCM_IV_LENGTH);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_LENGTH });
    cipher.setAAD(aad);
    const head = cipher.update(plaintext);
    const tail = cipher.final();
    const tag = cipher.getAuthTag();
    const out = new Uint8Array(head.length + tail.length + GCM_TAG_LENGTH);
    out.set(head, 0);
    out.set(tail, head.length);
    out.set(tag, head.length + tail.length);
    return out;
  },

  aesGcmOpen(key, iv, sealed, aad) {
    assertBytes(key, 'aes-gcm key', AES_KEY_LENGTH);
    assertBytes(iv, 'aes-gcm iv', GCM_IV_LENGTH);
    assertBytes(sealed, 'aes-gcm sealed');
    // Node would accept a shorter tag given authTagLength; we never let it see one.
    if (sealed.length < GCM_TAG_LENGTH) return undefined;
    const ctLen = sealed.length - GCM_TAG_LENGTH;
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_LENGTH });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(ctLen));
    const head = decipher.update(sealed.subarray(0, ctLen));
    try {
      const tail = decipher.final();
      if (tail.length === 0) return u8(head);
      return u8(Buffer.concat([head, tail]));
    } catch {
      head.fill(0); // unauthenticated plaintext must not escape
      return undefined;
    }
  },

  x25519KeyPair(): X25519KeyPair {
    const { privateKey, publicKey } = generateKeyPairSync('x25519');
    return { privateKey: rawPrivate(privateKey), publicKey: rawPublic(publicKey) };
  },

  x25519PublicKey(privateKey) {
    assertBytes(privateKey, 'x25519 private key', X25519_KEY_LENGTH);
    return rawPublic(createPublicKey(okpPrivate('X25519', privateKey)));
  },

  x25519(privateKey, publicKey) {
    assertBytes(privateKey, 'x25519 private key', X25519_KEY_LENGTH);
    assertBytes(publicKey, 'x25519 public key', X25519_KEY_LENGTH);
    try {
      return u8(diffieHellman({ privateKey: okpPrivate('X25519', privateKey), publicKey: okpPublic('X25519', publicKey) }));
    } catch (e) {
      // OpenSSL refuses an all-zero shared secret (RFC 7748 §6.1 check): a low-order point.
      if ((e as { code?: string }).code === 'ERR_OSSL_FAILED_DURING_DERIVATION') return undefined;
      throw e;
    }
  },

  ed25519PublicKey(seed) {
    assertBytes(seed, 'ed25519 seed', 32);
    return rawPublic(createPublicKey(okpPrivate('Ed25519', seed)));
  },

  ed25519Sign(seed, message) {
    assertBytes(seed, 'ed25519 seed', 32);
    const pub = nodeCrypto.ed25519PublicKey(seed);
    const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: b64u(seed), x: b64u(pub) }, format: 'jwk' });
    return u8(sign(null, message, key));
  },

  ed25519Verify(publicKey, message, signature) {
    assertBytes(publicKey, 'ed25519 public key', 32);
    if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
    try {
      return verify(null, message, okpPublic('Ed25519', publicKey), signature);
    } catch {
      return false;
    }
  },
};
