/**
 * Request authentication for the connector API (pure, no I/O).
 *
 * Every request carries four headers: the participant id, a timestamp (unix milliseconds),
 * a random nonce and an Ed25519 signature over the canonical signing input
 *
 *   lp(CONNECTOR_AUTH_LABEL, METHOD, path, SHA-256(body), timestamp, nonce, participant id)
 *
 * where lp() is the uint32-length-prefixed concatenation used throughout the protocol, the
 * path includes the query string, and the body hash covers the exact bytes sent (an empty
 * body hashes to SHA-256 of zero bytes). The connector refuses timestamps further than
 * CONNECTOR_AUTH_MAX_SKEW_MS from its clock and remembers nonces for that long.
 */
import { assertBytes, lengthPrefixed, toBase64url as toB64u } from './bytes.js';
import type { CryptoProvider } from './providers/types.js';

export const CONNECTOR_AUTH_LABEL = 'connector-e2e/connector-auth/v1';
/** Headers carrying the authentication fields (lower case, as Node presents them). */
export const CONNECTOR_AUTH_HEADERS = {
  participant: 'x-connector-participant',
  timestamp: 'x-connector-timestamp',
  nonce: 'x-connector-nonce',
  signature: 'x-connector-signature',
} as const;
/** Default tolerated clock difference between client and connector: five minutes. */
export const CONNECTOR_AUTH_MAX_SKEW_MS = 5 * 60 * 1000;
/** Nonces are 16 random bytes, base64url (22 characters); bounds for what the connector accepts. */
export const CONNECTOR_AUTH_NONCE_MIN_LENGTH = 16;
export const CONNECTOR_AUTH_NONCE_MAX_LENGTH = 64;

export interface ConnectorRequestFields {
  readonly method: string;
  /** Path and query string exactly as sent, e.g. `/v1/messages/fetch`. */
  readonly path: string;
  readonly body: Uint8Array;
  /** Unix milliseconds. */
  readonly timestamp: number;
  readonly nonce: string;
  readonly participantId: string;
}

/** The bytes a participant signs (and the connector verifies) for one request. */
export function connectorSigningInput(crypto: CryptoProvider, fields: ConnectorRequestFields): Uint8Array {
  assertBytes(fields.body, 'body');
  if (!Number.isSafeInteger(fields.timestamp) || fields.timestamp < 0) {
    throw new RangeError(`timestamp: expected unix milliseconds, got ${String(fields.timestamp)}`);
  }
  return lengthPrefixed(
    CONNECTOR_AUTH_LABEL,
    fields.method.toUpperCase(),
    fields.path,
    crypto.sha256(fields.body),
    String(fields.timestamp),
    fields.nonce,
    fields.participantId,
  );
}

/** `fresh`, or why the timestamp is refused. */
export function checkConnectorTimestamp(timestamp: number, now: number, maxSkewMs: number = CONNECTOR_AUTH_MAX_SKEW_MS): 'fresh' | 'stale' | 'future' {
  if (!Number.isSafeInteger(timestamp)) return 'stale';
  if (timestamp < now - maxSkewMs) return 'stale';
  if (timestamp > now + maxSkewMs) return 'future';
  return 'fresh';
}

/** Signs a request: returns the header values to send with it. */
export function signConnectorRequest(
  crypto: CryptoProvider,
  seed: Uint8Array,
  fields: ConnectorRequestFields,
): Record<(typeof CONNECTOR_AUTH_HEADERS)[keyof typeof CONNECTOR_AUTH_HEADERS], string> {
  const signature = crypto.ed25519Sign(seed, connectorSigningInput(crypto, fields));
  return {
    [CONNECTOR_AUTH_HEADERS.participant]: fields.participantId,
    [CONNECTOR_AUTH_HEADERS.timestamp]: String(fields.timestamp),
    [CONNECTOR_AUTH_HEADERS.nonce]: fields.nonce,
    [CONNECTOR_AUTH_HEADERS.signature]: toB64u(signature),
  };
}

/** A participant's id: base64url(SHA-256(Ed25519 public key)). */
export function connectorParticipantId(crypto: CryptoProvider, publicKey: Uint8Array): string {
  assertBytes(publicKey, 'publicKey', 32);
  return toB64u(crypto.sha256(publicKey));
}

/** A token's id as the connector stores it: base64url(SHA-256(token)). */
export function connectorTokenId(crypto: CryptoProvider, token: Uint8Array): string {
  assertBytes(token, 'token');
  return toB64u(crypto.sha256(token));
}
