/**
 * Per-participant token buckets (in memory, per process): `rate` requests per second
 * sustained, `burst` at once. WebSocket upgrades draw from the same bucket; a batch send
 * draws one token per message.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {}

  /**
   * Takes `cost` tokens (at most `burst`); returns 0 when allowed, else the seconds to wait
   * (>= 1). A refused take takes nothing.
   */
  take(key: string, now: number, cost = 1): number {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size > 100_000) this.prune(now);
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    b.at = now;
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return 0;
    }
    return Math.max(1, Math.ceil((cost - b.tokens) / this.rate));
  }

  /** Seconds until `cost` tokens would be there (0: now), taking nothing. */
  peek(key: string, now: number, cost = 1): number {
    const b = this.buckets.get(key);
    if (!b) return 0;
    const tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    return tokens >= cost ? 0 : Math.max(1, Math.ceil((cost - tokens) / this.rate));
  }

  /**
   * Takes `cost` tokens even when fewer are there: the bucket goes into debt, which the refill
   * repays before anything else passes (for costs known only after the work, like bytes sent).
   */
  spend(key: string, now: number, cost: number): void {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size > 100_000) this.prune(now);
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate) - cost;
    b.at = now;
  }

  /** Tokens there now (negative while in debt). */
  available(key: string, now: number): number {
    const b = this.buckets.get(key);
    return b ? Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate) : this.burst;
  }

  private prune(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((now - b.at) / 1000) * this.rate >= this.burst) this.buckets.delete(k);
  }
}
