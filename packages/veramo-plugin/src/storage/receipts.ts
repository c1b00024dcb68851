import { marks, sql } from './sql.js';
import { ReceiptEntity, type ReceiptRow } from './entities.js';
import { RowMap } from './rows.js';
import type { Store, Tx } from './store.js';

const rows = new RowMap<ReceiptRow>(ReceiptEntity);

/** A record sealed with a receipt request: the message and the hash of its content. */
export interface Sealing {
  messageId: string;
  contentHash: string;
}

/**
 * Delivery receipts this agent asked for (docs/protocol.md 26): a row per record it sealed with
 * a receipt request, written in the transaction that put the record in the outbox, and the
 * peer's signed receipt on the row of the sealing it names, once it verified. At most one row
 * of a message holds a receipt: the first that arrived.
 */
export class ReceiptTable {
  constructor(private readonly store: Store) {}

  /** Notes records sealed with a receipt request (in the transaction that queued them). */
  async requested(tx: Tx, connectionId: string, sealings: readonly Sealing[]): Promise<void> {
    if (sealings.length === 0) return;
    const now = this.store.now();
    await sql(
      tx,
      `INSERT INTO e2e_receipt (connection_id, message_id, content_hash, requested_at) VALUES ${sealings.map(() => '(?, ?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
      sealings.flatMap((x) => [connectionId, x.messageId, x.contentHash, now]),
    );
  }

  /** Of `messageIds`, those sent on the connection with a receipt request. */
  async requestedAmong(tx: Tx, connectionId: string, messageIds: readonly string[]): Promise<Set<string>> {
    if (messageIds.length === 0) return new Set();
    const r = await sql(tx, `SELECT DISTINCT message_id FROM e2e_receipt WHERE connection_id = ? AND message_id IN (${marks(messageIds.length)})`, [connectionId, ...messageIds]);
    return new Set(r.records.map((x) => String(x.message_id)));
  }

  /** Every sealing of a message asked a receipt for, oldest first (none: it asked for none). */
  async ofMessage(connectionId: string, messageId: string, tx: Tx = this.store.reads): Promise<ReceiptRow[]> {
    const r = await sql(tx, `SELECT ${rows.select()} FROM e2e_receipt WHERE connection_id = ? AND message_id = ? ORDER BY id ASC`, [connectionId, messageId]);
    return r.records.map((x) => rows.from(x));
  }

  /** Keeps a verified receipt on the row of the sealing it names (in the transition that accepted it). */
  async keep(tx: Tx, connectionId: string, messageId: string, contentHash: string, jwt: string, receivedAt: number): Promise<void> {
    await sql(tx, 'UPDATE e2e_receipt SET jwt = ?, received_at = ? WHERE connection_id = ? AND message_id = ? AND content_hash = ? AND jwt IS NULL', [
      jwt,
      receivedAt,
      connectionId,
      messageId,
      contentHash,
    ]);
  }
}
