import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Migration: the private parts of what this agent published to a connector's key directory
 * (docs/protocol.md 30): signed pre-keys with the bundle that carries each, and one-time
 * pre-keys until an init consumes them. Private keys are sealed at rest.
 */
export class DirectoryKeys1772000000000 implements MigrationInterface {
  name = 'DirectoryKeys1772000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE e2e_directory_key (
      did varchar(512) NOT NULL,
      kind varchar(8) NOT NULL,
      key_id bigint NOT NULL,
      public_key varchar(64) NOT NULL,
      bundle text NULL,
      private_sealed text NOT NULL,
      created_at bigint NOT NULL,
      PRIMARY KEY (did, kind, key_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE e2e_directory_key');
  }
}
