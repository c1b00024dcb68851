import type { IAgentContext, IDIDManager, IKeyManager, IPluginMethodMap, IResolver } from '@veramo/core-types';

/**
 * Agent methods of the connector-e2e plugin. Every method takes one named args object and
 * returns a named type (Veramo's schema generator and REST transport need both). Errors are
 * thrown with a message that starts with a code (`invitation_expired: ...`).
 *
 * @public
 */
export interface IConnectorE2E extends IPluginMethodMap {
  /**
   * Issuer: creates a one-time connection invitation. Registers its token at the connector and
   * returns the invitation URL (its fragment holds the secret: show it only to the intended
   * holder), its expiry and the QR code as PNG data URL, SVG and terminal text.
   * The connection that results is answered automatically (X3DH pre-key bundle) while the agent listens.
   */
  e2eCreateInvitation(args: E2ECreateInvitationArgs, context: E2EContext): Promise<E2EInvitation>;

  /**
   * Holder: accepts an invitation (its URL or the text decoded from its QR code), creates the
   * connection at the connector, runs the synchronous X3DH with the issuer and returns the
   * established connection.
   */
  e2eAcceptInvitation(args: E2EAcceptInvitationArgs, context: E2EContext): Promise<E2EConnection>;

  /** Lists connections, optionally filtered by state or local DID. */
  e2eListConnections(args: E2EListConnectionsArgs, context: E2EContext): Promise<E2EConnectionList>;

  /** One connection with its state, peer DID, times and counters. */
  e2eGetConnection(args: E2EGetConnectionArgs, context: E2EContext): Promise<E2EConnection>;

  /**
   * Deletes a connection, its keys, outbox and received messages. Unless `revoke` is false, it
   * first ends the connection end to end (a ConnectionClose the peer acts on, sent after
   * everything sent before it and stored at the connector before this resolves) and then
   * revokes it at the connector.
   */
  e2eDeleteConnection(args: E2EDeleteConnectionArgs, context: E2EContext): Promise<E2EDeleteConnectionResult>;

  /**
   * Encrypts an AtalaMessage into an EncryptedMessage and sends it. The ciphertext is stored in
   * the outbox (with its counter reserved) before it leaves, so it is retransmitted unchanged
   * until the peer's end-to-end ack arrives, also across restarts and while the connector is down.
   */
  e2eSendMessage(args: E2ESendMessageArgs, context: E2EContext): Promise<E2ESendResult>;

  /**
   * Pulls pending items from the connector over HTTP, processes them (handshakes, records,
   * acks, control) and returns the messages received by this call. Use it when not listening.
   */
  e2eSync(args: E2ESyncArgs, context: E2EContext): Promise<E2ESyncResult>;

  /** Received, decrypted messages stored in the agent's database, oldest first. */
  e2eGetMessages(args: E2EGetMessagesArgs, context: E2EContext): Promise<E2EMessageList>;

  /**
   * A message received on an ETAMP connection as the signed envelope it arrived in: a compact
   * JWS by the sender's DID that anyone can verify (for example did-jwt's `verifyJWT` with a DID
   * resolver and `audience` set to `audience`). It proves that the sender sent this ciphertext
   * on this connection; it does not show the plaintext (docs/protocol.md 23.3).
   */
  e2eExportRecord(args: E2EExportRecordArgs, context: E2EContext): Promise<E2EExportedRecord>;

  /**
   * A message this agent sent with `receipt: true`, and the peer's signed delivery receipt once
   * it arrived and verified: a compact JWS by the receiver's DID naming the connection, the
   * message id and the SHA-256 of the record's content, that anyone can verify (for example
   * did-jwt's `verifyJWT` with a DID resolver and `audience` set to `audience`). It proves that
   * the receiver stored that ciphertext; it does not show the plaintext (docs/protocol.md 26).
   */
  e2eGetReceipt(args: E2EGetReceiptArgs, context: E2EContext): Promise<E2EReceipt>;

  /** Sends an authenticated counter resync and a status report on a connection. */
  e2eResync(args: E2EResyncArgs, context: E2EContext): Promise<E2EControlResult>;

  /** Starts a rekey (a fresh key exchange over the session, new epoch). */
  e2eRekey(args: E2ERekeyArgs, context: E2EContext): Promise<E2EControlResult>;

  /**
   * Sets a connection's own sending-key rotation (records or milliseconds under one key), over
   * the agent's `sendingKeyRotation`; without `sendingKeyRotation` the connection follows the
   * agent's again. Kept with the connection across restarts.
   */
  e2eSetKeyRotation(args: E2ESetKeyRotationArgs, context: E2EContext): Promise<E2EConnection>;

  /** Starts live delivery (WebSocket push with HTTP pull fallback) and the retransmit loop. */
  e2eStartListening(args: E2EStartListeningArgs, context: E2EContext): Promise<E2EListeningStatus>;

  /** Stops live delivery; queued items stay at the connector. */
  e2eStopListening(args: E2EStopListeningArgs, context: E2EContext): Promise<E2EListeningStatus>;

  /**
   * Registers this agent at a connector run with `--registration otp`, with the one-time
   * password its operator issued for `identifier` (docs/protocol.md 27): needed once per
   * connector, before anything else talks to it (which otherwise fails with
   * `registration_required`). Sends a MAC derived from the OTP, never the OTP. Does not start
   * live delivery.
   */
  e2eRegister(args: E2ERegisterArgs, context: E2EContext): Promise<E2ERegistration>;

  /**
   * Accepts the new identity key a peer DID showed in a handshake that failed with
   * `identity_changed` (its key differs from the one pinned on first use): pins the new key, so
   * the next connection with that DID succeeds. Only for a change the user expected (the peer
   * reinstalled its agent); otherwise someone else may hold the DID's key.
   */
  e2eAcceptIdentityChange(args: E2EAcceptIdentityChangeArgs, context: E2EContext): Promise<E2EPeerIdentity>;

  /**
   * Publishes this agent's pre-keys to a connector's key directory (docs/protocol.md 29, 30), so
   * peers can set up connections with it while it is offline: a bundle signed by the DID (a new
   * signed pre-key the first time, or with `rotate`) and `oneTimePrekeys` one-time pre-keys
   * (default 20). The private parts stay in the agent's database, sealed at rest; the stock is
   * topped up as peers use it. Returns what a peer needs: the participant id and the DID.
   */
  e2ePublishDirectory(args: E2EPublishDirectoryArgs, context: E2EContext): Promise<E2EDirectoryPublication>;

  /**
   * Sets up a connection with a participant of a connector's key directory, online or not, whose
   * bundle must be signed by `peerDid` (the directory is not trusted for it). The connection is
   * established at once: messages sent on it wait at the connector until the peer comes online
   * and completes the session.
   */
  e2eConnectDirectory(args: E2EConnectDirectoryArgs, context: E2EContext): Promise<E2EConnection>;
}

/** @public */
export type E2EContext = IAgentContext<IKeyManager & IDIDManager & IResolver>;

/** @public */
export type E2EConnectionState = 'awaiting_bundle' | 'awaiting_init' | 'awaiting_confirmation' | 'established' | 'failed' | 'revoked';

/** @public */
export type E2ERole = 'issuer' | 'holder';

/** @public */
export interface E2ECreateInvitationArgs {
  /** The issuer DID (managed by this agent). Default: the plugin's `defaultDid`. */
  did?: string;
  /** Lifetime in seconds (60 .. 30 days). Default 24 h. */
  ttlSeconds?: number;
  /** Use the custom `connector-e2e:` scheme instead of an https URL. */
  customScheme?: boolean;
  /**
   * 'etamp': every record and control message of the connection travels as a JWS signed by the
   * sender's DID (docs/protocol.md 23), so a received record can be exported for a third party
   * to verify (`e2eExportRecord`). Fixed by the invitation; a relay cannot change it. Default 'plain'.
   */
  envelope?: 'plain' | 'etamp';
  /**
   * The cipher suite of the connection's records (docs/protocol.md 24): 'aes-256-gcm', or
   * 'xsalsa20-poly1305' (NaCl secretbox, WAMP-E2EE's payload cipher; the faster one on the
   * @noble provider). Fixed by the invitation; a relay cannot change it. Default: the plugin's
   * `suite` option, else 'aes-256-gcm'.
   */
  suite?: 'aes-256-gcm' | 'xsalsa20-poly1305';
}

/** @public */
export interface E2EQrCode {
  /** `data:image/png;base64,...` */
  pngDataUrl: string;
  svg: string;
  /** Text for a terminal (UTF-8 half blocks). */
  terminal: string;
  /** QR version (1..40); invitations fit version 10 at level M. */
  version: number;
}

/** @public */
export interface E2EInvitation {
  /** The invitation URL. Its fragment carries the secret: treat it like a password. */
  url: string;
  /** The token's id at the connector: base64url(SHA-256(token)). */
  tokenId: string;
  issuerDid: string;
  connectorUrl: string;
  /** Unix seconds. */
  expiresAt: number;
  qr: E2EQrCode;
}

/** @public */
export interface E2EAcceptInvitationArgs {
  /** The invitation URL, or the text decoded from its QR code. */
  invitation: string;
  /** The holder DID (managed by this agent). Default: the plugin's `defaultDid`. */
  did?: string;
  /** How long to wait for the issuer's side of the handshake. Default 30 000 ms. */
  timeoutMs?: number;
}

/** @public */
export interface E2EConnection {
  connectionId: string;
  role: E2ERole;
  state: E2EConnectionState;
  localDid: string;
  peerDid?: string;
  connectorUrl: string;
  /** ISO 8601. */
  createdAt: string;
  lastActivityAt: string;
  /** Milliseconds from accepting the token to the established session (holder), when known. */
  handshakeMs?: number;
  epoch?: number;
  sendNext?: number;
  receiveNext?: number;
  /** Sent messages not yet acknowledged end to end. */
  unacked: number;
  /** The sending-key rotation in force: the connection's own settings over the agent's. */
  sendingKeyRotation?: E2EKeyRotation;
  /**
   * Why the connection failed; while its handshake waits, why the last handshake message that
   * failed its checks was rejected.
   */
  error?: string;
  /**
   * Handshake messages that failed their checks and were discarded (a relay's forgeries, or a
   * substituted bundle); the handshake goes on waiting for the genuine message until its deadline.
   */
  rejectedHandshakes?: number;
  /** 'etamp' when records and control messages travel in signed ETAMP envelopes (docs/protocol.md 23). */
  envelope?: 'etamp';
}

/** @public */
export interface E2EKeyRotation {
  /** Records sealed under one sending key before a new one is started. */
  records: number;
  /** Milliseconds one sending key is used before a new one is started. */
  ms: number;
}

/** @public */
export interface E2ESetKeyRotationArgs {
  connectionId: string;
  /** Positive integers; a field left out keeps the agent's value. Left out entirely: the agent's policy. */
  sendingKeyRotation?: Partial<E2EKeyRotation>;
}

/** @public */
export interface E2EListConnectionsArgs {
  state?: E2EConnectionState;
  did?: string;
}

/** @public */
export interface E2EConnectionList {
  connections: E2EConnection[];
}

/** @public */
export interface E2EGetConnectionArgs {
  connectionId: string;
}

/** @public */
export interface E2EDeleteConnectionArgs {
  connectionId: string;
  /** Tell the peer end to end and revoke it at the connector (default true). */
  revoke?: boolean;
  /** Why, for the peer's `error` (at most 256 bytes of UTF-8). */
  reason?: string;
}

/** @public */
export interface E2EDeleteConnectionResult {
  deleted: boolean;
}

/**
 * An AtalaMessage in protobuf JSON form: exactly one of the variants, plus optional
 * `replyTo` and `messageId`. Bytes fields are base64 strings.
 * @public
 */
export interface E2EAtalaMessage {
  proofRequest?: { typeIds?: string[]; connectionToken?: string };
  plainCredential?: { encodedCredential?: string; encodedMerkleProof?: string };
  /** As Atala PRISM defines it: the encoded, signed credential that was revoked, and why. */
  credentialRevoked?: { encodedCredential?: string; reason?: string };
  /** As Atala PRISM defines it: a google.rpc.Status (code and message; received typed details are kept as Any). */
  atalaErrorMessage?: { status?: { code?: number; message?: string; details?: { typeUrl?: string; value?: string }[] } };
  customMessage?: { typeUrl?: string; value?: string };
  credentialJwt?: { jwt?: string };
  replyTo?: string;
  messageId?: string;
}

/** @public */
export interface E2ESendMessageArgs {
  connectionId: string;
  message: E2EAtalaMessage;
  /**
   * Ask the receiver for a delivery receipt signed by its DID, sent back once it has stored the
   * message (docs/protocol.md 26); `e2eGetReceipt` returns it. The request travels inside the
   * encrypted message: the relay can neither add nor strip it. Default false.
   */
  receipt?: boolean;
}

/** @public */
export interface E2ESendResult {
  /** The AtalaMessage's message_id (generated when the caller gave none). */
  messageId: string;
  epoch: number;
  /** The sending key it was sealed under (base64url): every process life has its own, counters restart under each. */
  keyId: string;
  counter: number;
  /** True when the connector has stored it; false when it waits in the outbox (connector unreachable). */
  delivered: boolean;
}

/** @public */
export interface E2ESyncArgs {
  /** Maximum number of connector items to process (default 1000). */
  limit?: number;
}

/** @public */
export interface E2EReceivedMessage {
  /** Local id, increasing in arrival order. */
  id: number;
  connectionId: string;
  messageId: string;
  /** Which AtalaMessage variant it is (`credentialJwt`, `plainCredential`, ...). */
  kind: string;
  epoch: number;
  /** The sender's sending key it was sealed under (base64url); (epoch, keyId, counter) names the record. */
  keyId: string;
  counter: number;
  /** ISO 8601. */
  receivedAt: string;
  message: E2EAtalaMessage;
}

/** @public */
export interface E2ESyncResult {
  /** Connector items handled (records, handshakes, acks, control). */
  processed: number;
  messages: E2EReceivedMessage[];
}

/** @public */
export interface E2EGetMessagesArgs {
  connectionId?: string;
  /** Return messages with id greater than this (default 0). */
  after?: number;
  /** Default 100, at most 1000. */
  limit?: number;
}

/** @public */
export interface E2EExportRecordArgs {
  connectionId: string;
  /** The message id of a received message (`E2EReceivedMessage.messageId`). */
  messageId: string;
}

/** @public */
export interface E2EExportedRecord {
  /** The ETAMP envelope: a compact JWS (EdDSA or ES256K) whose `msg` claim is the sealed record. */
  jwt: string;
  /** The sender's DID (the JWT's `iss`). */
  issuer: string;
  /** The receiver's DID (the JWT's `aud`). */
  audience: string;
  connectionId: string;
  messageId: string;
}

/** @public */
export interface E2EGetReceiptArgs {
  connectionId: string;
  /** The message id of a message sent with `receipt: true` (`E2ESendResult.messageId`). */
  messageId: string;
}

/** @public */
export interface E2EReceipt {
  connectionId: string;
  messageId: string;
  /** 'received': the peer's receipt arrived and verified; 'pending': asked for, none yet. */
  status: 'pending' | 'received';
  /** The receipt: a compact JWS (EdDSA or ES256K, `typ` connector-e2e-receipt+jwt) by the receiver's DID. */
  jwt?: string;
  /** The receiver's DID (the receipt's `iss`). */
  issuer: string;
  /** This agent's DID (the receipt's `aud`). */
  audience: string;
  /** base64url of SHA-256 of the record content the receipt names (its `sha256` claim). */
  contentHash?: string;
  /** ISO 8601: when the message was sealed with its receipt request. */
  requestedAt: string;
  /** ISO 8601: when the receipt arrived. */
  receivedAt?: string;
}

/** A receipt that failed its checks (docs/protocol.md 26.3) and changed nothing. @public */
export interface E2EReceiptRejected {
  connectionId: string;
  /** The check that failed: `bad_signature`, `receipt_unexpected`, `receipt_mismatch`, `malformed_message`, ... */
  code: string;
  error: string;
}

/** @public */
export interface E2EMessageList {
  messages: E2EReceivedMessage[];
}

/** @public */
export interface E2EResyncArgs {
  connectionId: string;
}

/** @public */
export interface E2ERekeyArgs {
  connectionId: string;
}

/** @public */
export interface E2EControlResult {
  connectionId: string;
  epoch: number;
  sendNext: number;
}

/** @public */
export interface E2EStartListeningArgs {
  /** Unused; reserved. */
  reserved?: boolean;
}

/** @public */
export interface E2EStopListeningArgs {
  /** Unused; reserved. */
  reserved?: boolean;
}

/** @public */
export interface E2EListeningStatus {
  listening: boolean;
  connectorUrl: string;
}

/** @public */
export interface E2ERegisterArgs {
  /** The connector to register at. Default: the plugin's `connectorUrl`. */
  connectorUrl?: string;
  /** What the operator issued the OTP for (a phone number, an e-mail address, a DID). */
  identifier: string;
  /** The one-time password as given (10 characters of A-Z and 2-7; spaces and hyphens are ignored). */
  otp: string;
}

/** @public */
export interface E2ERegistration {
  connectorUrl: string;
  /** This agent's participant id at that connector: base64url(SHA-256(its Ed25519 key)). */
  participantId: string;
}

/** @public */
export interface E2EPublishDirectoryArgs {
  /** The DID to publish for. Default: the plugin's `defaultDid`. */
  did?: string;
  /** Default: the plugin's `connectorUrl`. */
  connectorUrl?: string;
  /** One-time pre-keys to add (0..100). Default 20. */
  oneTimePrekeys?: number;
  /** A new signed pre-key (and bundle) even if one was published. */
  rotate?: boolean;
}

/** @public */
export interface E2EDirectoryPublication {
  did: string;
  connectorUrl: string;
  /** This agent's participant id at the connector: what a peer passes to e2eConnectDirectory. */
  participantId: string;
  signedPrekeyId: number;
  /** One-time pre-keys the directory holds now. */
  stock: number;
}

/** @public */
export interface E2EConnectDirectoryArgs {
  /** The peer's participant id at the connector (from its e2ePublishDirectory). */
  participantId: string;
  /** The peer's DID: its bundle must be signed by it. */
  peerDid: string;
  /** Our DID. Default: the plugin's `defaultDid`. */
  did?: string;
  /** Default: the plugin's `connectorUrl`. */
  connectorUrl?: string;
}

/** @public */
export interface E2EAcceptIdentityChangeArgs {
  /** The peer DID whose changed identity key to accept. */
  did: string;
}

/** @public */
export interface E2EPeerIdentity {
  did: string;
  /** The X25519 identity key now pinned for the DID, hex. */
  identityKey: string;
}

/** Events the plugin emits on the agent (in-process only). @public */
export const E2E_EVENTS = {
  messageReceived: 'connector-e2e:message-received',
  connectionState: 'connector-e2e:connection-state',
  /** A delivery receipt arrived and verified (data: the E2EReceipt, as e2eGetReceipt returns it). */
  receiptReceived: 'connector-e2e:receipt-received',
  /** A delivery receipt failed its checks and was dropped (data: E2EReceiptRejected). */
  receiptRejected: 'connector-e2e:receipt-rejected',
} as const;
