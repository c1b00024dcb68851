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
  randomFillSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import * as nodeCryptoModule from 'node:crypto';
import { secretboxOpen, secretboxSeal } from './secretbox.js';
import { assertBytes } from '../bytes.js';
import { AES_KEY_LENGTH, GCM_IV_LENGTH, GCM_TAG_LENGTH, X25519_KEY_LENGTH, type CryptoProvider, type X25519KeyPair } from './types.js';

/*
 * Raw keys are imported as JWK, not DER: DER import costs ~90 us a key, JWK a fraction.
 * Node's JWK import of an OKP private key insists on an `x` member but derives the public
 * key from `d` itself (the RFC 7748 / RFC 8032 known-answer tests pin this), so when only
 * the private key is at hand a placeholder `x` is passed.
 */
const PLACEHOLDER_X = Buffer.alloc(32, 9).toString('base64url');
const ZERO_SALT = new Uint8Array(32); // RFC 5869 §2.2: an absent salt is HashLen zero bytes
const ONE = Uint8Array.of(1);

function b64u(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/*
 * Importing a private key costs as much as a DH (OpenSSL derives the public key), and the
 * protocol passes the same private key array several times (X3DH uses EK three times, the
 * identity key on every handshake). Imported and generated KeyObjects are therefore kept in
 * a WeakMap keyed by the caller's array, together with a copy of its bytes: if the caller
 * changes the array (it zeroes keys after use), the entry no longer matches and is replaced.
 */
const privateKeys = new WeakMap<Uint8Array, { bytes: Uint8Array; key: KeyObject }>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length && i < b.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function okpPrivate(crv: 'X25519' | 'Ed25519', d: Uint8Array): KeyObject {
  const hit = privateKeys.get(d);
  if (hit && hit.key.asymmetricKeyType === crv.toLowerCase() && sameBytes(hit.bytes, d)) return hit.key;
  const key = createPrivateKey({ key: { kty: 'OKP', crv, d: b64u(d), x: PLACEHOLDER_X }, format: 'jwk' });
  privateKeys.set(d, { bytes: d.slice(), key });
  return key;
}

function okpPublic(crv: 'X25519' | 'Ed25519', x: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv, x: b64u(x) }, format: 'jwk' });
}

/*
 * Ed25519 verification keys recur (a peer's DID key checks every signature of an ETAMP
 * connection) and importing one costs about as much as a tenth of the verification: the most
 * recently used ones are kept, by value (public keys, nothing to protect).
 */
const MAX_VERIFY_KEYS = 256;
const verifyKeys = new Map<string, KeyObject>();

function ed25519VerifyKey(x: Uint8Array): KeyObject {
  const id = b64u(x);
  let key = verifyKeys.get(id);
  if (key) {
    verifyKeys.delete(id);
  } else {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: id }, format: 'jwk' });
    if (verifyKeys.size >= MAX_VERIFY_KEYS) verifyKeys.delete(verifyKeys.keys().next().value!);
  }
  verifyKeys.set(id, key);
  return key;
}

function rawPublic(key: KeyObject): Uint8Array {
  const x = key.export({ format: 'jwk' }).x;
  if (typeof x !== 'string') throw new Error('node provider: key export lacks x');
  return new Uint8Array(Buffer.from(x, 'base64url'));
}

/** `crypto.hash` where this Node has it (20.12 and later). */
const oneShotHash = (nodeCryptoModule as { hash?: (algorithm: string, data: Uint8Array, encoding: 'buffer') => Buffer | string }).hash;

/*
 * Each randomBytes() call costs about 5 us here whatever its length (a job object and a trip to
 * OpenSSL); the record path asks for 12 bytes twice a message (message id, at-rest IV). Short
 * requests are therefore served from a pool filled 4 KiB at a time, as Node's randomUUID does.
 * Bytes leave the pool once: the region handed out is zeroed, so only randomness nobody has
 * used yet stays in memory.
 */
const POOL_BYTES = 4096;
const POOLED_MAX = 32;
const pool = Buffer.alloc(POOL_BYTES);
let poolOffset = POOL_BYTES;

function pooledRandom(length: number): Uint8Array {
  if (poolOffset + length > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const region = pool.subarray(poolOffset, poolOffset + length);
  poolOffset += length;
  const out = new Uint8Array(region);
  region.fill(0);
  return out;
}

function u8(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export const nodeCrypto: CryptoProvider = {
  name: 'node',

  randomBytes(length) {
    if (Number.isInteger(length) && length > 0 && length <= POOLED_MAX) return pooledRandom(length);
    return u8(randomBytes(length));
  },

  sha256(data) {
    // One-shot hash (Node >= 20.12) skips the Hash object: about 40% faster on short inputs
    // such as the 8-byte counters of the record IVs.
    if (oneShotHash) return u8(oneShotHash('sha256', data, 'buffer') as Buffer);
    return u8(createHash('sha256').update(data).digest());
  },

  hmacSha256(key, data) {
    return u8(createHmac('sha256', key).update(data).digest());
  },

  hkdfSha256(ikm, salt, info, length) {
    if (!Number.isInteger(length) || length < 1 || length > 255 * 32) throw new RangeError(`hkdf: length must be in [1, 8160], got ${length}`);
    // The protocol only ever asks for one block; hkdfSync costs ~17 us a call here (it builds
    // KeyObjects), two HMACs ~3 us. RFC 5869: PRK = HMAC(salt, IKM); T(1) = HMAC(PRK, info || 0x01).
    if (length <= 32) {
      const prk = createHmac('sha256', salt.length ? salt : ZERO_SALT).update(ikm).digest();
      return u8(createHmac('sha256', prk).update(info).update(ONE).digest()).slice(0, length);
    }
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

  xsalsa20Poly1305Seal: secretboxSeal,
  xsalsa20Poly1305Open: secretboxOpen,

  x25519KeyPair(): X25519KeyPair {
    // Encoded by the key-generation call itself: exporting a freshly generated KeyObject can
    // deadlock Node 20 when a garbage collection frees the generation job during the export.
    // (Node supports format 'jwk' here; @types/node 20 does not list the overload.)
    const generate = generateKeyPairSync as unknown as (type: 'x25519', options: object) => { privateKey: { d?: unknown }; publicKey: { x?: unknown } };
    const pair = generate('x25519', { privateKeyEncoding: { format: 'jwk' }, publicKeyEncoding: { format: 'jwk' } });
    if (typeof pair.privateKey.d !== 'string' || typeof pair.publicKey.x !== 'string') throw new Error('node provider: generated key lacks d or x');
    return { privateKey: new Uint8Array(Buffer.from(pair.privateKey.d, 'base64url')), publicKey: new Uint8Array(Buffer.from(pair.publicKey.x, 'base64url')) };
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
    return u8(sign(null, message, okpPrivate('Ed25519', seed)));
  },

  ed25519Verify(publicKey, message, signature) {
    assertBytes(publicKey, 'ed25519 public key', 32);
    if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
    try {
      return verify(null, message, ed25519VerifyKey(publicKey), signature);
    } catch {
      return false;
    }
  },
};
