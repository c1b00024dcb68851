/** Public data shapes of the client (plain objects, no protobuf classes). */
import type { ConnectorClientError } from './errors.js';

export type DeliveryKind = 'message' | 'connection_accepted' | 'message_expired' | 'connection_revoked';

/** One item of the caller's mailbox. Ack it with `{ connectionId, messageId }`. */
export interface Delivery {
  /** Position in the caller's mailbox; FIFO order. */
  readonly seq: number;
  readonly kind: DeliveryKind;
  readonly connectionId: string;
  /**
   * For `message`: the id the sender chose. For items the connector creates: `!accepted`,
   * `!revoked`, or `!expired:<id of your expired message>`.
   */
  readonly messageId: string;
  /** The opaque bytes sent (empty for non-message items). */
  readonly payload: Uint8Array;
  /** Unix milliseconds when the connector stored the item. */
  readonly sentAt: number;
  /** For `connection_accepted`: base64url(SHA-256(token)) of the accepted token. */
  readonly tokenId: string;
  /** For `message_expired`: the id of the message that expired undelivered. */
  readonly expiredMessageId?: string;
}

export interface AckRef {
  readonly connectionId: string;
  readonly messageId: string;
}

export interface TokenGrant {
  readonly token: Uint8Array;
  /** base64url(SHA-256(token)), also carried by the `connection_accepted` delivery. */
  readonly tokenId: string;
  readonly expiresAt: number;
}

export interface TokenInfo {
  readonly tokenId: string;
  readonly inviterName: string;
  readonly inviterLogoUrl: string;
  readonly expiresAt: number;
}

export interface RegisterArgs {
  readonly displayName?: string;
  readonly logoUrl?: string;
  /**
   * A one-time password the connector's operator issued for `identifier`: needed once, to
   * register a new key with a connector run with `--registration otp` (docs/protocol.md
   * section 27). The client sends a MAC derived from it, never the OTP.
   */
  readonly otp?: { readonly identifier: string; readonly otp: string };
}

export interface CreateTokensArgs {
  /** How many tokens to generate (ignored when `tokens` is given). Default 1. */
  readonly count?: number;
  /** Lifetime in seconds; default: the connector's (24 h). */
  readonly ttlSeconds?: number;
  /** Client-chosen 16-byte tokens (e.g. the one inside a QR invitation). */
  readonly tokens?: readonly Uint8Array[];
}

export interface AcceptResult {
  readonly connectionId: string;
  readonly tokenId: string;
}

export interface SendArgs {
  readonly connectionId: string;
  /** Client-chosen, unique per (connection, sender); a retry with the same id stores nothing new. */
  readonly messageId: string;
  readonly payload: Uint8Array;
}

export interface SendResult {
  /** The connector already held this message id; nothing new was stored. */
  readonly duplicate: boolean;
  readonly expiresAt: number;
}

/**
 * The outcome of one item of `sendBatch`: stored (`duplicate: false`), already queued
 * (`duplicate: true`, nothing new stored), or refused with a typed error (`payload_too_large`,
 * `bad_request`, `connection_revoked`, or the retryable `queue_full`). Refused items were not
 * stored; the other items of the batch were handled independently.
 */
export type SendBatchResult =
  | { readonly ok: true; readonly duplicate: boolean; readonly expiresAt: number }
  | { readonly ok: false; readonly error: ConnectorClientError };

export interface FetchArgs {
  /** Return items with seq > after (default 0: from the oldest unacked). */
  readonly after?: number;
  readonly limit?: number;
}

export interface FetchResult {
  readonly items: Delivery[];
  /** Pass as `after` to read the next page. */
  readonly nextAfter: number;
  readonly hasMore: boolean;
}
