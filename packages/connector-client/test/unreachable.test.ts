/**
 * A connector that cannot be reached at all (a host name that does not resolve, a port nothing
 * listens on) fails with a retryable `network_error` that names the host and the system error,
 * never with the raw fetch/socket error (whose ENOTFOUND/ECONNREFUSED cause callers could
 * mistake for a database failure).
 */
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError, createParticipantKey } from '../src/index.js';
import { eventually } from '../../../test/kit/eventually.js';

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((r) => probe.close(r));
  return port;
}

function expectUnreachable(err: unknown, host: string, reason: RegExp): void {
  expect(err).toBeInstanceOf(ConnectorClientError);
  expect(ConnectorClientError.is(err, 'network_error')).toBe(true);
  expect((err as ConnectorClientError).retryable).toBe(true);
  expect((err as Error).message).toMatch(/^network_error: /);
  expect((err as Error).message).toContain(host);
  expect((err as Error).message).toMatch(reason);
}

describe('an unreachable connector', () => {
  // RFC 2606: .invalid never resolves
  const badHost = 'connector.invalid';

  test('a host that does not resolve: network_error naming the host and the DNS failure', async () => {
    const client = new ConnectorClient({ url: `http://${badHost}:8080`, key: createParticipantKey(), timeoutMs: 5000 });
    const err = await client.register().catch((e: unknown) => e);
    expectUnreachable(err, badHost, /ENOTFOUND|EAI_AGAIN|EAI_FAIL/);
  });

  test('a port nothing listens on: network_error naming the host and ECONNREFUSED', async () => {
    const port = await closedPort();
    const client = new ConnectorClient({ url: `http://127.0.0.1:${port}`, key: createParticipantKey() });
    const err = await client.send({ connectionId: 'c', messageId: 'm', payload: new Uint8Array(1) }).catch((e: unknown) => e);
    expectUnreachable(err, `127.0.0.1:${port}`, /ECONNREFUSED/);
  });

  test('the subscription reports the same typed error for its socket and its pulls', async () => {
    const client = new ConnectorClient({ url: `http://${badHost}`, key: createParticipantKey(), timeoutMs: 5000 });
    const errors: Error[] = [];
    const sub = client.subscribe({ onMessage: () => undefined, onError: (e) => errors.push(e), initialBackoffMs: 50, pollIntervalMs: 100 });
    try {
      await eventually(() => errors.some((e) => e.message.includes('socket')) && errors.some((e) => !e.message.includes('socket')), 15_000, 'socket and pull errors');
    } finally {
      await sub.close();
    }
    for (const e of errors) expectUnreachable(e, badHost, /ENOTFOUND|EAI_AGAIN|EAI_FAIL/);
  });
});

describe('closing a subscription', () => {
  test('while its socket is still connecting reports no error: the socket closed by close() is not a failure', async () => {
    // A server that accepts the TCP connection and never answers the WebSocket upgrade: the
    // socket stays in CONNECTING until close() ends it.
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const port = (silent.address() as AddressInfo).port;
      const client = new ConnectorClient({ url: `http://127.0.0.1:${port}`, key: createParticipantKey(), timeoutMs: 5000 });
      const errors: Error[] = [];
      const states: string[] = [];
      const sub = client.subscribe({ onMessage: () => undefined, onError: (e) => errors.push(e), onStatus: (s) => states.push(s), pollIntervalMs: 60_000 });
      await eventually(() => states.includes('connecting'), 5000, 'the socket connecting');
      await sub.close();
      await new Promise((r) => setTimeout(r, 50)); // any late event of the closed socket
      expect(states.at(-1)).toBe('closed');
      expect(errors.map((e) => e.message)).toEqual([]);
    } finally {
      silent.close();
    }
  });
});
