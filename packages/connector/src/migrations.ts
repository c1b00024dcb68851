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

/**
 * Per-participant usage counters for the quotas: `stored_items` / `stored_bytes` (messages
 * undelivered in the participant's mailbox, over all its connections) and `connections` (not
 * revoked). Triggers keep them in step with every insert and delete in the same transaction,
 * whichever path writes (send, ack, revoke, expiry), so a check under the mailbox's row lock
 * is exact across processes. On PostgreSQL the mailbox triggers run once per statement over
 * its transition table (an ack of 1,000 refs is one counter update, not 1,000).
 */
export class UsageCounters1796200000000 implements MigrationInterface {
  name = 'UsageCounters1796200000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      'ALTER TABLE participant ADD COLUMN stored_items bigint NOT NULL DEFAULT 0',
      'ALTER TABLE participant ADD COLUMN stored_bytes bigint NOT NULL DEFAULT 0',
      'ALTER TABLE participant ADD COLUMN connections bigint NOT NULL DEFAULT 0',
      `UPDATE participant SET
        stored_items = (SELECT COUNT(*) FROM mailbox_item m WHERE m.recipient_id = participant.id AND m.kind = 1),
        stored_bytes = (SELECT COALESCE(SUM(m.size), 0) FROM mailbox_item m WHERE m.recipient_id = participant.id AND m.kind = 1),
        connections = (SELECT COUNT(*) FROM relay_connection c WHERE (c.inviter_id = participant.id OR c.invitee_id = participant.id) AND c.revoked_at IS NULL)`,
      'CREATE INDEX idx_relay_connection_inviter ON relay_connection (inviter_id)',
      'CREATE INDEX idx_relay_connection_invitee ON relay_connection (invitee_id)',
    ];
    if (dialectOf(q) === 'postgres') {
      const usage = (name: string, table: string, sign: string) => [
        `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$ BEGIN
          UPDATE participant p SET stored_items = p.stored_items ${sign} d.n, stored_bytes = p.stored_bytes ${sign} d.b
            FROM (SELECT recipient_id, COUNT(*) AS n, SUM(size) AS b FROM ${table} WHERE kind = 1 GROUP BY recipient_id) d
            WHERE p.id = d.recipient_id;
          RETURN NULL;
        END $$`,
      ];
      statements.push(
        ...usage('mailbox_item_usage_ins', 'new_rows', '+'),
        'CREATE TRIGGER trg_mailbox_item_usage_ins AFTER INSERT ON mailbox_item REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mailbox_item_usage_ins()',
        ...usage('mailbox_item_usage_del', 'old_rows', '-'),
        'CREATE TRIGGER trg_mailbox_item_usage_del AFTER DELETE ON mailbox_item REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mailbox_item_usage_del()',
        `CREATE FUNCTION relay_connection_count() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$ BEGIN
          IF TG_OP = 'INSERT' THEN
            UPDATE participant SET connections = connections + 1 WHERE id IN (NEW.inviter_id, NEW.invitee_id);
          ELSIF OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL THEN
            UPDATE participant SET connections = connections - 1 WHERE id IN (NEW.inviter_id, NEW.invitee_id);
          END IF;
          RETURN NULL;
        END $$`,
        'CREATE TRIGGER trg_relay_connection_count AFTER INSERT OR UPDATE OF revoked_at ON relay_connection FOR EACH ROW EXECUTE FUNCTION relay_connection_count()',
      );
    } else {
      statements.push(
        `CREATE TRIGGER trg_mailbox_item_usage_ins AFTER INSERT ON mailbox_item WHEN NEW.kind = 1 BEGIN
          UPDATE participant SET stored_items = stored_items + 1, stored_bytes = stored_bytes + NEW.size WHERE id = NEW.recipient_id; END`,
        `CREATE TRIGGER trg_mailbox_item_usage_del AFTER DELETE ON mailbox_item WHEN OLD.kind = 1 BEGIN
          UPDATE participant SET stored_items = stored_items - 1, stored_bytes = stored_bytes - OLD.size WHERE id = OLD.recipient_id; END`,
        `CREATE TRIGGER trg_relay_connection_ins AFTER INSERT ON relay_connection BEGIN
          UPDATE participant SET connections = connections + 1 WHERE id IN (NEW.inviter_id, NEW.invitee_id); END`,
        `CREATE TRIGGER trg_relay_connection_revoke AFTER UPDATE OF revoked_at ON relay_connection WHEN OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL BEGIN
          UPDATE participant SET connections = connections - 1 WHERE id IN (NEW.inviter_id, NEW.invitee_id); END`,
      );
    }
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    const pg = dialectOf(q) === 'postgres';
    for (const t of ['trg_mailbox_item_usage_ins', 'trg_mailbox_item_usage_del']) await q.query(pg ? `DROP TRIGGER ${t} ON mailbox_item` : `DROP TRIGGER ${t}`);
    if (pg) {
      await q.query('DROP TRIGGER trg_relay_connection_count ON relay_connection');
      for (const f of ['mailbox_item_usage_ins', 'mailbox_item_usage_del', 'relay_connection_count']) await q.query(`DROP FUNCTION ${f}()`);
    } else {
      for (const t of ['trg_relay_connection_ins', 'trg_relay_connection_revoke']) await q.query(`DROP TRIGGER ${t}`);
    }
    await q.query('DROP INDEX idx_relay_connection_inviter');
    await q.query('DROP INDEX idx_relay_connection_invitee');
    for (const c of ['stored_items', 'stored_bytes', 'connections']) await q.query(`ALTER TABLE participant DROP COLUMN ${c}`);
  }
}

/**
 * One-time passwords of OTP-gated registration (docs/protocol.md section 27): K_temp per
 * identifier, its expiry, the wrong attempts spent, and once used, when and by whom.
 */
export class RegistrationOtps1797000000000 implements MigrationInterface {
  name = 'RegistrationOtps1797000000000';

  async up(q: QueryRunner): Promise<void> {
    const bytes = dialectOf(q) === 'postgres' ? 'bytea' : 'blob';
    await q.query(`CREATE TABLE registration_otp (
      identifier varchar(256) NOT NULL PRIMARY KEY,
      k_temp ${bytes} NOT NULL,
      issued_at bigint NOT NULL,
      expires_at bigint NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      used_at bigint NULL,
      participant_id varchar(64) NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE registration_otp');
  }
}

/**
 * The key directory (docs/protocol.md section 29): each participant's published pre-key bundle
 * and its stock of one-time pre-keys (opaque bytes), and the connector's own directory signing
 * key (one row, unless the key comes from `--directory-key-file`).
 */
export class KeyDirectory1797100000000 implements MigrationInterface {
  name = 'KeyDirectory1797100000000';

  async up(q: QueryRunner): Promise<void> {
    const bytes = dialectOf(q) === 'postgres' ? 'bytea' : 'blob';
    await q.query(`CREATE TABLE directory_bundle (
      participant_id varchar(64) NOT NULL PRIMARY KEY,
      bundle ${bytes} NOT NULL,
      updated_at bigint NOT NULL)`);
    await q.query(`CREATE TABLE directory_prekey (
      participant_id varchar(64) NOT NULL,
      key_id bigint NOT NULL,
      public_key ${bytes} NOT NULL,
      signature ${bytes} NOT NULL,
      created_at bigint NOT NULL,
      PRIMARY KEY (participant_id, key_id))`);
    await q.query(`CREATE TABLE directory_signing_key (
      slot smallint NOT NULL PRIMARY KEY CHECK (slot = 1),
      key_id varchar(64) NOT NULL,
      seed ${bytes} NOT NULL,
      public_key ${bytes} NOT NULL,
      created_at bigint NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['directory_signing_key', 'directory_prekey', 'directory_bundle']) await q.query(`DROP TABLE ${t}`);
  }
}

export const MIGRATIONS = [InitialSchema1763800000000, UsageCounters1796200000000, RegistrationOtps1797000000000, KeyDirectory1797100000000];
