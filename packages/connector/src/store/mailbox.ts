/**
 * Mailbox order and locks. Every participant has one mailbox whose items are numbered by
 * `participant.next_seq`. A writer increments that counter (taking the participant row's lock
 * on PostgreSQL; SQLite has one writer anyway), inserts its item and commits while still
 * holding the lock, so the items of one mailbox become visible strictly in sequence order. A
 * reader's cursor (`after`) can therefore never step over an item that commits later with a
 * smaller number. Items leave only when acked (or expire), so the unacked set stays the truth
 * and a fetch from 0 always sees all of it.
 *
 * Also the notices the connector writes into mailboxes itself (accepted, revoked, expired,
 * directory connections). Notices are not messages: the mailbox quota does not count them.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from '../db.js';
import { ConnectorError } from '../errors.js';
import type { MailboxUsage } from '../quotas.js';
import { isPg, sql, type Row } from './sql.js';

/** Message ids of the notices; client message ids never start with "!". */
export const ACCEPTED_ID = '!accepted';
export const REVOKED_ID = '!revoked';
export const EXPIRED_PREFIX = '!expired:';
export const DIRECTORY_ID = '!directory';

/**
 * Takes the mailbox's write lock and reserves `count` sequence numbers; returns the last, and
 * the mailbox's usage as of the lock (for the quota).
 * (Numbers reserved but not used leave gaps, which readers never mind: they only compare.)
 */
export async function nextSeq(db: Database, em: EntityManager, mailboxId: string, count = 1): Promise<{ seq: number; usage: MailboxUsage }> {
  let rows: Row[];
  if (db.driver === 'sqlite3') {
    // typeorm's sqlite3 runner drops RETURNING rows of an UPDATE: read the value back instead
    await sql(db, em, 'UPDATE participant SET next_seq = next_seq + ? WHERE id = ?', [count, mailboxId]);
    rows = (await sql(db, em, 'SELECT next_seq, stored_items, stored_bytes FROM participant WHERE id = ?', [mailboxId])).rows;
  } else {
    rows = (await sql(db, em, 'UPDATE participant SET next_seq = next_seq + ? WHERE id = ? RETURNING next_seq, stored_items, stored_bytes', [count, mailboxId], true)).rows;
  }
  if (rows.length !== 1) throw new ConnectorError('internal', 'mailbox owner not found');
  const r = rows[0]!;
  return { seq: Number(r.next_seq), usage: { items: Number(r.stored_items), bytes: Number(r.stored_bytes) } };
}

/**
 * Locks participant rows in id order (the order every writer takes them in, so writers that
 * lock several cannot deadlock) and returns their connection counts. SQLite has one writer.
 */
export async function lockParticipants(db: Database, em: EntityManager, ids: string[]): Promise<Map<string, number>> {
  const sorted = [...new Set(ids)].sort();
  const counts = new Map<string, number>();
  if (sorted.length === 0) return counts;
  const { rows } = isPg(db)
    ? await sql(db, em, 'SELECT id, connections FROM participant WHERE id = ANY(?::varchar[]) ORDER BY id FOR UPDATE', [sorted], true)
    : await sql(db, em, `SELECT id, connections FROM participant WHERE id IN (${sorted.map(() => '?').join(', ')})`, sorted);
  for (const r of rows) counts.set(String(r.id), Number(r.connections));
  return counts;
}

async function notify(db: Database, em: EntityManager, mailboxId: string): Promise<void> {
  // Delivered to every listening connector process when (and only if) the transaction commits.
  if (isPg(db)) await sql(db, em, 'SELECT pg_notify(?, ?)', [db.notifyChannel, mailboxId], true);
}

export async function appendNotice(
  db: Database,
  em: EntityManager,
  mailboxId: string,
  n: { kind: number; connectionId: string; messageId: string; tokenId: string; now: number; payload?: Uint8Array },
): Promise<void> {
  const { seq } = await nextSeq(db, em, mailboxId);
  // A notice with the same reference may be pending from before (e.g. an id that expired twice).
  await em.delete(db.entities.MailboxItem, { recipientId: mailboxId, connectionId: n.connectionId, messageId: n.messageId });
  await em.insert(db.entities.MailboxItem, {
    recipientId: mailboxId,
    seq,
    kind: n.kind,
    connectionId: n.connectionId,
    senderId: '',
    messageId: n.messageId,
    tokenId: n.tokenId,
    payload: n.payload ?? null,
    size: n.payload?.length ?? 0,
    createdAt: n.now,
    expiresAt: null,
  });
  await notify(db, em, mailboxId);
}
