import { TableColumn, TableUnique, type MigrationInterface, type QueryRunner } from 'typeorm';

/*
 * Migration 3: sending keys (docs/protocol.md 9.2). Counters restart under every sending key,
 * so records are named by (epoch, key id, counter): outbox and inbox rows carry the key id, and
 * the inbox's uniqueness moves from (connection, epoch, counter) to include it.
 */

export class SendingKeys1765000000000 implements MigrationInterface {
  name = 'SendingKeys1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('e2e_outbox', new TableColumn({ name: 'key_id', type: 'varchar', length: '32', isNullable: true }));
    await q.addColumn('e2e_inbox', new TableColumn({ name: 'key_id', type: 'varchar', length: '32', default: "''" }));
    await q.dropUniqueConstraint('e2e_inbox', 'UQ_e2e_inbox_record');
    await q.createUniqueConstraint('e2e_inbox', new TableUnique({ name: 'UQ_e2e_inbox_record_key', columnNames: ['connection_id', 'epoch', 'key_id', 'counter'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropUniqueConstraint('e2e_inbox', 'UQ_e2e_inbox_record_key');
    await q.createUniqueConstraint('e2e_inbox', new TableUnique({ name: 'UQ_e2e_inbox_record', columnNames: ['connection_id', 'epoch', 'counter'] }));
    await q.dropColumn('e2e_inbox', 'key_id');
    await q.dropColumn('e2e_outbox', 'key_id');
  }
}
