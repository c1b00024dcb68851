import { MAX_PROBE_DOUBLINGS, REPAIR_INTERVAL_MS } from '../limits.js';

/**
 * When a sender may ask a silent peer for its status (a StatusReport with reply requested,
 * docs/protocol.md 12). Requests back off while unanswered, so a peer that is away for days
 * does not come back to thousands of them queued at the connector (they count against the
 * connection's queue cap): the first goes out at once, the next after REPAIR_INTERVAL_MS, then
 * after twice that, and so on; any status report from the peer starts over. In memory: a
 * restart may ask once more, which is harmless.
 */
export class ProbeSchedule {
  private readonly last = new Map<string, { at: number; unanswered: number }>();

  /** Whether a status request may go out on `connectionId` at `now` (Unix ms); if so, it is counted as sent. */
  take(connectionId: string, now: number): boolean {
    const last = this.last.get(connectionId);
    if (last && now - last.at < REPAIR_INTERVAL_MS * 2 ** Math.min(last.unanswered - 1, MAX_PROBE_DOUBLINGS)) return false;
    this.last.set(connectionId, { at: now, unanswered: (last?.unanswered ?? 0) + 1 });
    return true;
  }

  /** The peer answered (a status report arrived): the next request may go out at once. */
  answered(connectionId: string): void {
    this.last.delete(connectionId);
  }
}
