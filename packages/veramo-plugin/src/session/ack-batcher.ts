import { toBase64url } from '@connector-e2e/protocol';
import { ACK_BATCH, ACK_DELAY_MS } from '../limits.js';

/** The counters to acknowledge under one of the peer's sending keys. */
export interface PendingAck {
  readonly epoch: number;
  readonly keyId: Uint8Array;
  readonly counters: Set<number>;
}

/**
 * End-to-end acks are batched: a received record's counter waits up to ACK_DELAY_MS for more
 * of the same connection (fewer ack records, the same guarantees, since a record is acked only
 * after it is stored), or goes at once when ACK_BATCH are waiting. A batch holds one entry per
 * sending key of the peer; `seal` turns it into EndToEndAck records and returns what did not
 * fit in its transaction, which waits for the next batch.
 *
 * `seal` takes the batch (`take`) only once it holds the connection's lock, which every
 * received record's `add` runs under too: an ack then lists every counter received before it,
 * so its `receive_next` never runs ahead of what it and the acks before it acknowledged. (When
 * the batch was taken before the lock, records received meanwhile were below the ack's
 * `receive_next` but in no ack yet, and the sender took them for records the peer had lost
 * and sealed them again.)
 */
export class AckBatcher {
  private readonly pending = new Map<string, Map<string, PendingAck>>();

  constructor(
    private readonly seal: (connectionId: string, take: () => PendingAck[]) => Promise<PendingAck[]>,
    private readonly onError: (connectionId: string, e: Error) => void,
  ) {}

  /** Queues `counter` (under the peer's key `keyId` of `epoch`) for the connection's next ack. */
  add(connectionId: string, epoch: number, keyId: Uint8Array, counter: number): void {
    let byKey = this.pending.get(connectionId);
    const first = !byKey;
    if (!byKey) this.pending.set(connectionId, (byKey = new Map()));
    const k = `${epoch}/${toBase64url(keyId)}`;
    let entry = byKey.get(k);
    if (!entry) byKey.set(k, (entry = { epoch, keyId, counters: new Set() }));
    entry.counters.add(counter);
    const send = () => void this.send(connectionId).catch((e: Error) => this.onError(connectionId, e));
    if (first) setTimeout(send, ACK_DELAY_MS);
    else if (entry.counters.size === ACK_BATCH) setImmediate(send);
  }

  private async send(connectionId: string): Promise<void> {
    const take = () => {
      const byKey = this.pending.get(connectionId);
      this.pending.delete(connectionId);
      return [...(byKey?.values() ?? [])];
    };
    const left = await this.seal(connectionId, take);
    for (const a of left) for (const c of a.counters) this.add(connectionId, a.epoch, a.keyId, c);
  }
}
