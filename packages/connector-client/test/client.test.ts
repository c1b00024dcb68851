import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { WebSocketServer } from 'ws';
import { connector_e2e } from '@connector-e2e/protocol';
import { ConnectorClient, ConnectorClientError, createParticipantKey, type SubscriptionStatus } from '../src/index.js';
import { eventually } from '../../../test/kit/eventually.js';

const api = connector_e2e.connector.v1;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => server.close(() => r())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function waitFor(cond: () => boolean, what: string): Promise<void> {
  await eventually(cond, 20_000, what);
}

describe('ConnectorClient', () => {
  test('a send while the connector is down throws a typed, retryable network_error', async () => {
    const probe = createTcpServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r)); // nothing listens there any more
    const client = new ConnectorClient({ url: `http://127.0.0.1:${port}`, key: createParticipantKey() });
    const err = await client.send({ connectionId: 'c', messageId: 'm', payload: new Uint8Array(1) }).catch((e: unknown) => e);
    expect(ConnectorClientError.is(err, 'network_error')).toBe(true);
    expect((err as ConnectorClientError).retryable).toBe(true);
    expect((err as Error).message).toMatch(/^network_error: /);
  });

  test('a connector that does not answer gives a retryable timeout', async () => {
    const server = createServer(() => undefined); // never responds
    const url = await listen(server);
    closers.unshift(async () => server.closeAllConnections());
    const client = new ConnectorClient({ url, key: createParticipantKey(), timeoutMs: 200 });
    const err = await client.fetch().catch((e: unknown) => e);
    expect(ConnectorClientError.is(err, 'timeout')).toBe(true);
    expect((err as ConnectorClientError).retryable).toBe(true);
  });

  test('connector errors arrive typed, with their code, status and retry-after', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/x-protobuf', 'retry-after': '3' });
      res.end(api.ErrorBody.encode({ code: 'rate_limited', message: 'rate_limited: slow down', retryAfterSeconds: 3 }).finish());
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    const err = await client.ack([{ connectionId: 'c', messageId: 'm' }]).catch((e: unknown) => e);
    expect(ConnectorClientError.is(err, 'rate_limited')).toBe(true);
    expect(err).toMatchObject({ status: 429, retryAfterSeconds: 3, message: 'rate_limited: slow down', retryable: true });
  });

  test('an answer that is not an ErrorBody still gives a typed error from the status', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    const err = await client.fetch().catch((e: unknown) => e);
    expect(ConnectorClientError.is(err, 'unavailable')).toBe(true);
  });

  test('every request carries a fresh signature over its own body', async () => {
    const seen: Array<Record<string, string | string[] | undefined>> = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/x-protobuf' });
      res.end(api.FetchResponse.encode({}).finish());
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    await client.fetch();
    await client.fetch();
    expect(seen).toHaveLength(2);
    expect(seen[0]!['x-connector-participant']).toBe(client.participantId);
    expect(seen[0]!['x-connector-nonce']).not.toBe(seen[1]!['x-connector-nonce']);
    expect(seen[0]!['x-connector-signature']).not.toBe(seen[1]!['x-connector-signature']);
  });

  test('a participant key keeps its seed out of inspect and JSON output', () => {
    const key = createParticipantKey(new Uint8Array(32).fill(0xab));
    expect(key.seed).toHaveLength(32);
    expect(inspect(key)).not.toContain('171, 171');
    expect(JSON.stringify(key)).not.toContain('"seed"');
  });
});

describe('Subscription', () => {
  test('keeps reconnecting with backoff while upgrades are refused, then opens', async () => {
    let attempts = 0;
    const server = createServer((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    const wss = new WebSocketServer({
      server,
      verifyClient: (_info, done) => {
        attempts++;
        if (attempts <= 3) done(false, 503);
        else done(true);
      },
    });
    closers.push(async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    });
    const url = await listen(server);
    const client = new ConnectorClient({ url, key: createParticipantKey() });
    const statuses: SubscriptionStatus[] = [];
    const errors: Error[] = [];
    const sub = client.subscribe({ onMessage: () => undefined, onStatus: (s) => void statuses.push(s), onError: (e) => void errors.push(e), initialBackoffMs: 10, maxBackoffMs: 40, pollIntervalMs: 60_000 });
    closers.unshift(() => sub.close());
    await waitFor(() => sub.connected, 'socket open after refusals');
    expect(attempts).toBe(4);
    expect(statuses.filter((s) => s === 'connecting')).toHaveLength(4);
    expect(statuses.at(-1)).toBe('open');
    expect(errors.some((e) => ConnectorClientError.is(e))).toBe(true);
  });

  test('pushed items reach onMessage in order and are acked over the socket', async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const acks: string[] = [];
    wss.on('connection', (ws) => {
      ws.on('message', (data: Buffer) => {
        for (const r of api.ClientFrame.decode(new Uint8Array(data)).ack?.refs ?? []) acks.push(r.messageId ?? '');
      });
      const items = ['a', 'b', 'c'].map((id, i) => ({ seq: i + 1, kind: 1, connectionId: 'conn', messageId: id, payload: new TextEncoder().encode(id), sentAt: 1 }));
      ws.send(api.ServerFrame.encode({ deliveries: { items, nextAfter: 3 } }).finish());
    });
    closers.push(async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    const got: string[] = [];
    const sub = client.subscribe({ onMessage: async (d) => void got.push(d.messageId), pollIntervalMs: 60_000 });
    closers.unshift(() => sub.close());
    await waitFor(() => acks.length === 3, 'three acks');
    expect(got).toEqual(['a', 'b', 'c']);
    expect(acks).toEqual(['a', 'b', 'c']);
  });

  test('with onBatch, items that queued up arrive together in order, and a throwing batch is acked not at all', async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const acks: string[] = [];
    const item = (i: number) => ({ seq: i, kind: 1, connectionId: 'conn', messageId: `m${i}`, payload: new Uint8Array([i]), sentAt: 1 });
    wss.on('connection', (ws) => {
      ws.on('message', (data: Buffer) => {
        for (const r of api.ClientFrame.decode(new Uint8Array(data)).ack?.refs ?? []) acks.push(r.messageId ?? '');
      });
      // m1 first; while its handler runs, nine frames of one item each queue up.
      ws.send(api.ServerFrame.encode({ deliveries: { items: [item(1)], nextAfter: 1 } }).finish());
      setTimeout(() => {
        for (let i = 2; i <= 10; i++) ws.send(api.ServerFrame.encode({ deliveries: { items: [item(i)], nextAfter: i } }).finish());
      }, 30);
    });
    closers.push(async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    const batches: string[][] = [];
    let failOnce = true;
    const sub = client.subscribe({
      onMessage: () => {
        throw new Error('onMessage must not be used when onBatch is given');
      },
      onBatch: async (ds) => {
        await new Promise((r) => setTimeout(r, 100));
        if (failOnce) {
          failOnce = false;
          throw new Error('fault');
        }
        batches.push(ds.map((d) => d.messageId));
      },
      onError: () => undefined,
      pollIntervalMs: 60_000,
    });
    closers.unshift(() => sub.close());
    await waitFor(() => acks.length === 9, 'nine acks');
    // The first batch ([m1]) threw: m1 is not acked, left for redelivery. The rest queued up
    // meanwhile and came in far fewer calls than items, in order.
    const handled = batches.flat();
    expect(handled).toEqual(['m2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10']);
    expect(batches.length).toBeLessThan(9);
    expect(acks).toEqual(handled);
  });
});
