import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { ConnectorClientError } from '@connector-e2e/connector-client';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, pair, startConnector, type Running } from '../helpers/harness.js';

export function limitsSuite(backend: Backend): void {
  describe(`limits (${backend.name})`, () => {
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

    test('an oversize payload is refused with payload_too_large (413) and nothing is stored', async () => {
      running = await startConnector(target, { limits: { maxMessageBytes: 1024 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      await issuer.send({ connectionId, messageId: 'fits', payload: new Uint8Array(1024) });
      for (const size of [1025, 200 * 1024]) {
        const err = await issuer.send({ connectionId, messageId: `big${size}`, payload: new Uint8Array(size) }).catch((e: unknown) => e);
        expect(ConnectorClientError.is(err, 'payload_too_large')).toBe(true);
        expect((err as ConnectorClientError).status).toBe(413);
      }
      expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['fits']);
    });

    test('a full queue refuses further sends with queue_full until the recipient acks', async () => {
      running = await startConnector(target, { limits: { queueCap: 3 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      for (let i = 0; i < 3; i++) await issuer.send({ connectionId, messageId: `f${i}`, payload: bytes('x') });
      const err = await issuer.send({ connectionId, messageId: 'f3', payload: bytes('x') }).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'queue_full')).toBe(true);
      expect((err as ConnectorClientError).retryable).toBe(true);
      // the other direction has its own queue
      await holder.send({ connectionId, messageId: 'back', payload: bytes('y') });
      await holder.ack([{ connectionId, messageId: 'f0' }]);
      await issuer.send({ connectionId, messageId: 'f3', payload: bytes('x') });
      expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['f1', 'f2', 'f3']);
    });

    test('expired messages are dropped and reported to the sender on its next fetch', async () => {
      let now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { retentionSeconds: 60 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      await issuer.send({ connectionId, messageId: 'old', payload: bytes('late') });
      now += 30_000;
      await issuer.send({ connectionId, messageId: 'young', payload: bytes('fresh') });
      now += 31_000;
      expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['young']);
      const { items } = await issuer.fetch();
      expect(items.map((d) => [d.kind, d.connectionId, d.expiredMessageId])).toEqual([['message_expired', connectionId, 'old']]);
      await issuer.ack(items);
      expect((await issuer.fetch()).items).toHaveLength(0);
      const metrics = await running.connector.metrics.registry.getSingleMetricAsString('connector_messages_expired_total');
      expect(metrics).toMatch(/connector_messages_expired_total 1/);
    });

    test('sends past the per-participant byte rate are refused with rate_limited (429, Retry-After) and store nothing', async () => {
      let now = Date.now();
      // the burst is one largest batch body: 8 KB + 64 KiB of framing slack, about nine 8 KB sends
      running = await startConnector(target, { clock: () => now, limits: { sendBytesPerSecond: 8_000, maxMessageBytes: 8_000, maxBatchBytes: 8_000 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      let sent = 0;
      let refused: unknown;
      while (refused === undefined) {
        await issuer.send({ connectionId, messageId: `b${sent}`, payload: new Uint8Array(8_000) }).then(
          () => void sent++,
          (e: unknown) => void (refused = e),
        );
        if (sent > 20) throw new Error('never refused');
      }
      expect(sent).toBeGreaterThanOrEqual(8);
      expect(ConnectorClientError.is(refused, 'rate_limited')).toBe(true);
      expect((refused as ConnectorClientError).status).toBe(429);
      expect((refused as ConnectorClientError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      // small requests still pass: the byte rate counts bytes
      expect((await holder.fetch()).items).toHaveLength(sent);
      now += 2_000;
      await issuer.send({ connectionId, messageId: `b${sent}`, payload: new Uint8Array(8_000) });
    });

    test('too many requests are answered with rate_limited (429) and a retry-after, WebSocket upgrades included', async () => {
      running = await startConnector(target, { limits: { rateLimitPerSecond: 1, rateLimitBurst: 5 } });
      const { issuer } = await pair(running.url); // uses 2 of the issuer's 5 (register, createTokens)
      const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => issuer.fetch()));
      const limited = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(limited.length).toBeGreaterThanOrEqual(3);
      for (const o of limited) {
        expect(ConnectorClientError.is(o.reason, 'rate_limited')).toBe(true);
        expect((o.reason as ConnectorClientError).status).toBe(429);
        expect((o.reason as ConnectorClientError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      }
      const { url, headers } = issuer.socketRequest();
      const answer = await new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
        const ws = new WebSocket(url, { headers });
        ws.on('unexpected-response', (_req, res) => {
          resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined });
          ws.terminate();
        });
        ws.on('open', () => reject(new Error('upgrade was not rate limited')));
        ws.on('error', () => undefined);
      });
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
    });
  });
}
