import { markRestored, MAX_COUNTER, RECEIVE_LOOKAHEAD, type SessionState } from '@connector-e2e/protocol';
import createDebug from 'debug';
import type { CounterGuard, CounterMark } from './counter-guard.js';

const debug = createDebug('connector-e2e:plugin');

/** Counters reserved per counter-guard write (one fsync per block, not per message). */
export const GUARD_BLOCK = 1024;
/** A lease holds at least this many counters: half the receiver's look-ahead, so two processes' leases interleave without a resync. */
export const MIN_LEASE = RECEIVE_LOOKAHEAD / 2;
/** ...and at most this many (a group commit seals up to this many records at once). */
export const MAX_LEASE = 256;

/** Send counters of one epoch, [next, end), claimed for this process by a committed transaction. */
interface Lease {
  readonly epoch: number;
  next: number;
  readonly end: number;
}

export interface Take {
  /** The state to store: its sendNext is past every counter any process holds, this one's next lease included. */
  readonly state: SessionState;
  /** Counters to seal with in this transaction, ascending: at most the number asked for, none after a restore. */
  readonly counters: readonly number[];
}

/**
 * Which send counters this process may seal with (docs/protocol.md 9.2, "Leases"). A
 * transaction seals only with counters that an earlier, committed transaction claimed for this
 * process (a lease), and claims the lease for the next one as part of its own state write. The
 * stored `sendNext` is therefore past every counter any process may seal with: a transaction
 * that fails, even in its commit (the database crashed), leaves nothing another process or a
 * later life of this one could draw again, so no (key, IV) pair is ever sealed twice.
 *
 * The counter guard (counter-guard.ts) is written before a claim extends the stored
 * reservation, and again, as committed, by the next transaction that finds the extension
 * stored, before it hands out any counter of it. A database behind the reservation a mark
 * records as committed was restored from older data (rekey). One between that and the mark
 * holds the state of a transaction that did not commit (or of a restore to the moment between
 * a commit and its confirmation, when none of the new counters was handed out yet): exact.
 */
export class CounterLeases {
  private readonly leases = new Map<string, Lease>();
  /** The mark last read or written per connection, and the stored reservation it was checked against. */
  private readonly seen = new Map<string, { mark: CounterMark | undefined; epoch: number; reservedUntil: number }>();

  constructor(
    readonly guard: CounterGuard | undefined,
    private readonly block = GUARD_BLOCK,
  ) {}

  /**
   * The stored state checked against the counter guard: marked `mustRekey` when it was restored
   * from older data. Called under the transaction's lock, before any counter is handed out.
   */
  check(connectionId: string, s: SessionState): SessionState {
    if (!this.guard) return s;
    // A restore cannot happen under a running process: the file is read again only when the
    // stored reservation moved since it was last checked (another process, first use). A mark
    // another process wrote without moving it belongs to a transaction that did not commit.
    const known = this.seen.get(connectionId);
    let mark = known && known.epoch === s.epoch && known.reservedUntil === s.sendReservedUntil ? known.mark : this.guard.read(connectionId);
    if (mark && mark.epoch === s.epoch && mark.reservedUntil === s.sendReservedUntil && mark.committed && ahead(mark, mark.committed)) {
      // The reservation the mark announced has committed: record that, before any of its
      // counters is handed out (they are, only in a transaction after the one that claimed
      // them, i.e. after this). From now on a database behind it was restored.
      mark = { epoch: mark.epoch, reservedUntil: mark.reservedUntil, committed: { epoch: mark.epoch, reservedUntil: mark.reservedUntil } };
      this.guard.write(connectionId, mark);
    }
    this.seen.set(connectionId, { mark, epoch: s.epoch, reservedUntil: s.sendReservedUntil });
    // Ahead of the stored state but not of what had committed: a transaction that did not
    // commit wrote it, and sealed nothing past the stored state (leases). The state is exact.
    if (!mark || !ahead(mark.committed ?? mark, s)) return s;
    debug('connection %s: counter guard %o is ahead of the stored session (epoch %d, reserved until %d): restored state', connectionId, mark, s.epoch, s.sendReservedUntil);
    return markRestored(s, mark);
  }

  /**
   * Inside a transaction on the stored state `s` (read as `committed`): up to `want` counters of
   * this process's lease to seal with now, and the state to store, which claims the next lease.
   * `onCommit` must run its callback only once the transaction committed: the new lease is
   * this process's only then. Counters handed out are used, whether or not the transaction commits.
   */
  take(connectionId: string, committed: SessionState, s: SessionState, want: number, onCommit: (install: () => void) => void): Take {
    // A state that must rekey hands out nothing: it is not checked again (nor logged again).
    if (!s.mustRekey) s = this.check(connectionId, s);
    if (s.mustRekey) return { state: s, counters: [] };
    const lease = this.leases.get(connectionId);
    // lease.end <= s.sendNext: the stored claim covers it (only a restore could undo that, and
    // none happens under a running process).
    const usable = lease && lease.epoch === s.epoch && lease.end <= s.sendNext ? lease : undefined;
    const n = usable ? Math.min(want, usable.end - usable.next) : 0;
    const counters = Array.from({ length: n }, (_, i) => usable!.next + i);
    if (usable) usable.next += n;
    // The next lease continues this one when no other process claimed in between (no gap).
    const size = Math.min(MAX_LEASE, Math.max(MIN_LEASE, 2 * want));
    const start = usable && usable.end === s.sendNext ? usable.next : s.sendNext;
    const end = Math.min(MAX_COUNTER, Math.max(s.sendNext, start + size));
    if (end > s.sendNext) s = { ...s, sendNext: end };
    if (s.sendNext > s.sendReservedUntil) {
      const reservedUntil = Math.min(MAX_COUNTER, this.guard ? s.sendNext + this.block : s.sendNext);
      if (this.guard) {
        // The mark first: a restore of the database to before this transaction must find it.
        const mark: CounterMark = { epoch: s.epoch, reservedUntil, committed: { epoch: committed.epoch, reservedUntil: committed.sendReservedUntil } };
        this.guard.write(connectionId, mark);
        this.seen.set(connectionId, { mark, epoch: s.epoch, reservedUntil });
      }
      s = { ...s, sendReservedUntil: reservedUntil };
    }
    const epoch = s.epoch;
    if (start < end) onCommit(() => this.leases.set(connectionId, { epoch, next: start, end }));
    return { state: s, counters };
  }

  /** The next counter this process seals with in `s`'s epoch (the stored sendNext when it holds no lease). */
  position(connectionId: string, s: SessionState): number {
    const lease = this.leases.get(connectionId);
    return lease && lease.epoch === s.epoch && lease.end <= s.sendNext ? lease.next : s.sendNext;
  }

  /** Forgets a deleted connection. */
  remove(connectionId: string): void {
    this.guard?.remove(connectionId);
    this.leases.delete(connectionId);
    this.seen.delete(connectionId);
  }
}

/** mark > (epoch, reservedUntil) of the stored state, in that order. */
function ahead(mark: { epoch: number; reservedUntil: number }, s: { epoch: number; sendReservedUntil: number } | { epoch: number; reservedUntil: number }): boolean {
  const until = 'sendReservedUntil' in s ? s.sendReservedUntil : s.reservedUntil;
  return mark.epoch > s.epoch || (mark.epoch === s.epoch && mark.reservedUntil > until);
}
