/** Public data shapes of the client (plain objects, no protobuf classes). */
import type { ConnectorClientError } from './errors.js';

export type DeliveryKind = 'message' | 'connection_accepted' | 'message_expired' | 'connection_revoked' | 'directory_connection';

/** One item of the caller's mailbox. Ack it with `{ connectionId, messageId }`. */
export interface Delivery {
  /** Position in the caller's mailbox; FIFO order. */
  readonly seq: number;
  readonly kind: DeliveryKind;
  readonly connectionId: string;
  /**
   * For `message`: the id the sender chose. For items the connector creates: `!accepted`,
   * `!revoked`, `!directory`, or `!expired:<id of your expired message>`.
   */
  readonly messageId: string;
  /**
   * The opaque bytes sent (empty for other items, except `directory_connection`: the encoded
   * DirectoryAnswer the initiator was given, decoded in `directoryAnswer`).
   */
  readonly payload: Uint8Array;
  /** Unix milliseconds when the connector stored the item. */
  readonly sentAt: number;
  /** For `connection_accepted`: base64url(SHA-256(token)) of the accepted token. */
  readonly tokenId: string;
  /** For `message_expired`: the id of the message that expired undelivered. */
  readonly expiredMessageId?: string;
  /**
   * For `directory_connection`: a peer (`initiatorId`) set up `connectionId` with you from the
   * key directory; this is the answer it was given, with the one-time pre-key it took.
   */
  readonly directoryAnswer?: DirectoryAnswer;
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

/** A one-time pre-key in the key directory: the participant's id for it, the key, its (opaque) signature. */
export interface OneTimePreKey {
  /** uint32, chosen by the participant; unique among its keys in stock. */
  readonly id: number;
  /** 32 bytes. */
  readonly publicKey: Uint8Array;
  /** Opaque to the connector (the participant's DID signature), at most 1 KiB. */
  readonly signature: Uint8Array;
}

export interface PublishPreKeysArgs {
  /** The DID-signed pre-key bundle (opaque to the connector, at most 16 KiB); omitted or empty: keep the current one. */
  readonly bundle?: Uint8Array;
  /** Added to the stock; at most 100 per call, ids not in stock already. */
  readonly oneTimePreKeys?: readonly OneTimePreKey[];
}

export interface DirectoryStock {
  /** One-time pre-keys left in the directory. */
  readonly stock: number;
  readonly bundlePublished: boolean;
}

/** The connector's directory key, which countersigns its answers. */
export interface DirectoryKeyInfo {
  /** Ed25519, 32 bytes. */
  readonly publicKey: Uint8Array;
  /** base64url(SHA-256(publicKey)). */
  readonly keyId: string;
}

/** What the key directory handed out, countersigned by the connector (docs/protocol.md section 29). */
export interface DirectoryAnswer {
  readonly participantId: string;
  /** The bundle exactly as the participant published it. */
  readonly bundle: Uint8Array;
  /** Absent when the participant's stock was empty. */
  readonly oneTimePreKey?: OneTimePreKey;
  readonly connectionId: string;
  readonly initiatorId: string;
  /** Unix milliseconds. */
  readonly issuedAt: number;
  /** Ed25519 signature of the connector's directory key, 64 bytes. */
  readonly connectorSignature: Uint8Array;
}

export interface DirectoryConnectArgs {
  /** The participant to set up a connection with (it may be offline). */
  readonly participantId: string;
  /**
   * The connector's directory key as pinned by the caller: the answer's countersignature is
   * checked against it (`directory_signature_invalid` when it does not verify). Without it
   * the answer is returned unchecked.
   */
  readonly directoryKey?: Uint8Array;
}

export interface DirectoryConnectResult {
  readonly connectionId: string;
  readonly answer: DirectoryAnswer;
  /** Whether the countersignature was checked against `directoryKey` (and held). */
  readonly verified: boolean;
}
