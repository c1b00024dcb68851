import { EntitySchema, type ValueTransformer } from 'typeorm';

/*
 * The plugin's tables. EntitySchema (no decorators) with an explicit type on every column, so
 * the same definitions run on SQLite and PostgreSQL. Combine with Veramo's data-store:
 *   entities: entitiesConcat(Entities, E2EEntities), migrations: migrationConcat(migrations, E2EMigrations)
 * Columns holding secrets (`*_sealed`) are AES-256-GCM encrypted under the plugin's secretKey
 * and bound to their row (see at-rest.ts).
 */

/** PostgreSQL returns bigint as string; unix-ms timestamps fit a JS number. */
const bigintNumber: ValueTransformer = {
  to: (v: unknown) => v,
  from: (v: unknown) => (v === null || v === undefined ? v : Number(v)),
};

const ms = { type: 'bigint' as const, transformer: bigintNumber };
/** Epochs and counters: unsigned 32-bit, wider than PostgreSQL's integer (migration 2). */
const uint32 = { type: 'bigint' as const, transformer: bigintNumber };

export interface ParticipantRow {
  id: string;
  seedSealed: string;
  publicKey: string;
  createdAt: number;
}

export const ParticipantEntity = new EntitySchema<ParticipantRow>({
  name: 'E2EParticipant',
  tableName: 'e2e_participant',
  columns: {
    id: { type: 'varchar', length: 64, primary: true },
    seedSealed: { name: 'seed_sealed', type: 'text' },
    publicKey: { name: 'public_key', type: 'varchar', length: 64 },
    createdAt: { name: 'created_at', ...ms },
  },
});

export interface IdentityRow {
  did: string;
  kid: string;
  publicKeyHex: string;
  createdAt: number;
}

export const IdentityEntity = new EntitySchema<IdentityRow>({
  name: 'E2EIdentity',
  tableName: 'e2e_identity',
  columns: {
    did: { type: 'varchar', length: 512, primary: true },
    kid: { type: 'varchar', length: 256 },
    publicKeyHex: { name: 'public_key_hex', type: 'varchar', length: 64 },
    createdAt: { name: 'created_at', ...ms },
  },
});

export type InvitationStatus = 'open' | 'used';

export interface InvitationRow {
  tokenId: string;
  localDid: string;
  connectorUrl: string;
  invitationSealed: string;
  expiresAt: number;
  status: InvitationStatus;
  connectionId: string | null;
  createdAt: number;
}

export const InvitationEntity = new EntitySchema<InvitationRow>({
  name: 'E2EInvitation',
  tableName: 'e2e_invitation',
  columns: {
    tokenId: { name: 'token_id', type: 'varchar', length: 64, primary: true },
    localDid: { name: 'local_did', type: 'varchar', length: 512 },
    connectorUrl: { name: 'connector_url', type: 'varchar', length: 512 },
    invitationSealed: { name: 'invitation_sealed', type: 'text' },
    expiresAt: { name: 'expires_at', ...ms },
    status: { type: 'varchar', length: 16 },
    connectionId: { name: 'connection_id', type: 'varchar', length: 128, nullable: true },
    createdAt: { name: 'created_at', ...ms },
  },
});

export interface ConnectionRow {
  connectionId: string;
  role: 'issuer' | 'holder';
  state: string;
  localDid: string;
  peerDid: string | null;
  connectorUrl: string;
  tokenId: string | null;
  /** Handshake secrets: the invitation (holder) or the issuer's pending pre-keys. */
  handshakeSealed: string | null;
  /** The session state (session-codec bytes). */
  sessionSealed: string | null;
  /** Compare-and-swap version: every update of the row checks and increments it. */
  version: number;
  /** The last handshake frame we sent (resent when its answer is replayed to us). */
  lastHandshakeOut: string | null;
  /** SHA-256 (hex) of the last handshake frame we processed. */
  lastHandshakeIn: string | null;
  /** This connection's sending-key rotation policy as JSON `{"records":N,"ms":M}`; null: the agent's. */
  keyRotation: string | null;
  createdAt: number;
  updatedAt: number;
  lastActivityAt: number;
  acceptedAt: number | null;
  establishedAt: number | null;
  /** Why the connection failed; while a handshake waits, why its last rejected message was rejected. */
  error: string | null;
  /** Handshake messages that failed their checks and were discarded (a relay's forgeries, say). */
  rejectedHandshakes: number;
  /** 'etamp': records and control messages travel in ETAMP envelopes (fixed by the invitation); null: plain frames. */
  envelope: 'etamp' | null;
}

export const ConnectionEntity = new EntitySchema<ConnectionRow>({
  name: 'E2EConnection',
  tableName: 'e2e_connection',
  columns: {
    connectionId: { name: 'connection_id', type: 'varchar', length: 128, primary: true },
    role: { type: 'varchar', length: 8 },
    state: { type: 'varchar', length: 32 },
    localDid: { name: 'local_did', type: 'varchar', length: 512 },
    peerDid: { name: 'peer_did', type: 'varchar', length: 512, nullable: true },
    connectorUrl: { name: 'connector_url', type: 'varchar', length: 512 },
    tokenId: { name: 'token_id', type: 'varchar', length: 64, nullable: true },
    handshakeSealed: { name: 'handshake_sealed', type: 'text', nullable: true },
    sessionSealed: { name: 'session_sealed', type: 'text', nullable: true },
    version: { type: 'integer' },
    lastHandshakeOut: { name: 'last_handshake_out', type: 'text', nullable: true },
    lastHandshakeIn: { name: 'last_handshake_in', type: 'varchar', length: 64, nullable: true },
    keyRotation: { name: 'key_rotation', type: 'varchar', length: 64, nullable: true },
    createdAt: { name: 'created_at', ...ms },
    updatedAt: { name: 'updated_at', ...ms },
    lastActivityAt: { name: 'last_activity_at', ...ms },
    acceptedAt: { name: 'accepted_at', ...ms, nullable: true },
    establishedAt: { name: 'established_at', ...ms, nullable: true },
    error: { type: 'text', nullable: true },
    rejectedHandshakes: { name: 'rejected_handshakes', type: 'integer', default: 0 },
    envelope: { type: 'varchar', length: 8, nullable: true },
  },
});

/** `reseal`: a record's plaintext (encrypted at rest) waiting for counters of the current epoch (docs/protocol.md 9.2). */
export type OutboxKind = 'record' | 'ack' | 'control' | 'handshake' | 'reseal';

export interface OutboxRow {
  id: number;
  connectionId: string;
  /** Connector message id: a retry with the same id is stored once by the connector. */
  messageId: string;
  kind: OutboxKind;
  /**
   * The Frame bytes, base64url: ciphertext only, sent unchanged on every retry. For `reseal`
   * rows, the record's plaintext encrypted at rest (row key `${connectionId}/${messageId}`).
   */
  frame: string;
  epoch: number | null;
  /** Records: base64url of the sending key id they were sealed under (protocol.md 9.2). */
  keyId: string | null;
  counter: number | null;
  atalaMessageId: string | null;
  /** pending: not yet stored by the connector; sent: stored, waiting for the end-to-end ack; held: a `reseal` row, never sent as it is. */
  status: 'pending' | 'sent' | 'held';
  attempts: number;
  createdAt: number;
  nextAttemptAt: number;
}

export const OutboxEntity = new EntitySchema<OutboxRow>({
  name: 'E2EOutbox',
  tableName: 'e2e_outbox',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    connectionId: { name: 'connection_id', type: 'varchar', length: 128 },
    messageId: { name: 'message_id', type: 'varchar', length: 128 },
    kind: { type: 'varchar', length: 16 },
    frame: { type: 'text' },
    epoch: { ...uint32, nullable: true },
    keyId: { name: 'key_id', type: 'varchar', length: 32, nullable: true },
    counter: { ...uint32, nullable: true },
    atalaMessageId: { name: 'atala_message_id', type: 'varchar', length: 128, nullable: true },
    status: { type: 'varchar', length: 16 },
    attempts: { type: 'integer' },
    createdAt: { name: 'created_at', ...ms },
    nextAttemptAt: { name: 'next_attempt_at', ...ms },
  },
  uniques: [{ name: 'UQ_e2e_outbox_message', columns: ['connectionId', 'messageId'] }],
  indices: [
    { name: 'IDX_e2e_outbox_due', columns: ['status', 'nextAttemptAt'] },
    { name: 'IDX_e2e_outbox_pending', columns: ['id'], where: "status = 'pending'" },
  ],
});

export interface InboxRow {
  id: number;
  connectionId: string;
  epoch: number;
  /** base64url of the peer's sending key the record was sealed under ('' in rows from before sending keys). */
  keyId: string;
  counter: number;
  messageId: string;
  kind: string;
  /** The decrypted AtalaMessage bytes, encrypted at rest (sealedField.inboxPlaintext). */
  plaintextSealed: string;
  receivedAt: number;
  /** The ETAMP envelope (compact JWS) the record arrived in; null on plain connections. */
  envelope: string | null;
}

export const InboxEntity = new EntitySchema<InboxRow>({
  name: 'E2EInbox',
  tableName: 'e2e_inbox',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    connectionId: { name: 'connection_id', type: 'varchar', length: 128 },
    epoch: uint32,
    keyId: { name: 'key_id', type: 'varchar', length: 32, default: '' },
    counter: uint32,
    messageId: { name: 'message_id', type: 'varchar', length: 128 },
    kind: { type: 'varchar', length: 32 },
    plaintextSealed: { name: 'plaintext_sealed', type: 'text' },
    receivedAt: { name: 'received_at', ...ms },
    envelope: { type: 'text', nullable: true },
  },
  uniques: [{ name: 'UQ_e2e_inbox_record_key', columns: ['connectionId', 'epoch', 'keyId', 'counter'] }],
  indices: [{ name: 'UQ_e2e_inbox_message', columns: ['connectionId', 'messageId'], unique: true, where: "message_id <> ''" }],
});

export interface ParkedRow {
  id: number;
  connectionId: string;
  /** A frame that could not be processed yet (e.g. a record beyond the window before its resync). */
  frame: string;
  reason: string;
  receivedAt: number;
}

export const ParkedEntity = new EntitySchema<ParkedRow>({
  name: 'E2EParked',
  tableName: 'e2e_parked',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    connectionId: { name: 'connection_id', type: 'varchar', length: 128 },
    frame: { type: 'text' },
    reason: { type: 'varchar', length: 64 },
    receivedAt: { name: 'received_at', ...ms },
  },
  indices: [{ name: 'IDX_e2e_parked_connection', columns: ['connectionId'] }],
});

/**
 * A record this agent sealed while asking for a delivery receipt (docs/protocol.md 26): one
 * row per sealing of a message (a record sealed again under a new sending key has a content of
 * its own), and the receipt on the row whose content it names once it arrived and verified.
 */
export interface ReceiptRow {
  id: number;
  connectionId: string;
  /** The AtalaMessage's message_id (the receipt's `mid`). */
  messageId: string;
  /** base64url of SHA-256 of the record's EncryptedMessage.content (the receipt's `sha256`). */
  contentHash: string;
  requestedAt: number;
  /** The receipt (compact JWS signed by the peer's DID); null while none arrived for this sealing. */
  jwt: string | null;
  receivedAt: number | null;
}

export const ReceiptEntity = new EntitySchema<ReceiptRow>({
  name: 'E2EReceipt',
  tableName: 'e2e_receipt',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    connectionId: { name: 'connection_id', type: 'varchar', length: 128 },
    messageId: { name: 'message_id', type: 'varchar', length: 128 },
    contentHash: { name: 'content_hash', type: 'varchar', length: 43 },
    requestedAt: { name: 'requested_at', ...ms },
    jwt: { type: 'text', nullable: true },
    receivedAt: { name: 'received_at', ...ms, nullable: true },
  },
  uniques: [{ name: 'UQ_e2e_receipt_sealing', columns: ['connectionId', 'messageId', 'contentHash'] }],
});

/** All entities of the plugin, to concatenate with `@veramo/data-store`'s `Entities`. */
export const E2EEntities = [ParticipantEntity, IdentityEntity, InvitationEntity, ConnectionEntity, OutboxEntity, InboxEntity, ParkedEntity, ReceiptEntity];
