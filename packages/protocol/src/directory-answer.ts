/**
 * The connector's countersignature on a key directory answer (docs/protocol.md section 29).
 *
 * A participant publishes a pre-key bundle and one-time pre-keys to the connector; a peer asks
 * for them to set up a session while the participant is offline. The connector answers with the
 * bundle bytes as published, at most one one-time pre-key (handed out once), the connection it
 * created for the two, and a signature with its own directory key over
 *
 *   lp(LABELS.directoryAnswer, participant_id, SHA-256(bundle), opk_id, opk_public_key,
 *      opk_signature, connection_id, initiator_id, issued_at)
 *
 * where opk_id is the one-time pre-key's id in decimal, or the marker "none" when the stock was
 * empty (then opk_public_key and opk_signature are empty fields), and issued_at is the decimal
 * unix milliseconds of the answer. Decimal ids keep the marker unambiguous (a 4-byte big-endian
 * id could spell "none").
 *
 * What the signature proves is accountability, not authenticity of the keys: this connector
 * handed out these bytes to that initiator at that time. That the keys are the participant's is
 * shown by the participant's DID signatures inside the bundle and on each one-time pre-key,
 * which the connector stores and returns unchanged and never checks.
 */
import { assertBytes, lengthPrefixed, toBase64url } from './bytes.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';

/** The opk_id field of an answer that carries no one-time pre-key. */
export const DIRECTORY_NO_ONE_TIME_PREKEY = 'none';

/** A one-time pre-key as the directory stores it: the participant's id for it, the key, its (opaque) signature. */
export interface DirectoryOneTimePreKey {
  /** uint32, chosen by the participant. */
  readonly id: number;
  readonly publicKey: Uint8Array;
  readonly signature: Uint8Array;
}

/** The fields of a directory answer that the connector signs. */
export interface DirectoryAnswerFields {
  /** The participant whose keys these are (base64url(SHA-256(its connector key))). */
  readonly participantId: string;
  /** The bundle exactly as the participant published it (opaque to the connector). */
  readonly bundle: Uint8Array;
  /** Absent when the participant's stock of one-time pre-keys was empty. */
  readonly oneTimePreKey?: DirectoryOneTimePreKey | undefined;
  /** The connection the connector created between the two. */
  readonly connectionId: string;
  /** The participant that asked (the session's initiator). */
  readonly initiatorId: string;
  /** Unix milliseconds when the connector answered. */
  readonly issuedAt: number;
}

/** The bytes the connector signs for an answer. */
export function directoryAnswerSigningInput(crypto: CryptoProvider, answer: DirectoryAnswerFields): Uint8Array {
  assertBytes(answer.bundle, 'bundle');
  if (!Number.isSafeInteger(answer.issuedAt) || answer.issuedAt < 0) {
    throw new RangeError(`issuedAt: expected unix milliseconds, got ${String(answer.issuedAt)}`);
  }
  const opk = answer.oneTimePreKey;
  if (opk) {
    if (!Number.isInteger(opk.id) || opk.id < 0 || opk.id > 0xffffffff) throw new RangeError(`oneTimePreKey.id: expected an integer in [0, 2^32), got ${String(opk.id)}`);
    assertBytes(opk.publicKey, 'oneTimePreKey.publicKey');
    assertBytes(opk.signature, 'oneTimePreKey.signature');
  }
  return lengthPrefixed(
    LABELS.directoryAnswer,
    answer.participantId,
    crypto.sha256(answer.bundle),
    opk ? String(opk.id) : DIRECTORY_NO_ONE_TIME_PREKEY,
    opk ? opk.publicKey : new Uint8Array(0),
    opk ? opk.signature : new Uint8Array(0),
    answer.connectionId,
    answer.initiatorId,
    String(answer.issuedAt),
  );
}

/** connector_signature = Ed25519(directory key seed, signing input): 64 bytes. */
export function signDirectoryAnswer(crypto: CryptoProvider, seed: Uint8Array, answer: DirectoryAnswerFields): Uint8Array {
  assertBytes(seed, 'seed', 32);
  return crypto.ed25519Sign(seed, directoryAnswerSigningInput(crypto, answer));
}

/**
 * Whether `signature` is the directory key's signature over this answer. False for any
 * mismatch (a changed bundle, key, connection, initiator or time; another key; a signature
 * that is not 64 bytes). Throws RangeError / TypeError only for misuse (a directory key that
 * is not 32 bytes, fields of the wrong type).
 */
export function verifyDirectoryAnswer(crypto: CryptoProvider, directoryKey: Uint8Array, answer: DirectoryAnswerFields, signature: Uint8Array): boolean {
  assertBytes(directoryKey, 'directoryKey', 32);
  assertBytes(signature, 'signature');
  if (signature.length !== 64) return false;
  return crypto.ed25519Verify(directoryKey, directoryAnswerSigningInput(crypto, answer), signature);
}

/** The id of a directory key: base64url(SHA-256(Ed25519 public key)). */
export function directoryKeyId(crypto: CryptoProvider, publicKey: Uint8Array): string {
  assertBytes(publicKey, 'publicKey', 32);
  return toBase64url(crypto.sha256(publicKey));
}
