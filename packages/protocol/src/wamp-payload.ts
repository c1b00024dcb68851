/**
 * The WAMP-E2EE payload box (docs/protocol.md 25): a WAMP payload `{ uri, args, kwargs }` as
 * JSON, sealed with NaCl's `crypto_box` (X25519, then XSalsa20-Poly1305 under the HSalsa20 of
 * the shared secret) between the originator (caller, publisher) and the responder (callee,
 * subscriber) of one URI, in the form of autobahn's cryptobox payload codec: the 24-byte nonce,
 * then the box (16-byte Poly1305 tag, then the ciphertext); `enc_algo` "cryptobox",
 * `enc_serializer` "json", no `enc_key`.
 *
 * Both roles compute the same key (X25519 is symmetric), so one pair of functions serves both:
 * each side passes its own private key and the other side's public key.
 */
import { hsalsa, xsalsa20poly1305 } from '@noble/ciphers/salsa.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { assertBytes, fromUtf8, isAllZero, utf8 } from './bytes.js';
import { ProtocolError } from './errors.js';
import { SECRETBOX_KEY_LENGTH, SECRETBOX_NONCE_LENGTH, SECRETBOX_TAG_LENGTH, X25519_KEY_LENGTH } from './providers/types.js';

/** `enc_algo` of a cryptobox payload. */
export const WAMP_CRYPTOBOX_ALGO = 'cryptobox';
/** `enc_serializer` of a cryptobox payload: the only one defined for it. */
export const WAMP_CRYPTOBOX_SERIALIZER = 'json';

/** A WAMP payload: the procedure or topic (or error) URI it belongs to, and its arguments. */
export interface WampPayload {
  readonly uri: string;
  readonly args?: readonly unknown[] | null;
  readonly kwargs?: Readonly<Record<string, unknown>> | null;
}

/** An opened payload, exactly as sealed: absent arguments are null. */
export interface OpenedWampPayload {
  uri: string;
  args: unknown[] | null;
  kwargs: Record<string, unknown> | null;
}

/** A payload as WAMP's payload transparency carries it: the bytes and the message's `enc_*` details. */
export interface WampEncodedPayload {
  readonly payload: Uint8Array;
  readonly encAlgo: string;
  readonly encSerializer?: string | null;
  readonly encKey?: string | null;
}

/** What `sealWampPayload` returns. */
export interface SealedWampPayload extends WampEncodedPayload {
  readonly encAlgo: typeof WAMP_CRYPTOBOX_ALGO;
  readonly encSerializer: typeof WAMP_CRYPTOBOX_SERIALIZER;
  readonly encKey: null;
}

/** The two keys of one side: its own X25519 private key and the peer's public key (32 bytes each). */
export interface WampBoxKeys {
  readonly privateKey: Uint8Array;
  readonly peerPublicKey: Uint8Array;
}

export interface SealWampPayloadOptions {
  /** The 24-byte nonce; random when absent. Only test vectors fix it. */
  readonly nonce?: Uint8Array;
}

const SIGMA = utf8('expand 32-byte k');

/** Little-endian words of 16 or 32 bytes (hsalsa takes host words and swaps them on big-endian hosts itself). */
function words(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/**
 * The box key, NaCl's crypto_box_beforenm: HSalsa20(X25519(privateKey, peerPublicKey), 16 zero
 * bytes). The same for both sides of a pair. Not part of the package API (the vectors list it).
 */
export function wampBoxKey(keys: WampBoxKeys): Uint8Array {
  assertBytes(keys?.privateKey, 'wamp payload private key', X25519_KEY_LENGTH);
  assertBytes(keys.peerPublicKey, 'wamp payload peer public key', X25519_KEY_LENGTH);
  let shared: Uint8Array;
  try {
    shared = x25519.getSharedSecret(keys.privateKey, keys.peerPublicKey);
  } catch {
    shared = new Uint8Array(X25519_KEY_LENGTH); // noble refuses an all-zero result itself
  }
  if (isAllZero(shared)) throw new ProtocolError('low_order_point', 'WAMP payload: the X25519 result is all zero (low-order peer public key)');
  const k = words(shared);
  shared.fill(0);
  const out = new Uint32Array(SECRETBOX_KEY_LENGTH / 4);
  hsalsa(words(SIGMA), k, new Uint32Array(4), out);
  k.fill(0);
  return new Uint8Array(out.buffer);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Seals `payload` for the peer: nonce (24 bytes) || crypto_box(JSON `{"uri","args","kwargs"}`).
 * The JSON text is what `JSON.stringify` gives for those three members in that order (absent
 * arguments as null). Throws TypeError / RangeError on misuse, `low_order_point` for a peer
 * public key of small order.
 */
export function sealWampPayload(keys: WampBoxKeys, payload: WampPayload, options: SealWampPayloadOptions = {}): SealedWampPayload {
  if (!isPlainObject(payload) || typeof payload.uri !== 'string') throw new TypeError('wamp payload: expected { uri: string, args?, kwargs? }');
  const args = payload.args ?? null;
  const kwargs = payload.kwargs ?? null;
  if (args !== null && !Array.isArray(args)) throw new TypeError('wamp payload args: expected an array, null or undefined');
  if (kwargs !== null && !isPlainObject(kwargs)) throw new TypeError('wamp payload kwargs: expected an object, null or undefined');
  const nonce = options.nonce ?? randomBytes(SECRETBOX_NONCE_LENGTH);
  assertBytes(nonce, 'wamp payload nonce', SECRETBOX_NONCE_LENGTH);
  const plaintext = utf8(JSON.stringify({ uri: payload.uri, args, kwargs }));
  const key = wampBoxKey(keys);
  const box = xsalsa20poly1305(key, nonce).encrypt(plaintext);
  key.fill(0);
  const out = new Uint8Array(SECRETBOX_NONCE_LENGTH + box.length);
  out.set(nonce);
  out.set(box, SECRETBOX_NONCE_LENGTH);
  return { payload: out, encAlgo: WAMP_CRYPTOBOX_ALGO, encSerializer: WAMP_CRYPTOBOX_SERIALIZER, encKey: null };
}

const malformed = (detail: string, cause?: unknown): ProtocolError => new ProtocolError('malformed_message', `WAMP payload: ${detail}`, cause === undefined ? undefined : { cause });

/**
 * Opens a payload delivered under `uri` (the procedure, topic or error URI of the WAMP message
 * that carried it). Checks, in this order: `encAlgo` "cryptobox", `encSerializer` "json" and no
 * `encKey` (else `malformed_message`); at least the 24-byte nonce (`malformed_message`); the
 * key agreement (`low_order_point`); a box of at least the tag that authenticates
 * (`decrypt_failed`); UTF-8 JSON of an object with exactly the members uri (a string), args
 * (an array or null) and kwargs (an object or null) (`malformed_message`); the uri inside equal
 * to `uri` (`wrong_uri`).
 */
export function openWampPayload(keys: WampBoxKeys, uri: string, encoded: WampEncodedPayload): OpenedWampPayload {
  if (typeof uri !== 'string') throw new TypeError('wamp payload uri: expected a string');
  if (!isPlainObject(encoded)) throw new TypeError('wamp encoded payload: expected { payload, encAlgo, encSerializer?, encKey? }');
  assertBytes(encoded.payload, 'wamp encoded payload bytes');
  if (encoded.encAlgo !== WAMP_CRYPTOBOX_ALGO) throw malformed(`enc_algo is ${JSON.stringify(String(encoded.encAlgo)).slice(0, 40)}, not "cryptobox"`);
  if (encoded.encSerializer !== WAMP_CRYPTOBOX_SERIALIZER) throw malformed(`enc_serializer is ${JSON.stringify(String(encoded.encSerializer)).slice(0, 40)}, not "json"`);
  if (encoded.encKey !== undefined && encoded.encKey !== null) throw malformed('a cryptobox payload names no enc_key');
  const bytes = encoded.payload;
  if (bytes.length < SECRETBOX_NONCE_LENGTH) throw malformed(`${bytes.length} bytes, shorter than the ${SECRETBOX_NONCE_LENGTH}-byte nonce`);
  const key = wampBoxKey(keys);
  let plaintext: Uint8Array | undefined;
  if (bytes.length >= SECRETBOX_NONCE_LENGTH + SECRETBOX_TAG_LENGTH) {
    try {
      plaintext = xsalsa20poly1305(key, bytes.subarray(0, SECRETBOX_NONCE_LENGTH)).decrypt(bytes.subarray(SECRETBOX_NONCE_LENGTH));
    } catch {
      plaintext = undefined;
    }
  }
  key.fill(0);
  if (!plaintext) throw new ProtocolError('decrypt_failed', 'WAMP payload: the box does not authenticate under this key pair');
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromUtf8(plaintext));
  } catch (e) {
    throw malformed('the plaintext is not UTF-8 JSON', e);
  }
  if (!isPlainObject(parsed)) throw malformed('the plaintext is not a JSON object');
  for (const member of Object.keys(parsed)) {
    if (member !== 'uri' && member !== 'args' && member !== 'kwargs') throw malformed(`unexpected member ${JSON.stringify(member).slice(0, 40)}`);
  }
  if (!('uri' in parsed && 'args' in parsed && 'kwargs' in parsed)) throw malformed('the plaintext needs the members uri, args and kwargs');
  const { uri: inner, args, kwargs } = parsed;
  if (typeof inner !== 'string') throw malformed('uri is not a string');
  if (args !== null && !Array.isArray(args)) throw malformed('args is neither an array nor null');
  if (kwargs !== null && !isPlainObject(kwargs)) throw malformed('kwargs is neither an object nor null');
  if (inner !== uri) throw new ProtocolError('wrong_uri', 'WAMP payload: sealed for another URI than the one it was delivered under');
  return { uri: inner, args, kwargs };
}
