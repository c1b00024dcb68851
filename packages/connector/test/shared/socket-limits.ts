import type { Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import type { ConnectorClient, Delivery } from '@connector-e2e/connector-client';
import { connector_e2e } from '@connector-e2e/protocol';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, pair, startConnector, waitFor, type Running } from '../helpers/harness.js';

const api = connector_e2e.connector.v1;

interface RawSocket {
  ws: WebSocket;
  frames: connector_e2e.connector.v1.ServerFrame[];
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare WebSocket of `client`, open, with what the server sends and how it ends. */
async function rawSocket(client: ConnectorClient): Promise<RawSocket> {
  const { url, headers } = client.socketRequest();
  const ws = new WebSocket(url, { headers });
  const frames: connector_e2e.connector.v1.ServerFrame[] = [];
  ws.on('message', (data: Buffer) => frames.push(api.ServerFrame.decode(new Uint8Array(data))));
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with ${res.statusCode}`)));
  });
  return { ws, frames, closed };
}

async function metric(running: Running, name: string): Promise<string> {
  return running.connector.metrics.registry.getSingleMetricAsString(name);
}

async function fetchAll(client: ConnectorClient): Promise<Delivery[]> {
  const all: Delivery[] = [];
  let after = 0;
  for (;;) {
    const page = await client.fetch({ after });
    all.push(...page.items);
    if (!page.hasMore) return all;
    after = page.nextAfter;
  }
}

export function socketLimitsSuite(backend: Backend): void {
  describe(`WebSocket limits (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running | undefined;
    const opened: WebSocket[] = [];
    beforeEach(async () => {
      target = await backend.create();
    });
    afterEach(async () => {
      for (const ws of opened.splice(0)) ws.terminate();
      await running?.close();
      running = undefined;
      await target.cleanup();
    });

    test('a socket past the per-participant cap closes the oldest with 4009 socket_replaced, and the newest is served', async () => {
      let now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { maxSocketsPerParticipant: 2 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      const first = await rawSocket(holder);
      const second = await rawSocket(holder);
      opened.push(first.ws, second.ws);
      now += 60_000; // past the socket-open rate
      const third = await rawSocket(holder);
      opened.push(third.ws);
      expect(await first.closed).toEqual({ code: 4009, reason: 'socket_replaced' });
      await issuer.send({ connectionId, messageId: 'm', payload: bytes('x') });
      const delivered = (s: RawSocket) => s.frames.some((f) => f.deliveries?.items?.some((d) => d.messageId === 'm'));
      await waitFor(() => delivered(second) && delivered(third), 'both open sockets pushed');
      expect(await metric(running, 'connector_websockets_closed_total')).toMatch(/reason="socket_replaced"\} 1/);
    });

    test('upgrades past the per-participant socket-open rate are refused with rate_limited (429, Retry-After) before any socket opens', async () => {
      let now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { maxSocketsPerParticipant: 2, wsOpensPerMinute: 6 } });
      const { holder } = await pair(running.url);
      for (let i = 0; i < 2; i++) opened.push((await rawSocket(holder)).ws);
      const { url, headers } = holder.socketRequest();
      const refused = await new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
        const ws = new WebSocket(url, { headers });
        ws.on('unexpected-response', (_req, res) => {
          resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined });
          ws.terminate();
        });
        ws.on('open', () => reject(new Error('upgrade was not refused')));
        ws.on('error', () => undefined);
      });
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(await metric(running, 'connector_websockets')).toMatch(/connector_websockets 2/);
      now += 10_000; // one token per 10 s
      opened.push((await rawSocket(holder)).ws);
    });

    test('a socket that does not read is dropped as slow_consumer when the outbound budget is spent, other subscribers are served, and nothing is lost', async () => {
      running = await startConnector(target, { limits: { wsOutboundBudgetBytes: 512 * 1024, sendBytesPerSecond: 64 * 1024 * 1024 } });
      const hog = await pair(running.url);
      const honest = await pair(running.url);
      const stalled = await rawSocket(hog.holder);
      opened.push(stalled.ws);
      const raw = (stalled.ws as unknown as { _socket: Socket })._socket;
      raw.pause(); // never reads again: what the server pushes piles up on its side
      raw.removeAllListeners('data');
      const count = 16;
      for (let i = 0; i < count; i++) await hog.issuer.send({ connectionId: hog.connectionId, messageId: `big${i}`, payload: new Uint8Array(1024 * 1024).fill(i) });
      await waitFor(async () => /reason="slow_consumer"\} 1/.test(await metric(running!, 'connector_websockets_closed_total')), 'the stalled socket dropped');
      await waitFor(async () => /connector_websocket_outbound_bytes 0/.test(await metric(running!, 'connector_websocket_outbound_bytes')), 'its bytes released');
      const got: string[] = [];
      const sub = honest.holder.subscribe({ onMessage: (d) => void got.push(d.messageId) });
      try {
        await honest.issuer.send({ connectionId: honest.connectionId, messageId: 'hello', payload: bytes('hi') });
        await waitFor(() => got.includes('hello'), 'the honest subscriber served');
      } finally {
        await sub.close();
      }
      // pushed but never acked: everything is still stored for the next connection
      const kept = await fetchAll(hog.holder);
      expect(kept.map((d) => d.messageId)).toEqual(Array.from({ length: count }, (_, i) => `big${i}`));
      expect(kept.every((d, i) => d.payload.length === 1024 * 1024 && d.payload[0] === i)).toBe(true);
    });

    test('pushes past the per-participant push rate wait for it, and the whole backlog arrives once it allows', async () => {
      let now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { maxMessageBytes: 100_000, wsPushBytesPerSecond: 1_000_000 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      const count = 40; // 4 MB: four seconds of the rate
      for (let i = 0; i < count; i += 8) {
        await issuer.sendBatch(Array.from({ length: 8 }, (_, k) => ({ connectionId, messageId: `p${i + k}`, payload: new Uint8Array(100_000).fill(i + k) })));
      }
      const s = await rawSocket(holder);
      opened.push(s.ws);
      const pushed = () => s.frames.flatMap((f) => f.deliveries?.items ?? []).map((d) => d.messageId);
      await waitFor(() => pushed().length > 0, 'the first push');
      // the clock stands still: one second's worth went out, the rest waits for it to move
      expect(pushed().length).toBeLessThan(count / 2);
      for (let got = pushed().length; got < count; got = pushed().length) {
        now += 1_000;
        await waitFor(() => pushed().length > got, 'the next second of the backlog');
      }
      expect(pushed()).toEqual(Array.from({ length: count }, (_, i) => `p${i}`));
    });

    test('frames past the per-participant frame rate get a rate_limited error frame and close 4029', async () => {
      const now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { wsFramesPerSecond: 1, wsFrameBurst: 3 } });
      const { holder } = await pair(running.url);
      const s = await rawSocket(holder);
      opened.push(s.ws);
      const ack = Buffer.from(api.ClientFrame.encode({ ack: { refs: [] } }).finish());
      for (let i = 0; i < 3; i++) s.ws.send(ack);
      await waitFor(() => s.frames.filter((f) => f.acked).length === 3, 'three acks answered');
      s.ws.send(ack);
      expect(await s.closed).toEqual({ code: 4029, reason: 'rate_limited' });
      const error = s.frames.find((f) => f.error)?.error;
      expect(error?.code).toBe('rate_limited');
      expect(error?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    });

    test('an ack of many refs costs more of the frame rate than an ack of few', async () => {
      const now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { wsFramesPerSecond: 1, wsFrameBurst: 5 } });
      const { holder, connectionId } = await pair(running.url);
      const s = await rawSocket(holder);
      opened.push(s.ws);
      const refs = Array.from({ length: 600 }, (_, i) => ({ connectionId, messageId: `r${i}` }));
      s.ws.send(Buffer.from(api.ClientFrame.encode({ ack: { refs } }).finish()));
      expect(await s.closed).toEqual({ code: 4029, reason: 'rate_limited' });
    });

    test('an oversize frame closes the socket with 1009 and logs one warning without a stack trace', async () => {
      running = await startConnector(target);
      const { holder } = await pair(running.url);
      const s = await rawSocket(holder);
      opened.push(s.ws);
      s.ws.send(Buffer.alloc(1024 * 1024 + 1));
      expect((await s.closed).code).toBe(1009);
      await waitFor(() => running!.logs.text.includes('socket error; closing'), 'the warning');
      const lines = running.logs.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
      expect(running.logs.text).not.toContain('"stack"');
      expect(lines.find((l) => l.msg === 'socket error; closing')?.level).toBe(40);
    });
  });
}
