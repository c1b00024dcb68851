/**
 * Connections: who their parties are, and revocation. Parties never change after creation,
 * so they are cached in memory; revocation is read inside the write transaction every time.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from '../db.js';
import { ITEM_KIND, type NonceRow } from '../entities.js';
import { ConnectorError } from '../errors.js';
import { appendNotice, lockParticipants, REVOKED_ID } from './mailbox.js';
import { nonceTx } from './nonces.js';
import { CACHE_LIMIT, sql, type Wake } from './sql.js';

export interface Parties {
  inviterId: string;
  inviteeId: string;
}

export class Connections {
  /** Parties of connections; a connection's parties never change once it exists. */
  private readonly partyCache = new Map<string, Parties>();

  constructor(
    private readonly db: Database,
    private readonly wake: Wake,
  ) {}

  /**
   * Revokes a connection: no more sends on it; the messages queued for the caller are deleted,
   * the peer is told. What the caller sent before stays deliverable to the peer until acked or
   * expired: its last message is the end-to-end close, the only end of a connection a client
   * acts on (the notice is not authenticated).
   */
  async revoke(callerId: string, connectionId: string, now: number, nonce?: NonceRow): Promise<number> {
    const E = this.db.entities;
    const result = await nonceTx(this.db, nonce, async (em) => {
      const conn = await this.partyConnection(em, callerId, connectionId);
      if (conn.revokedAt !== null) return { deleted: 0, peer: undefined };
      // the counters of both parties change below: take their rows in the common order first
      await lockParticipants(this.db, em, [conn.inviterId, conn.inviteeId]);
      await em.update(E.Connection, { id: connectionId }, { revokedAt: now });
      const del = await em
        .createQueryBuilder()
        .delete()
        .from(E.MailboxItem)
        .where('connection_id = :connectionId AND kind = :kind AND recipient_id = :callerId', { connectionId, kind: ITEM_KIND.message, callerId })
        .execute();
      const peer = conn.inviterId === callerId ? conn.inviteeId : conn.inviterId;
      await appendNotice(this.db, em, peer, { kind: ITEM_KIND.connectionRevoked, connectionId, messageId: REVOKED_ID, tokenId: '', now });
      return { deleted: del.affected ?? 0, peer };
    });
    if (result.peer) this.wake(result.peer);
    return result.deleted;
  }

  private async partyConnection(em: EntityManager, callerId: string, connectionId: string) {
    const conn = await em.findOne(this.db.entities.Connection, { where: { id: connectionId } });
    if (!conn || (conn.inviterId !== callerId && conn.inviteeId !== callerId)) {
      throw new ConnectorError('forbidden', 'not a party of this connection');
    }
    return conn;
  }

  cacheParties(connectionId: string, parties: Parties): void {
    if (this.partyCache.size >= CACHE_LIMIT) this.partyCache.clear();
    this.partyCache.set(connectionId, parties);
  }

  /**
   * Refuses (`forbidden`) unless `callerId` is a party of every connection in `ids`; returns
   * their parties. Cached: parties are fixed when a connection is created, and connections
   * are never deleted. Whether one is revoked is not cached.
   */
  async requireParties(em: EntityManager, callerId: string, ids: string[]): Promise<Map<string, Parties>> {
    const found = new Map<string, Parties>();
    const missing: string[] = [];
    for (const id of ids) {
      const p = this.partyCache.get(id);
      if (p) found.set(id, p);
      else missing.push(id);
    }
    for (let i = 0; i < missing.length; i += 500) {
      const chunk = missing.slice(i, i + 500);
      const text = `SELECT id, inviter_id, invitee_id FROM relay_connection WHERE id IN (${chunk.map(() => '?').join(', ')})`;
      for (const r of (await sql(this.db, em, text, chunk, chunk.length === 1)).rows) {
        const p = { inviterId: String(r.inviter_id), inviteeId: String(r.invitee_id) };
        this.cacheParties(String(r.id), p);
        found.set(String(r.id), p);
      }
    }
    for (const id of ids) {
      const p = found.get(id);
      if (!p || (p.inviterId !== callerId && p.inviteeId !== callerId)) throw new ConnectorError('forbidden', 'not a party of this connection');
    }
    return found;
  }
}
