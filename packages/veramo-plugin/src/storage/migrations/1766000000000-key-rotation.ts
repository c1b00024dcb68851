import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/*
 * Migration 4: a connection's own sending-key rotation policy (e2eSetKeyRotation), kept as
 * JSON `{"records":N,"ms":M}`; null means the agent's policy.
 */

export class KeyRotation1766000000000 implements MigrationInterface {
  name = 'KeyRotation1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('e2e_connection', new TableColumn({ name: 'key_rotation', type: 'varchar', length: '64', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('e2e_connection', 'key_rotation');
  }
}
