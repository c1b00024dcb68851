/**
 * The ETAMP envelope (docs/protocol.md 23): a sealed record or control message carried as the
 * `msg` claim of a compact JWS (RFC 7515) signed by the sender's DID authentication key, so that
 * anyone who resolves the DID can check who sent which ciphertext on which connection.
 *
 * Only the canonical serialization is accepted: the header and the claims exactly as
 * `signEtamp` writes them (members in the order of 23.1, no whitespace). A verifier therefore
 * reads the same claims as every other verifier of the same bytes (no duplicate members, no
 * parser differences), and a second implementation follows one rule: serialize as 23.1 says.
 */
import { fromBase64url, toBase64url, utf8 } from './bytes.js';
import { isBoundedText, JWS_ALGORITHMS, splitJws, type JwsAlgorithm } from './compact-jws.js';
import { MAX_CONNECTION_ID_LENGTH, MAX_DID_LENGTH, MAX_ETAMP_JWS_LENGTH, MAX_ETAMP_JTI_LENGTH } from './constants.js';
import { ProtocolError } from './errors.js';
import type { DidSignatureVerifier, DidSigner } from './identity.js';

/** JWS algorithms of the DID keys the protocol signs with (7.1): Ed25519 and secp256k1. */
export const ETAMP_ALGORITHMS = JWS_ALGORITHMS;
export type EtampAlgorithm = JwsAlgorithm;

/** ETAMP's update types: a record (`Message`) or key material (`KeyExchange`: control messages). */
export const ETAMP_UPDATE_TYPES = ['Message', 'KeyExchange'] as const;
export type EtampUpdateType = (typeof ETAMP_UPDATE_TYPES)[number];

/** A DID signer that names its JWS algorithm (what the verification method's key type gives). */
export interface EtampSigner extends DidSigner {
  readonly algorithm: EtampAlgorithm;
}

export interface EtampHeader {
  alg: EtampAlgorithm;
  kid: string;
  typ: 'JWT';
}

/** The claims, in their canonical order (23.1). */
export interface EtampClaims {
  /** The sender's DID. */
  iss: string;
  /** The receiver's DID. */
  aud: string;
  /** The message id the connector sees (unique per connection and sender). */
  jti: string;
  /** Unix seconds at signing. */
  iat: number;
  /** The connection id. */
  cid: string;
  upd: EtampUpdateType;
  /** base64url of the sealed `EncryptedMessage.content` (record) or `SealedControl` bytes. */
  msg: string;
}

export interface EtampInput {
  aud: string;
  jti: string;
  /** Unix milliseconds; the claim holds whole seconds. */
  now: number;
  cid: string;
  upd: EtampUpdateType;
  /** The sealed bytes the envelope carries. */
  content: Uint8Array;
}

/** What the receiver expects of an envelope on this connection. */
export interface EtampExpectation {
  /** The peer DID fixed by the handshake: the only acceptable `iss`, and the DID of `kid`. */
  peerDid: string;
  /** Our DID: the only acceptable `aud`. */
  localDid: string;
  connectionId: string;
}

export interface VerifiedEtamp {
  header: EtampHeader;
  claims: EtampClaims;
  /** The sealed bytes of `msg`, to open as before. */
  content: Uint8Array;
}

const malformed = (detail: string): ProtocolError => new ProtocolError('malformed_message', `ETAMP envelope: ${detail}`);

/** The canonical JSON texts (23.1): members in this order, JSON.stringify's escaping, no whitespace. */
function headerJson(h: EtampHeader): string {
  return JSON.stringify({ alg: h.alg, kid: h.kid, typ: h.typ });
}

function claimsJson(c: EtampClaims): string {
  // As JSON.stringify of the object, written out so the long msg is not scanned for characters
  // to escape: base64url has none (a msg that had some would not match the text it came in).
  const q = JSON.stringify;
  return `{"iss":${q(c.iss)},"aud":${q(c.aud)},"jti":${q(c.jti)},"iat":${c.iat},"cid":${q(c.cid)},"upd":${q(c.upd)},"msg":"${c.msg}"}`;
}

function checkText(value: unknown, label: string, max: number): asserts value is string {
  if (!isBoundedText(value, max)) throw malformed(`${label} is not a string of 1 to ${max} characters`);
}

/** Signs `input` as the ETAMP envelope of `signer`'s DID. */
export async function signEtamp(signer: EtampSigner, input: EtampInput): Promise<string> {
  if (!(ETAMP_ALGORITHMS as readonly string[]).includes(signer.algorithm)) throw new TypeError(`signEtamp: algorithm must be EdDSA or ES256K, got ${String(signer.algorithm)}`);
  if (!signer.keyId.startsWith(`${signer.did}#`) || signer.keyId.length > MAX_DID_LENGTH) throw new TypeError(`signEtamp: keyId must be a DID URL of the signer's DID, at most ${MAX_DID_LENGTH} characters`);
  if (!(ETAMP_UPDATE_TYPES as readonly string[]).includes(input.upd)) throw new TypeError(`signEtamp: upd must be Message or KeyExchange, got ${String(input.upd)}`);
  if (!Number.isSafeInteger(input.now) || input.now < 0) throw new RangeError('signEtamp: now must be Unix milliseconds');
  for (const [label, value, max] of [['aud', input.aud, MAX_DID_LENGTH], ['jti', input.jti, MAX_ETAMP_JTI_LENGTH], ['cid', input.cid, MAX_CONNECTION_ID_LENGTH]] as const) {
    if (typeof value !== 'string' || value.length === 0 || value.length > max) throw new RangeError(`signEtamp: ${label} must be a string of 1 to ${max} characters`);
  }
  const header: EtampHeader = { alg: signer.algorithm, kid: signer.keyId, typ: 'JWT' };
  const claims: EtampClaims = { iss: signer.did, aud: input.aud, jti: input.jti, iat: Math.floor(input.now / 1000), cid: input.cid, upd: input.upd, msg: toBase64url(input.content) };
  const signingInput = `${toBase64url(utf8(headerJson(header)))}.${toBase64url(utf8(claimsJson(claims)))}`;
  const signature = await signer.sign(utf8(signingInput));
  if (signature.length !== 64) throw new TypeError(`signEtamp: a ${signer.algorithm} signature is 64 bytes, the signer returned ${signature.length}`);
  const jws = `${signingInput}.${toBase64url(signature)}`;
  if (jws.length > MAX_ETAMP_JWS_LENGTH) throw new RangeError(`signEtamp: the envelope is ${jws.length} characters, more than ${MAX_ETAMP_JWS_LENGTH}`);
  return jws;
}

/**
 * Parses and checks an envelope without its signature (what a relay or a third party can do
 * alone): the canonical form, every claim's type, and the expectation's DIDs and connection.
 */
export function parseEtamp(jws: string, expect: EtampExpectation): VerifiedEtamp & { signingInput: string; signature: Uint8Array } {
  const split = splitJws(jws, MAX_ETAMP_JWS_LENGTH);
  if (typeof split === 'string') throw malformed(split);
  const { text: headerText, value: rawHeader } = split.header;
  const { text: claimsText, value: rawClaims } = split.payload;

  if (rawHeader.alg === 'none' || !(ETAMP_ALGORITHMS as readonly unknown[]).includes(rawHeader.alg)) throw malformed(`alg ${JSON.stringify(rawHeader.alg)} is not EdDSA or ES256K`);
  checkText(rawHeader.kid, 'kid', MAX_DID_LENGTH);
  if (rawHeader.typ !== 'JWT') throw malformed('typ is not "JWT"');
  const header = rawHeader as unknown as EtampHeader;
  if (headerText !== headerJson(header)) throw malformed('header is not in canonical form (members alg, kid, typ, no whitespace, nothing else)');

  checkText(rawClaims.iss, 'iss', MAX_DID_LENGTH);
  checkText(rawClaims.aud, 'aud', MAX_DID_LENGTH);
  checkText(rawClaims.jti, 'jti', MAX_ETAMP_JTI_LENGTH);
  if (!Number.isSafeInteger(rawClaims.iat) || (rawClaims.iat as number) < 0) throw malformed('iat is not a non-negative integer');
  checkText(rawClaims.cid, 'cid', MAX_CONNECTION_ID_LENGTH);
  if (!(ETAMP_UPDATE_TYPES as readonly unknown[]).includes(rawClaims.upd)) throw malformed('upd is not "Message" or "KeyExchange"');
  if (typeof rawClaims.msg !== 'string') throw malformed('msg is not a string');
  const claims = rawClaims as unknown as EtampClaims;
  if (claimsText !== claimsJson(claims)) throw malformed('payload is not in canonical form (members iss, aud, jti, iat, cid, upd, msg, no whitespace, nothing else)');
  const content = fromBase64url(claims.msg);
  if (!content) throw malformed('msg is not base64url without padding');
  const signature = split.signature;
  if (!signature) throw malformed('signature is not 64 bytes of base64url');

  // The signer must be the peer the handshake fixed, speaking to us, on this connection.
  if (claims.iss !== expect.peerDid || !header.kid.startsWith(`${expect.peerDid}#`)) throw new ProtocolError('bad_signature', 'ETAMP envelope: iss or kid is not the peer DID of this connection');
  if (claims.aud !== expect.localDid) throw new ProtocolError('wrong_audience', 'ETAMP envelope: aud is not our DID');
  if (claims.cid !== expect.connectionId) throw new ProtocolError('wrong_connection', 'ETAMP envelope: cid names another connection');
  return { header, claims, content, signingInput: split.signingInput, signature };
}

/**
 * Verifies an envelope received on a connection (23.2): `parseEtamp`'s checks, then the
 * signature against the peer DID's document. Nothing is opened before this returns.
 */
export async function verifyEtamp(jws: string, expect: EtampExpectation, verify: DidSignatureVerifier): Promise<VerifiedEtamp> {
  const { header, claims, content, signingInput, signature } = parseEtamp(jws, expect);
  const ok = await verify({ did: claims.iss, keyId: header.kid, data: utf8(signingInput), signature });
  if (!ok) throw new ProtocolError('bad_signature', 'ETAMP envelope: the signature does not verify under the peer DID\'s key');
  return { header, claims, content };
}
