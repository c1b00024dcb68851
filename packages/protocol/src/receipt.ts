/**
 * Signed delivery receipts (docs/protocol.md 26). A sender asks for one inside the sealed
 * AtalaMessage (`receipt_requested`); once the receiver has stored the record it signs, with its
 * DID's authentication key, a compact JWS naming the connection, the message id and the SHA-256
 * of the record's content as it travelled, and sends it back on the control channel
 * (`DeliveryReceipt`). The sender checks it against what it sent and keeps it: anyone who
 * resolves the receiver's DID can verify it (did-jwt's `verifyJWT`, for example).
 *
 * Only the canonical serialization is accepted, as for ETAMP envelopes (etamp.ts): header and
 * claims exactly as `signReceipt` writes them. The header's `typ` tells a receipt apart from an
 * ETAMP envelope signed by the same key (RFC 8725 3.11, explicit typing), and neither parser
 * accepts the other's claims.
 */
import { fromBase64url, toBase64url, utf8 } from './bytes.js';
import { isBoundedText, JWS_ALGORITHMS, splitJws, type JwsAlgorithm } from './compact-jws.js';
import { MAX_CONNECTION_ID_LENGTH, MAX_DID_LENGTH, MAX_RECEIPT_JWS_LENGTH, MAX_RECEIPT_MESSAGE_ID_LENGTH } from './constants.js';
import { ProtocolError } from './errors.js';
import type { DidSignatureVerifier } from './identity.js';
import type { CryptoProvider } from './providers/types.js';
import type { EtampSigner } from './etamp.js';

/** The header `typ` of a receipt. */
export const RECEIPT_TYPE = 'connector-e2e-receipt+jwt';

export interface ReceiptHeader {
  alg: JwsAlgorithm;
  /** The DID URL of the receiver's verification method that signed. */
  kid: string;
  typ: typeof RECEIPT_TYPE;
}

/** The claims, in their canonical order (26.2). */
export interface ReceiptClaims {
  /** The receiver's DID: who signs the receipt. */
  iss: string;
  /** The sender's DID: who asked for it. */
  aud: string;
  /** Unix seconds at signing. */
  iat: number;
  /** The connection id. */
  cid: string;
  /** The AtalaMessage's `message_id`. */
  mid: string;
  /** base64url of SHA-256 of the record's `EncryptedMessage.content`, as it travelled. */
  sha256: string;
}

export interface ReceiptInput {
  /** The sender's DID (the peer of the receiver that signs). */
  aud: string;
  cid: string;
  mid: string;
  /** The `EncryptedMessage.content` of the record received: exactly the bytes that were opened. */
  content: Uint8Array;
  /** Unix milliseconds; the claim holds whole seconds. */
  now: number;
}

/** What the receiver of a receipt (the sender of the message) expects of it. */
export interface ReceiptExpectation {
  /** The peer DID the handshake fixed: the only acceptable `iss`, and the DID of `kid`. */
  peerDid: string;
  /** Our DID: the only acceptable `aud`. */
  localDid: string;
  connectionId: string;
  /**
   * The content hashes (as in `sha256`) of the records this party sealed for message `mid` on
   * this connection while asking for a receipt: one per sealing (a record sealed again under a
   * new sending key has a content of its own). Empty when it never asked for one for `mid`.
   */
  sent(mid: string): Promise<readonly string[]> | readonly string[];
}

export interface VerifiedReceipt {
  header: ReceiptHeader;
  claims: ReceiptClaims;
}

const malformed = (detail: string): ProtocolError => new ProtocolError('malformed_message', `receipt: ${detail}`);

function headerJson(h: ReceiptHeader): string {
  return JSON.stringify({ alg: h.alg, kid: h.kid, typ: h.typ });
}

function claimsJson(c: ReceiptClaims): string {
  return JSON.stringify({ iss: c.iss, aud: c.aud, iat: c.iat, cid: c.cid, mid: c.mid, sha256: c.sha256 });
}

/** The `sha256` claim of a record's content: base64url (no padding) of SHA-256 of the bytes. */
export function receiptContentHash(crypto: CryptoProvider, content: Uint8Array): string {
  if (!(content instanceof Uint8Array)) throw new TypeError('receiptContentHash: content must be a Uint8Array');
  return toBase64url(crypto.sha256(content));
}

/** Signs the receipt of the record whose content is `input.content`, as `signer`'s DID. */
export async function signReceipt(crypto: CryptoProvider, signer: EtampSigner, input: ReceiptInput): Promise<string> {
  if (!(JWS_ALGORITHMS as readonly string[]).includes(signer.algorithm)) throw new TypeError(`signReceipt: algorithm must be EdDSA or ES256K, got ${String(signer.algorithm)}`);
  if (!signer.keyId.startsWith(`${signer.did}#`) || signer.keyId.length > MAX_DID_LENGTH) throw new TypeError(`signReceipt: keyId must be a DID URL of the signer's DID, at most ${MAX_DID_LENGTH} characters`);
  if (!Number.isSafeInteger(input.now) || input.now < 0) throw new RangeError('signReceipt: now must be Unix milliseconds');
  for (const [label, value, max] of [['aud', input.aud, MAX_DID_LENGTH], ['cid', input.cid, MAX_CONNECTION_ID_LENGTH], ['mid', input.mid, MAX_RECEIPT_MESSAGE_ID_LENGTH]] as const) {
    if (!isBoundedText(value, max)) throw new RangeError(`signReceipt: ${label} must be a string of 1 to ${max} characters`);
  }
  const header: ReceiptHeader = { alg: signer.algorithm, kid: signer.keyId, typ: RECEIPT_TYPE };
  const claims: ReceiptClaims = { iss: signer.did, aud: input.aud, iat: Math.floor(input.now / 1000), cid: input.cid, mid: input.mid, sha256: receiptContentHash(crypto, input.content) };
  const signingInput = `${toBase64url(utf8(headerJson(header)))}.${toBase64url(utf8(claimsJson(claims)))}`;
  const signature = await signer.sign(utf8(signingInput));
  if (signature.length !== 64) throw new TypeError(`signReceipt: a ${signer.algorithm} signature is 64 bytes, the signer returned ${signature.length}`);
  const jws = `${signingInput}.${toBase64url(signature)}`;
  if (jws.length > MAX_RECEIPT_JWS_LENGTH) throw new RangeError(`signReceipt: the receipt is ${jws.length} characters, more than ${MAX_RECEIPT_JWS_LENGTH}`);
  return jws;
}

function checkText(value: unknown, label: string, max: number): asserts value is string {
  if (!isBoundedText(value, max)) throw malformed(`${label} is not a string of 1 to ${max} characters`);
}

/**
 * Parses a receipt and checks what needs no signature and no record of what was sent (26.3,
 * steps 1 to 4): the canonical form, every claim's type, and the DIDs and the connection. A
 * third party that holds a receipt does these with its own expectation.
 */
export function parseReceipt(jws: string, expect: Pick<ReceiptExpectation, 'peerDid' | 'localDid' | 'connectionId'>): VerifiedReceipt & { signingInput: string; signature: Uint8Array } {
  const split = splitJws(jws, MAX_RECEIPT_JWS_LENGTH);
  if (typeof split === 'string') throw malformed(split);
  const h = split.header.value;
  const c = split.payload.value;
  if (h.alg === 'none' || !(JWS_ALGORITHMS as readonly unknown[]).includes(h.alg)) throw malformed(`alg ${JSON.stringify(h.alg)} is not EdDSA or ES256K`);
  checkText(h.kid, 'kid', MAX_DID_LENGTH);
  if (h.typ !== RECEIPT_TYPE) throw malformed(`typ is not "${RECEIPT_TYPE}"`);
  const header = h as unknown as ReceiptHeader;
  if (split.header.text !== headerJson(header)) throw malformed('header is not in canonical form (members alg, kid, typ, no whitespace, nothing else)');

  checkText(c.iss, 'iss', MAX_DID_LENGTH);
  checkText(c.aud, 'aud', MAX_DID_LENGTH);
  if (!Number.isSafeInteger(c.iat) || (c.iat as number) < 0) throw malformed('iat is not a non-negative integer');
  checkText(c.cid, 'cid', MAX_CONNECTION_ID_LENGTH);
  checkText(c.mid, 'mid', MAX_RECEIPT_MESSAGE_ID_LENGTH);
  if (typeof c.sha256 !== 'string' || fromBase64url(c.sha256)?.length !== 32) throw malformed('sha256 is not the base64url of 32 bytes');
  const claims = c as unknown as ReceiptClaims;
  if (split.payload.text !== claimsJson(claims)) throw malformed('payload is not in canonical form (members iss, aud, iat, cid, mid, sha256, no whitespace, nothing else)');
  if (!split.signature) throw malformed('signature is not 64 bytes of base64url');

  // Signed by the peer the handshake fixed, for us, on this connection.
  if (claims.iss !== expect.peerDid || !header.kid.startsWith(`${expect.peerDid}#`)) throw new ProtocolError('bad_signature', 'receipt: iss or kid is not the peer DID of this connection');
  if (claims.aud !== expect.localDid) throw new ProtocolError('wrong_audience', 'receipt: aud is not our DID');
  if (claims.cid !== expect.connectionId) throw new ProtocolError('wrong_connection', 'receipt: cid names another connection');
  return { header, claims, signingInput: split.signingInput, signature: split.signature };
}

/**
 * Verifies a receipt received on a connection (26.3): `parseReceipt`'s checks, then that it
 * names a message sent on it with a receipt request and the content of one of its sealings,
 * then the signature against the peer DID's document. Throws the ProtocolError of the first
 * check that fails; the caller changes no state on any of them.
 */
export async function verifyReceipt(jws: string, expect: ReceiptExpectation, verify: DidSignatureVerifier): Promise<VerifiedReceipt> {
  const { header, claims, signingInput, signature } = parseReceipt(jws, expect);
  const sent = await expect.sent(claims.mid);
  if (sent.length === 0) throw new ProtocolError('receipt_unexpected', 'receipt: names a message this party did not send on the connection with a receipt request');
  if (!sent.includes(claims.sha256)) throw new ProtocolError('receipt_mismatch', 'receipt: sha256 is not the hash of a record this party sealed for the message');
  const ok = await verify({ did: claims.iss, keyId: header.kid, data: utf8(signingInput), signature });
  if (!ok) throw new ProtocolError('bad_signature', "receipt: the signature does not verify under the peer DID's key");
  return { header, claims };
}
