/**
 * Several connector processes on one PostgreSQL database: wake-ups by LISTEN/NOTIFY across
 * processes, and migrations under an advisory lock when processes start at once.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, type Delivery } from '@connector-e2e/connector-client';
import { postgresBackend, probePostgres, type DbTarget } from './helpers/backends.js';
import { bytes, keyOf, pair, text, waitFor } from './helpers/harness.js';
import { spawnConnector, type ConnectorProcess } from '../../../test/kit/connector-process.js';

const url = await probePostgres();

describe.skipIf(!url)('several connector processes on one PostgreSQL database', () => {
  let target: DbTarget;
  const started: ConnectorProcess[] = [];
  beforeEach(async () => {
    target = await postgresBackend(url!).create();
  });
  afterEach(async () => {
    for (const p of started.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await target.cleanup();
  });

  test('a WebSocket client on process B receives what was sent through process A', async () => {
    const a = await spawnConnector(target);
    started.push(a);
    const b = await spawnConnector(target);
    started.push(b);
    const { issuer, holder, connectionId } = await pair(a.url);
    const holderOnB = new ConnectorClient({ url: b.url, key: keyOf(holder) });
    const got: Delivery[] = [];
    const sub = holderOnB.subscribe({ onMessage: (d) => void got.push(d), pollIntervalMs: 60_000 });
    try {
      await waitFor(() => sub.connected, 'socket on B open');
      for (let i = 0; i < 20; i++) await issuer.send({ connectionId, messageId: `x${i}`, payload: bytes(`via A ${i}`) });
      await waitFor(() => got.length === 20, 'twenty messages pushed by B');
      expect(got.map((d) => text(d.payload))).toEqual(Array.from({ length: 20 }, (_, i) => `via A ${i}`));
      // and the acks B took over its socket are visible through A
      const holderOnA = new ConnectorClient({ url: a.url, key: keyOf(holder) });
      await waitFor(async () => (await holderOnA.fetch()).items.length === 0, 'acks visible on A');
    } finally {
      await sub.close();
    }
  });

  test('three processes starting at once on a fresh database all come up (advisory lock)', async () => {
    const procs = await Promise.all([spawnConnector(target), spawnConnector(target), spawnConnector(target)]);
    started.push(...procs);
    for (const p of procs) {
      const ready = await fetch(`${p.url}/readyz`);
      expect(ready.status).toBe(200);
    }
    const { issuer, holder, connectionId } = await pair(procs[0]!.url);
    await issuer.send({ connectionId, messageId: 'one', payload: bytes('1') });
    const onThird = new ConnectorClient({ url: procs[2]!.url, key: keyOf(holder) });
    expect((await onThird.fetch()).items.map((d) => d.messageId)).toEqual(['one']);
  });
});
