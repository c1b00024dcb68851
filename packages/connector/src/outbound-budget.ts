/**
 * One budget for the bytes queued on all WebSockets of the process: frames handed to a socket
 * and not yet written to the kernel (a client that does not read keeps them in our memory).
 * The per-socket high-water mark bounds one socket; this bounds their sum, so many sockets
 * that never read cannot exhaust memory. When a push finds the budget spent, the socket
 * holding the most unread bytes is dropped as a slow consumer. Its bytes stay counted until
 * its TCP socket is really gone, so the budget is what the process holds, not an estimate.
 */
export interface BudgetHolder {
  /** Bytes handed to this socket and not yet flushed. */
  pending: number;
  /** Set once the holder was told to go; it is not picked again. */
  dropping: boolean;
  /** Closes the socket as a slow consumer (its bytes are released when it is gone). */
  drop(): void;
}

export class OutboundBudget {
  private used = 0;
  /** Holders with pending bytes (the candidates for dropping). */
  private readonly holders = new Set<BudgetHolder>();

  /** The part of the budget only sockets that keep up may use. */
  private readonly reserve: number;

  constructor(readonly total: number) {
    this.reserve = Math.floor(total / 8);
  }

  get usedBytes(): number {
    return this.used;
  }

  /**
   * May `bytes` more be queued on `h`'s socket? A socket that keeps up (nothing of it still
   * queued) may use the whole budget; one that lags behind only all but the last eighth, so
   * sockets that never read cannot fill the budget to the brim and hold up every push to
   * the ones that do. When refused, the holder with the most pending bytes is dropped
   * (which frees its share once its socket closes) and the caller should try again later;
   * unless the holders already being dropped will free enough, so that many pushes finding
   * the budget spent at the same moment do not drop a socket each.
   * An empty budget always admits, so a frame larger than the whole budget still goes out.
   */
  admit(h: BudgetHolder, bytes: number): boolean {
    const limit = h.pending === 0 ? this.total : this.total - this.reserve;
    if (this.used === 0 || this.used + bytes <= limit) return true;
    let worst: BudgetHolder | undefined;
    let freeing = 0;
    for (const x of this.holders) {
      if (x.dropping) freeing += x.pending;
      else if (!worst || x.pending > worst.pending) worst = x;
    }
    if (worst && this.used - freeing + bytes > limit) {
      worst.dropping = true;
      worst.drop();
    }
    return false;
  }

  charge(h: BudgetHolder, bytes: number): void {
    h.pending += bytes;
    this.used += bytes;
    this.holders.add(h);
  }

  release(h: BudgetHolder, bytes: number): void {
    const n = Math.min(bytes, h.pending);
    h.pending -= n;
    this.used -= n;
    if (h.pending === 0) this.holders.delete(h);
  }
}
