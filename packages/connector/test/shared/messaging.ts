import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClientError } from '@connector-e2e/connector-client';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, pair, participant, startConnector, text, type Running } from '../helpers/harness.js';

export function messagingSuite(backend: Backend): void {
  describe(`send, fetch, ack (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running;
    beforeEach(async () => {
      target = await backend.create();
      running = await startConnector(target);
    });
    afterEach(async () => {
      await running.close();
      await target.cleanup();
    });

    test('messages arrive in the order they were sent, in each direction', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      for (let i = 0; i < 15; i++) {
        await issuer.send({ connectionId, messageId: `i${i}`, payload: bytes(`to holder ${i}`) });
        await holder.send({ connectionId, messageId: `h${i}`, payload: bytes(`to issuer ${i}`) });
      }
      const toHolder = await holder.fetch();
      expect(toHolder.items.map((d) => d.messageId)).toEqual(Array.from({ length: 15 }, (_, i) => `i${i}`));
      expect(toHolder.items.map((d) => text(d.payload))).toEqual(Array.from({ length: 15 }, (_, i) => `to holder ${i}`));
      const toIssuer = await issuer.fetch();
      expect(toIssuer.items.map((d) => d.messageId)).toEqual(Array.from({ length: 15 }, (_, i) => `h${i}`));
      expect(toIssuer.items.every((d) => d.kind === 'message' && d.connectionId === connectionId)).toBe(true);
    });

    test('a retried send with the same id stores one copy', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const first = await issuer.send({ connectionId, messageId: 'm1', payload: bytes('once') });
      const again = await issuer.send({ connectionId, messageId: 'm1', payload: bytes('once') });
      const racing = await Promise.all(Array.from({ length: 5 }, () => issuer.send({ connectionId, messageId: 'm2', payload: bytes('twice?') })));
      expect(first.duplicate).toBe(false);
      expect(again.duplicate).toBe(true);
      expect(racing.filter((r) => !r.duplicate)).toHaveLength(1);
      const { items } = await holder.fetch();
      expect(items.map((d) => d.messageId)).toEqual(['m1', 'm2']);
    });

    test('nothing is deleted without an ack, and an ack deletes', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      for (const id of ['a', 'b', 'c']) await issuer.send({ connectionId, messageId: id, payload: bytes(id) });
      expect((await holder.fetch()).items).toHaveLength(3);
      expect((await holder.fetch()).items).toHaveLength(3);
      expect(await holder.ack([{ connectionId, messageId: 'b' }])).toBe(1);
      expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['a', 'c']);
      expect(await holder.ack([{ connectionId, messageId: 'a' }, { connectionId, messageId: 'c' }, { connectionId, messageId: 'zz' }])).toBe(2);
      expect((await holder.fetch()).items).toHaveLength(0);
    });

    test('fetch pages through the mailbox with a cursor and a limit', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      for (let i = 0; i < 7; i++) await issuer.send({ connectionId, messageId: `p${i}`, payload: bytes(String(i)) });
      const seen: string[] = [];
      let after = 0;
      for (;;) {
        const page = await holder.fetch({ after, limit: 3 });
        seen.push(...page.items.map((d) => d.messageId));
        after = page.nextAfter;
        if (!page.hasMore) break;
      }
      expect(seen).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    });

    test('payload bytes come back exactly as sent', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const payload = new Uint8Array(4096).map((_, i) => (i * 7 + 3) & 0xff);
      await issuer.send({ connectionId, messageId: 'bin', payload });
      const [item] = (await holder.fetch()).items;
      expect(item!.payload).toEqual(payload);
    });

    test("revoking a connection deletes the messages queued for the revoker, keeps those it sent deliverable before the peer's notice, and refuses further sends", async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      await issuer.send({ connectionId, messageId: 'x', payload: bytes('x') });
      await holder.send({ connectionId, messageId: 'y', payload: bytes('y') });
      expect(await issuer.revoke(connectionId)).toBe(1);
      const { items } = await holder.fetch();
      expect(items.map((d) => [d.kind, d.connectionId, d.messageId])).toEqual([
        ['message', connectionId, 'x'],
        ['connection_revoked', connectionId, '!revoked'],
      ]);
      // The peer can still ack what it got on the revoked connection.
      await holder.ack(items.map((d) => ({ connectionId: d.connectionId, messageId: d.messageId })));
      expect((await holder.fetch()).items).toHaveLength(0);
      expect((await issuer.fetch()).items).toHaveLength(0);
      const err = await holder.send({ connectionId, messageId: 'z', payload: bytes('z') }).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'connection_revoked')).toBe(true);
      expect((err as ConnectorClientError).status).toBe(410);
    });

    test('messages committed out of order by concurrent writers are never skipped by a reader\'s cursor', async () => {
      await running.close();
      // Stretch some write transactions so that, without the mailbox lock, a larger sequence
      // number would commit before a smaller one and a cursor would step over the smaller.
      running = await startConnector(target, {
        hooks: { beforeInsert: (seq) => new Promise((r) => setTimeout(r, seq % 3 === 0 ? 25 : 0)) },
        limits: { rateLimitPerSecond: 10_000, rateLimitBurst: 10_000 },
      });
      const reader = await participant(running.url, 'reader');
      const senders = await Promise.all(
        Array.from({ length: 6 }, async (_, s) => {
          const sender = await participant(running.url, `s${s}`);
          const [grant] = await sender.createTokens();
          const { connectionId } = await reader.acceptToken(grant!.token);
          return { sender, connectionId };
        }),
      );
      await reader.ack((await reader.fetch()).items);
      const perSender = 15;
      const total = senders.length * perSender;
      const seen = new Set<string>();
      let after = 0;
      let writing = true;
      const writes = Promise.all(
        senders.map(async ({ sender, connectionId }, s) => {
          for (let i = 0; i < perSender; i++) await sender.send({ connectionId, messageId: `s${s}-${i}`, payload: bytes(`${s}/${i}`) });
        }),
      ).finally(() => {
        writing = false;
      });
      // The reader only moves forward (never re-reads from 0, never acks).
      for (;;) {
        // only a page requested after the last send was acknowledged may end the loop
        const startedAfterWrites = !writing;
        const page = await reader.fetch({ after, limit: 7 });
        for (const d of page.items) seen.add(d.messageId);
        after = page.nextAfter;
        if (startedAfterWrites && !page.hasMore) break;
      }
      await writes;
      expect(seen.size).toBe(total);
    });
  });
}
