import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Migration: the identity key pinned for each peer DID on first use (trust on first use), and a
 * changed key seen since, waiting for the user to accept it (e2eAcceptIdentityChange).
 */
export class PeerIdentities1771000000000 implements MigrationInterface {
  name = 'PeerIdentities1771000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE e2e_peer_identity (
      peer_did varchar(2048) NOT NULL PRIMARY KEY,
      identity_key varchar(64) NOT NULL,
      pinned_at bigint NOT NULL,
      changed_key varchar(64) NULL,
      changed_at bigint NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE e2e_peer_identity');
  }
}
