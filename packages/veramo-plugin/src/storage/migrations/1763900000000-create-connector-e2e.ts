import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/* Migration 1: the plugin's tables. Portable column types only (SQLite and PostgreSQL). */

const col = (name: string, type: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type, ...extra });
const id = col('id', 'integer', { isPrimary: true, isGenerated: true, generationStrategy: 'increment' });

export class CreateConnectorE2E1763900000000 implements MigrationInterface {
  name = 'CreateConnectorE2E1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'e2e_participant',
        columns: [
          col('id', 'varchar', { length: '64', isPrimary: true }),
          col('seed_sealed', 'text'),
          col('public_key', 'varchar', { length: '64' }),
          col('created_at', 'bigint'),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'e2e_identity',
        columns: [
          col('did', 'varchar', { length: '512', isPrimary: true }),
          col('kid', 'varchar', { length: '256' }),
          col('public_key_hex', 'varchar', { length: '64' }),
          col('created_at', 'bigint'),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'e2e_invitation',
        columns: [
          col('token_id', 'varchar', { length: '64', isPrimary: true }),
          col('local_did', 'varchar', { length: '512' }),
          col('connector_url', 'varchar', { length: '512' }),
          col('invitation_sealed', 'text'),
          col('expires_at', 'bigint'),
          col('status', 'varchar', { length: '16' }),
          col('connection_id', 'varchar', { length: '128', isNullable: true }),
          col('created_at', 'bigint'),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'e2e_connection',
        columns: [
          col('connection_id', 'varchar', { length: '128', isPrimary: true }),
          col('role', 'varchar', { length: '8' }),
          col('state', 'varchar', { length: '32' }),
          col('local_did', 'varchar', { length: '512' }),
          col('peer_did', 'varchar', { length: '512', isNullable: true }),
          col('connector_url', 'varchar', { length: '512' }),
          col('token_id', 'varchar', { length: '64', isNullable: true }),
          col('handshake_sealed', 'text', { isNullable: true }),
          col('session_sealed', 'text', { isNullable: true }),
          col('version', 'integer'),
          col('last_handshake_out', 'text', { isNullable: true }),
          col('last_handshake_in', 'varchar', { length: '64', isNullable: true }),
          col('created_at', 'bigint'),
          col('updated_at', 'bigint'),
          col('last_activity_at', 'bigint'),
          col('accepted_at', 'bigint', { isNullable: true }),
          col('established_at', 'bigint', { isNullable: true }),
          col('error', 'text', { isNullable: true }),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'e2e_outbox',
        columns: [
          id,
          col('connection_id', 'varchar', { length: '128' }),
          col('message_id', 'varchar', { length: '128' }),
          col('kind', 'varchar', { length: '16' }),
          col('frame', 'text'),
          col('epoch', 'integer', { isNullable: true }),
          col('counter', 'integer', { isNullable: true }),
          col('atala_message_id', 'varchar', { length: '128', isNullable: true }),
          col('status', 'varchar', { length: '16' }),
          col('attempts', 'integer'),
          col('created_at', 'bigint'),
          col('next_attempt_at', 'bigint'),
        ],
        uniques: [{ name: 'UQ_e2e_outbox_message', columnNames: ['connection_id', 'message_id'] }],
        indices: [{ name: 'IDX_e2e_outbox_due', columnNames: ['status', 'next_attempt_at'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'e2e_inbox',
        columns: [
          id,
          col('connection_id', 'varchar', { length: '128' }),
          col('epoch', 'integer'),
          col('counter', 'integer'),
          col('message_id', 'varchar', { length: '128' }),
          col('kind', 'varchar', { length: '32' }),
          col('plaintext_sealed', 'text'),
          col('received_at', 'bigint'),
        ],
        uniques: [{ name: 'UQ_e2e_inbox_record', columnNames: ['connection_id', 'epoch', 'counter'] }],
        indices: [{ name: 'IDX_e2e_inbox_message', columnNames: ['connection_id', 'message_id'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'e2e_parked',
        columns: [id, col('connection_id', 'varchar', { length: '128' }), col('frame', 'text'), col('reason', 'varchar', { length: '64' }), col('received_at', 'bigint')],
        indices: [{ name: 'IDX_e2e_parked_connection', columnNames: ['connection_id'] }],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['e2e_parked', 'e2e_inbox', 'e2e_outbox', 'e2e_connection', 'e2e_invitation', 'e2e_identity', 'e2e_participant']) {
      await q.dropTable(t, true);
    }
  }
}
