/**
 * Storage schema (typeorm EntitySchema, no decorators). Every column has an explicit type;
 * binary columns are `bytea` on PostgreSQL and `blob` on SQLite, hence one factory per dialect.
 * Times are unix milliseconds in bigint columns, read back as numbers.
 */
import { EntitySchema, type ValueTransformer } from 'typeorm';

export type Dialect = 'sqlite' | 'postgres';

export interface ParticipantRow {
  id: string;
  publicKey: Uint8Array;
  displayName: string;
  logoUrl: string;
  /** Last sequence number handed out in this participant's mailbox. */
  nextSeq: number;
  createdAt: number;
}

export interface TokenRow {
  tokenId: string;
  creatorId: string;
  expiresAt: number;
  usedAt: number | null;
  connectionId: string | null;
  createdAt: number;
}

export interface ConnectionRow {
  id: string;
  inviterId: string;
  inviteeId: string;
  tokenId: string;
  createdAt: number;
  revokedAt: number | null;
}

export const ITEM_KIND = { message: 1, connectionAccepted: 2, messageExpired: 3, connectionRevoked: 4, directoryConnection: 5 } as const;

export interface MailboxItemRow {
  recipientId: string;
  seq: number;
  kind: number;
  connectionId: string;
  /** Participant id of the sender; '' for items the connector creates itself. */
  senderId: string;
  messageId: string;
  tokenId: string;
  payload: Uint8Array | null;
  size: number;
  createdAt: number;
  expiresAt: number | null;
}

export interface NonceRow {
  participantId: string;
  nonce: string;
  expiresAt: number;
}

const asNumber: ValueTransformer = {
  to: (v: unknown) => v,
  from: (v: unknown) => (v === null || v === undefined ? v : Number(v)),
};

const asBytes: ValueTransformer = {
  to: (v: unknown) => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v),
  from: (v: unknown) => v,
};

export interface Entities {
  Participant: EntitySchema<ParticipantRow>;
  Token: EntitySchema<TokenRow>;
  Connection: EntitySchema<ConnectionRow>;
  MailboxItem: EntitySchema<MailboxItemRow>;
  Nonce: EntitySchema<NonceRow>;
}

export function entitiesFor(dialect: Dialect): Entities {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  const big = { type: 'bigint' as const, transformer: asNumber };
  return {
    Participant: new EntitySchema<ParticipantRow>({
      name: 'Participant',
      tableName: 'participant',
      columns: {
        id: { type: 'varchar', length: 64, primary: true },
        publicKey: { name: 'public_key', type: bytes, transformer: asBytes },
        displayName: { name: 'display_name', type: 'varchar', length: 128 },
        logoUrl: { name: 'logo_url', type: 'varchar', length: 2048 },
        nextSeq: { name: 'next_seq', ...big },
        createdAt: { name: 'created_at', ...big },
      },
    }),
    Token: new EntitySchema<TokenRow>({
      name: 'Token',
      tableName: 'connection_token',
      columns: {
        tokenId: { name: 'token_id', type: 'varchar', length: 64, primary: true },
        creatorId: { name: 'creator_id', type: 'varchar', length: 64 },
        expiresAt: { name: 'expires_at', ...big },
        usedAt: { name: 'used_at', ...big, nullable: true },
        connectionId: { name: 'connection_id', type: 'varchar', length: 64, nullable: true },
        createdAt: { name: 'created_at', ...big },
      },
    }),
    Connection: new EntitySchema<ConnectionRow>({
      name: 'Connection',
      tableName: 'relay_connection',
      columns: {
        id: { type: 'varchar', length: 64, primary: true },
        inviterId: { name: 'inviter_id', type: 'varchar', length: 64 },
        inviteeId: { name: 'invitee_id', type: 'varchar', length: 64 },
        tokenId: { name: 'token_id', type: 'varchar', length: 64 },
        createdAt: { name: 'created_at', ...big },
        revokedAt: { name: 'revoked_at', ...big, nullable: true },
      },
    }),
    MailboxItem: new EntitySchema<MailboxItemRow>({
      name: 'MailboxItem',
      tableName: 'mailbox_item',
      columns: {
        recipientId: { name: 'recipient_id', type: 'varchar', length: 64, primary: true },
        seq: { ...big, primary: true },
        kind: { type: 'smallint' },
        connectionId: { name: 'connection_id', type: 'varchar', length: 64 },
        senderId: { name: 'sender_id', type: 'varchar', length: 64 },
        messageId: { name: 'message_id', type: 'varchar', length: 200 },
        tokenId: { name: 'token_id', type: 'varchar', length: 64 },
        payload: { type: bytes, nullable: true, transformer: asBytes },
        size: { type: 'integer' },
        createdAt: { name: 'created_at', ...big },
        expiresAt: { name: 'expires_at', ...big, nullable: true },
      },
    }),
    Nonce: new EntitySchema<NonceRow>({
      name: 'Nonce',
      tableName: 'auth_nonce',
      columns: {
        participantId: { name: 'participant_id', type: 'varchar', length: 64, primary: true },
        nonce: { type: 'varchar', length: 64, primary: true },
        expiresAt: { name: 'expires_at', ...big },
      },
    }),
  };
}
