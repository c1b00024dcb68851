/**
 * Sending into mailboxes: one message or a batch, with duplicate detection, the per-connection
 * queue cap and the recipient's mailbox quota, all under the recipient's mailbox lock. A stored
 * message costs the mailbox counter update, one probe (revoked? duplicate? queue length?) and
 * the insert, which on PostgreSQL also carries the NOTIFY.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from '../db.js';
import type { ConnectorLimits } from '../config.js';
import { ITEM_KIND, type NonceRow } from '../entities.js';
import { ConnectorError } from '../errors.js';
import { mailboxQuotaRefusal } from '../quotas.js';
import type { Connections } from './connections.js';
import { nextSeq } from './mailbox.js';
import { nonceTx } from './nonces.js';
import { isPg, sql, toBuffer, type Wake } from './sql.js';

export interface SendResult {
  duplicate: boolean;
  expiresAt: number;
}

export interface BatchItem {
  connectionId: string;
  messageId: string;
  payload: Uint8Array;
}

/** What happened to one item of a batch send. */
export type BatchOutcome = { ok: true; duplicate: boolean; expiresAt: number } | { ok: false; error: ConnectorError };

/** Fault-injection points for tests (e.g. to stretch a write transaction). */
export interface StoreHooks {
  beforeInsert?(seq: number): Promise<void>;
}

export const MESSAGE_ID_PATTERN = /^[\x21-\x7e]{1,128}$/;

/** Rows per multi-row INSERT (11 parameters each; below every SQLite's variable limit). */
const INSERT_CHUNK = 64;
const ITEM_COLUMNS = '(recipient_id, seq, kind, connection_id, sender_id, message_id, token_id, payload, size, created_at, expires_at)';

export class Sender {
  constructor(
    private readonly db: Database,
    private readonly limits: ConnectorLimits,
    private readonly connections: Connections,
    private readonly wake: Wake,
  ) {}

  /** One message; the batch path with one item, whose refusal is thrown. */
  async send(senderId: string, connectionId: string, messageId: string, payload: Uint8Array, now: number, nonce?: NonceRow, hooks?: StoreHooks): Promise<SendResult> {
    const [outcome] = await this.sendBatch(senderId, [{ connectionId, messageId, payload }], now, nonce, hooks);
    if (!outcome!.ok) throw outcome!.error;
    return { duplicate: outcome!.duplicate, expiresAt: outcome!.expiresAt };
  }

  /**
   * Stores messages, possibly on several connections of the sender, in ONE transaction (with
   * the request's nonce). The whole batch is refused (`forbidden`, nothing stored) if any item
   * is on a connection the sender is not a party of. Otherwise every item gets an outcome:
   * stored, duplicate (its id is queued already, or came earlier in this batch), or refused
   * with bad_request (message id), payload_too_large, connection_revoked, queue_full or
   * quota_exceeded (the recipient mailbox's quota, checked against its counters under its lock).
   * Items of one connection are numbered in batch order, so its FIFO is the batch order.
   * Each recipient mailbox is locked in id order (concurrent batches cannot deadlock),
   * notified once, and woken once after the commit.
   */
  async sendBatch(senderId: string, items: readonly BatchItem[], now: number, nonce?: NonceRow, hooks?: StoreHooks): Promise<BatchOutcome[]> {
    const refused = (code: 'bad_request' | 'payload_too_large' | 'connection_revoked' | 'queue_full' | 'quota_exceeded', detail: string): BatchOutcome => ({
      ok: false,
      error: new ConnectorError(code, detail),
    });
    const checked: Array<BatchOutcome | undefined> = items.map((it) => {
      if (!MESSAGE_ID_PATTERN.test(it.messageId) || it.messageId.startsWith('!')) {
        return refused('bad_request', 'message_id must be 1-128 printable ASCII characters and must not start with "!"');
      }
      if (it.payload.length > this.limits.maxMessageBytes) {
        return refused('payload_too_large', `payload of ${it.payload.length} bytes exceeds the limit of ${this.limits.maxMessageBytes}`);
      }
      return undefined;
    });
    const expiresAt = now + this.limits.retentionSeconds * 1000;
    const { outcomes, woken } = await nonceTx(this.db, nonce, async (em) => {
      const outcomes = [...checked];
      const parties = await this.connections.requireParties(em, senderId, [...new Set(items.map((it) => it.connectionId))]);
      // recipient -> connection -> item indexes, in batch order
      const plan = new Map<string, Map<string, number[]>>();
      items.forEach((it, i) => {
        if (outcomes[i]) return;
        const p = parties.get(it.connectionId)!;
        const recipientId = p.inviterId === senderId ? p.inviteeId : p.inviterId;
        let conns = plan.get(recipientId);
        if (!conns) plan.set(recipientId, (conns = new Map()));
        let list = conns.get(it.connectionId);
        if (!list) conns.set(it.connectionId, (list = []));
        list.push(i);
      });
      const rows: unknown[][] = [];
      const woken: string[] = [];
      for (const recipientId of [...plan.keys()].sort()) {
        const conns = plan.get(recipientId)!;
        let count = 0;
        for (const list of conns.values()) count += list.length;
        // Under the mailbox lock from here: a concurrent retry of the same id waits for it and then sees it.
        const reserved = await nextSeq(this.db, em, recipientId, count);
        let seq = reserved.seq - count;
        const usage = reserved.usage;
        const before = rows.length;
        for (const [connectionId, list] of conns) {
          const probe = await this.probe(em, recipientId, connectionId, [...new Set(list.map((i) => items[i]!.messageId))]);
          let queued = probe.queued;
          // once one item of a connection is over the quota, so are its later ones (order kept)
          let overQuota: string | undefined;
          for (const i of list) {
            const it = items[i]!;
            if (probe.revoked) {
              outcomes[i] = refused('connection_revoked', 'the connection was revoked');
              continue;
            }
            const dupExpires = probe.queuedIds.get(it.messageId);
            if (dupExpires !== undefined) {
              outcomes[i] = { ok: true, duplicate: true, expiresAt: dupExpires };
              continue;
            }
            if (queued >= this.limits.queueCap) {
              outcomes[i] = refused('queue_full', `the connection already holds ${queued} undelivered messages for its recipient (cap ${this.limits.queueCap})`);
              continue;
            }
            overQuota ??= mailboxQuotaRefusal(usage, it.payload.length, this.limits);
            if (overQuota) {
              outcomes[i] = refused('quota_exceeded', overQuota);
              continue;
            }
            usage.items++;
            usage.bytes += it.payload.length;
            seq++;
            if (hooks?.beforeInsert) await hooks.beforeInsert(seq);
            rows.push([recipientId, seq, ITEM_KIND.message, connectionId, senderId, it.messageId, '', toBuffer(it.payload), it.payload.length, now, expiresAt]);
            probe.queuedIds.set(it.messageId, expiresAt);
            queued++;
            outcomes[i] = { ok: true, duplicate: false, expiresAt };
          }
        }
        if (rows.length > before) woken.push(recipientId);
      }
      await this.insertMessages(em, rows);
      return { outcomes: outcomes as BatchOutcome[], woken };
    });
    for (const id of woken) this.wake(id);
    return outcomes;
  }

  /**
   * One statement under the recipient's lock: is the connection revoked, how many messages
   * does it queue for the recipient, and which of `messageIds` are queued already (with their
   * expiry)?
   */
  private async probe(em: EntityManager, recipientId: string, connectionId: string, messageIds: string[]): Promise<{ revoked: boolean; queued: number; queuedIds: Map<string, number> }> {
    const head =
      'SELECT NULL AS message_id, NULL AS expires_at, (SELECT revoked_at FROM relay_connection WHERE id = ?) AS revoked,' +
      ' (SELECT COUNT(*) FROM mailbox_item WHERE recipient_id = ? AND connection_id = ? AND kind = ?) AS queued' +
      ' UNION ALL SELECT message_id, expires_at, NULL, NULL FROM mailbox_item WHERE recipient_id = ? AND connection_id = ? AND message_id';
    const params: unknown[] = [connectionId, recipientId, connectionId, ITEM_KIND.message, recipientId, connectionId];
    let text: string;
    if (isPg(this.db)) {
      text = `${head} = ANY(?::varchar[])`;
      params.push(messageIds);
    } else {
      text = `${head} IN (${messageIds.map(() => '?').join(', ')})`;
      params.push(...messageIds);
    }
    const { rows } = await sql(this.db, em, text, params, true);
    let revoked = false;
    let queued = 0;
    const queuedIds = new Map<string, number>();
    for (const r of rows) {
      if (r.queued !== null && r.queued !== undefined) {
        revoked = r.revoked !== null && r.revoked !== undefined;
        queued = Number(r.queued);
      } else {
        queuedIds.set(String(r.message_id), Number(r.expires_at ?? 0));
      }
    }
    return { revoked, queued, queuedIds };
  }

  /** Multi-row inserts; on PostgreSQL each also NOTIFYs its recipients (repeats within a transaction are merged). */
  private async insertMessages(em: EntityManager, rows: unknown[][]): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const values = chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
      const params = chunk.flat();
      if (isPg(this.db)) {
        params.push(this.db.notifyChannel);
        await sql(
          this.db,
          em,
          `WITH ins AS (INSERT INTO mailbox_item ${ITEM_COLUMNS} VALUES ${values} RETURNING recipient_id) SELECT pg_notify(?, r) FROM (SELECT DISTINCT recipient_id AS r FROM ins) d`,
          params,
          true,
        );
      } else {
        await sql(this.db, em, `INSERT INTO mailbox_item ${ITEM_COLUMNS} VALUES ${values}`, params);
      }
    }
  }
}
