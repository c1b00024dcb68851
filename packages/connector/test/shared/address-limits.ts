import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError, createParticipantKey } from '@connector-e2e/connector-client';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { participant, startConnector, type Running } from '../helpers/harness.js';

/** A request with well-formed auth headers whose signature is for another request. */
async function forged(running: Running, client: ConnectorClient): Promise<Response> {
  const { headers } = client.socketRequest(); // signed for GET /v1/ws
  return fetch(`${running.url}/v1/messages/fetch`, { method: 'POST', headers, body: new Uint8Array(0) });
}

export function addressLimitsSuite(backend: Backend): void {
  describe(`limits per client address (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running | undefined;
    beforeEach(async () => {
      target = await backend.create();
    });
    afterEach(async () => {
      await running?.close();
      running = undefined;
      await target.cleanup();
    });

    test('an address that spent its failed-authentication budget is refused with rate_limited (429, Retry-After) before its signature is checked', async () => {
      let now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { authFailuresPerSecond: 1, authFailureBurst: 3 } });
      const client = await participant(running.url);
      for (let i = 0; i < 3; i++) expect((await forged(running, client)).status).toBe(401);
      const refused = await forged(running, client);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('x-connector-error')).toBe('rate_limited');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // the whole address waits, a correctly signed request too: nothing is verified meanwhile
      const err = await client.fetch().catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'rate_limited')).toBe(true);
      now += 2_000;
      expect((await client.fetch()).items).toEqual([]);
      // successes never draw from the failure budget
      for (let i = 0; i < 10; i++) await client.fetch();
      expect((await forged(running, client)).status).toBe(401);
    });

    test('new participants per address are limited to a burst and a rate per minute (429, Retry-After); registering a known key again is not counted', async () => {
      let now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { registrationsPerMinute: 2, registrationBurst: 2 } });
      const first = await participant(running.url);
      await participant(running.url);
      const third = new ConnectorClient({ url: running.url, key: createParticipantKey() });
      const err = await third.register({ displayName: 'third' }).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'rate_limited')).toBe(true);
      expect((err as ConnectorClientError).status).toBe(429);
      expect((err as ConnectorClientError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      await first.register({ displayName: 'renamed' });
      now += 30_000;
      await third.register({ displayName: 'third' });
    });
  });
}
