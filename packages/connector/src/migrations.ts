/**
 * Schema migrations (never `synchronize`). Plain SQL per dialect; keep them append-only.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

function dialectOf(q: QueryRunner): 'postgres' | 'sqlite' {
  return q.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    const bytes = dialectOf(q) === 'postgres' ? 'bytea' : 'blob';
    const statements = [
      `CREATE TABLE participant (
        id varchar(64) NOT NULL PRIMARY KEY,
        public_key ${bytes} NOT NULL,
        display_name varchar(128) NOT NULL DEFAULT '',
        logo_url varchar(2048) NOT NULL DEFAULT '',
        next_seq bigint NOT NULL DEFAULT 0,
        created_at bigint NOT NULL)`,
      `CREATE TABLE connection_token (
        token_id varchar(64) NOT NULL PRIMARY KEY,
        creator_id varchar(64) NOT NULL,
        expires_at bigint NOT NULL,
        used_at bigint NULL,
        connection_id varchar(64) NULL,
        created_at bigint NOT NULL)`,
      `CREATE INDEX idx_connection_token_expires ON connection_token (expires_at)`,
      `CREATE TABLE relay_connection (
        id varchar(64) NOT NULL PRIMARY KEY,
        inviter_id varchar(64) NOT NULL,
        invitee_id varchar(64) NOT NULL,
        token_id varchar(64) NOT NULL,
        created_at bigint NOT NULL,
        revoked_at bigint NULL)`,
      `CREATE TABLE mailbox_item (
        recipient_id varchar(64) NOT NULL,
        seq bigint NOT NULL,
        kind smallint NOT NULL,
        connection_id varchar(64) NOT NULL,
        sender_id varchar(64) NOT NULL,
        message_id varchar(200) NOT NULL,
        token_id varchar(64) NOT NULL DEFAULT '',
        payload ${bytes} NULL,
        size integer NOT NULL,
        created_at bigint NOT NULL,
        expires_at bigint NULL,
        PRIMARY KEY (recipient_id, seq))`,
      `CREATE UNIQUE INDEX uq_mailbox_item_ref ON mailbox_item (recipient_id, connection_id, message_id)`,
      `CREATE INDEX idx_mailbox_item_sender_expiry ON mailbox_item (sender_id, expires_at)`,
      `CREATE INDEX idx_mailbox_item_expiry ON mailbox_item (expires_at)`,
      `CREATE TABLE auth_nonce (
        participant_id varchar(64) NOT NULL,
        nonce varchar(64) NOT NULL,
        expires_at bigint NOT NULL,
        PRIMARY KEY (participant_id, nonce))`,
      `CREATE INDEX idx_auth_nonce_expires ON auth_nonce (expires_at)`,
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['auth_nonce', 'mailbox_item', 'relay_connection', 'connection_token', 'participant']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}

export const MIGRATIONS = [InitialSchema1763800000000];
