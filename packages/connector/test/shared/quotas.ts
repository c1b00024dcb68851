import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError } from '@connector-e2e/connector-client';
import { buildConnector, type Connector } from '../../src/index.js';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { keyOf, pair, participant, startConnector, type Running } from '../helpers/harness.js';

interface Usage {
  items: number;
  bytes: number;
  connections: number;
}

/** The usage counters the database keeps for a participant. */
async function usage(connector: Connector, id: string): Promise<Usage> {
  const rows: Array<Record<string, unknown>> = await connector.db.dataSource.query('SELECT id, stored_items, stored_bytes, connections FROM participant');
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error('no such participant');
  return { items: Number(r.stored_items), bytes: Number(r.stored_bytes), connections: Number(r.connections) };
}

async function connect(issuer: ConnectorClient, holder: ConnectorClient): Promise<string> {
  const [grant] = await issuer.createTokens({ count: 1 });
  const { connectionId } = await holder.acceptToken(grant!.token);
  await issuer.ack([{ connectionId, messageId: '!accepted' }]);
  return connectionId;
}

const kib = (n: number) => new Uint8Array(n * 1000);

export function quotaSuite(backend: Backend): void {
  describe(`participant quotas (${backend.name})`, () => {
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

    test('a mailbox at its byte quota refuses sends on every connection with quota_exceeded (507) until its owner acks', async () => {
      running = await startConnector(target, { limits: { mailboxQuotaBytes: 3000 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      const second = await connect(issuer, holder); // a fresh connection brings no fresh quota
      await issuer.send({ connectionId, messageId: 'a', payload: kib(1) });
      await issuer.send({ connectionId, messageId: 'b', payload: kib(1) });
      await issuer.send({ connectionId: second, messageId: 'c', payload: kib(1) });
      for (const conn of [connectionId, second]) {
        const err = await issuer.send({ connectionId: conn, messageId: 'd', payload: kib(1) }).catch((e: unknown) => e);
        expect(ConnectorClientError.is(err, 'quota_exceeded')).toBe(true);
        expect((err as ConnectorClientError).status).toBe(507);
        expect((err as ConnectorClientError).retryable).toBe(true);
      }
      // a retry of a stored message is still answered as a duplicate
      expect((await issuer.send({ connectionId, messageId: 'a', payload: kib(1) })).duplicate).toBe(true);
      await holder.ack([{ connectionId, messageId: 'a' }]);
      await issuer.send({ connectionId: second, messageId: 'd', payload: kib(1) });
      expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['b', 'c', 'd']);
    });

    test('a batch over the item or byte quota stores what fits and refuses the rest of each connection in order', async () => {
      running = await startConnector(target, { limits: { mailboxQuotaBytes: 2500, mailboxQuotaItems: 3 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      const results = await issuer.sendBatch([
        { connectionId, messageId: 'small', payload: kib(1) },
        { connectionId, messageId: 'too-big', payload: kib(2) },
        { connectionId, messageId: 'would-fit', payload: new Uint8Array(10) },
      ]);
      expect(results.map((r) => (r.ok ? 'stored' : r.error.code))).toEqual(['stored', 'quota_exceeded', 'quota_exceeded']);
      const more = await issuer.sendBatch(['x', 'y', 'z'].map((id) => ({ connectionId, messageId: id, payload: new Uint8Array(1) })));
      expect(more.map((r) => (r.ok ? 'stored' : r.error.code))).toEqual(['stored', 'stored', 'quota_exceeded']);
      expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['small', 'x', 'y']);
    });

    test('the usage counters follow sends, acks, revocations and expiry', async () => {
      let now = Date.now();
      running = await startConnector(target, { clock: () => now, limits: { retentionSeconds: 60 } });
      const c = running.connector;
      const { issuer, holder, connectionId } = await pair(running.url);
      const second = await connect(issuer, holder);
      expect(await usage(c, holder.participantId)).toEqual({ items: 0, bytes: 0, connections: 2 });
      await issuer.sendBatch([
        { connectionId, messageId: 'a', payload: kib(1) },
        { connectionId, messageId: 'b', payload: kib(2) },
        { connectionId: second, messageId: 'c', payload: kib(4) },
      ]);
      await holder.send({ connectionId, messageId: 'back', payload: kib(8) });
      expect(await usage(c, holder.participantId)).toEqual({ items: 3, bytes: 7000, connections: 2 });
      expect(await usage(c, issuer.participantId)).toEqual({ items: 1, bytes: 8000, connections: 2 });
      await holder.ack([{ connectionId, messageId: 'a' }]);
      expect((await usage(c, holder.participantId)).bytes).toBe(6000);
      // drops 'back' (queued for the revoker); 'b' stays deliverable to the holder
      await issuer.revoke(connectionId);
      expect(await usage(c, holder.participantId)).toEqual({ items: 2, bytes: 6000, connections: 1 });
      expect(await usage(c, issuer.participantId)).toEqual({ items: 0, bytes: 0, connections: 1 });
      now += 61_000;
      await issuer.fetch(); // runs the expiry of the issuer's messages
      expect(await usage(c, holder.participantId)).toEqual({ items: 0, bytes: 0, connections: 1 });
    });

    test('a participant at its connection quota can neither accept nor be accepted (connection_limit, 403) until it revokes one', async () => {
      running = await startConnector(target, { limits: { maxConnectionsPerParticipant: 1 } });
      const { issuer, holder, connectionId } = await pair(running.url);
      const other = await participant(running.url, 'other');
      const [fromIssuer] = await issuer.createTokens({ count: 1 });
      const err = await other.acceptToken(fromIssuer!.token).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'connection_limit')).toBe(true);
      expect((err as ConnectorClientError).status).toBe(403);
      expect((err as ConnectorClientError).retryable).toBe(false);
      const [fromOther] = await other.createTokens({ count: 1 });
      expect(ConnectorClientError.is(await holder.acceptToken(fromOther!.token).catch((e: unknown) => e), 'connection_limit')).toBe(true);
      // the refused accept used nothing up: after a revocation the same token works
      await issuer.revoke(connectionId);
      await other.acceptToken(fromIssuer!.token);
    });

    test.runIf(backend.multiProcess)('two connector processes sharing the database never hold more than the quota together', async () => {
      running = await startConnector(target, { limits: { mailboxQuotaItems: 5 } });
      const second = await buildConnector({ db: target.url, ...(target.pgSchema ? { pgSchema: target.pgSchema } : {}), logger: { level: 'silent' }, limits: { mailboxQuotaItems: 5 } });
      try {
        const url2 = await second.listen(0, '127.0.0.1');
        const { issuer, holder, connectionId } = await pair(running.url);
        const viaSecond = new ConnectorClient({ url: url2, key: keyOf(issuer) });
        const sends = Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? viaSecond : issuer).send({ connectionId, messageId: `m${i}`, payload: new Uint8Array(1) }).then(
            () => 'stored',
            (e: unknown) => (ConnectorClientError.is(e) ? e.code : 'other'),
          ),
        );
        const outcomes = await Promise.all(sends);
        expect(outcomes.filter((o) => o === 'stored')).toHaveLength(5);
        expect(outcomes.filter((o) => o === 'quota_exceeded')).toHaveLength(15);
        expect((await holder.fetch()).items).toHaveLength(5);
        expect((await usage(running.connector, holder.participantId)).items).toBe(5);
      } finally {
        await second.close();
      }
    });
  });
}
