import { InboxEntity, type InboxRow } from './entities.js';
import { RowMap } from './rows.js';
import { sql } from './sql.js';
import type { Store, Tx } from './store.js';

const rows = new RowMap<InboxRow>(InboxEntity);

/**
 * The inbox: every message received and opened, its plaintext encrypted at rest
 * (sealedField.inboxPlaintext), written in the same transaction that moved the receive window.
 * A record's (epoch, key, counter) is unique; a message id seen before on the connection is a
 * duplicate sealed again by its sender and is not stored twice.
 */
export class InboxTable {
  constructor(private readonly store: Store) {}

  async hasMessageId(tx: Tx, connectionId: string, messageId: string): Promise<boolean> {
    const r = await sql(tx, 'SELECT 1 AS one FROM e2e_inbox WHERE connection_id = ? AND message_id = ? LIMIT 1', [connectionId, messageId]);
    return r.records.length > 0;
  }

  /** Stores a received message; returns the row with its id. */
  async insert(tx: Tx, values: Omit<InboxRow, 'id'>): Promise<InboxRow> {
    const inserted = await sql(
      tx,
      'INSERT INTO e2e_inbox (connection_id, epoch, key_id, counter, message_id, kind, plaintext_sealed, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id',
      [values.connectionId, values.epoch, values.keyId, values.counter, values.messageId, values.kind, values.plaintextSealed, values.receivedAt],
    );
    return { ...values, id: Number(inserted.records[0]!.id) };
  }

  /** Up to `limit` messages after id `after`, oldest first, of one connection when given. */
  async page(after: number, limit: number, connectionId?: string): Promise<InboxRow[]> {
    const byConnection = connectionId === undefined ? '' : ' AND connection_id = ?';
    const params = [after, ...(connectionId === undefined ? [] : [connectionId]), limit];
    const r = await sql(this.store.reads, `SELECT ${rows.select()} FROM e2e_inbox WHERE id > ?${byConnection} ORDER BY id ASC LIMIT ?`, params);
    return r.records.map((x) => rows.from(x));
  }
}
