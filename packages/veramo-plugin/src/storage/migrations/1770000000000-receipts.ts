import { Table, TableUnique, type MigrationInterface, type QueryRunner } from 'typeorm';

/*
 * Migration 8: signed delivery receipts (docs/protocol.md 26). One row per record this agent
 * sealed while asking for a receipt: the connection, the message id and the SHA-256 of the
 * record's content, which a receipt must name; the receipt itself once it arrived and verified.
 * Rows outlive the outbox row of their record (an end-to-end ack deletes that one, and the
 * receipt may come after the ack) and go with their connection.
 */

export class Receipts1770000000000 implements MigrationInterface {
  name = 'Receipts1770000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'e2e_receipt',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'connection_id', type: 'varchar', length: '128' },
          { name: 'message_id', type: 'varchar', length: '128' },
          { name: 'content_hash', type: 'varchar', length: '43' },
          { name: 'requested_at', type: 'bigint' },
          { name: 'jwt', type: 'text', isNullable: true },
          { name: 'received_at', type: 'bigint', isNullable: true },
        ],
        uniques: [new TableUnique({ name: 'UQ_e2e_receipt_sealing', columnNames: ['connection_id', 'message_id', 'content_hash'] })],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('e2e_receipt', true);
  }
}
