/** Reading a mailbox: pages of unacked items after a cursor, bounded by count and payload bytes. */
import type { EntityManager } from 'typeorm';
import type { Database } from '../db.js';
import type { MailboxItemRow, NonceRow } from '../entities.js';
import { nonceTx } from './nonces.js';
import { sql, toBytes, type Row } from './sql.js';

function itemFromRow(recipientId: string, r: Row): MailboxItemRow {
  return {
    recipientId,
    seq: Number(r.seq),
    kind: Number(r.kind),
    connectionId: String(r.connection_id),
    senderId: String(r.sender_id),
    messageId: String(r.message_id),
    tokenId: String(r.token_id),
    payload: toBytes(r.payload),
    size: Number(r.size),
    createdAt: Number(r.created_at),
    expiresAt: r.expires_at === null || r.expires_at === undefined ? null : Number(r.expires_at),
  };
}

/**
 * Items of `recipientId` with seq > after, oldest first; one more than `limit` tells has_more.
 * With `maxBytes`, the page ends once its payloads reach that many bytes (it always holds at
 * least one item): the sizes are summed over the page first, and only the payloads that fit
 * are read, so a backlog of large payloads is never loaded at once.
 */
export async function fetchItems(
  db: Database,
  recipientId: string,
  after: number,
  limit: number,
  now: number,
  nonce?: NonceRow,
  maxBytes?: number,
): Promise<{ items: MailboxItemRow[]; hasMore: boolean }> {
  const columns = 'seq, kind, connection_id, sender_id, message_id, token_id, payload, size, created_at, expires_at';
  const where = 'recipient_id = ? AND seq > ? AND (expires_at IS NULL OR expires_at > ?)';
  const read = (em: EntityManager) =>
    maxBytes === undefined
      ? sql(db, em, `SELECT ${columns} FROM mailbox_item WHERE ${where} ORDER BY seq LIMIT ?`, [recipientId, after, now, limit + 1], true)
      : sql(
          db,
          em,
          `WITH page AS (SELECT seq, size FROM mailbox_item WHERE ${where} ORDER BY seq LIMIT ?),` +
            ' sized AS (SELECT seq, SUM(size) OVER (ORDER BY seq) - size AS before, COUNT(*) OVER () AS total FROM page)' +
            ` SELECT ${columns.split(', ').map((c) => `m.${c}`).join(', ')}, sized.total FROM sized JOIN mailbox_item m ON m.recipient_id = ? AND m.seq = sized.seq` +
            ' WHERE sized.before < ? ORDER BY m.seq',
          [recipientId, after, now, limit + 1, recipientId, maxBytes],
          true,
        );
  // one statement needs no transaction of its own (SQLite access is still serialized)
  const { rows } = nonce ? await nonceTx(db, nonce, read) : await db.read(read);
  const items = rows.map((r) => itemFromRow(recipientId, r));
  // cut by bytes: the page had more rows than fit
  if (rows.length > 0 && rows[0]!.total !== undefined && rows.length < Number(rows[0]!.total)) return { items, hasMore: true };
  const hasMore = items.length > limit;
  return { items: hasMore ? items.slice(0, limit) : items, hasMore };
}
