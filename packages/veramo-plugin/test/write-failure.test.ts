/**
 * A database write that fails in the middle of a send's transaction (disk full, I/O error, a
 * trigger, a lost connection) rolls the whole send back: the caller gets a typed error
 * (storage_failed, or storage_unavailable when retrying can clear it), nothing is
 * queued, and the next send seals under a new sending key (the failed transaction's key is
 * dropped with its counters), so no (key, IV) pair of the failed work is ever sealed again, by
 * this process or another one on the same database. Found by the chaos harness's database faults. The failure is real: an SQLite trigger raises it inside the agent's own
 * transaction.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteBackend } from '../../connector/test/helpers/backends.js';
import { spawnConnector } from '../../../test/kit/connector-process.js';
import { eventually, makeAgent, sealOracle } from './helpers.js';

const jwt = (n: number) => ({ credentialJwt: { jwt: `eyJhbGciOiJFZERTQSJ9.eyJuIjo${n}fQ.c2ln` } });

/** Makes the next write of `table` (BEFORE INSERT or UPDATE) fail once armed, from another connection. */
function failingWrites(db: string, table: string, op: 'INSERT' | 'UPDATE') {
  const h = new Database(db);
  h.pragma('busy_timeout = 10000');
  h.exec(`CREATE TABLE IF NOT EXISTS test_fault (armed INTEGER NOT NULL);
    INSERT INTO test_fault SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM test_fault);
    CREATE TRIGGER test_fail_${table}_${op} BEFORE ${op} ON ${table} WHEN (SELECT armed FROM test_fault) = 1
    BEGIN SELECT RAISE(ABORT, 'injected write failure'); END;`);
  return {
    arm: (on: boolean) => h.prepare('UPDATE test_fault SET armed = ?').run(on ? 1 : 0),
    close: () => h.close(),
  };
}

/**
 * Makes the commit of every transaction that inserts into `table` fail once armed: the insert
 * adds a row that breaks a deferred foreign key, which SQLite checks only at COMMIT. What fails
 * is the commit itself, as when the database goes away while committing.
 */
function failingCommits(db: string, table: string) {
  const h = new Database(db);
  h.pragma('busy_timeout = 10000');
  h.exec(`CREATE TABLE IF NOT EXISTS test_commit_fault (armed INTEGER NOT NULL);
    INSERT INTO test_commit_fault SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM test_commit_fault);
    CREATE TABLE IF NOT EXISTS test_parent (id INTEGER PRIMARY KEY);
    CREATE TABLE IF NOT EXISTS test_orphan (parent INTEGER REFERENCES test_parent (id) DEFERRABLE INITIALLY DEFERRED);
    CREATE TRIGGER test_commit_fail_${table} AFTER INSERT ON ${table} WHEN (SELECT armed FROM test_commit_fault) = 1
    BEGIN INSERT INTO test_orphan VALUES (1); END;`);
  return {
    arm: (on: boolean) => h.prepare('UPDATE test_commit_fault SET armed = ?').run(on ? 1 : 0),
    close: () => h.close(),
  };
}

describe('a write that fails mid-transaction', () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-write-failure-'));
  const closers: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const c of closers.reverse()) await c();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A connector, an issuer, and a holder on `name`.sqlite connected to it, its seals counted. */
  async function connected(name: string) {
    const target = await sqliteBackend.create();
    closers.push(() => target.cleanup());
    const connector = await spawnConnector(target);
    closers.push(async () => {
      connector.child.kill('SIGTERM');
      await connector.exited;
    });
    const { crypto, repeats } = sealOracle();
    const issuer = await makeAgent({ connectorUrl: connector.url });
    closers.push(() => issuer.close());
    const database = join(dir, `${name}.sqlite`);
    const keys = { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
    const holder = await makeAgent({ connectorUrl: connector.url, database, crypto, ...keys });
    closers.push(() => holder.close());
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    /** A second agent process on the holder's database, keys and DID. */
    const twin = async () => {
      const t = await makeAgent({ connectorUrl: connector.url, database, crypto, did: holder.did, ...keys });
      closers.push(() => t.close());
      return t;
    };
    const receivedAtIssuer = (n: number) =>
      eventually(async () => {
        const { messages } = await issuer.agent.e2eGetMessages({ connectionId });
        return messages.length >= n ? messages.map((m) => m.messageId).sort() : undefined;
      }, 20_000, `${n} messages at the issuer`);
    return { database, holder, connectionId, twin, repeats, receivedAtIssuer };
  }

  async function scenario(name: string, table: string, op: 'INSERT' | 'UPDATE') {
    const { database, holder, connectionId, repeats, receivedAtIssuer } = await connected(name);
    const first = await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(0), messageId: 'm0' } });

    const fault = failingWrites(database, table, op);
    closers.push(() => fault.close());
    fault.arm(true);
    await expect(holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(1), messageId: 'm1' } })).rejects.toThrow(/^storage_failed: .*injected write failure/);
    fault.arm(false);
    const later = [];
    for (let i = 1; i <= 4; i++) later.push(await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(i), messageId: `m${i}` } }));

    return { first, later, received: await receivedAtIssuer(5), repeats: repeats() };
  }

  it('when the outbox insert fails, the send is refused and later sends seal under a new sending key, never a (key, IV) pair of the failed one', async () => {
    const r = await scenario('outbox', 'e2e_outbox', 'INSERT');
    expect(r.repeats).toEqual([]);
    expect(r.received).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    // The sending key of the failed transaction was dropped with its counters: the next sends
    // start a new one at counter 0 (the oracle above tells the two keys apart); no rekey.
    expect(r.later.every((s) => s.epoch === r.first.epoch)).toBe(true);
    expect(r.later.map((s) => s.counter)).toEqual([0, 1, 2, 3]);
  }, 120_000);

  it('a send while another connection holds the write lock past the busy timeout is refused as storage_unavailable, and the next one goes through', async () => {
    const { database, holder, connectionId, receivedAtIssuer } = await connected('locked');
    await new Promise((r) => setTimeout(r, 500)); // the handshake's own writes settle
    const lock = new Database(database);
    lock.exec('BEGIN IMMEDIATE');
    let refused: unknown;
    try {
      // The agent waits out its busy timeout (10 s), synchronously, then fails.
      await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(1), messageId: 'locked' } });
    } catch (e) {
      refused = e;
    } finally {
      lock.exec('ROLLBACK');
      lock.close();
    }
    expect(String(refused)).toMatch(/storage_unavailable: the agent database is unavailable/);
    await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(1), messageId: 'locked' } });
    expect(await receivedAtIssuer(1)).toEqual(['locked']);
  }, 120_000);

  it('a second process on the same database never seals a counter the first sealed with in a transaction that failed', async () => {
    const { database, holder: first, connectionId, twin, repeats, receivedAtIssuer } = await connected('twins');
    const second = await twin();
    await first.agent.e2eSendMessage({ connectionId, message: { ...jwt(0), messageId: 'm0' } });
    await second.agent.e2eSendMessage({ connectionId, message: { ...jwt(1), messageId: 'm1' } });

    const fault = failingWrites(database, 'e2e_outbox', 'INSERT');
    closers.push(() => fault.close());
    fault.arm(true);
    await expect(first.agent.e2eSendMessage({ connectionId, message: { ...jwt(2), messageId: 'm2' } })).rejects.toThrow(/^storage_failed/);
    fault.arm(false);
    await second.agent.e2eSendMessage({ connectionId, message: { ...jwt(3), messageId: 'm3' } });
    await first.agent.e2eSendMessage({ connectionId, message: { ...jwt(2), messageId: 'm2' } });

    expect(await receivedAtIssuer(4)).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect(repeats()).toEqual([]);
  }, 120_000);

  it('when the commit itself fails, neither that process nor a second one on the same database seals its counters again', async () => {
    const { database, holder: first, connectionId, twin, repeats, receivedAtIssuer } = await connected('commit');
    const second = await twin();
    await first.agent.e2eSendMessage({ connectionId, message: { ...jwt(0), messageId: 'm0' } });
    await second.agent.e2eSendMessage({ connectionId, message: { ...jwt(1), messageId: 'm1' } });

    const fault = failingCommits(database, 'e2e_outbox');
    closers.push(() => fault.close());
    fault.arm(true);
    // Sealed, then the commit fails: nothing of the transaction is stored, not even a claim
    // made in it, so only counters claimed by an earlier, committed transaction are safe to use.
    await expect(first.agent.e2eSendMessage({ connectionId, message: { ...jwt(2), messageId: 'm2' } })).rejects.toThrow(/^storage_failed: .*FOREIGN KEY/);
    fault.arm(false);
    for (const [agent, i] of [[second, 3], [first, 4], [second, 5], [first, 2]] as const) {
      await agent.agent.e2eSendMessage({ connectionId, message: { ...jwt(i), messageId: `m${i}` } });
    }

    expect(await receivedAtIssuer(6)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    expect(repeats()).toEqual([]);
  }, 120_000);

  it('a process started after transactions that failed seals under a key of its own, with no rekey and no (key, IV) pair twice', async () => {
    const { database, holder, connectionId, twin, repeats, receivedAtIssuer } = await connected('later-life');
    const first = await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(0), messageId: 'm0' } });
    const fault = failingWrites(database, 'e2e_connection', 'UPDATE');
    closers.push(() => fault.close());
    fault.arm(true);
    // Two sends whose session write fails after they sealed.
    for (const i of [1, 2]) await expect(holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(i), messageId: `m${i}` } })).rejects.toThrow(/^storage_failed/);
    fault.arm(false);
    const later = await twin();
    const sent = await later.agent.e2eSendMessage({ connectionId, message: { ...jwt(1), messageId: 'm1' } });
    expect(sent.epoch).toBe(first.epoch);
    expect(sent.keyId).not.toBe(first.keyId);
    await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(2), messageId: 'm2' } });
    expect(await receivedAtIssuer(3)).toEqual(['m0', 'm1', 'm2']);
    expect(repeats()).toEqual([]);
  }, 120_000);

  it('when the session write fails after sealing, the send is refused and later sends seal under a new sending key without a rekey', async () => {
    const r = await scenario('session', 'e2e_connection', 'UPDATE');
    expect(r.repeats).toEqual([]);
    expect(r.received).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(r.later.every((s) => s.epoch === r.first.epoch)).toBe(true);
    expect(r.later.every((s) => s.keyId !== r.first.keyId)).toBe(true);
  }, 120_000);
});
