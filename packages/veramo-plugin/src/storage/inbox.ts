import { MAX_ROWS_PER_STATEMENT } from '../limits.js';
import { InboxEntity, type InboxRow } from './entities.js';
import { RowMap } from './rows.js';
import { sql } from './sql.js';
import type { Store, Tx } from './store.js';

const rows = new RowMap<InboxRow>(InboxEntity);

/** A received message as the receive run hands it to the inbox (the table adds the connection and the id). */
export type NewInboxMessage = Omit<InboxRow, 'id' | 'connectionId'>;

/**
 * The inbox: every message received and opened, its plaintext encrypted at rest
 * (sealedField.inboxPlaintext), written in the same transaction that moved the receive window.
 * A record's (epoch, key, counter) is unique; a message id seen before on the connection is a
 * duplicate sealed again by its sender and is not stored twice.
 */
export class InboxTable {
  constructor(private readonly store: Store) {}

  /**
   * Stores the messages of one connection received in one transaction, in order, except those
   * whose message id the inbox (or an earlier one of them) already has: a duplicate sealed again
   * by its sender. Returns each message's row, or undefined for a duplicate. One statement per
   * MAX_ROWS_PER_STATEMENT messages: the unique (connection, message id) index makes the INSERT
   * skip a stored id itself (ON CONFLICT DO NOTHING) and RETURNING names the rows it did insert.
   */
  async insertNew(tx: Tx, connectionId: string, list: readonly NewInboxMessage[]): Promise<(InboxRow | undefined)[]> {
    // The row each message would be, or undefined for a second message with the same id in
    // the list (the first wins, as it would in two transactions).
    const seen = new Set<string>();
    const candidates = list.map((m): InboxRow | undefined => {
      if (m.messageId !== '' && seen.has(m.messageId)) return undefined;
      if (m.messageId !== '') seen.add(m.messageId);
      return { ...m, connectionId, id: 0 };
    });
    const fresh = candidates.filter((r): r is InboxRow => r !== undefined);
    for (let i = 0; i < fresh.length; i += MAX_ROWS_PER_STATEMENT) {
      const chunk = fresh.slice(i, i + MAX_ROWS_PER_STATEMENT);
      const inserted = await sql(
        tx,
        `INSERT INTO e2e_inbox (connection_id, epoch, key_id, counter, message_id, kind, plaintext_sealed, received_at, envelope) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING RETURNING id, epoch, key_id, counter`,
        chunk.flatMap((v) => [v.connectionId, v.epoch, v.keyId, v.counter, v.messageId, v.kind, v.plaintextSealed, v.receivedAt, v.envelope]),
      );
      // RETURNING promises no order: rows are matched on their unique (epoch, key, counter).
      const idOf = new Map(inserted.records.map((r) => [`${Number(r.epoch)}/${String(r.key_id)}/${Number(r.counter)}`, Number(r.id)]));
      for (const row of chunk) row.id = idOf.get(`${row.epoch}/${row.keyId}/${row.counter}`) ?? 0;
    }
    // Not inserted (no id returned): its message id was stored before.
    return candidates.map((row) => (row && row.id !== 0 ? row : undefined));
  }

  /** The message of a connection with this message id (the first stored), or null. */
  async byMessageId(connectionId: string, messageId: string): Promise<InboxRow | null> {
    const r = await sql(this.store.reads, `SELECT ${rows.select()} FROM e2e_inbox WHERE connection_id = ? AND message_id = ? ORDER BY id ASC LIMIT 1`, [connectionId, messageId]);
    return r.records[0] ? rows.from(r.records[0]) : null;
  }

  /** Up to `limit` messages after id `after`, oldest first, of one connection when given. */
  async page(after: number, limit: number, connectionId?: string): Promise<InboxRow[]> {
    const byConnection = connectionId === undefined ? '' : ' AND connection_id = ?';
    const params = [after, ...(connectionId === undefined ? [] : [connectionId]), limit];
    const r = await sql(this.store.reads, `SELECT ${rows.select()} FROM e2e_inbox WHERE id > ?${byConnection} ORDER BY id ASC LIMIT ?`, params);
    return r.records.map((x) => rows.from(x));
  }
}
