import { MAX_COUNTER, startSendingKey, type CryptoProvider, type SealedControl, type SendingKey, type SessionState } from '@connector-e2e/protocol';

/** One process's sending key of a connection, and whether the transaction that last took counters from it committed. */
interface Live {
  sending: SendingKey;
  /** A transaction took counters (or announced the key) and has not committed yet (or failed). */
  uncommitted: boolean;
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

  constructor(private readonly crypto: CryptoProvider) {}

  /**
   * Inside a transaction on the stored state `stored` (no sending key): `want` counters of
   * this process's sending key, starting a new key first when needed. `onCommit` must run its
   * callback only once the transaction committed.
   */
  take(connectionId: string, stored: SessionState, want: number, now: number, onCommit: (f: () => void) => void): Take {
    let entry = this.live.get(connectionId);
    let state = stored;
    let announcement: SealedControl | undefined;
    if (!entry || entry.uncommitted || entry.sending.epoch !== stored.epoch || entry.sending.next + want > MAX_COUNTER) {
      const started = startSendingKey(this.crypto, stored, now);
      entry = { sending: started.sending, uncommitted: false };
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
