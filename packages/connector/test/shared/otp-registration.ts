import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError, createParticipantKey } from '@connector-e2e/connector-client';
import { OTP_MAX_ATTEMPTS, OTP_VALIDITY_MS, connector_e2e, otpRegistrationProof } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { ADMIN_OTP_ROUTE } from '../../src/routes/admin.js';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { startConnector, type Running } from '../helpers/harness.js';

const api = connector_e2e.connector.v1;
const ADMIN_TOKEN = 'operator-token-0123456789';

interface Issued {
  identifier: string;
  otp: string;
  expiresAt: number;
}

function issue(running: Running, identifier: unknown, token = ADMIN_TOKEN): Promise<Response> {
  return fetch(`${running.url}${ADMIN_OTP_ROUTE}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ identifier }),
  });
}

async function issued(running: Running, identifier: string): Promise<Issued> {
  const res = await issue(running, identifier);
  expect(res.status).toBe(201);
  return (await res.json()) as Issued;
}

function newClient(running: Running): ConnectorClient {
  return new ConnectorClient({ url: running.url, key: createParticipantKey() });
}

async function refusal(p: Promise<unknown>): Promise<ConnectorClientError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!ConnectorClientError.is(e)) throw new Error(`expected a ConnectorClientError, got ${String(e)}`);
  return e;
}

/** Whether the connector knows the client's key (a signed request of an unknown key is refused so). */
async function registered(client: ConnectorClient): Promise<boolean> {
  const e = await client.fetch().then(
    () => undefined,
    (err: unknown) => err,
  );
  if (e === undefined) return true;
  if (ConnectorClientError.is(e, 'unknown_participant')) return false;
  throw e;
}

export function otpRegistrationSuite(backend: Backend): void {
  describe(`OTP-gated registration (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running | undefined;
    let now: number;
    beforeEach(async () => {
      target = await backend.create();
      now = Date.now();
      running = await startConnector(target, { registration: 'otp', adminToken: ADMIN_TOKEN, clock: () => now });
    });
    afterEach(async () => {
      await running?.close();
      running = undefined;
      await target.cleanup();
    });

    test('a new key without a one-time password is refused with otp_required and stays unknown', async () => {
      const client = newClient(running!);
      const e = await refusal(client.register({ displayName: 'anyone' }));
      expect(e.code).toBe('otp_required');
      expect(e.status).toBe(401);
      expect(await registered(client)).toBe(false);
    });

    test('the admin endpoint issues an OTP valid for five minutes only with its bearer token, and answers errors in JSON', async () => {
      expect((await issue(running!, 'alice', 'wrong-token-0123456789')).status).toBe(401);
      const anonymous = await fetch(`${running!.url}${ADMIN_OTP_ROUTE}`, { method: 'POST', body: '{"identifier":"alice"}' });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: 'unauthenticated' });
      const bad = await issue(running!, 42);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'bad_request' });
      expect((await issue(running!, 'x'.repeat(257))).status).toBe(400);
      const otp = await issued(running!, 'alice');
      expect(otp.identifier).toBe('alice');
      expect(otp.otp).toMatch(/^[A-Z2-7]{10}$/);
      expect(otp.expiresAt).toBe(now + OTP_VALIDITY_MS);
    });

    test('a key registers with its OTP once; the OTP is then used up, and the known key updates its name without one', async () => {
      const otp = await issued(running!, '+15555550123');
      const client = newClient(running!);
      await client.register({ displayName: 'alice', otp: { identifier: otp.identifier, otp: otp.otp } });
      expect(await registered(client)).toBe(true);
      await client.register({ displayName: 'alice again' });
      const second = newClient(running!);
      const e = await refusal(second.register({ otp: { identifier: otp.identifier, otp: otp.otp } }));
      expect(e.code).toBe('otp_used');
      expect(e.status).toBe(410);
      expect(await registered(second)).toBe(false);
    });

    test('an OTP older than five minutes is refused with otp_expired', async () => {
      const otp = await issued(running!, 'bob');
      now += OTP_VALIDITY_MS + 1;
      const client = newClient(running!);
      const e = await refusal(client.register({ otp: { identifier: 'bob', otp: otp.otp } }));
      expect(e.code).toBe('otp_expired');
      expect(await registered(client)).toBe(false);
    });

    test('a wrong OTP is refused with otp_invalid five times, and the sixth attempt is refused even with the right one', async () => {
      const otp = await issued(running!, 'carol');
      const wrong = otp.otp.startsWith('A') ? `B${otp.otp.slice(1)}` : `A${otp.otp.slice(1)}`;
      const client = newClient(running!);
      for (let i = 1; i <= OTP_MAX_ATTEMPTS; i++) {
        const e = await refusal(client.register({ otp: { identifier: 'carol', otp: wrong } }));
        expect(e.code).toBe('otp_invalid');
        expect(e.message).toContain(`${OTP_MAX_ATTEMPTS - i} attempt`);
      }
      const e = await refusal(client.register({ otp: { identifier: 'carol', otp: otp.otp } }));
      expect(e.code).toBe('otp_attempts_exhausted');
      expect(e.status).toBe(403);
      expect(await registered(client)).toBe(false);
      // a new OTP from the operator starts afresh
      const again = await issued(running!, 'carol');
      await client.register({ otp: { identifier: 'carol', otp: again.otp } });
      expect(await registered(client)).toBe(true);
    });

    test('an identifier without an OTP is refused like a wrong OTP', async () => {
      await issued(running!, 'dave');
      const e = await refusal(newClient(running!).register({ otp: { identifier: 'nobody', otp: 'AAAAAAAAAA' } }));
      expect(e.code).toBe('otp_invalid');
    });

    test('wrong OTPs spend the address failure budget: guessing across identifiers is throttled like forged signatures', async () => {
      await running!.close();
      running = await startConnector(target, { registration: 'otp', adminToken: ADMIN_TOKEN, clock: () => now, limits: { authFailuresPerSecond: 1, authFailureBurst: 3 } });
      for (const id of ['h1', 'h2', 'h3', 'h4']) await issued(running, id);
      for (const id of ['h1', 'h2', 'h3']) expect((await refusal(newClient(running).register({ otp: { identifier: id, otp: 'AAAAAAAAAA' } }))).code).toBe('otp_invalid');
      const e = await refusal(newClient(running).register({ otp: { identifier: 'h4', otp: 'AAAAAAAAAA' } }));
      expect(e.code).toBe('rate_limited');
      expect(e.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    });

    test('a proof made for another key is refused: a relay that swaps the key in a registration fails the MAC', async () => {
      const otp = await issued(running!, 'erin');
      const victim = createParticipantKey();
      const attackerKey = createParticipantKey();
      const attacker = new ConnectorClient({ url: running!.url, key: attackerKey });
      // the victim's proof, carried in a registration of the attacker's key (signed by the attacker)
      const otpProof = await otpRegistrationProof(nodeCrypto, { otp: otp.otp, identifier: 'erin', publicKey: victim.publicKey });
      const body = api.RegisterRequest.encode({ publicKey: attackerKey.publicKey, otpProof }).finish();
      const res = await fetch(`${running!.url}/v1/register`, { method: 'POST', headers: { ...attacker.signedHeaders('POST', '/v1/register', body), 'content-type': 'application/x-protobuf' }, body: new Uint8Array(body) });
      expect(res.status).toBe(401);
      expect(res.headers.get('x-connector-error')).toBe('otp_invalid');
      expect(await registered(attacker)).toBe(false);
      // the victim's own registration still goes through (one attempt was spent, not the OTP)
      const owner = new ConnectorClient({ url: running!.url, key: victim });
      await owner.register({ otp: { identifier: 'erin', otp: otp.otp } });
      expect(await registered(owner)).toBe(true);
    });

    test('a malformed proof is refused with bad_request and spends no attempt', async () => {
      const otp = await issued(running!, 'frank');
      const key = createParticipantKey();
      const client = new ConnectorClient({ url: running!.url, key });
      for (let i = 0; i < OTP_MAX_ATTEMPTS + 1; i++) {
        const body = api.RegisterRequest.encode({ publicKey: key.publicKey, otpProof: { identifier: 'frank', mac: new Uint8Array(31) } }).finish();
        const res = await fetch(`${running!.url}/v1/register`, { method: 'POST', headers: { ...client.signedHeaders('POST', '/v1/register', body), 'content-type': 'application/x-protobuf' }, body: new Uint8Array(body) });
        expect(res.headers.get('x-connector-error')).toBe('bad_request');
      }
      await client.register({ otp: { identifier: 'frank', otp: otp.otp } });
      expect(await registered(client)).toBe(true);
    });

    test('keys racing with one OTP: exactly one registers, the others are refused with otp_used', async () => {
      const otp = await issued(running!, 'grace');
      const clients = Array.from({ length: 6 }, () => newClient(running!));
      const results = await Promise.allSettled(clients.map((c) => c.register({ otp: { identifier: 'grace', otp: otp.otp } })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(ConnectorClientError.is(r.reason, 'otp_used')).toBe(true);
      const known = await Promise.all(clients.map(registered));
      expect(known.filter(Boolean)).toHaveLength(1);
    });
  });
}
