/**
 * Limits keyed by the client's address (the TCP peer; behind a proxy every client shares the
 * proxy's address), in memory and per process:
 *   - failed authentications: an address that spent its budget is refused before any body is
 *     hashed or signature checked, so a flood of forged requests costs a map lookup each;
 *     requests that pass authentication never draw from it;
 *   - registrations of new participants per minute, which bounds how many accounts (and so
 *     how many quotas) one address can create.
 */
import type { ConnectorLimits } from './config.js';
import { RateLimiter } from './rate-limit.js';

export class AddressLimits {
  private readonly failures: RateLimiter;
  private readonly registrations: RateLimiter;

  constructor(limits: ConnectorLimits) {
    this.failures = new RateLimiter(limits.authFailuresPerSecond, limits.authFailureBurst);
    this.registrations = new RateLimiter(limits.registrationsPerMinute / 60, limits.registrationsPerMinute);
  }

  /** Seconds the address must wait because of its failed authentications (0: go ahead). */
  blocked(address: string, now: number): number {
    return this.failures.peek(address, now);
  }

  /** Records a failed authentication. */
  failed(address: string, now: number): void {
    this.failures.take(address, now);
  }

  /** Takes one registration of a new participant; seconds to wait when refused, else 0. */
  register(address: string, now: number): number {
    return this.registrations.take(address, now);
  }
}
