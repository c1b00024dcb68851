/**
 * Limits keyed by the client's address (the TCP peer; behind a proxy every client shares the
 * proxy's address), in memory and per process:
 *   - failed authentications: an address that spent its budget is refused before any body is
 *     hashed or signature checked, so a flood of forged requests costs a map lookup each;
 *     requests that pass authentication never draw from it;
 *   - registrations of new participants per minute, which bounds how many accounts (and so
 *     how many quotas) one address can create.
 * An IPv6 client is keyed by its /64 prefix: one host usually holds a whole /64, so keying by
 * the full address would give it 2^64 budgets.
 */
import type { ConnectorLimits } from './config.js';
import { RateLimiter } from './rate-limit.js';

/** The key of a client address: an IPv4 address (also when IPv4-mapped), or an IPv6 /64 prefix. */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}

export class AddressLimits {
  private readonly failures: RateLimiter;
  private readonly registrations: RateLimiter;

  constructor(limits: ConnectorLimits) {
    this.failures = new RateLimiter(limits.authFailuresPerSecond, limits.authFailureBurst);
    this.registrations = new RateLimiter(limits.registrationsPerMinute / 60, limits.registrationBurst);
  }

  /** Seconds the address must wait because of its failed authentications (0: go ahead). */
  blocked(address: string, now: number): number {
    return this.failures.peek(addressKey(address), now);
  }

  /** Records a failed authentication. */
  failed(address: string, now: number): void {
    this.failures.take(addressKey(address), now);
  }

  /** Takes one registration of a new participant; seconds to wait when refused, else 0. */
  register(address: string, now: number): number {
    return this.registrations.take(addressKey(address), now);
  }
}
