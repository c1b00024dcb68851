import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/*
 * Migration 6: ETAMP connections (docs/protocol.md 23). A connection's envelope mode, fixed by
 * its invitation ('etamp', or null for plain frames), and, for each received message, the
 * signed envelope it arrived in (kept so it can be exported for a third party to verify).
 */

export class Etamp1768000000000 implements MigrationInterface {
  name = 'Etamp1768000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('e2e_connection', new TableColumn({ name: 'envelope', type: 'varchar', length: '8', isNullable: true }));
    await q.addColumn('e2e_inbox', new TableColumn({ name: 'envelope', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('e2e_inbox', 'envelope');
    await q.dropColumn('e2e_connection', 'envelope');
  }
}
