/** The usage counters migration on a database that already holds mailboxes and connections. */
import { afterEach, describe, expect, test } from 'vitest';
import { MIGRATIONS, openDatabase, type Database } from '../src/index.js';
import { postgresBackend, probePostgres, sqliteBackend, type Backend, type DbTarget } from './helpers/backends.js';

const pgUrl = await probePostgres();
const backends: Backend[] = [sqliteBackend, ...(pgUrl ? [postgresBackend(pgUrl)] : [])];

describe.each(backends)('usage counters migration ($name)', (backend) => {
  let target: DbTarget | undefined;
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    await target?.cleanup();
  });

  test('counts what a database from before the quotas holds, and can be rolled back', async () => {
    target = await backend.create();
    db = await openDatabase({ url: target.url, ...(target.pgSchema ? { pgSchema: target.pgSchema } : {}) });
    const runner = db.dataSource.createQueryRunner();
    // `?` placeholders on both dialects
    const q = {
      query: (text: string, params?: unknown[]) => {
        let i = 0;
        return runner.query(backend.name === 'postgres' ? text.replace(/\?/g, () => `$${++i}`) : text, params);
      },
    };
    const usage = new MIGRATIONS[1]!();
    await usage.down(runner); // the schema as it was before
    const key = Buffer.alloc(32);
    for (const id of ['alice', 'bob', 'carol']) await q.query('INSERT INTO participant (id, public_key, display_name, logo_url, next_seq, created_at) VALUES (?, ?, ?, ?, 0, 0)', [id, key, '', '']);
    await q.query("INSERT INTO relay_connection (id, inviter_id, invitee_id, token_id, created_at, revoked_at) VALUES ('c1', 'alice', 'bob', 't1', 0, NULL), ('c2', 'alice', 'carol', 't2', 0, 5)");
    const item = (recipient: string, seq: number, kind: number, size: number) =>
      q.query('INSERT INTO mailbox_item (recipient_id, seq, kind, connection_id, sender_id, message_id, token_id, payload, size, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)', [recipient, seq, kind, 'c1', '', `m${seq}`, '', Buffer.alloc(size), size]);
    await item('bob', 1, 1, 100);
    await item('bob', 2, 1, 250);
    await item('alice', 3, 2, 0); // a notice: not counted
    await usage.up(runner);
    const rows: Array<Record<string, unknown>> = await q.query('SELECT id, stored_items, stored_bytes, connections FROM participant ORDER BY id');
    expect(rows.map((r) => [r.id, Number(r.stored_items), Number(r.stored_bytes), Number(r.connections)])).toEqual([
      ['alice', 0, 0, 1],
      ['bob', 2, 350, 1],
      ['carol', 0, 0, 0],
    ]);
    // and the triggers keep them from here on
    await q.query("DELETE FROM mailbox_item WHERE recipient_id = 'bob' AND seq = 1");
    const [bob] = (await q.query("SELECT stored_items, stored_bytes FROM participant WHERE id = 'bob'")) as Array<Record<string, unknown>>;
    expect([Number(bob!.stored_items), Number(bob!.stored_bytes)]).toEqual([1, 250]);
    await runner.release();
  });
});
