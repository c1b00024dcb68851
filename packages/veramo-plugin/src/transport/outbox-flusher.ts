import { ConnectorClientError, MAX_SEND_BATCH_ITEMS, type ConnectorClient, type SendBatchResult } from '@connector-e2e/connector-client';
import { fromBase64url } from '@connector-e2e/protocol';
import createDebug from 'debug';
import type { OutboxRow } from '../storage/entities.js';
import type { DueRow } from '../storage/outbox.js';
import type { Envelopes } from './envelopes.js';
import type { Store } from '../storage/store.js';
import { OUTBOX_RETRY_BASE_MS, OUTBOX_RETRY_MAX_MS } from '../limits.js';

const debug = createDebug('connector-e2e:plugin');

type FlushWaiter = { connectionId: string; resolve: () => void; reject: (e: unknown) => void };

/**
 * Sends the outbox: every frame leaves from there, only after the transaction that queued it
 * committed, and stays there until the connector stored it (records: until the peer's
 * end-to-end ack). One flusher per connector URL.
 */
export class OutboxFlusher {
  /** Flusher per connector URL. */
  private readonly flushing = new Map<string, { done: Promise<void>; waiters: FlushWaiter[] }>();
  private readonly connectorOf = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly clientOf: (url: string) => Promise<ConnectorClient>,
    private readonly retransmitAfterMs: number,
    private readonly envelopes: Envelopes,
  ) {}

  /**
   * What goes to the connector for each row: its frame, or its ETAMP envelope (envelopes.ts).
   * The rows of a connection with an envelope that could not be made are left out, and named.
   */
  private async payloads(rows: readonly DueRow[]): Promise<{ due: DueRow[]; payloadOf: Map<number, Uint8Array>; unsignable: Map<string, Error> }> {
    const made = await Promise.allSettled(rows.map((o) => this.envelopes.payload({ ...o, frame: fromBase64url(o.frame) as Uint8Array })));
    const unsignable = new Map<string, Error>();
    made.forEach((m, i) => {
      if (m.status === 'rejected' && !unsignable.has(rows[i]!.connectionId)) unsignable.set(rows[i]!.connectionId, m.reason instanceof Error ? m.reason : new Error(String(m.reason)));
    });
    const due: DueRow[] = [];
    const payloadOf = new Map<number, Uint8Array>();
    rows.forEach((o, i) => {
      const m = made[i]!;
      if (unsignable.has(o.connectionId) || m.status !== 'fulfilled') return;
      due.push(o);
      payloadOf.set(o.id, m.value);
    });
    return { due, payloadOf, unsignable };
  }

  /** Resolves once no flush is running. */
  async idle(): Promise<void> {
    await Promise.all([...this.flushing.values()].map((f) => f.done.catch(() => undefined)));
  }

  /** Starts a flush of the connection's outbox in the background. */
  kick(connectionId: string): void {
    void this.flush(connectionId).catch((e: Error) => debug('flush %s: %s', connectionId, e.message));
  }

  /**
   * Sends the due outbox rows of the connection's connector, in order. Resolves once a flush
   * pass that began after the call has sent everything of this connection that was due;
   * rejects when the connector could not be reached or refused one of its rows.
   */
  async flush(connectionId: string): Promise<void> {
    let url = this.connectorOf.get(connectionId);
    if (!url) {
      const row = await this.store.connection(connectionId);
      if (!row) return;
      url = row.connectorUrl;
      this.connectorOf.set(connectionId, url);
    }
    const target = url;
    return new Promise<void>((resolve, reject) => {
      let state = this.flushing.get(target);
      if (!state) {
        const fresh = { done: Promise.resolve(), waiters: [] as FlushWaiter[] };
        this.flushing.set(target, fresh);
        fresh.done = this.runFlush(target, fresh);
        state = fresh;
      }
      state.waiters.push({ connectionId, resolve, reject });
    });
  }

  /**
   * One flusher per connector keeps each connection's order and puts the frames of all
   * connections (records, acks, control) into one signed sendBatch. Each pass answers the
   * callers that were waiting when it began (their rows were in the outbox then), so under a
   * steady stream of sends no caller waits for the stream to stop.
   */
  private async runFlush(url: string, state: { waiters: FlushWaiter[] }): Promise<void> {
    await Promise.resolve(); // let the first caller register
    try {
      while (state.waiters.length > 0) {
        const waiters = state.waiters.splice(0);
        let failed: Map<string, Error>;
        try {
          failed = await this.flushOnce(url);
        } catch (e) {
          for (const w of waiters) w.reject(e);
          continue;
        }
        for (const w of waiters) {
          const e = failed.get(w.connectionId);
          if (e) w.reject(e);
          else w.resolve();
        }
      }
    } finally {
      this.flushing.delete(url);
    }
  }

  /** Sends everything due at `url`; returns the connections whose rows the connector refused. */
  private async flushOnce(url: string): Promise<Map<string, Error>> {
    const client = await this.clientOf(url);
    const failed = new Map<string, Error>();
    const backoff = (o: OutboxRow) => Math.min(OUTBOX_RETRY_MAX_MS, OUTBOX_RETRY_BASE_MS * 2 ** Math.min(o.attempts, 6));
    for (;;) {
      const fetched = await this.store.outbox.due(url, this.store.now(), MAX_SEND_BATCH_ITEMS);
      if (fetched.length === 0) return failed;
      // A connection whose envelope could not be signed (its DID's key gone from the KMS, say)
      // waits out a back-off, all its rows in order; the other connections' rows go.
      const { due, payloadOf, unsignable } = await this.payloads(fetched);
      for (const o of fetched) if (unsignable.has(o.connectionId)) await this.store.outbox.defer(o, backoff(o));
      for (const [id, e] of unsignable) {
        debug('signing an envelope on %s: %s', id, e.message);
        if (!failed.has(id)) failed.set(id, e);
      }
      if (due.length === 0) {
        if (fetched.length < MAX_SEND_BATCH_ITEMS) return failed;
        continue;
      }
      let results: SendBatchResult[];
      try {
        // One signed request and one connector transaction for the whole batch, in outbox order.
        results = await client.sendBatch(due.map((o) => ({ connectionId: o.connectionId, messageId: o.messageId, payload: payloadOf.get(o.id)! })));
      } catch (e) {
        const connections = new Set(due.map((o) => o.connectionId));
        if (ConnectorClientError.is(e) && !e.retryable && connections.size > 1) {
          // A request refused as a whole (e.g. one connection revoked meanwhile) must not hold
          // back the others: send connection by connection this time.
          results = [];
          for (const id of connections) {
            const rows = due.filter((o) => o.connectionId === id);
            const part = await client.sendBatch(rows.map((o) => ({ connectionId: id, messageId: o.messageId, payload: payloadOf.get(o.id)! }))).catch((err: unknown) => rows.map((): SendBatchResult => ({ ok: false, error: err as ConnectorClientError })));
            results.push(...part);
          }
          const order = new Map(due.map((o, i) => [o.id, i]));
          const byConnection = [...connections].flatMap((id) => due.filter((o) => o.connectionId === id));
          const reordered: SendBatchResult[] = new Array(due.length);
          byConnection.forEach((o, i) => (reordered[order.get(o.id)!] = results[i]!));
          results = reordered;
        } else {
          for (const o of due) await this.store.outbox.defer(o, backoff(o));
          throw e;
        }
      }
      const sent: OutboxRow[] = [];
      for (const [i, o] of due.entries()) {
        const r = results[i]!;
        if (r.ok) sent.push(o);
        else {
          // Not stored (queue full, revoked, too large): kept and retried later, never dropped,
          // unless both ends agree the connection is over (we ended it, or the peer closed it)
          // and the connector refuses it as revoked.
          if (ConnectorClientError.is(r.error, 'connection_revoked') && (await this.store.outbox.dropIfEnded(o.connectionId))) continue;
          if (!failed.has(o.connectionId)) failed.set(o.connectionId, r.error);
          if (!r.error.retryable) debug('connector refused %s on %s: %s', o.messageId, o.connectionId, r.error.message);
          await this.store.outbox.defer(o, backoff(o));
        }
      }
      await this.store.outbox.markSent(sent, this.retransmitAfterMs);
      if (fetched.length < MAX_SEND_BATCH_ITEMS) return failed; // everything due when this pass began is out
    }
  }
}
