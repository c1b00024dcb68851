/**
 * On SQLite a store keeps the connection rows it last read or wrote, so that a transition need
 * not read its row again. These tests pin when that copy may be used: never after another
 * process wrote the file, never after a transition that failed, never after a write to the row
 * outside a transition.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openAgentDatabase } from '../src/index.js';
import { AtRestCipher } from '../src/storage/at-rest.js';
import type { ConnectionRow } from '../src/storage/entities.js';
import { Store } from '../src/storage/store.js';

describe('the connection rows a SQLite store keeps between transitions', () => {
  let dir: string;
  let dbs: DataSource[];
  let a: Store;
  let b: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'e2e-rows-'));
    const file = join(dir, 'agent.sqlite');
    const key = randomBytes(32).toString('hex');
    // Two DataSources on one file: two SQLite connections, as two processes would have.
    dbs = [await openAgentDatabase({ database: file }), await openAgentDatabase({ database: file })];
    a = new Store(dbs[0]!, new AtRestCipher(nodeCrypto, key));
    b = new Store(dbs[1]!, new AtRestCipher(nodeCrypto, key));
    const now = Date.now();
    await a.insertConnection({
      connectionId: 'c1', role: 'issuer', state: 'established', localDid: 'did:example:i', peerDid: null, connectorUrl: 'http://connector', tokenId: null,
      handshakeSealed: null, sessionSealed: null, version: 0, lastHandshakeOut: null, lastHandshakeIn: null,
      createdAt: now, updatedAt: now, lastActivityAt: now, acceptedAt: null, establishedAt: null, error: null, rejectedHandshakes: 0,
    });
  });

  afterEach(async () => {
    for (const db of dbs) await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A transition that records the rows it was given and sets `error` to `mark`. */
  async function mark(store: Store, mark: string, seen: ConnectionRow[] = []): Promise<ConnectionRow[]> {
    await store.transition('c1', async (row) => {
      seen.push({ ...row });
      return { patch: { error: mark }, result: undefined };
    });
    return seen;
  }

  it("gives a transition the row another process wrote since, on the first try", async () => {
    await mark(a, 'a1'); // a now keeps version 1
    await mark(b, 'b1'); // the other process moves the row to version 2
    const seen = await mark(a, 'a2');
    expect(seen).toHaveLength(1); // no compare-and-swap lost on a stale copy
    expect(seen[0]).toMatchObject({ version: 2, error: 'b1' });
    expect((await b.connection('c1'))).toMatchObject({ version: 3, error: 'a2' });
  });

  it('gives the next transition what the last one wrote, without reading it back', async () => {
    await mark(a, 'a1');
    const seen = await mark(a, 'a2');
    expect(seen[0]).toMatchObject({ version: 1, error: 'a1' });
    expect(await a.connection('c1')).toEqual({ ...seen[0], version: 2, error: 'a2', updatedAt: expect.any(Number) });
  });

  it('forgets what a transition wrote when it failed after writing', async () => {
    await mark(a, 'a1');
    await expect(
      a.transition('c1', async (row, em) => {
        await a.casUpdate(em, row, { error: 'rolled back' });
        throw new Error('after the write');
      }),
    ).rejects.toThrow('after the write');
    const seen = await mark(a, 'a2');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ version: 1, error: 'a1' });
  });

  it("hands out copies: a transition that changes its row object changes nobody else's", async () => {
    await a.transition('c1', async (row) => {
      row.state = 'scribbled';
      return { result: undefined };
    });
    const seen = await mark(a, 'a1');
    expect(seen[0]!.state).toBe('established');
  });

  it('forgets a deleted connection: the next transition finds none', async () => {
    await mark(a, 'a1');
    await a.deleteConnectionData('c1');
    await expect(mark(a, 'a2')).rejects.toThrow(/^not_found/);
  });
});
