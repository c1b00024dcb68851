import { MAX_COUNTER, startSendingKey, type CryptoProvider, type SealedControl, type SendingKey, type SessionState } from '@connector-e2e/protocol';
import { DEFAULT_ROTATION } from '../limits.js';

/** One process's sending key of a connection, and whether the transaction that last took counters from it committed. */
interface Live {
  sending: SendingKey;
  /** Unix ms the key was started (rotation by age). */
  startedAt: number;
  /** A transaction took counters (or announced the key) and has not committed yet (or failed). */
  uncommitted: boolean;
}

/**
 * When a process replaces its sending key although nothing forces it to (it always does at
 * start, after an epoch switch and after work that did not commit). A sending key that leaks
 * opens only the records sealed under it (keys derive one way from the direction key), so
 * rotation bounds that exposure; it does not give post-compromise security (only a rekey's
 * fresh DH does). Each rotation costs one control message and a slot among the peer's
 * MAX_RECEIVE_KEYS, so rotating faster than records drain would make the peer drop keys
 * with records still in flight: keep `records` well above what is in flight at once.
 */
export interface RotationPolicy {
  /** Records sealed under one sending key before the next seal starts a new one. */
  readonly records: number;
  /** Milliseconds a sending key is used before the next seal starts a new one. */
  readonly ms: number;
}


/** A connection's own policy as stored (`e2e_connection.key_rotation`, JSON), or null for the agent's. */
export function rotationFromColumn(json: string | null): Partial<RotationPolicy> | null {
  if (json === null) return null;
  const v = JSON.parse(json) as Partial<RotationPolicy>;
  return { ...(v.records !== undefined ? { records: v.records } : {}), ...(v.ms !== undefined ? { ms: v.ms } : {}) };
}

/** The policy if both limits are positive integers; a RangeError naming the field otherwise. */
export function checkedPolicy(p: RotationPolicy): RotationPolicy {
  if (!Number.isSafeInteger(p.records) || p.records < 1) throw new RangeError('rotation.records: expected a positive integer');
  if (!Number.isSafeInteger(p.ms) || p.ms < 1) throw new RangeError('rotation.ms: expected a positive integer of milliseconds');
  return { records: p.records, ms: p.ms };
}

export interface Take {
  /** The stored state, with this process's sending key attached (and its control sequence moved on when a key was started). */
  readonly state: SessionState;
  /** The announcement of a sending key started in this transaction: queue it before any record sealed under the key. */
  readonly announcement?: SealedControl;
  /** Counters to seal with in this transaction, ascending. */
  readonly counters: readonly number[];
}

/**
 * The sending keys of this process (docs/protocol.md 9.2): which key and counters a
 * transaction seals with. A key lives only in this process's memory and is started (and
 * announced in the same transaction) the first time the process seals on a connection, after
 * every epoch switch, and whenever the transaction that last used it did not commit.
 *
 * Why this is all it takes: no process ever seals under a key that anything stored could give
 * back, so a restored database, a copied directory, a second process on the same database or
 * a transaction that failed in its commit can never make a (key, IV) pair repeat. Counters
 * taken by a transaction that did not commit are never used again (the key is dropped with
 * them), so a receiver never sees a gap left by failed work.
 */
export class SendingKeys {
  private readonly live = new Map<string, Live>();

  private readonly rotation: RotationPolicy;

  constructor(
    private readonly crypto: CryptoProvider,
    rotation: RotationPolicy = DEFAULT_ROTATION,
  ) {
    this.rotation = checkedPolicy(rotation);
  }

  /** The agent's policy with a connection's own settings (`e2eSetKeyRotation`) over it. */
  policy(own?: Partial<RotationPolicy> | null): RotationPolicy {
    return own ? checkedPolicy({ ...this.rotation, ...own }) : this.rotation;
  }

  /** True when `entry` must not seal `want` more records now: a new key is due. */
  private stale(entry: Live, stored: SessionState, want: number, now: number, policy: RotationPolicy): boolean {
    return (
      entry.uncommitted ||
      entry.sending.epoch !== stored.epoch ||
      entry.sending.next + want > MAX_COUNTER ||
      (entry.sending.next > 0 && entry.sending.next + want > policy.records) ||
      now - entry.startedAt >= policy.ms
    );
  }

  /**
   * Inside a transaction on the stored state `stored` (no sending key): `want` counters of
   * this process's sending key, starting a new key first when needed (by `policy`, default the
   * agent's). `onCommit` must run its callback only once the transaction committed.
   */
  take(connectionId: string, stored: SessionState, want: number, now: number, onCommit: (f: () => void) => void, policy: RotationPolicy = this.rotation): Take {
    let entry: Live | undefined = this.live.get(connectionId);
    let state = stored;
    let announcement: SealedControl | undefined;
    if (!entry || this.stale(entry, stored, want, now, policy)) {
      const started = startSendingKey(this.crypto, stored, now);
      entry = { sending: started.sending, startedAt: now, uncommitted: false };
      this.live.set(connectionId, entry);
      state = started.state;
      announcement = started.sealed;
    }
    const from = entry.sending.next;
    const counters = Array.from({ length: want }, (_, i) => from + i);
    entry.sending = { ...entry.sending, next: from + want };
    state = { ...state, sending: entry.sending };
    if (want > 0 || announcement) {
      const taken = entry;
      taken.uncommitted = true;
      onCommit(() => {
        taken.uncommitted = false;
      });
    }
    return { state, ...(announcement ? { announcement } : {}), counters };
  }

  /** This process's sending key of the connection in `s`'s epoch, if it has one. */
  current(connectionId: string, s: SessionState): SendingKey | undefined {
    const entry = this.live.get(connectionId);
    return entry && !entry.uncommitted && entry.sending.epoch === s.epoch ? entry.sending : undefined;
  }

  /** Forgets a deleted connection. */
  remove(connectionId: string): void {
    this.live.delete(connectionId);
  }
}
