import { ConnectionEntity, InvitationEntity, type ConnectionRow, type InvitationRow } from './entities.js';
import { sql } from './sql.js';
import type { Store, Tx } from './store.js';

/**
 * Invitations this agent issued, and the issuer's connections that accepted one. An
 * invitation is used by the first acceptance whose X3DH init passes its checks; until then
 * several acceptances (genuine or forged notices) may wait on it, each a connection in
 * `awaiting_init`.
 */
export class InvitationTable {
  constructor(private readonly store: Store) {}

  async insert(row: InvitationRow): Promise<void> {
    await this.store.write(() => this.store.db.getRepository<InvitationRow>(InvitationEntity).insert(row));
  }

  async byToken(tokenId: string): Promise<InvitationRow | null> {
    return this.store.reads.getRepository<InvitationRow>(InvitationEntity).findOneBy({ tokenId });
  }

  /** Acceptances of the invitation waiting for their init. */
  async waitingAcceptances(tx: Tx, tokenId: string): Promise<number> {
    return tx.getRepository<ConnectionRow>(ConnectionEntity).countBy({ tokenId, state: 'awaiting_init' });
  }

  /**
   * Marks the invitation used by `connectionId` and fails its other waiting acceptances; false
   * (and nothing changed) when another acceptance used it first. An older store marked it used
   * on the notice already, naming this connection.
   */
  async use(tx: Tx, tokenId: string, connectionId: string): Promise<boolean> {
    const used = await sql(tx, "UPDATE e2e_invitation SET status = 'used', connection_id = ? WHERE token_id = ? AND (status = 'open' OR connection_id = ?)", [connectionId, tokenId, connectionId]);
    if (used.affected !== 1) return false;
    await sql(
      tx,
      "UPDATE e2e_connection SET state = 'failed', error = ?, handshake_sealed = NULL, version = version + 1, updated_at = ? WHERE token_id = ? AND state = 'awaiting_init' AND connection_id <> ?",
      ['invitation_used: another acceptance of this invitation completed its handshake', this.store.now(), tokenId, connectionId],
    );
    this.store.forgetConnections();
    return true;
  }
}
