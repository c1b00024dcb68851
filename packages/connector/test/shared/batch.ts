import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClientError, MAX_SEND_BATCH_ITEMS, type ConnectorClient, type Delivery, type SendBatchResult } from '@connector-e2e/connector-client';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, pair, participant, startConnector, text, waitFor, type Running } from '../helpers/harness.js';
import type { ConnectorOptions } from '../../src/index.js';
import { MAX_SEND_BATCH_ITEMS as SERVER_MAX_SEND_BATCH_ITEMS } from '../../src/config.js';

function item(connectionId: string, messageId: string, payload: Uint8Array | string = messageId) {
  return { connectionId, messageId, payload: typeof payload === 'string' ? bytes(payload) : payload };
}

function codeOf(r: SendBatchResult): string {
  return r.ok ? (r.duplicate ? 'duplicate' : 'stored') : r.error.code;
}

async function ids(client: ConnectorClient): Promise<string[]> {
  return (await client.fetch({ limit: 500 })).items.map((d) => d.messageId);
}

export function batchSuite(backend: Backend): void {
  describe(`batch send (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running | undefined;
    const start = async (overrides: Partial<ConnectorOptions> = {}): Promise<Running> => {
      running = await startConnector(target, overrides);
      return running;
    };
    beforeEach(async () => {
      target = await backend.create();
    });
    afterEach(async () => {
      await running?.close();
      running = undefined;
      await target.cleanup();
    });

    test('client and connector agree on the item cap', () => {
      expect(MAX_SEND_BATCH_ITEMS).toBe(SERVER_MAX_SEND_BATCH_ITEMS);
    });

    test('one batch stores every message, each connection in batch order after earlier sends, on all of the caller\'s connections', async () => {
      const { url } = await start();
      const { issuer, holder, connectionId: a } = await pair(url);
      // a second connection where the issuer is the invitee
      const other = await participant(url, 'other');
      const [grant] = await other.createTokens();
      const { connectionId: b } = await issuer.acceptToken(grant!.token);
      await other.ack((await other.fetch()).items);
      await issuer.send({ connectionId: a, messageId: 'a-before', payload: bytes('first') });
      const before = Date.now();
      const results = await issuer.sendBatch([item(a, 'a0'), item(b, 'b0'), item(a, 'a1'), item(a, 'a2'), item(b, 'b1'), item(a, 'a3')]);
      expect(results.map(codeOf)).toEqual(Array(6).fill('stored'));
      for (const r of results) if (r.ok) expect(r.expiresAt).toBeGreaterThan(before);
      const toHolder = (await holder.fetch()).items;
      expect(toHolder.map((d) => d.messageId)).toEqual(['a-before', 'a0', 'a1', 'a2', 'a3']);
      expect(toHolder.map((d) => text(d.payload))).toEqual(['first', 'a0', 'a1', 'a2', 'a3']);
      expect(toHolder.every((d) => d.kind === 'message' && d.connectionId === a)).toBe(true);
      expect(await ids(other)).toEqual(['b0', 'b1']);
      expect(await issuer.sendBatch([])).toEqual([]);
      const stored = await running!.connector.metrics.registry.getSingleMetricAsString('connector_messages_stored_total');
      expect(stored).toMatch(/connector_messages_stored_total 7/);
    });

    test('a retried batch stores no duplicates, also when retries race and when an id repeats within a batch', async () => {
      const { url } = await start();
      const { issuer, holder, connectionId } = await pair(url);
      const batch = Array.from({ length: 5 }, (_, i) => item(connectionId, `r${i}`));
      const first = await issuer.sendBatch(batch);
      const again = await issuer.sendBatch(batch);
      expect(first.map(codeOf)).toEqual(Array(5).fill('stored'));
      expect(again.map(codeOf)).toEqual(Array(5).fill('duplicate'));
      expect(again.map((r) => r.ok && r.expiresAt)).toEqual(first.map((r) => r.ok && r.expiresAt));
      const racing = Array.from({ length: 4 }, (_, i) => item(connectionId, `race${i}`));
      const raced = await Promise.all(Array.from({ length: 4 }, () => issuer.sendBatch(racing)));
      for (let i = 0; i < racing.length; i++) expect(raced.filter((rs) => codeOf(rs[i]!) === 'stored')).toHaveLength(1);
      const repeated = await issuer.sendBatch([item(connectionId, 'twice', 'one'), item(connectionId, 'twice', 'two')]);
      expect(repeated.map(codeOf)).toEqual(['stored', 'duplicate']);
      // ids with characters that need quoting in SQL arrays and lists
      const odd = ['q"\\{x},y', "o'k", 'NULL'];
      expect((await issuer.sendBatch(odd.map((id) => item(connectionId, id)))).map(codeOf)).toEqual(['stored', 'stored', 'stored']);
      expect((await issuer.sendBatch(odd.map((id) => item(connectionId, id)))).map(codeOf)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      const items = (await holder.fetch()).items;
      expect(items.map((d) => d.messageId)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'race0', 'race1', 'race2', 'race3', 'twice', ...odd]);
      expect(text(items[9]!.payload)).toBe('one');
      expect(await holder.ack(odd.map((id) => ({ connectionId, messageId: id })))).toBe(3);
    });

    test('a batch with an item on someone else\'s connection is refused with forbidden (403) and stores nothing', async () => {
      const { url } = await start();
      const { issuer, holder, connectionId } = await pair(url);
      const strangers = await pair(url);
      for (const foreign of [strangers.connectionId, 'no-such-connection']) {
        const err = await issuer.sendBatch([item(connectionId, 'mine1'), item(foreign, 'theirs'), item(connectionId, 'mine2')]).catch((e: unknown) => e);
        expect(ConnectorClientError.is(err, 'forbidden')).toBe(true);
        expect((err as ConnectorClientError).status).toBe(403);
      }
      expect(await ids(holder)).toEqual([]);
      expect(await ids(strangers.holder)).toEqual([]);
      expect(await ids(strangers.issuer)).toEqual([]);
      // the same items without the foreign one go through
      expect((await issuer.sendBatch([item(connectionId, 'mine1'), item(connectionId, 'mine2')])).map(codeOf)).toEqual(['stored', 'stored']);
      expect(await ids(holder)).toEqual(['mine1', 'mine2']);
    });

    test('refused items get typed errors and never take the other items down with them', async () => {
      const { url } = await start({ limits: { maxMessageBytes: 1024, queueCap: 3 } });
      const { issuer, holder, connectionId: a } = await pair(url);
      const second = await participant(url, 'second');
      const [grant] = await issuer.createTokens();
      const { connectionId: b } = await second.acceptToken(grant!.token);
      const third = await participant(url, 'third');
      const [grant3] = await issuer.createTokens();
      const { connectionId: c } = await third.acceptToken(grant3!.token);
      await third.revoke(c);
      await issuer.ack((await issuer.fetch()).items);

      const results = await issuer.sendBatch([
        item(a, 'ok1'),
        item(a, 'big', new Uint8Array(1025)),
        item(a, '!reserved'),
        item(c, 'on-revoked'),
        item(a, 'ok2'),
        item(a, 'ok3'),
        item(a, 'over-cap'),
        item(b, 'elsewhere'),
        item(a, 'ok1'),
      ]);
      expect(results.map(codeOf)).toEqual(['stored', 'payload_too_large', 'bad_request', 'connection_revoked', 'stored', 'stored', 'queue_full', 'stored', 'duplicate']);
      const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
      expect(errors.every((e) => e instanceof ConnectorClientError && e.message.startsWith(`${e.code}: `))).toBe(true);
      expect(errors.map((e) => e.retryable)).toEqual([false, false, false, true]);
      expect(await ids(holder)).toEqual(['ok1', 'ok2', 'ok3']);
      expect(await ids(second)).toEqual(['elsewhere']);
      // a queue_full item goes through once the recipient acked
      await holder.ack([{ connectionId: a, messageId: 'ok1' }]);
      expect((await issuer.sendBatch([item(a, 'over-cap')])).map(codeOf)).toEqual(['stored']);
      expect(await ids(holder)).toEqual(['ok2', 'ok3', 'over-cap']);
    });

    test('a batch over the item cap or the byte cap is refused as a whole with batch_too_large (413)', async () => {
      const { url } = await start({ limits: { maxMessageBytes: 1024, maxBatchBytes: 4096 } });
      const { issuer, holder, connectionId } = await pair(url);
      const tooMany = Array.from({ length: MAX_SEND_BATCH_ITEMS + 1 }, (_, i) => item(connectionId, `n${i}`));
      const err = await issuer.sendBatch(tooMany).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'batch_too_large')).toBe(true);
      expect(err).toMatchObject({ status: 413, retryable: false });
      // 100 KiB of payloads, each within the message cap, is above 4 KiB + framing
      const tooBig = Array.from({ length: 100 }, (_, i) => item(connectionId, `big${i}`, new Uint8Array(1024)));
      const err2 = await issuer.sendBatch(tooBig).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err2, 'batch_too_large')).toBe(true);
      expect((err2 as ConnectorClientError).status).toBe(413);
      expect(await ids(holder)).toEqual([]);
      // the cap itself is fine
      const full = await issuer.sendBatch(tooMany.slice(0, MAX_SEND_BATCH_ITEMS));
      expect(full.every((r) => r.ok && !r.duplicate)).toBe(true);
      expect((await holder.fetch({ limit: 500 })).items).toHaveLength(MAX_SEND_BATCH_ITEMS);
    });

    test('the rate limit counts every message of a batch', async () => {
      const { url } = await start({ limits: { rateLimitPerSecond: 1, rateLimitBurst: 10 } });
      const { issuer, holder, connectionId } = await pair(url); // the issuer used 3 of its 10: register, createTokens, ack
      const ok = await issuer.sendBatch(Array.from({ length: 6 }, (_, i) => item(connectionId, `ok${i}`)));
      expect(ok.map(codeOf)).toEqual(Array(6).fill('stored'));
      const err = await issuer.sendBatch(Array.from({ length: 4 }, (_, i) => item(connectionId, `late${i}`))).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'rate_limited')).toBe(true);
      expect((err as ConnectorClientError).status).toBe(429);
      expect((err as ConnectorClientError).retryAfterSeconds).toBeGreaterThanOrEqual(2);
      expect(await ids(holder)).toEqual(['ok0', 'ok1', 'ok2', 'ok3', 'ok4', 'ok5']);
      // a batch larger than the burst could never pass: refused as too large, not throttled forever
      const huge = await issuer.sendBatch(Array.from({ length: 11 }, (_, i) => item(connectionId, `huge${i}`))).catch((e: unknown) => e);
      expect(ConnectorClientError.is(huge, 'batch_too_large')).toBe(true);
    });

    test('a subscribed recipient gets a batch pushed live, in order', async () => {
      const { url } = await start();
      const { issuer, holder, connectionId } = await pair(url);
      const got: Delivery[] = [];
      const sub = holder.subscribe({ onMessage: (d) => void got.push(d) });
      try {
        await waitFor(() => sub.connected, 'socket open');
        const batch = Array.from({ length: 40 }, (_, i) => item(connectionId, `live${i}`));
        await issuer.sendBatch(batch);
        await waitFor(() => got.length === batch.length, 'the whole batch pushed');
        expect(got.map((d) => d.messageId)).toEqual(batch.map((b) => b.messageId));
        await waitFor(async () => (await holder.fetch()).items.length === 0, 'acks over the socket');
      } finally {
        await sub.close();
      }
    });
  });
}
