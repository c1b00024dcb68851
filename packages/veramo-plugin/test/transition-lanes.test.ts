/**
 * On PostgreSQL the transitions of many connections share one transaction per lane (store.ts,
 * runLane), without a savepoint per member. These tests pin what that must not change: a
 * transition that fails leaves the others of its group committed and fails alone with its own
 * error; what a failed transition wrote is gone; commit hooks run only for what committed.
 */
import { randomBytes } from 'node:crypto';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openAgentDatabase } from '../src/index.js';
import { AtRestCipher } from '../src/storage/at-rest.js';
import { TRANSITION_LANES } from '../src/limits.js';
import { Store } from '../src/storage/store.js';
import { probePostgres } from '../../connector/test/helpers/backends.js';

const pgUrl = await probePostgres();

describe.skipIf(!pgUrl)('transitions grouped in lanes on PostgreSQL', () => {
  const schema = `e2e_lanes_${randomBytes(6).toString('hex')}`;
  let db: DataSource;
  let store: Store;
  /** Enough connections that every lane holds several. */
  const ids = Array.from({ length: TRANSITION_LANES * 6 }, (_, i) => `lane-c${i}`);

  beforeAll(async () => {
    db = await openAgentDatabase({ database: pgUrl!, pgSchema: schema });
    store = new Store(db, new AtRestCipher(nodeCrypto, randomBytes(32).toString('hex')));
    const now = Date.now();
    for (const connectionId of ids) {
      await store.insertConnection({
        connectionId, role: 'issuer', state: 'established', localDid: 'did:example:i', peerDid: null, connectorUrl: 'http://connector', tokenId: null,
        handshakeSealed: null, sessionSealed: null, version: 0, lastHandshakeOut: null, lastHandshakeIn: null,
        createdAt: now, updatedAt: now, lastActivityAt: now, acceptedAt: null, establishedAt: null, error: null, rejectedHandshakes: 0,
      });
    }
  });

  afterAll(async () => {
    await db?.destroy();
    const c = new pg.Client({ connectionString: pgUrl! });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  });

  it('commits every transition of a burst but the one that throws, which fails with its own error and leaves nothing behind', async () => {
    const before = new Map<string, number>();
    for (const id of ids) before.set(id, (await store.connectionOrThrow(id)).version);
    const hooks: string[] = [];
    const calls = new Map<string, number>();
    const failing = ids[5]!;
    // Started together, so the lanes group them (each lane's queue fills before its first round).
    const outcomes = await Promise.allSettled(
      ids.map((id) =>
        store.transition(id, async (row, em) => {
          calls.set(id, (calls.get(id) ?? 0) + 1);
          store.afterCommit(em, () => hooks.push(id));
          if (id === failing) {
            await store.casUpdate(em, row, { error: 'written, then rolled back' });
            throw new Error(`the transition of ${id} fails`);
          }
          return { patch: { error: `marked ${id}` }, result: id };
        }),
      ),
    );
    for (const [i, o] of outcomes.entries()) {
      if (ids[i] === failing) expect(o).toMatchObject({ status: 'rejected', reason: { message: `the transition of ${failing} fails` } });
      else expect(o).toEqual({ status: 'fulfilled', value: ids[i] });
    }
    for (const id of ids) {
      const row = await store.connectionOrThrow(id);
      if (id === failing) expect(row).toMatchObject({ version: before.get(id), error: null });
      else expect(row).toMatchObject({ version: before.get(id)! + 1, error: `marked ${id}` });
    }
    expect(hooks.sort()).toEqual(ids.filter((id) => id !== failing).sort());
    // They were grouped: the failing transition's lane ran again, each alone; the other lanes once.
    const again = ids.filter((id) => id !== failing && calls.get(id) === 2);
    const once = ids.filter((id) => calls.get(id) === 1);
    expect(calls.get(failing)).toBe(2);
    expect(again.length).toBeGreaterThan(0);
    expect(once.length).toBeGreaterThan(0);
    expect(again.length + once.length).toBe(ids.length - 1);
  });

  it('runs two transitions of one connection queued together one after the other, the second on what the first wrote', async () => {
    const id = ids[0]!;
    const seen: number[] = [];
    const step = () =>
      store.transition(id, async (row) => {
        seen.push(row.version);
        return { patch: { error: `v${row.version}` }, result: row.version };
      });
    const [first, second] = await Promise.all([step(), step()]);
    expect(second).toBe(first + 1);
    expect(seen).toEqual([first, first + 1]);
    expect(await store.connectionOrThrow(id)).toMatchObject({ version: first + 2, error: `v${first + 1}` });
  });
});
