/**
 * A database that is momentarily unavailable (locked past the busy timeout, a PostgreSQL server
 * restarting, connections refused) is `unavailable` (503, Retry-After), which clients retry,
 * not `internal`; a request it refused changed nothing. Other database failures stay `internal`.
 */
import { createServer } from 'node:net';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError } from '@connector-e2e/connector-client';
import { isTransientDatabaseError } from '../src/index.js';
import { probePostgres, sqliteBackend, type DbTarget } from './helpers/backends.js';
import { bytes, keyOf, pair, startConnector, type Running } from './helpers/harness.js';

async function closedPort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

describe('transient database errors', () => {
  test('SQLITE_BUSY from a lock held past the busy timeout is transient; a failing trigger is not', () => {
    const a = new Database(':memory:');
    a.exec("CREATE TABLE t (x); CREATE TRIGGER f BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'no'); END");
    let trigger: unknown;
    try {
      a.prepare('INSERT INTO t VALUES (1)').run();
    } catch (e) {
      trigger = e;
    }
    expect(trigger).toBeDefined();
    expect(isTransientDatabaseError(trigger)).toBe(false);
    a.close();
    expect(isTransientDatabaseError(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe(true);
    expect(isTransientDatabaseError(new Error('syntax error'))).toBe(false);
    expect(isTransientDatabaseError(undefined)).toBe(false);
    // typeorm wraps the driver's error
    expect(isTransientDatabaseError({ message: 'query failed', driverError: { code: '57P01' } })).toBe(true);
  });

  test('a refused PostgreSQL connection is transient', async () => {
    const c = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${await closedPort()}/test`, connectionTimeoutMillis: 2000 });
    const err = await c.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeDefined();
    expect(isTransientDatabaseError(err)).toBe(true);
  });

  test('a PostgreSQL connection terminated by the server (as in a restart) is transient', async (ctx) => {
    const url = await probePostgres();
    if (!url) {
      if (process.env.CI === 'true') throw new Error('PostgreSQL is required under CI=true');
      console.warn('NOTICE: PostgreSQL not reachable; skipping the terminated-connection case');
      ctx.skip();
      return;
    }
    const victim = new pg.Client({ connectionString: url });
    victim.on('error', () => undefined);
    await victim.connect();
    const pid = (await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.end();
    const err = await victim.query('SELECT 1').then(
      () => undefined,
      (e: unknown) => e,
    );
    await victim.end().catch(() => undefined);
    expect(err).toBeDefined();
    expect(isTransientDatabaseError(err)).toBe(true);
  });
});

describe('a connector whose SQLite file another process holds locked', () => {
  let target: DbTarget;
  let running: Running | undefined;
  beforeEach(async () => {
    target = await sqliteBackend.create();
  });
  afterEach(async () => {
    await running?.close();
    await target.cleanup();
  });

  test('answers unavailable with Retry-After, stores nothing, and works again once the lock is gone', async () => {
    running = await startConnector(target);
    const { issuer, holder, connectionId } = await pair(running.url);
    await holder.ack((await holder.fetch()).items);
    // The connector waits out its busy timeout (5 s) on each statement it tries, synchronously.
    const patient = new ConnectorClient({ url: running.url, key: keyOf(issuer), timeoutMs: 60_000 });
    const lock = new Database(target.file!);
    lock.exec('BEGIN IMMEDIATE');
    let refused: unknown;
    try {
      await patient.send({ connectionId, messageId: 'while-locked', payload: bytes('x') });
    } catch (e) {
      refused = e;
    } finally {
      lock.exec('ROLLBACK');
      lock.close();
    }
    expect(ConnectorClientError.is(refused, 'unavailable'), String(refused)).toBe(true);
    expect((refused as ConnectorClientError).status).toBe(503);
    expect((refused as ConnectorClientError).retryAfterSeconds).toBe(1);
    expect(running.logs.text).toMatch(/database unavailable/);
    expect((await holder.fetch()).items).toEqual([]);
    await issuer.send({ connectionId, messageId: 'while-locked', payload: bytes('x') });
    expect((await holder.fetch()).items.map((d) => d.messageId)).toEqual(['while-locked']);
  }, 90_000);
});
