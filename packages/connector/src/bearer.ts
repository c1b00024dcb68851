/**
 * Operator endpoints behind a bearer token (/metrics on the API listener, /admin): a wrong or
 * missing token counts as a failed authentication of the client address, and an address past
 * its budget is refused before the token is compared.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AddressLimits } from './abuse-limits.js';
import { ConnectorError } from './errors.js';

/** Compares hashes, so neither the length nor the bytes of the token leak through timing. */
function sameToken(given: string, token: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(given), h(token));
}

/** Throws rate_limited or unauthenticated unless the request carries `Authorization: Bearer <token>`. */
export function requireBearer(request: FastifyRequest, token: string, addresses: AddressLimits, now: number, what: string): void {
  const blocked = addresses.blocked(request.ip, now);
  if (blocked > 0) throw new ConnectorError('rate_limited', 'too many failed authentications from this address', { retryAfterSeconds: blocked });
  const auth = request.headers.authorization;
  if (typeof auth !== 'string' || !auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
    addresses.failed(request.ip, now);
    throw new ConnectorError('unauthenticated', `${what} need the bearer token`);
  }
}
