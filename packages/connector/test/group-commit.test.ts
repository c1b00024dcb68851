/**
 * SQLite group commit (db.ts): transactions queued together share one COMMIT, yet each keeps
 * its own outcome, and reads never see writes that are not committed.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../src/index.js';
import { sqlite3DriverBackend, sqliteBackend, type DbTarget } from './helpers/backends.js';

for (const backend of [sqliteBackend, sqlite3DriverBackend]) {
  describe(`group commit (${backend.name})`, () => {
    let target: DbTarget;
    let db: Database;
    afterEach(async () => {
      await db.close();
      await target.cleanup();
    });

    async function open(): Promise<Database> {
      target = await backend.create();
      db = await openDatabase({ url: target.url });
      return db;
    }

    const insert = (db: Database, nonce: string) => (em: Parameters<Parameters<Database['transaction']>[0]>[0]) =>
      db.exec(em, 'INSERT INTO auth_nonce (participant_id, nonce, expires_at) VALUES (?, ?, ?)', ['p', nonce, 1]);

    async function nonces(db: Database): Promise<string[]> {
      const { rows } = await db.read((em) => db.exec(em, 'SELECT nonce FROM auth_nonce ORDER BY nonce', []));
      return rows.map((r) => String(r.nonce));
    }

    test('a failing member is rolled back alone; the others of its group commit', async () => {
      const db = await open();
      const outcomes = await Promise.allSettled([
        db.transaction(insert(db, 'a')),
        db.transaction(async (em) => {
          await insert(db, 'b')(em);
          throw new Error('member fails after writing');
        }),
        db.transaction(insert(db, 'c')),
        db.transaction(insert(db, 'a')), // unique violation: sees the first member's row
        db.writeOne(insert(db, 'd')),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
      expect(((outcomes[1] as PromiseRejectedResult).reason as Error).message).toBe('member fails after writing');
      expect(await nonces(db)).toEqual(['a', 'c', 'd']);
    });

    test('a read never sees a write before its commit', async () => {
      const db = await open();
      let committed = false;
      const write = db
        .transaction(async (em) => {
          await insert(db, 'slow')(em);
          await new Promise((r) => setTimeout(r, 30)); // the transaction stays open a while
        })
        .then(() => {
          committed = true;
        });
      await new Promise((r) => setTimeout(r, 5));
      const seen = await nonces(db);
      expect(seen.length === 0 || committed).toBe(true);
      await write;
      expect(await nonces(db)).toEqual(['slow']);
    });

    test('many concurrent transactions all commit, in submission order', async () => {
      const db = await open();
      const n = 300; // more than one group
      await Promise.all(Array.from({ length: n }, (_, i) => db.transaction(insert(db, `n${String(i).padStart(4, '0')}`))));
      // rowid order is insertion order
      const { rows } = await db.read((em) => db.exec(em, 'SELECT nonce FROM auth_nonce ORDER BY rowid', []));
      expect(rows.map((r) => String(r.nonce))).toEqual(Array.from({ length: n }, (_, i) => `n${String(i).padStart(4, '0')}`));
    });
  });
}
