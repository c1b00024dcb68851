/**
 * An item the subscription already handled that the connector hands over again (its ack was
 * lost, e.g. with a socket that died) is acked again, not skipped in silence: otherwise it
 * stays in the mailbox for the life of the process, and the connector, which deduplicates a
 * sender's retries by message id while the original is there, swallows every retransmission.
 * Found by the chaos harness (a message lost for good).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { WebSocketServer } from 'ws';
import { connector_e2e } from '@connector-e2e/protocol';
import { ConnectorClient, createParticipantKey } from '../src/index.js';
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

describe('Subscription', () => {
  test('an item handled before and delivered again is acked again, and not handled twice', async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const acks: string[] = [];
    const item = { seq: 7, kind: 1, connectionId: 'conn', messageId: 'r.0.7', payload: new Uint8Array([1, 2, 3]), sentAt: 1 };
    wss.on('connection', (ws) => {
      ws.on('message', (data: Buffer) => {
        for (const r of api.ClientFrame.decode(new Uint8Array(data)).ack?.refs ?? []) acks.push(r.messageId ?? '');
        // The first ack is "lost": the connector still holds the item and delivers it again.
        if (acks.length === 1) ws.send(api.ServerFrame.encode({ deliveries: { items: [item], nextAfter: 7 } }).finish());
      });
      ws.send(api.ServerFrame.encode({ deliveries: { items: [item], nextAfter: 7 } }).finish());
    });
    closers.push(async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    let handled = 0;
    const sub = client.subscribe({ onMessage: async () => void handled++, pollIntervalMs: 60_000 });
    closers.unshift(() => sub.close());
    await waitFor(() => acks.length >= 2, 'the second ack');
    expect(acks).toEqual(['r.0.7', 'r.0.7']);
    expect(handled).toBe(1);
  });

  test('an item its handler rejects is not acked, is skipped while its back-off runs, and is fetched again after it and acked once it authenticates', async () => {
    const tampered = { seq: 9, kind: 1, connectionId: 'conn', messageId: 'r.x', payload: new Uint8Array([0xee]), sentAt: 1 };
    const genuine = { ...tampered, payload: new Uint8Array([1, 2, 3]) };
    let fetches = 0;
    // The connector's stored copy is genuine; the relay tampered with the pushed one.
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        fetches++;
        res.writeHead(200, { 'content-type': 'application/x-protobuf' });
        res.end(api.FetchResponse.encode({ items: [genuine], nextAfter: 9, hasMore: false }).finish());
      });
    });
    const wss = new WebSocketServer({ server });
    const acks: string[] = [];
    wss.on('connection', (ws) => {
      ws.on('message', (data: Buffer) => {
        for (const r of api.ClientFrame.decode(new Uint8Array(data)).ack?.refs ?? []) acks.push(r.messageId ?? '');
      });
      ws.send(api.ServerFrame.encode({ deliveries: { items: [tampered], nextAfter: 9 } }).finish());
      // The relay pushes the tampered copy again at once: inside the back-off, it is skipped.
      ws.send(api.ServerFrame.encode({ deliveries: { items: [tampered], nextAfter: 9 } }).finish());
    });
    closers.push(async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    const offered: number[] = [];
    const sub = client.subscribe({
      onMessage: async (d) => {
        offered.push(d.payload[0]!);
        return d.payload[0] === 0xee ? { rejected: [d] } : undefined;
      },
      rejectedRetryBaseMs: 200,
      pollIntervalMs: 60_000,
    });
    closers.unshift(() => sub.close());
    await waitFor(() => acks.length === 1, 'the ack of the genuine copy');
    expect(offered).toEqual([0xee, 1]);
    expect(acks).toEqual(['r.x']);
    expect(fetches).toBeGreaterThanOrEqual(1);
  });

  test('an item rejected on every offer is acked after the most attempts', async () => {
    const tampered = { seq: 11, kind: 1, connectionId: 'conn', messageId: 'r.y', payload: new Uint8Array([0xee]), sentAt: 1 };
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/x-protobuf' });
        res.end(api.FetchResponse.encode({ items: acks.length > 0 ? [] : [tampered], nextAfter: 11, hasMore: false }).finish());
      });
    });
    const wss = new WebSocketServer({ server });
    const acks: string[] = [];
    wss.on('connection', (ws) => {
      ws.on('message', (data: Buffer) => {
        for (const r of api.ClientFrame.decode(new Uint8Array(data)).ack?.refs ?? []) acks.push(r.messageId ?? '');
      });
      ws.send(api.ServerFrame.encode({ deliveries: { items: [tampered], nextAfter: 11 } }).finish());
    });
    closers.push(async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    let offers = 0;
    const sub = client.subscribe({
      onMessage: async (d) => {
        offers++;
        return { rejected: [d] };
      },
      rejectedRetryBaseMs: 20,
      rejectedMaxAttempts: 3,
      pollIntervalMs: 60_000,
    });
    closers.unshift(() => sub.close());
    await waitFor(() => acks.length === 1, 'the ack after the last attempt');
    expect(offers).toBe(3);
    expect(acks).toEqual(['r.y']);
  });

  test("a socket closed after a refusal that carries Retry-After reconnects no sooner than that", async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/x-protobuf' });
        res.end(api.FetchResponse.encode({ items: [], nextAfter: 0, hasMore: false }).finish());
      });
    });
    const wss = new WebSocketServer({ server });
    const opens: number[] = [];
    let closedAt = 0;
    wss.on('connection', (ws) => {
      opens.push(Date.now());
      if (opens.length > 1) return;
      // As the connector refuses a participant's frames: an error frame with Retry-After, then 4029.
      ws.send(api.ServerFrame.encode({ error: { code: 'rate_limited', message: 'rate_limited: too many frames', retryAfterSeconds: 1 } }).finish());
      closedAt = Date.now();
      ws.close(4029, 'rate_limited');
    });
    closers.push(async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    });
    const client = new ConnectorClient({ url: await listen(server), key: createParticipantKey() });
    const errors: string[] = [];
    const sub = client.subscribe({ onMessage: async () => undefined, onError: (e) => errors.push(e.message), initialBackoffMs: 1, maxBackoffMs: 1, pollIntervalMs: 60_000 });
    closers.unshift(() => sub.close());
    await waitFor(() => opens.length === 2, 'the second socket');
    expect(errors.some((m) => m.includes('rate_limited'))).toBe(true);
    // Without the Retry-After the back-off bound here is 1 ms.
    expect(opens[1]! - closedAt).toBeGreaterThanOrEqual(950);
  });
});
