import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/*
 * Migration 5: the count of a connection's handshake messages that failed their checks. They
 * are discarded instead of failing the connection (a relay can forge them; the genuine message
 * may still come).
 */

export class RejectedHandshakes1767000000000 implements MigrationInterface {
  name = 'RejectedHandshakes1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('e2e_connection', new TableColumn({ name: 'rejected_handshakes', type: 'integer', default: 0, isNullable: false }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('e2e_connection', 'rejected_handshakes');
  }
}
