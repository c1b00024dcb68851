/**
 * The operator's API, behind its own bearer token (`--admin-token`); without a token these
 * routes do not exist. JSON in and out: an operator's script calls it with curl.
 *
 *   POST /admin/v1/registration-otps  {"identifier": "..."}
 *     -> 201 {"identifier": "...", "otp": "K7QX2MPA4Z", "expiresAt": 1767225600000}
 */
import type { FastifyInstance } from 'fastify';
import type { AddressLimits } from '../abuse-limits.js';
import { requireBearer } from '../bearer.js';
import { ConnectorError } from '../errors.js';
import { issueRegistrationOtp } from '../registration-otp.js';
import type { Store } from '../store.js';

export const ADMIN_OTP_ROUTE = '/admin/v1/registration-otps';

export function adminRoutes(app: FastifyInstance, deps: { store: Store; token: string; addresses: AddressLimits; clock: () => number }): void {
  app.post(ADMIN_OTP_ROUTE, async (request, reply) => {
    const now = deps.clock();
    requireBearer(request, deps.token, deps.addresses, now, 'admin requests');
    let identifier: unknown;
    try {
      const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
      identifier = (JSON.parse(text) as { identifier?: unknown }).identifier;
    } catch {
      throw new ConnectorError('bad_request', 'the body must be JSON: {"identifier": "..."}');
    }
    if (typeof identifier !== 'string') throw new ConnectorError('bad_request', 'identifier: expected a string');
    const issued = await issueRegistrationOtp(deps.store, identifier, now);
    request.log.info({ identifier, expiresAt: issued.expiresAt }, 'registration OTP issued');
    return reply.code(201).type('application/json').send(JSON.stringify(issued));
  });
}
