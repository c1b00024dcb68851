/**
 * The inbox stores the messages of one receive run with one statement per chunk, and still
 * stores a message id once (its unique index): a copy its sender sealed again (same message id, new counter) is
 * recognised whether the original came in an earlier run, earlier in the same run, or in an
 * earlier chunk of it. Messages without an id are never taken for copies. Run on SQLite (both
 * drivers) and, when a server answers, on PostgreSQL (whose RETURNING promises no row order).
 */
import { randomBytes } from 'node:crypto';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probePostgres } from '../../connector/test/helpers/backends.js';
import { openAgentDatabase } from '../src/index.js';
import { AtRestCipher } from '../src/storage/at-rest.js';
import type { InboxRow } from '../src/storage/entities.js';
import { Store } from '../src/storage/store.js';

const pgUrl = await probePostgres();
const targets: { name: string; open(): Promise<{ db: DataSource; drop(): Promise<void> }> }[] = [
  { name: 'SQLite', open: async () => ({ db: await openAgentDatabase({ database: ':memory:' }), drop: async () => undefined }) },
  { name: 'SQLite through the sqlite3 driver', open: async () => ({ db: await openAgentDatabase({ database: 'sqlite3::memory:' }), drop: async () => undefined }) },
  ...(pgUrl
    ? [
        {
          name: 'PostgreSQL',
          async open() {
            const schema = `e2e_inbox_${randomBytes(6).toString('hex')}`;
            const db = await openAgentDatabase({ database: pgUrl, pgSchema: schema });
            return {
              db,
              async drop() {
                const c = new pg.Client({ connectionString: pgUrl });
                await c.connect();
                await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => c.end());
              },
            };
          },
        },
      ]
    : []),
];

describe.each(targets)('the inbox on $name', (target) => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let store: Store;
  let counter = 0;

  beforeAll(async () => {
    ({ db, drop } = await target.open());
    store = new Store(db, new AtRestCipher(nodeCrypto, randomBytes(32).toString('hex')));
  });

  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  const message = (messageId: string): Omit<InboxRow, 'id' | 'connectionId'> => ({ epoch: 1, keyId: 'k', counter: counter++, messageId, kind: 'plainText', plaintextSealed: `p${counter}`, receivedAt: 1, envelope: null });
  const stored = (connectionId: string) => db.getRepository<InboxRow>('E2EInbox').find({ where: { connectionId }, order: { id: 'ASC' } });

  it('stores a run in order, each row with its own id, and leaves out a message id seen earlier in the run or before it', async () => {
    await store.tx((tx) => store.inbox.insertNew(tx, 'c1', [message('before')]));
    const run = [message('a'), message('before'), message('b'), message('a'), message(''), message('')];
    const rows = await store.tx((tx) => store.inbox.insertNew(tx, 'c1', run));

    expect(rows.map((r) => r?.messageId)).toEqual(['a', undefined, 'b', undefined, '', '']);
    const inDb = await stored('c1');
    expect(inDb.map((r) => [r.messageId, r.counter])).toEqual([['before', run[0]!.counter - 1], ['a', run[0]!.counter], ['b', run[2]!.counter], ['', run[4]!.counter], ['', run[5]!.counter]]);
    // Each returned id is the id of the row with that (epoch, key, counter).
    for (const r of rows.filter((x) => x !== undefined)) expect(inDb.find((x) => x.id === r.id)?.counter).toBe(r.counter);
  });

  it('recognises a copy of a message stored in an earlier chunk of the same run', async () => {
    const run = Array.from({ length: 250 }, (_, i) => message(`m${i}`));
    run.push(message('m3'), message('m120'));
    const rows = await store.tx((tx) => store.inbox.insertNew(tx, 'c2', run));

    expect(rows.slice(0, 250).every((r) => r !== undefined)).toBe(true);
    expect(rows.slice(250)).toEqual([undefined, undefined]);
    const inDb = await stored('c2');
    expect(inDb).toHaveLength(250);
    expect(new Set(rows.map((r) => r?.id).filter((id) => id !== undefined)).size).toBe(250);
    expect(inDb.map((r) => r.messageId)).toEqual(run.slice(0, 250).map((m) => m.messageId));
  });

  it('keeps message ids apart per connection', async () => {
    const rows = await store.tx((tx) => store.inbox.insertNew(tx, 'c3', [message('a'), message('before')]));
    expect(rows.every((r) => r !== undefined)).toBe(true);
    expect((await stored('c3')).map((r) => r.messageId)).toEqual(['a', 'before']);
  });
});
