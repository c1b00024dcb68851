import { encodeFrame, toBase64url, type FrameInput, type SealedControl, type SessionState } from '@connector-e2e/protocol';
import { MAX_ROWS_PER_STATEMENT } from '../limits.js';
import { ids } from '../session/message-ids.js';
import { OutboxEntity, type ConnectionRow, type OutboxRow } from './entities.js';
import { RowMap } from './rows.js';
import { marks, sql } from './sql.js';
import type { Store, Tx } from './store.js';

const rows = new RowMap<OutboxRow>(OutboxEntity);

/** What a caller gives to queue a frame; the table fills in status, attempts and times. */
export type OutboxInsert = Omit<OutboxRow, 'id' | 'attempts' | 'status' | 'createdAt' | 'nextAttemptAt'>;

/**
 * The outbox: every frame this agent sends, written in the transition that produced it and
 * deleted once the connector stored it (acks, control, handshake frames) or the peer acked it
 * end to end (records). `reseal` rows hold a record's plaintext, encrypted at rest, until it is
 * sealed again under the current sending key; they are never sent as they are.
 */
/** An outbox row due to be sent, with what its connection says about how it leaves (transport/envelopes.ts). */
export type DueRow = OutboxRow & Pick<ConnectionRow, 'envelope' | 'localDid' | 'peerDid'>;

export class OutboxTable {
  constructor(private readonly store: Store) {}

  /** Queues a frame to send now; a `reseal` row is held (never due) until it is sealed. */
  insert(tx: Tx, row: OutboxInsert): Promise<void> {
    return this.insertMany(tx, [row]);
  }

  /**
   * Queues frames in the order given (ids ascend with it: one multi-row INSERT numbers its rows
   * in VALUES order), a statement per MAX_ROWS_PER_STATEMENT rows rather than one per row.
   */
  async insertMany(tx: Tx, list: readonly OutboxInsert[]): Promise<void> {
    const now = this.store.now();
    for (let i = 0; i < list.length; i += MAX_ROWS_PER_STATEMENT) {
      const chunk = list.slice(i, i + MAX_ROWS_PER_STATEMENT);
      const params = chunk.flatMap((row) => {
        const held = row.kind === 'reseal';
        return [row.connectionId, row.messageId, row.kind, row.frame, row.epoch, row.keyId, row.counter, row.atalaMessageId, held ? 'held' : 'pending', now, held ? Number.MAX_SAFE_INTEGER : now];
      });
      const values = chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)').join(', ');
      await sql(tx, `INSERT INTO e2e_outbox (connection_id, message_id, kind, frame, epoch, key_id, counter, atala_message_id, status, attempts, created_at, next_attempt_at) VALUES ${values} ON CONFLICT DO NOTHING`, params);
    }
  }

  /** Queues a sealed control message (in the caller's transaction) and returns the state that sealed it. */
  async queueControl(tx: Tx, row: ConnectionRow, step: { state: SessionState; sealed: SealedControl }): Promise<SessionState> {
    const frame = toBase64url(encodeFrame({ control: step.sealed } as FrameInput));
    await this.insert(tx, { connectionId: row.connectionId, messageId: ids.control(step.state.controlSendSequence), kind: 'control', frame, epoch: null, keyId: null, counter: null, atalaMessageId: null });
    return step.state;
  }

  /**
   * Rows to send now to `connectorUrl`, for all its connections (one we ended still sends what
   * it queued, its ConnectionClose last), oldest first, so one flush puts them into one request.
   * A connection's rows go when anything of it is due (pending, or sent and waiting too long for
   * an ack), and then every row of it not yet stored by the connector goes too, in order,
   * including rows still waiting out a backoff after a failed attempt: frames reach the
   * connector in the order they were queued, so a counter resync never overtakes the records it
   * skips over.
   */
  async due(connectorUrl: string, now: number, limit: number): Promise<DueRow[]> {
    // Two questions, each answered by an index that holds few dead entries while the outbox
    // churns (migration 7): pending rows, oldest first, from the partial index of pending rows;
    // sent rows whose ack is overdue, from (status, next_attempt_at). Together, the first
    // `limit` by id are the rows the single question "due, or pending behind something due"
    // would give.
    const join = `SELECT ${rows.select('o')}, c.envelope AS c_envelope, c.local_did AS c_local_did, c.peer_did AS c_peer_did FROM e2e_outbox o INNER JOIN e2e_connection c ON c.connection_id = o.connection_id WHERE c.connector_url = ?`;
    const pending = await sql(
      this.store.reads,
      `${join} AND o.status = 'pending' AND (o.next_attempt_at <= ? OR EXISTS (SELECT 1 FROM e2e_outbox d WHERE d.connection_id = o.connection_id AND d.status IN ('pending', 'sent') AND d.next_attempt_at <= ?)) ORDER BY o.id ASC LIMIT ?`,
      [connectorUrl, now, now, limit],
    );
    const overdue = await sql(this.store.reads, `${join} AND o.status = 'sent' AND o.next_attempt_at <= ? ORDER BY o.id ASC LIMIT ?`, [connectorUrl, now, limit]);
    const merged = overdue.records.length === 0 ? pending.records : [...pending.records, ...overdue.records].sort((a, b) => Number(a.id) - Number(b.id)).slice(0, limit);
    return merged.map((x) => ({
      ...rows.from(x),
      envelope: x.c_envelope === 'etamp' ? 'etamp' : null,
      localDid: String(x.c_local_did),
      peerDid: x.c_peer_did === null || x.c_peer_did === undefined ? null : String(x.c_peer_did),
    }));
  }

  private async distinctConnections(where: string, params: readonly unknown[]): Promise<string[]> {
    const r = await sql(this.store.reads, `SELECT DISTINCT connection_id FROM e2e_outbox WHERE ${where}`, params);
    return r.records.map((x) => String(x.connection_id));
  }

  /** Connections that have something due. */
  connectionsWithDue(now: number): Promise<string[]> {
    return this.distinctConnections('next_attempt_at <= ?', [now]);
  }

  /** Connections with records held to be sealed again (`reseal` rows). */
  connectionsWithHeldReseals(): Promise<string[]> {
    return this.distinctConnections("kind = 'reseal'", []);
  }

  /** Connections with a record sent at least `attempts` times and still not acknowledged end to end. */
  connectionsWithStaleRecords(attempts: number): Promise<string[]> {
    return this.distinctConnections("kind = 'record' AND attempts >= ?", [attempts]);
  }

  /** Records that the connector stored these rows (one statement per kind, not per row). */
  async markSent(sent: readonly OutboxRow[], retransmitAfterMs: number): Promise<void> {
    if (sent.length === 0) return;
    const records = sent.filter((r) => r.kind === 'record').map((r) => r.id);
    // Acks, control and handshake frames need no end-to-end ack: the connector holds them now.
    const others = sent.filter((r) => r.kind !== 'record').map((r) => r.id);
    await this.store.tx(async (tx) => {
      if (records.length > 0) await sql(tx, `UPDATE e2e_outbox SET status = 'sent', attempts = attempts + 1, next_attempt_at = ? WHERE id IN (${marks(records.length)})`, [this.store.now() + retransmitAfterMs, ...records]);
      if (others.length > 0) await sql(tx, `DELETE FROM e2e_outbox WHERE id IN (${marks(others.length)})`, others);
    });
  }

  /** A failed attempt: the row waits `delayMs` before the next. */
  async defer(row: OutboxRow, delayMs: number): Promise<void> {
    await this.store.execute('UPDATE e2e_outbox SET attempts = ?, next_attempt_at = ? WHERE id = ?', [row.attempts + 1, this.store.now() + delayMs, row.id]);
  }

  /** The connector let `messageId` expire undelivered: it goes again now (the same ciphertext). */
  async resendExpired(connectionId: string, messageId: string): Promise<void> {
    await this.store.execute("UPDATE e2e_outbox SET status = 'pending', next_attempt_at = ? WHERE connection_id = ? AND message_id = ?", [this.store.now(), connectionId, messageId]);
  }

  /** Deletes the outbox of a connection that has ended (revoked or failed); false if it has not. */
  async dropIfEnded(connectionId: string): Promise<boolean> {
    return this.store.tx(async (tx) => {
      const row = await this.store.connection(connectionId, tx);
      if (row && row.state !== 'revoked' && row.state !== 'failed') return false;
      await this.deleteAll(tx, connectionId);
      return true;
    });
  }

  async deleteAll(tx: Tx, connectionId: string): Promise<void> {
    await sql(tx, 'DELETE FROM e2e_outbox WHERE connection_id = ?', [connectionId]);
  }

  async deleteRows(tx: Tx, ids: readonly number[]): Promise<void> {
    for (let i = 0; i < ids.length; i += MAX_ROWS_PER_STATEMENT) {
      const chunk = ids.slice(i, i + MAX_ROWS_PER_STATEMENT);
      await sql(tx, `DELETE FROM e2e_outbox WHERE id IN (${marks(chunk.length)})`, chunk);
    }
  }

  /** The peer acked these counters under our sending key `keyId` of `epoch`: those records are done. */
  async deleteAcked(tx: Tx, connectionId: string, epoch: number, keyId: string, counters: readonly number[]): Promise<void> {
    if (counters.length === 0) return;
    await sql(tx, `DELETE FROM e2e_outbox WHERE connection_id = ? AND kind = 'record' AND epoch = ? AND key_id = ? AND counter IN (${marks(counters.length)})`, [connectionId, epoch, keyId, ...counters]);
  }

  /** Records and held reseals not yet acknowledged end to end. */
  async unackedCount(connectionId: string): Promise<number> {
    const r = await sql(this.store.reads, "SELECT COUNT(*) AS n FROM e2e_outbox WHERE connection_id = ? AND kind IN ('record', 'reseal')", [connectionId]);
    return Number(r.records[0]?.n ?? 0);
  }

  /** The oldest `limit` held reseal rows of a connection. */
  async heldReseals(tx: Tx, connectionId: string, limit: number): Promise<OutboxRow[]> {
    const r = await sql(tx, `SELECT ${rows.select()} FROM e2e_outbox WHERE connection_id = ? AND kind = 'reseal' ORDER BY id ASC LIMIT ?`, [connectionId, limit]);
    return r.records.map((x) => rows.from(x));
  }

  /** Outstanding records of `epoch`, under sending key `keyId` when given, in the order they were queued. */
  async records(tx: Tx, connectionId: string, epoch: number, keyId?: string): Promise<OutboxRow[]> {
    const byKey = keyId === undefined ? '' : ' AND key_id = ?';
    const r = await sql(tx, `SELECT ${rows.select()} FROM e2e_outbox WHERE connection_id = ? AND kind = 'record' AND epoch = ?${byKey} ORDER BY id ASC`, keyId === undefined ? [connectionId, epoch] : [connectionId, epoch, keyId]);
    return r.records.map((x) => rows.from(x));
  }

  /** Outstanding records under `keyId` of `epoch` with a counter below `below`, by counter. */
  async recordsBelow(tx: Tx, connectionId: string, epoch: number, keyId: string, below: number): Promise<OutboxRow[]> {
    const r = await sql(tx, `SELECT ${rows.select()} FROM e2e_outbox WHERE connection_id = ? AND kind = 'record' AND epoch = ? AND key_id = ? AND counter < ? ORDER BY counter ASC`, [connectionId, epoch, keyId, below]);
    return r.records.map((x) => rows.from(x));
  }

  /** The lowest counter of an outstanding record under `keyId` of `epoch` in [from, below), or null. */
  async oldestCounter(tx: Tx, connectionId: string, epoch: number, keyId: string, from: number, below?: number): Promise<number | null> {
    const upper = below === undefined ? '' : ' AND counter < ?';
    const params = [connectionId, epoch, keyId, from, ...(below === undefined ? [] : [below])];
    const r = await sql(tx, `SELECT MIN(counter) AS c FROM e2e_outbox WHERE connection_id = ? AND kind = 'record' AND epoch = ? AND key_id = ? AND counter >= ?${upper}`, params);
    const c = r.records[0]?.c;
    return c === null || c === undefined ? null : Number(c);
  }

  /** The sending keys (base64url) that outstanding records of `epoch` were sealed under. */
  async recordKeyIds(tx: Tx, connectionId: string, epoch: number): Promise<(string | null)[]> {
    const r = await sql(tx, "SELECT DISTINCT key_id FROM e2e_outbox WHERE connection_id = ? AND kind = 'record' AND epoch = ?", [connectionId, epoch]);
    return r.records.map((x) => (x.key_id === null || x.key_id === undefined ? null : String(x.key_id)));
  }
}
