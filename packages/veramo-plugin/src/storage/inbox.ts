import { MAX_ROWS_PER_STATEMENT } from '../limits.js';
import { InboxEntity, type InboxRow } from './entities.js';
import { RowMap } from './rows.js';
import { marks, sql } from './sql.js';
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
   * by its sender. Returns each message's row, or undefined for a duplicate. Two statements per
   * MAX_ROWS_PER_STATEMENT messages, not two per message.
   */
  async insertNew(tx: Tx, connectionId: string, list: readonly NewInboxMessage[]): Promise<(InboxRow | undefined)[]> {
    const out: (InboxRow | undefined)[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i += MAX_ROWS_PER_STATEMENT) {
      const chunk = list.slice(i, i + MAX_ROWS_PER_STATEMENT);
      const ids = [...new Set(chunk.map((m) => m.messageId).filter((id) => id !== ''))];
      if (ids.length > 0) {
        const known = await sql(tx, `SELECT DISTINCT message_id FROM e2e_inbox WHERE connection_id = ? AND message_id IN (${marks(ids.length)})`, [connectionId, ...ids]);
        for (const k of known.records) seen.add(String(k.message_id));
      }
      // The rows returned: the same objects get their ids once inserted.
      const fresh: InboxRow[] = [];
      for (const m of chunk) {
        if (m.messageId !== '' && seen.has(m.messageId)) {
          out.push(undefined);
          continue;
        }
        if (m.messageId !== '') seen.add(m.messageId);
        const row = { ...m, connectionId, id: 0 };
        out.push(row);
        fresh.push(row);
      }
      if (fresh.length === 0) continue;
      const inserted = await sql(
        tx,
        `INSERT INTO e2e_inbox (connection_id, epoch, key_id, counter, message_id, kind, plaintext_sealed, received_at, envelope) VALUES ${fresh.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} RETURNING id, epoch, key_id, counter`,
        fresh.flatMap((v) => [v.connectionId, v.epoch, v.keyId, v.counter, v.messageId, v.kind, v.plaintextSealed, v.receivedAt, v.envelope]),
      );
      // RETURNING promises no order: rows are matched on their unique (epoch, key, counter).
      const idOf = new Map(inserted.records.map((r) => [`${Number(r.epoch)}/${String(r.key_id)}/${Number(r.counter)}`, Number(r.id)]));
      for (const row of fresh) {
        const id = idOf.get(`${row.epoch}/${row.keyId}/${row.counter}`);
        if (id === undefined) throw new Error(`e2e_inbox: no id returned for ${connectionId}/${row.epoch}/${row.keyId}/${row.counter}`);
        row.id = id;
      }
    }
    return out;
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
