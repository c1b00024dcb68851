import { createStatusReport, type CryptoProvider } from '@connector-e2e/protocol';
import { REPAIR_INTERVAL_MS } from '../limits.js';
import type { KeyedMutex } from '../mutex.js';
import type { OutboxFlusher } from '../transport/outbox-flusher.js';
import { ProbeSchedule } from './probe-schedule.js';
import type { Store } from '../storage/store.js';

/**
 * When this agent tells a peer where it stands (a StatusReport, docs/protocol.md 12): asked or
 * not, after a record it could not open, and when its own records go unacknowledged.
 */
export class StatusReports {
  /** Per connection: when we last asked the peer for its status (backing off while unanswered). */
  readonly probes = new ProbeSchedule();
  /** Per connection: when we last told the peer, unasked, which of its keys we hold. */
  private readonly unreadableReportedAt = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly crypto: CryptoProvider,
    private readonly mutex: KeyedMutex,
    private readonly outbox: OutboxFlusher,
  ) {}

  /** Queues our status report on an established connection (in a transaction of its own) and sends it. */
  async send(connectionId: string, replyRequested: boolean): Promise<void> {
    await this.mutex.run(connectionId, () =>
      this.store.transition(connectionId, async (row, em) => {
        if (row.state !== 'established') return { result: undefined };
        const s = await this.store.outbox.queueControl(em, row, createStatusReport(this.crypto, this.store.session(row), this.store.now(), replyRequested));
        return { patch: { session: s }, result: undefined };
      }),
    );
    this.outbox.kick(connectionId);
  }

  /**
   * Records that keep going out without an end-to-end ack: the peer may be unable to open them
   * (its window was rolled back by a restore, or a counter resync was lost). Ask it where it
   * stands; its status report answers and DeliveryRepair acts on it.
   */
  async probe(connectionId: string): Promise<void> {
    if (!this.probes.take(connectionId, this.store.now())) return; // backing off while unanswered
    await this.send(connectionId, true);
  }

  /**
   * A record we could not open may be under a sending key we never got or already dropped (a
   * lost announcement, a restore, more process lives of the peer than we keep keys for), or
   * beyond our look-ahead: tell the peer at once which of its keys we hold and where we stand,
   * instead of leaving it to probe after three unacknowledged transmissions. At most one such
   * report per REPAIR_INTERVAL_MS per connection, so a relay that sends garbage gains nothing.
   */
  async afterUnreadable(connectionId: string): Promise<void> {
    const now = this.store.now();
    if (now - (this.unreadableReportedAt.get(connectionId) ?? 0) < REPAIR_INTERVAL_MS) return;
    this.unreadableReportedAt.set(connectionId, now);
    await this.send(connectionId, false);
  }
}
