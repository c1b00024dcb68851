/** Acks: the recipient deletes delivered items of its own mailbox by `(connection_id, message_id)`. */
import type { EntityManager } from 'typeorm';
import type { Database } from '../db.js';
import type { NonceRow } from '../entities.js';
import type { Connections } from './connections.js';
import { nonceTx } from './nonces.js';
import { isPg, sql } from './sql.js';

export interface AckRef {
  connectionId: string;
  messageId: string;
}

/**
 * Acks from a WebSocket: scoped to the caller's mailbox (refs on connections that are not
 * theirs simply match nothing), without a transaction of its own. Returns the number deleted.
 */
export async function ackOwn(db: Database, recipientId: string, refs: AckRef[]): Promise<number> {
  if (refs.length === 0) return 0;
  return db.writeOne((em) => deleteRefs(db, em, recipientId, refs));
}

/** Deletes acked items of the caller's mailbox; refs on connections not theirs are refused. */
export async function ack(db: Database, connections: Connections, recipientId: string, refs: AckRef[], nonce?: NonceRow): Promise<number> {
  if (refs.length === 0 && !nonce) return 0;
  return nonceTx(db, nonce, async (em) => {
    if (refs.length === 0) return 0;
    await connections.requireParties(em, recipientId, [...new Set(refs.map((r) => r.connectionId))]);
    return deleteRefs(db, em, recipientId, refs);
  });
}

/** Deletes `(connection_id, message_id)` refs of one mailbox: one statement on PostgreSQL. */
async function deleteRefs(db: Database, em: EntityManager, recipientId: string, refs: AckRef[]): Promise<number> {
  if (isPg(db)) {
    const text =
      'DELETE FROM mailbox_item WHERE recipient_id = ? AND (connection_id, message_id) IN' +
      ' (SELECT c, m FROM unnest(?::varchar[], ?::varchar[]) AS u(c, m))';
    return (await sql(db, em, text, [recipientId, refs.map((r) => r.connectionId), refs.map((r) => r.messageId)], true)).affected;
  }
  let deleted = 0;
  for (let i = 0; i < refs.length; i += 100) {
    const chunk = refs.slice(i, i + 100);
    const params: unknown[] = [recipientId];
    const terms = chunk.map((r) => {
      params.push(r.connectionId, r.messageId);
      return '(connection_id = ? AND message_id = ?)';
    });
    deleted += (await sql(db, em, `DELETE FROM mailbox_item WHERE recipient_id = ? AND (${terms.join(' OR ')})`, params)).affected;
  }
  return deleted;
}
