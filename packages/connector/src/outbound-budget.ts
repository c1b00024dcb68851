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

  constructor(readonly total: number) {}

  get usedBytes(): number {
    return this.used;
  }

  /**
   * May `bytes` more be queued? When not, the holder with the most pending bytes is dropped
   * (which frees its share once its socket closes) and the caller should try again later;
   * unless the holders already being dropped will free enough, so that many pushes finding
   * the budget spent at the same moment do not drop a socket each.
   * An empty budget always admits, so a frame larger than the whole budget still goes out.
   */
  admit(bytes: number): boolean {
    if (this.used === 0 || this.used + bytes <= this.total) return true;
    let worst: BudgetHolder | undefined;
    let freeing = 0;
    for (const h of this.holders) {
      if (h.dropping) freeing += h.pending;
      else if (!worst || h.pending > worst.pending) worst = h;
    }
    if (worst && this.used - freeing + bytes > this.total) {
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
