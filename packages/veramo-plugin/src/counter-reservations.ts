import { markRestored, reserveCounters, type SessionState } from '@connector-e2e/protocol';
import createDebug from 'debug';
import type { CounterGuard, CounterMark } from './counter-guard.js';

const debug = createDebug('connector-e2e:plugin');

/** Counters reserved per counter-guard write (one fsync per block, not per message). */
export const GUARD_BLOCK = 1024;

/**
 * Which send counters this process may seal with (docs/protocol.md, "Restores"). A new block
 * is first recorded in the counter guard, outside the database; a guard mark ahead of the
 * stored reservation that this process did not write means the state was restored from older
 * data. Counters sealed in a transaction that did not commit (a write failed, the database
 * went away) are never sealed again: their ciphertexts never left the process, but nothing
 * else would keep the next transaction from drawing the same (key, IV) pairs.
 */
export class CounterReservations {
  /** The mark last read or written, per connection (the file is read only when the state moved). */
  private readonly seen = new Map<string, CounterMark>();
  /** The mark this process last wrote itself, per connection. */
  private readonly own = new Map<string, CounterMark>();
  /** Per connection and epoch: one past the highest counter reserved for sealing, committed or not. */
  private readonly sealedUpTo = new Map<string, Map<number, number>>();

  constructor(
    readonly guard: CounterGuard | undefined,
    private readonly block = GUARD_BLOCK,
  ) {}

  /** The stored state, marked `mustRekey` when the guard shows it was restored from older data. */
  checkRestored(connectionId: string, s: SessionState): SessionState {
    const mark = this.guard?.read(connectionId);
    return mark && ahead(mark, s) ? markRestored(s, mark) : s;
  }

  /**
   * Makes `count` counters from `s.sendNext` on available to seal with in the current
   * transaction. `skipped` counts counters passed over because a transaction of this process
   * that did not commit used them; the caller announces a wide skip with a counter resync.
   */
  reserve(connectionId: string, s: SessionState, count: number): { state: SessionState; skipped: number } {
    const guard = this.guard;
    // A restore cannot happen under a running process: the file is read again only when the
    // stored state differs from what this process last saw (another process reserved, first use).
    const known = this.seen.get(connectionId);
    const mark = known && known.epoch === s.epoch && known.reservedUntil === s.sendReservedUntil ? known : guard?.read(connectionId);
    if (mark) this.seen.set(connectionId, mark);
    if (mark && ahead(mark, s)) {
      const own = this.own.get(connectionId);
      if (!own || own.epoch !== mark.epoch || own.reservedUntil !== mark.reservedUntil) {
        debug('connection %s: counter guard %o is ahead of the stored session (epoch %d, reserved until %d): restored state', connectionId, mark, s.epoch, s.sendReservedUntil);
        return { state: markRestored(s, mark), skipped: 0 };
      }
      // Our own mark, written for a reservation whose transaction did not commit: the block is
      // ours (same epoch), or belongs to keys that were never stored (a later epoch).
      if (mark.epoch === s.epoch) s = { ...s, sendReservedUntil: mark.reservedUntil };
    }
    let used = this.sealedUpTo.get(connectionId);
    if (!used) this.sealedUpTo.set(connectionId, (used = new Map()));
    const usedUpTo = used.get(s.epoch) ?? 0;
    let skipped = 0;
    if (usedUpTo > s.sendNext) {
      // sendNext < usedUpTo <= the reservation our own guard mark covers.
      debug('connection %s: counters %d..%d of epoch %d were sealed in a transaction that did not commit: skipped', connectionId, s.sendNext, usedUpTo - 1, s.epoch);
      skipped = usedUpTo - s.sendNext;
      s = { ...s, sendNext: usedUpTo, sendReservedUntil: Math.max(s.sendReservedUntil, usedUpTo) };
    }
    if (!s.mustRekey && s.sendReservedUntil - s.sendNext < count) {
      // Extend from sendNext (nothing skipped: the receiver's look-ahead stays small).
      s = reserveCounters({ ...s, sendReservedUntil: s.sendNext }, guard ? Math.max(count, this.block) : count).state;
      if (guard) {
        const written = { epoch: s.epoch, reservedUntil: s.sendReservedUntil };
        guard.write(connectionId, written);
        this.seen.set(connectionId, written);
        this.own.set(connectionId, written);
      }
    }
    if (!s.mustRekey) {
      used.set(s.epoch, s.sendNext + count);
      for (const e of used.keys()) if (e < s.epoch) used.delete(e); // the stored state moved past them
    }
    return { state: s, skipped };
  }

  /** Forgets a deleted connection. */
  remove(connectionId: string): void {
    this.guard?.remove(connectionId);
    this.seen.delete(connectionId);
    this.own.delete(connectionId);
    this.sealedUpTo.delete(connectionId);
  }
}

/** mark > (epoch, reservedUntil) of the stored state, in that order. */
function ahead(mark: CounterMark, s: SessionState): boolean {
  return mark.epoch > s.epoch || (mark.epoch === s.epoch && mark.reservedUntil > s.sendReservedUntil);
}
