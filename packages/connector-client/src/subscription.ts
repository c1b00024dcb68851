/**
 * A live subscription to the caller's mailbox. While the WebSocket is open the connector
 * pushes items and acks go back over the socket; while it is down the subscription
 * reconnects with exponential backoff and full jitter and meanwhile pulls over HTTP.
 * Items are handed to `onMessage` one at a time in mailbox order; an item is acked only
 * after its handler resolved, so a crash or a throwing handler means redelivery, not loss.
 */
import WebSocket from 'ws';
import { connector_e2e } from '@connector-e2e/protocol';
import { errorFromResponse, toDelivery, type ConnectorClient } from './client.js';
import { ConnectorClientError, unreachableError } from './errors.js';
import type { AckRef, Delivery } from './types.js';

const api = connector_e2e.connector.v1;

export type SubscriptionStatus = 'connecting' | 'open' | 'closed';

/**
 * What a handler may return: the items it could not authenticate. They are not acked, so the
 * connector keeps them, and they are offered again after a back-off: a relay between the
 * connector and this client may have tampered with this copy while the connector holds the
 * genuine one, and an ack (by message id) would delete the genuine item.
 */
export interface HandlerResult {
  readonly rejected?: readonly Delivery[];
}

export interface SubscribeOptions {
  onMessage(delivery: Delivery): void | HandlerResult | Promise<void | HandlerResult>;
  /**
   * Optional: handles the items that queued up while the previous handler ran, in mailbox
   * order, at most MAX_BATCH at a time (e.g. to store them in one transaction). They are acked
   * only once it resolves; if it throws, none of them is acked (so handle them idempotently).
   * Without it, `onMessage` gets one item at a time.
   */
  onBatch?(deliveries: Delivery[]): void | HandlerResult | Promise<void | HandlerResult>;
  onError?(error: Error): void;
  onStatus?(status: SubscriptionStatus): void;
  /** First reconnect delay bound (default 250 ms); doubles per failure up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** HTTP pull interval while the socket is down (default 5 s). */
  pollIntervalMs?: number;
  /** First back-off before a rejected item is offered again (default REJECTED_RETRY_BASE_MS). */
  rejectedRetryBaseMs?: number;
  /** Rejections after which an item is acked after all (default REJECTED_MAX_ATTEMPTS). */
  rejectedMaxAttempts?: number;
  /** Reconnect when nothing (not even a ping) arrived for this long (default 75 s). */
  idleTimeoutMs?: number;
}

/** Most items handed to one `onBatch` call. */
const MAX_BATCH = 256;

/** Remembers recently handled seqs so an item seen by both push and pull is handled once. */
const SEEN_LIMIT = 10_000;

/**
 * A rejected item is offered again no sooner than this after its first rejection, doubling per
 * rejection up to REJECTED_RETRY_MAX_MS: a genuine copy fetched again arrives within seconds
 * once the relay behaves, and an item that never authenticates costs one attempt a minute.
 */
export const REJECTED_RETRY_BASE_MS = 1000;
export const REJECTED_RETRY_MAX_MS = 60_000;
/**
 * An item rejected this many times (over about four minutes with the defaults) is acked after
 * all: left unacked for good it would be fetched again by every later poll until the connector
 * expires it (30 days by default). What is lost then was tampered with, or could not be opened,
 * for minutes; a record still comes with its sender's retransmission.
 */
export const REJECTED_MAX_ATTEMPTS = 8;
/** Fetches for rejected items are at least this far apart (a poll already running is not doubled). */
const REJECTED_RETRY_MIN_DELAY_MS = 10;

export class Subscription {
  private ws: WebSocket | undefined;
  private closed = false;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private polling = false;
  private chain: Promise<void> = Promise.resolve();
  private queued: Delivery[] = [];
  private draining = false;
  private readonly seen = new Set<number>();
  /** Rejected items by seq: how often, and not before when they are offered again. */
  private readonly rejected = new Map<number, { attempts: number; notBefore: number }>();
  /** Fetches the mailbox again when the earliest rejected item's back-off is over. */
  private rejectedTimer: NodeJS.Timeout | undefined;
  private rejectedTimerAt = Infinity;
  private pendingAcks: AckRef[] = [];
  private flushScheduled = false;

  constructor(
    private readonly client: ConnectorClient,
    private readonly options: SubscribeOptions,
  ) {
    this.connect();
  }

  /** True while the WebSocket is open. */
  get connected(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  /** Stops reconnecting and closes the socket; reports no error from then on. Items not yet acked stay queued at the connector. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.rejectedTimer);
    clearTimeout(this.pollTimer);
    clearTimeout(this.idleTimer);
    const ws = this.ws;
    if (ws && ws.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close();
        setTimeout(() => {
          ws.terminate();
          resolve();
        }, 1000).unref();
      });
    }
    await this.chain;
    this.options.onStatus?.('closed');
  }

  private status(s: SubscriptionStatus): void {
    this.options.onStatus?.(s);
  }

  private error(e: unknown): void {
    // After close() nothing is reported: closing a socket that is still connecting makes `ws`
    // emit "closed before the connection was established", which is our own doing.
    if (this.closed) return;
    this.options.onError?.(e instanceof Error ? e : new Error(String(e)));
  }

  private connect(): void {
    if (this.closed) return;
    this.status('connecting');
    const { url, headers } = this.client.socketRequest();
    const ws = new WebSocket(url, { headers, handshakeTimeout: 10_000 });
    this.ws = ws;
    let retryAfterMs = 0;
    ws.binaryType = 'nodebuffer';
    ws.on('unexpected-response', (_req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const err = errorFromResponse(res.statusCode ?? 0, new Uint8Array(Buffer.concat(chunks)), (res.headers['retry-after'] as string | undefined) ?? null);
        if (err.retryAfterSeconds) retryAfterMs = err.retryAfterSeconds * 1000;
        this.error(err);
        ws.terminate();
      });
    });
    ws.on('open', () => {
      this.attempt = 0;
      clearTimeout(this.pollTimer);
      this.pollTimer = undefined;
      this.touch();
      this.status('open');
      this.flushAcks();
    });
    ws.on('ping', () => this.touch());
    ws.on('message', (data: Buffer) => {
      this.touch();
      let frame: connector_e2e.connector.v1.ServerFrame;
      try {
        frame = api.ServerFrame.decode(new Uint8Array(data));
      } catch (e) {
        this.error(new ConnectorClientError('bad_response', 'server frame does not decode', { cause: e }));
        return;
      }
      if (frame.deliveries) {
        for (const item of frame.deliveries.items ?? []) this.enqueue(toDelivery(item));
      } else if (frame.error) {
        const err = errorFromResponse(400, api.ErrorBody.encode(frame.error).finish(), null);
        // A refusal that says when to come back (frames rate-limited, then a 4029 close): the
        // reconnect waits at least that long instead of hitting the limit again at once.
        if (err.retryAfterSeconds) retryAfterMs = Math.max(retryAfterMs, err.retryAfterSeconds * 1000);
        this.error(err);
      }
    });
    ws.on('error', (e) => this.error(ConnectorClientError.is(e) ? e : unreachableError(url, e, 'socket error with the connector at')));
    ws.on('close', () => {
      clearTimeout(this.idleTimer);
      if (this.ws === ws) this.ws = undefined;
      if (this.closed) return;
      this.startPolling(0);
      const bound = Math.min(this.options.maxBackoffMs ?? 30_000, (this.options.initialBackoffMs ?? 250) * 2 ** this.attempt);
      this.attempt = Math.min(this.attempt + 1, 30);
      const delay = Math.max(retryAfterMs, Math.random() * bound);
      this.reconnectTimer = setTimeout(() => this.connect(), delay);
    });
  }

  /** Half-open detection on our side: a socket that stays silent past the idle timeout is dropped. */
  private touch(): void {
    clearTimeout(this.idleTimer);
    const ws = this.ws;
    this.idleTimer = setTimeout(() => ws?.terminate(), this.options.idleTimeoutMs ?? 75_000);
  }

  private enqueue(d: Delivery): void {
    this.queued.push(d);
    if (this.draining) return;
    this.draining = true;
    this.chain = this.chain.then(() => this.drain());
  }

  /** Hands queued items to the handler (one by one, or in batches with onBatch), then acks them. */
  private async drain(): Promise<void> {
    try {
      while (this.queued.length > 0 && !this.closed) {
        const taken = this.queued.splice(0, MAX_BATCH);
        const now = Date.now();
        const batch = taken.filter((d, i) => !this.seen.has(d.seq) && taken.findIndex((x) => x.seq === d.seq) === i && (this.rejected.get(d.seq)?.notBefore ?? 0) <= now);
        // Handled already, yet the connector hands it over again: our ack was lost (a socket
        // that died). Ack it again instead of skipping it in silence; left in the mailbox, it
        // would make the connector swallow the sender's retries of it (same message id) for good.
        const again = taken.filter((d) => this.seen.has(d.seq));
        if (again.length > 0) this.queueAcks(again);
        if (batch.length === 0) continue;
        const handled: Delivery[] = [];
        const rejected = new Set<Delivery>();
        const take = (result: void | HandlerResult) => {
          for (const d of result?.rejected ?? []) rejected.add(d);
        };
        if (this.options.onBatch) {
          try {
            take(await this.options.onBatch(batch));
            handled.push(...batch);
          } catch (e) {
            this.error(e); // none acked: they will come again
          }
        } else {
          for (const d of batch) {
            try {
              take(await this.options.onMessage(d));
              handled.push(d);
            } catch (e) {
              this.error(e); // not acked: it will come again
            }
          }
        }
        const maxAttempts = this.options.rejectedMaxAttempts ?? REJECTED_MAX_ATTEMPTS;
        const givenUp = [...rejected].filter((d) => (this.rejected.get(d.seq)?.attempts ?? 0) + 1 >= maxAttempts);
        for (const d of givenUp) rejected.delete(d);
        const accepted = handled.filter((d) => !rejected.has(d));
        for (const d of accepted) {
          this.remember(d.seq);
          this.rejected.delete(d.seq);
        }
        for (const d of rejected) this.backOff(d.seq, now);
        if (rejected.size > 0) this.scheduleRejectedRetry();
        this.queueAcks(accepted);
      }
    } finally {
      this.draining = false;
    }
  }

  private queueAcks(items: readonly Delivery[]): void {
    for (const d of items) this.pendingAcks.push({ connectionId: d.connectionId, messageId: d.messageId });
    if (items.length > 0 && !this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flushAcks());
    }
  }

  private backOff(seq: number, now: number): void {
    const attempts = (this.rejected.get(seq)?.attempts ?? 0) + 1;
    this.rejected.delete(seq); // re-inserted last, so the oldest entry is the one dropped below
    this.rejected.set(seq, { attempts, notBefore: now + Math.min(REJECTED_RETRY_MAX_MS, (this.options.rejectedRetryBaseMs ?? REJECTED_RETRY_BASE_MS) * 2 ** (attempts - 1)) });
    if (this.rejected.size > SEEN_LIMIT) {
      const first = this.rejected.keys().next().value;
      if (first !== undefined) this.rejected.delete(first);
    }
  }

  /**
   * The connector pushes an item once per socket: a rejected item comes back only with a fetch,
   * made here when the earliest back-off is over (whether or not the socket is open).
   */
  private scheduleRejectedRetry(): void {
    let at = Infinity;
    for (const r of this.rejected.values()) at = Math.min(at, r.notBefore);
    if (at === Infinity || (this.rejectedTimer && this.rejectedTimerAt <= at)) return;
    clearTimeout(this.rejectedTimer);
    this.rejectedTimerAt = at;
    this.rejectedTimer = setTimeout(() => {
      this.rejectedTimer = undefined;
      this.rejectedTimerAt = Infinity;
      const started = Date.now();
      void this.poll()
        .then((fetched) => {
          // Due, yet not in the mailbox any more (acked by another process, or expired): forget it.
          if (fetched) for (const [seq, r] of this.rejected) if (r.notBefore <= started && !fetched.has(seq)) this.rejected.delete(seq);
        })
        .finally(() => this.scheduleRejectedRetry());
    }, Math.max(REJECTED_RETRY_MIN_DELAY_MS, at - Date.now()));
    this.rejectedTimer.unref?.();
  }

  private remember(seq: number): void {
    this.seen.add(seq);
    if (this.seen.size > SEEN_LIMIT) {
      const first = this.seen.values().next().value;
      if (first !== undefined) this.seen.delete(first);
    }
  }

  private flushAcks(): void {
    this.flushScheduled = false;
    if (this.pendingAcks.length === 0) return;
    const refs = this.pendingAcks;
    this.pendingAcks = [];
    const ws = this.ws;
    if (ws && ws.readyState === WebSocket.OPEN) {
      ws.send(api.ClientFrame.encode({ ack: { refs } }).finish());
      return;
    }
    this.client.ack(refs).catch((e: unknown) => {
      // Unacked items are redelivered later; the handler sees them again only if this process
      // forgot them (the seen-set), else they are just acked again, so nothing is lost.
      this.error(e);
    });
  }

  private startPolling(delayMs: number): void {
    if (this.closed || this.pollTimer || this.connected) return;
    this.pollTimer = setTimeout(() => {
      void this.pollOnce().finally(() => {
        this.pollTimer = undefined;
        if (!this.connected) this.startPolling(this.options.pollIntervalMs ?? 5000);
      });
    }, delayMs);
  }

  /**
   * Offers every rejected item again now, without waiting out its back-off: the receiver's
   * state changed (keys arrived), so an item that failed may open now.
   */
  retryRejected(): Promise<void> {
    if (this.rejected.size === 0) return Promise.resolve();
    this.rejected.clear();
    return this.pollOnce();
  }

  /** One HTTP pull of everything unacked (used while the socket is down). */
  async pollOnce(): Promise<void> {
    await this.poll();
  }

  /** One pull; resolves with the seqs it fetched, or undefined if it did not run or failed. */
  private async poll(): Promise<Set<number> | undefined> {
    if (this.polling || this.closed) return undefined;
    this.polling = true;
    const fetched = new Set<number>();
    try {
      let after = 0;
      for (;;) {
        const page = await this.client.fetch({ after, limit: 200 });
        for (const d of page.items) {
          fetched.add(d.seq);
          this.enqueue(d);
        }
        after = page.nextAfter;
        if (!page.hasMore || this.closed || this.connected) break;
      }
      await this.chain;
      return fetched;
    } catch (e) {
      this.error(e);
      return undefined;
    } finally {
      this.polling = false;
    }
  }
}
