import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError, type Delivery } from '@connector-e2e/connector-client';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, keyOf, pair, text, waitFor } from '../helpers/harness.js';
import { spawnConnector, type ConnectorProcess } from '../../../../test/kit/connector-process.js';

export function processSuite(backend: Backend): void {
  describe(`connector processes (${backend.name})`, () => {
    let target: DbTarget;
    const started: ConnectorProcess[] = [];
    beforeEach(async () => {
      target = await backend.create();
    });
    afterEach(async () => {
      for (const p of started.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await target.cleanup();
    });

    test('a message survives a connector restart (kill -9 between store and ack)', async () => {
      const first = await spawnConnector(target);
      started.push(first);
      const { issuer, holder, connectionId } = await pair(first.url);
      await issuer.send({ connectionId, messageId: 'durable', payload: bytes('still here') });
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      // while it is down, a send fails with a typed, retryable error
      const offline = await issuer.send({ connectionId, messageId: 'later', payload: bytes('x') }).catch((e: unknown) => e);
      expect(ConnectorClientError.is(offline, 'network_error')).toBe(true);
      expect((offline as ConnectorClientError).retryable).toBe(true);
      const second = await spawnConnector(target);
      started.push(second);
      const reader = new ConnectorClient({ url: second.url, key: keyOf(holder) });
      const { items } = await reader.fetch();
      expect(items.map((d) => [d.messageId, text(d.payload)])).toEqual([['durable', 'still here']]);
      expect(await reader.ack(items)).toBe(1);
      expect((await reader.fetch()).items).toHaveLength(0);
    });

    test('SIGTERM closes sockets, finishes in-flight writes and exits 0', async () => {
      const proc = await spawnConnector(target);
      started.push(proc);
      const { issuer, holder, connectionId } = await pair(proc.url);
      const got: Delivery[] = [];
      const sub = holder.subscribe({ onMessage: (d) => void got.push(d), onError: () => undefined });
      try {
        await waitFor(() => sub.connected, 'socket open');
        const sends = Array.from({ length: 20 }, (_, i) => issuer.send({ connectionId, messageId: `t${i}`, payload: bytes(String(i)) }).then(() => i, () => -1));
        await new Promise((r) => setTimeout(r, 5)); // let some requests reach the server
        proc.child.kill('SIGTERM');
        expect(await proc.exited).toBe(0);
        await waitFor(() => !sub.connected, 'socket closed by the server');
        const acknowledged = (await Promise.all(sends)).filter((i) => i >= 0);
        // every send the connector acknowledged is stored
        const again = await spawnConnector(target);
        started.push(again);
        const reader = new ConnectorClient({ url: again.url, key: keyOf(holder) });
        const stored = new Set<string>(got.map((d) => d.messageId));
        for (const d of (await reader.fetch({ limit: 100 })).items) stored.add(d.messageId);
        for (const i of acknowledged) expect(stored.has(`t${i}`)).toBe(true);
      } finally {
        await sub.close();
      }
    });
  });
}
