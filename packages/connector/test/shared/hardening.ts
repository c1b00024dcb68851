import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { ConnectorClientError } from '@connector-e2e/connector-client';
import { connector_e2e } from '@connector-e2e/protocol';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, pair, startConnector, waitFor, type Running } from '../helpers/harness.js';

const api = connector_e2e.connector.v1;

/** Sends `head` and part of a body on a raw TCP connection, then nothing; resolves with all the server said once it closes. */
function slowRequest(url: string, head: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    const got: Buffer[] = [];
    socket.on('data', (c: Buffer) => got.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(got).toString('latin1')));
  });
}

function errorLines(running: Running): unknown[] {
  return running.logs.text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { level: number })
    .filter((l) => l.level >= 50);
}

export function hardeningSuite(backend: Backend): void {
  describe(`request hardening (${backend.name})`, () => {
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

    test('a request whose body never completes is answered 408 and its socket closed after the request timeout', async () => {
      running = await startConnector(target, { limits: { requestTimeoutSeconds: 1 } });
      const answer = await slowRequest(running.url, 'POST /v1/messages/fetch HTTP/1.1\r\nHost: connector\r\nContent-Length: 1000\r\n\r\npartial');
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    });

    test('a request whose headers never complete is cut off too', async () => {
      running = await startConnector(target, { limits: { requestTimeoutSeconds: 1 } });
      const answer = await slowRequest(running.url, 'POST /v1/messages/fetch HTTP/1.1\r\nHost: connector\r\nX-Slow: ');
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    });

    test('/metrics is not served on the API listener without a token, and with one only to its bearer', async () => {
      running = await startConnector(target);
      const closed = await fetch(`${running.url}/metrics`);
      expect(closed.status).toBe(404);
      expect(closed.headers.get('x-connector-error')).toBe('not_found');
      await running.close();
      running = await startConnector(target, { metrics: { token: 'scrape-secret' } });
      expect((await fetch(`${running.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${running.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const ok = await fetch(`${running.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret' } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/connector_websockets 0/);
    });

    test('wrong metrics tokens count as failed authentications of the address', async () => {
      const now = Date.now();
      running = await startConnector(target, { clock: () => now, metrics: { token: 'scrape-secret' }, limits: { authFailureBurst: 2, authFailuresPerSecond: 1 } });
      const wrong = { headers: { authorization: 'Bearer guess' } };
      expect((await fetch(`${running.url}/metrics`, wrong)).status).toBe(401);
      expect((await fetch(`${running.url}/metrics`, wrong)).status).toBe(401);
      const refused = await fetch(`${running.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret' } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    test('a separate metrics listener serves /metrics without a token while the API listener does not', async () => {
      running = await startConnector(target, { metrics: { port: 0 } });
      const url = running.connector.metricsUrl!;
      expect(new URL(url).port).not.toBe(new URL(running.url).port);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/connector_queue_depth 0/);
      expect((await fetch(`${running.url}/metrics`)).status).toBe(404);
    });

    test('a NUL or other malformed id or text is refused with bad_request (400) everywhere, with no error-level log', async () => {
      running = await startConnector(target);
      const { issuer, holder, connectionId } = await pair(running.url);
      const bad = 'conn\0ection';
      const attempts: Array<() => Promise<unknown>> = [
        () => issuer.send({ connectionId: bad, messageId: 'm', payload: bytes('x') }),
        () => issuer.sendBatch([{ connectionId, messageId: 'ok', payload: bytes('x') }, { connectionId: bad, messageId: 'm', payload: bytes('x') }]),
        () => holder.ack([{ connectionId: bad, messageId: 'm' }]),
        () => holder.ack([{ connectionId, messageId: 'm\0' }]),
        () => issuer.revoke(bad),
        () => issuer.revoke('x'.repeat(65)),
        () => issuer.register({ displayName: 'nul\0name' }),
      ];
      for (const attempt of attempts) {
        const err = await attempt().catch((e: unknown) => e);
        expect(ConnectorClientError.is(err, 'bad_request')).toBe(true);
        expect((err as ConnectorClientError).status).toBe(400);
      }
      // over the WebSocket: an error frame, and the socket stays usable
      const { url, headers } = holder.socketRequest();
      const ws = new WebSocket(url, { headers });
      const frames: connector_e2e.connector.v1.ServerFrame[] = [];
      ws.on('message', (data: Buffer) => frames.push(api.ServerFrame.decode(new Uint8Array(data))));
      try {
        await new Promise((r) => ws.once('open', r));
        ws.send(api.ClientFrame.encode({ ack: { refs: [{ connectionId: bad, messageId: 'm' }] } }).finish());
        await waitFor(() => frames.some((f) => f.error), 'an error frame');
        expect(frames.find((f) => f.error)!.error!.code).toBe('bad_request');
        ws.send(api.ClientFrame.encode({ ack: { refs: [] } }).finish());
        await waitFor(() => frames.some((f) => f.acked), 'the next frame answered');
      } finally {
        ws.terminate();
      }
      expect((await holder.fetch()).items).toEqual([]); // nothing of the refused batch was stored
      expect(errorLines(running)).toEqual([]);
    });
  });
}
