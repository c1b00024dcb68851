import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError, type Delivery } from '@connector-e2e/connector-client';
import { toBase64url } from '@connector-e2e/protocol';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { participant, startConnector, waitFor, type Running } from '../helpers/harness.js';

export function tokenSuite(backend: Backend): void {
  describe(`connection tokens (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running;
    let now = Date.now();
    beforeEach(async () => {
      now = Date.now();
      target = await backend.create();
      running = await startConnector(target, { clock: () => now });
    });
    afterEach(async () => {
      await running.close();
      await target.cleanup();
    });

    test('a token is accepted once and refused as used afterwards', async () => {
      const issuer = await participant(running.url, 'issuer');
      const [grant] = await issuer.createTokens({ count: 1 });
      const first = await (await participant(running.url)).acceptToken(grant!.token);
      expect(first.connectionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(first.tokenId).toBe(grant!.tokenId);
      const err = await (await participant(running.url)).acceptToken(grant!.token).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'token_used')).toBe(true);
      expect((err as ConnectorClientError).status).toBe(410);
    });

    test('an expired token is refused, by info and by accept, and creates no connection', async () => {
      const issuer = await participant(running.url, 'issuer');
      const holder = await participant(running.url, 'holder');
      const [grant] = await issuer.createTokens({ count: 1, ttlSeconds: 60 });
      now += 61_000;
      for (const attempt of [() => holder.tokenInfo(grant!.token), () => holder.acceptToken(grant!.token)]) {
        const err = await attempt().catch((e: unknown) => e);
        expect(ConnectorClientError.is(err, 'token_expired')).toBe(true);
      }
      expect((await issuer.fetch()).items).toHaveLength(0);
      const rows = await running.connector.db.dataSource.query('SELECT COUNT(*) AS n FROM relay_connection');
      expect(Number(rows[0].n)).toBe(0);
    });

    test('token info shows the inviter name and logo and no secrets', async () => {
      const issuer = await participant(running.url, 'university');
      const holder = await participant(running.url, 'holder');
      const [grant] = await issuer.createTokens({ count: 1 });
      const info = await holder.tokenInfo(grant!.token);
      expect(info).toEqual({ tokenId: grant!.tokenId, inviterName: 'university', inviterLogoUrl: 'https://example.org/university.png', expiresAt: grant!.expiresAt });
      expect(info.tokenId).not.toBe(toBase64url(grant!.token));
      // the connector only keeps SHA-256(token)
      const stored = await running.connector.db.dataSource.query('SELECT * FROM connection_token');
      expect(JSON.stringify(stored)).not.toContain(toBase64url(grant!.token));
      expect(stored.map((r: { token_id: string }) => r.token_id)).toEqual([ConnectorClient.tokenId(grant!.token)]);
      const unknown = await holder.tokenInfo(new Uint8Array(16).fill(7)).catch((e: unknown) => e);
      expect(ConnectorClientError.is(unknown, 'token_not_found')).toBe(true);
    });

    test('concurrent accepts of one token: exactly one wins', async () => {
      const issuer = await participant(running.url, 'issuer');
      const [grant] = await issuer.createTokens({ count: 1 });
      const holders = await Promise.all(Array.from({ length: 8 }, () => participant(running.url)));
      const results = await Promise.allSettled(holders.map((h) => h.acceptToken(grant!.token)));
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((r) => ConnectorClientError.is(r.reason, 'token_used'))).toBe(true);
      const rows = await running.connector.db.dataSource.query('SELECT COUNT(*) AS n FROM relay_connection');
      expect(Number(rows[0].n)).toBe(1);
    });

    test('client-chosen tokens work, are stored hashed, and cannot be registered twice', async () => {
      const issuer = await participant(running.url, 'issuer');
      const token = new Uint8Array(16).map((_, i) => i + 1);
      const [grant] = await issuer.createTokens({ tokens: [token] });
      expect(grant!.token).toEqual(token);
      expect(grant!.tokenId).toBe(ConnectorClient.tokenId(token));
      const dup = await issuer.createTokens({ tokens: [token] }).catch((e: unknown) => e);
      expect(ConnectorClientError.is(dup, 'token_exists'), String(dup)).toBe(true);
      const bad = await issuer.createTokens({ tokens: [new Uint8Array(15)] }).catch((e: unknown) => e);
      expect(ConnectorClientError.is(bad, 'bad_request'), String(bad)).toBe(true);
    });

    test('the inviter learns of an acceptance by pull and, when subscribed, by push', async () => {
      now = Date.now();
      const issuer = await participant(running.url, 'issuer');
      const [byPull, byPush] = await issuer.createTokens({ count: 2 });
      const a = await (await participant(running.url)).acceptToken(byPull!.token);
      const { items } = await issuer.fetch();
      expect(items.map((d) => [d.kind, d.connectionId, d.tokenId, d.messageId])).toEqual([['connection_accepted', a.connectionId, byPull!.tokenId, '!accepted']]);
      await issuer.ack(items);
      const pushed: Delivery[] = [];
      const sub = issuer.subscribe({ onMessage: (d) => void pushed.push(d) });
      try {
        await waitFor(() => sub.connected, 'socket open');
        const b = await (await participant(running.url)).acceptToken(byPush!.token);
        await waitFor(() => pushed.length === 1, 'accepted event pushed');
        expect(pushed[0]).toMatchObject({ kind: 'connection_accepted', connectionId: b.connectionId, tokenId: byPush!.tokenId });
        await waitFor(async () => (await issuer.fetch()).items.length === 0, 'event acked over the socket');
      } finally {
        await sub.close();
      }
    });

    test('a participant cannot accept its own token', async () => {
      const issuer = await participant(running.url, 'issuer');
      const [grant] = await issuer.createTokens();
      const err = await issuer.acceptToken(grant!.token).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'bad_request')).toBe(true);
      // and the token is still usable by someone else
      await (await participant(running.url)).acceptToken(grant!.token);
    });
  });
}
