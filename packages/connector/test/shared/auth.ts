import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError, createParticipantKey } from '@connector-e2e/connector-client';
import { connector_e2e } from '@connector-e2e/protocol';
import type { Backend, DbTarget } from '../helpers/backends.js';
import WebSocket from 'ws';
import { bytes, keyOf, pair, participant, startConnector, type Running } from '../helpers/harness.js';

const api = connector_e2e.connector.v1;

function errorOf(body: ArrayBuffer): { code: string; message: string } {
  const e = api.ErrorBody.decode(new Uint8Array(body));
  return { code: e.code, message: e.message };
}

export function authSuite(backend: Backend): void {
  describe(`authentication and authorization (${backend.name})`, () => {
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

    async function queued(client: ConnectorClient): Promise<number> {
      return (await client.fetch()).items.length;
    }

    test('an unsigned request is refused with 401 and changes nothing', async () => {
      const { holder, connectionId } = await pair(running.url);
      const body = api.SendRequest.encode({ connectionId, messageId: 'u', payload: bytes('x') }).finish();
      const res = await fetch(`${running.url}/v1/messages/send`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: new Uint8Array(body) });
      expect(res.status).toBe(401);
      expect(res.headers.get('x-connector-error')).toBe('unauthenticated');
      expect(errorOf(await res.arrayBuffer()).code).toBe('unauthenticated');
      expect(await queued(holder)).toBe(0);
    });

    test('a stale request is refused with 401 and changes nothing', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const late = new ConnectorClient({ url: running.url, key: keyOf(issuer), clock: () => Date.now() - 10 * 60_000 });
      const err = await late.send({ connectionId, messageId: 's', payload: bytes('x') }).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'stale_request')).toBe(true);
      expect((err as ConnectorClientError).status).toBe(401);
      const early = new ConnectorClient({ url: running.url, key: keyOf(issuer), clock: () => Date.now() + 10 * 60_000 });
      expect(ConnectorClientError.is(await early.send({ connectionId, messageId: 's', payload: bytes('x') }).catch((e: unknown) => e), 'stale_request')).toBe(true);
      expect(await queued(holder)).toBe(0);
    });

    test('a replayed request is refused with 401 and stores nothing twice', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const body = api.SendRequest.encode({ connectionId, messageId: 'r1', payload: bytes('once') }).finish();
      const headers = { ...issuer.signedHeaders('POST', '/v1/messages/send', body), 'content-type': 'application/x-protobuf' };
      const first = await fetch(`${running.url}/v1/messages/send`, { method: 'POST', headers, body: new Uint8Array(body) });
      expect(first.status).toBe(200);
      await holder.ack((await holder.fetch()).items);
      const replay = await fetch(`${running.url}/v1/messages/send`, { method: 'POST', headers, body: new Uint8Array(body) });
      expect(replay.status).toBe(401);
      expect(errorOf(await replay.arrayBuffer()).code).toBe('replayed_request');
      expect(await queued(holder)).toBe(0);
    });

    test('every endpoint refuses a replay, also of a request that failed', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const [grant] = await issuer.createTokens();
      const calls: Array<[string, Uint8Array]> = [
        ['/v1/register', api.RegisterRequest.encode({ publicKey: keyOf(issuer).publicKey, displayName: 'issuer' }).finish()],
        ['/v1/tokens', api.CreateTokensRequest.encode({ count: 1 }).finish()],
        ['/v1/tokens/info', api.TokenInfoRequest.encode({ token: grant!.token }).finish()],
        ['/v1/messages/send', api.SendRequest.encode({ connectionId, messageId: 'rp', payload: bytes('x') }).finish()],
        ['/v1/messages/fetch', api.FetchRequest.encode({}).finish()],
        ['/v1/messages/ack', api.AckRequest.encode({ refs: [{ connectionId, messageId: 'none' }] }).finish()],
        ['/v1/tokens/accept', api.AcceptTokenRequest.encode({ token: grant!.token }).finish()], // fails: own token
        ['/v1/connections/revoke', api.RevokeRequest.encode({ connectionId: 'not-a-connection' }).finish()], // fails: forbidden
      ];
      for (const [path, body] of calls) {
        const headers = { ...issuer.signedHeaders('POST', path, body), 'content-type': 'application/x-protobuf' };
        const first = await fetch(`${running.url}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
        expect(first.status === 200 || first.status === 400 || first.status === 403, `${path} first ${first.status}`).toBe(true);
        const replay = await fetch(`${running.url}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
        expect(replay.status, path).toBe(401);
        expect(errorOf(await replay.arrayBuffer()).code, path).toBe('replayed_request');
      }
      expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['rp']);
    });

    test('a request signed with the wrong key is refused with 401 and changes nothing', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const other = createParticipantKey();
      const forger = new ConnectorClient({ url: running.url, key: { ...other, seed: other.seed, participantId: issuer.participantId } });
      const err = await forger.send({ connectionId, messageId: 'f', payload: bytes('forged') }).catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'unauthenticated')).toBe(true);
      expect(await queued(holder)).toBe(0);
    });

    test('a body changed after signing is refused with 401', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const signedBody = api.SendRequest.encode({ connectionId, messageId: 't', payload: bytes('signed') }).finish();
      const sentBody = api.SendRequest.encode({ connectionId, messageId: 't', payload: bytes('swapped') }).finish();
      const headers = { ...issuer.signedHeaders('POST', '/v1/messages/send', signedBody), 'content-type': 'application/x-protobuf' };
      const res = await fetch(`${running.url}/v1/messages/send`, { method: 'POST', headers, body: new Uint8Array(sentBody) });
      expect(res.status).toBe(401);
      expect(await queued(holder)).toBe(0);
    });

    test('an unregistered participant is refused with 401', async () => {
      const stranger = new ConnectorClient({ url: running.url, key: createParticipantKey() });
      const err = await stranger.fetch().catch((e: unknown) => e);
      expect(ConnectorClientError.is(err, 'unknown_participant')).toBe(true);
      expect((err as ConnectorClientError).status).toBe(401);
    });

    test('another participant cannot send, ack, revoke or read on a connection that is not theirs (403)', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      await issuer.send({ connectionId, messageId: 'private', payload: bytes('for the holder') });
      const mallory = await participant(running.url, 'mallory');
      const attempts = [
        () => mallory.send({ connectionId, messageId: 'm', payload: bytes('spoof') }),
        () => mallory.ack([{ connectionId, messageId: 'private' }]),
        () => mallory.revoke(connectionId),
      ];
      for (const attempt of attempts) {
        const err = await attempt().catch((e: unknown) => e);
        expect(ConnectorClientError.is(err, 'forbidden')).toBe(true);
        expect((err as ConnectorClientError).status).toBe(403);
      }
      expect((await mallory.fetch()).items).toHaveLength(0);
      const { items } = await holder.fetch();
      expect(items.map((d) => d.messageId)).toEqual(['private']);
      expect((await issuer.fetch()).items).toHaveLength(0);
    });

    test('a WebSocket upgrade without a valid signature is answered 401', async () => {
      const { holder } = await pair(running.url);
      const { url } = holder.socketRequest();
      const status = await new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(url);
        ws.on('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.on('open', () => reject(new Error('an unsigned upgrade was accepted')));
        ws.on('error', () => undefined);
      });
      expect(status).toBe(401);
    });
  });
}
