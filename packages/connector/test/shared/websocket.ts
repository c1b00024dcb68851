import type { Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import type { Delivery } from '@connector-e2e/connector-client';
import { connector_e2e } from '@connector-e2e/protocol';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, pair, startConnector, text, waitFor, type Running } from '../helpers/harness.js';

const api = connector_e2e.connector.v1;

async function gauge(running: Running): Promise<number> {
  return (await running.connector.metrics.sockets.get()).values[0]?.value ?? 0;
}

export function websocketSuite(backend: Backend): void {
  describe(`WebSocket push (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running;
    beforeEach(async () => {
      target = await backend.create();
      running = await startConnector(target, { wsPingSeconds: 1, limits: { sendBytesPerSecond: 64 * 1024 * 1024 } });
    });
    afterEach(async () => {
      await running.close();
      await target.cleanup();
    });

    test('a subscriber receives messages live, in order, and its acks over the socket delete them', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const got: Delivery[] = [];
      const sub = holder.subscribe({ onMessage: (d) => void got.push(d) });
      try {
        await waitFor(() => sub.connected, 'socket open');
        for (let i = 0; i < 10; i++) await issuer.send({ connectionId, messageId: `w${i}`, payload: bytes(`live ${i}`) });
        await waitFor(() => got.length === 10, 'ten pushed messages');
        expect(got.map((d) => text(d.payload))).toEqual(Array.from({ length: 10 }, (_, i) => `live ${i}`));
        await waitFor(async () => (await holder.fetch()).items.length === 0, 'acks over the socket');
      } finally {
        await sub.close();
      }
    });

    test('messages queued while offline arrive on subscribe, and a failing handler means redelivery, not loss', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      for (let i = 0; i < 3; i++) await issuer.send({ connectionId, messageId: `q${i}`, payload: bytes(`q${i}`) });
      let failOnce = true;
      const handled: string[] = [];
      const sub = holder.subscribe({
        initialBackoffMs: 20,
        onError: () => undefined,
        onMessage: (d) => {
          if (d.messageId === 'q1' && failOnce) {
            failOnce = false;
            throw new Error('handler failed');
          }
          handled.push(d.messageId);
        },
      });
      try {
        await waitFor(() => handled.includes('q0') && handled.includes('q2'), 'q0 and q2 handled');
        expect(handled).not.toContain('q1');
        // q1 was not acked: it is still queued and comes again over a later pull
        await waitFor(async () => (await holder.fetch()).items.map((d) => d.messageId).join() === 'q1', 'only q1 left');
        await sub.pollOnce();
        await waitFor(() => handled.includes('q1'), 'q1 redelivered');
        await waitFor(async () => (await holder.fetch()).items.length === 0, 'all acked');
      } finally {
        await sub.close();
      }
    });

    test('a backlog of large messages is pushed in frames of bounded size and arrives whole', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const big = (i: number) => new Uint8Array(900 * 1024).fill(i + 1);
      for (let i = 0; i < 6; i++) await issuer.send({ connectionId, messageId: `big${i}`, payload: big(i) });
      const got: Delivery[] = [];
      const sub = holder.subscribe({ onMessage: (d) => void got.push(d) });
      try {
        await waitFor(() => got.length === 6, 'six large messages');
        got.forEach((d, i) => {
          expect(d.messageId).toBe(`big${i}`);
          expect(d.payload.length).toBe(900 * 1024);
          expect(d.payload[0]).toBe(i + 1);
        });
      } finally {
        await sub.close();
      }
    });

    test('a half-open socket does not lose messages: they stay queued until acked and arrive after reconnect', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      // A raw socket that receives one push and then vanishes without closing.
      const { url, headers } = holder.socketRequest();
      const ghost = new WebSocket(url, { headers });
      const ghostSaw: string[] = [];
      ghost.on('message', (data: Buffer) => {
        for (const d of api.ServerFrame.decode(new Uint8Array(data)).deliveries?.items ?? []) ghostSaw.push(d.messageId ?? '');
      });
      ghost.on('error', () => undefined);
      await new Promise((r) => ghost.once('open', r));
      await issuer.send({ connectionId, messageId: 'before', payload: bytes('1') });
      await waitFor(() => ghostSaw.includes('before'), 'the ghost got the first push');
      const raw = (ghost as unknown as { _socket: Socket })._socket;
      raw.pause(); // no more reads, no pongs, no close frame: half-open from the server's view
      raw.removeAllListeners('data');
      await issuer.send({ connectionId, messageId: 'during', payload: bytes('2') });
      // the heartbeat notices the silent socket and drops it
      await waitFor(async () => (await gauge(running)) === 0, 'server closed the silent socket');
      expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['before', 'during']);
      const got: string[] = [];
      const sub = holder.subscribe({ onMessage: (d) => void got.push(d.messageId) });
      try {
        await waitFor(() => got.length === 2, 'both messages after reconnect');
        expect(got).toEqual(['before', 'during']);
        await waitFor(async () => (await holder.fetch()).items.length === 0, 'acked after reconnect');
      } finally {
        await sub.close();
        raw.destroy();
      }
    });

    test('a subscription reconnects after the connector restarts and pulls over HTTP meanwhile', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const got: string[] = [];
      const statuses: string[] = [];
      const sub = holder.subscribe({ onMessage: (d) => void got.push(d.messageId), onStatus: (s) => void statuses.push(s), onError: () => undefined, initialBackoffMs: 50, maxBackoffMs: 200, pollIntervalMs: 100 });
      try {
        await waitFor(() => sub.connected, 'socket open');
        const port = Number(new URL(running.url).port);
        await running.close();
        await waitFor(() => !sub.connected, 'socket closed');
        running = await startConnector(target, { wsPingSeconds: 1 }, port);
        await issuer.send({ connectionId, messageId: 'after-restart', payload: bytes('x') });
        await waitFor(() => got.includes('after-restart'), 'message after restart');
        await waitFor(() => sub.connected, 'socket reopened');
        expect(statuses.filter((s) => s === 'open').length).toBeGreaterThanOrEqual(2);
      } finally {
        await sub.close();
      }
    });
  });
}
