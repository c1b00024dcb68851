/**
 * An agent's database in a chaos run, on SQLite (a file next to the run's logs) or on
 * PostgreSQL (a schema of the run's server): what the agent process is given, the database
 * faults, snapshots and restores, and what the harness reads back (inbox, outbox).
 *
 * A snapshot is taken while the agent's processes are frozen (SIGSTOP): on SQLite the file and
 * its -wal are copied as they are, like a VM snapshot; on PostgreSQL the schema is dumped
 * (pg_dump sees what was committed, as a crash would leave it). A restore puts it back while
 * the agent is down. Both cover everything the agent stores: it writes no file besides its
 * database (its two secret keys come from its environment, the same in every life), so nothing
 * survives a restore that could keep it from sealing a (key, IV) pair again except the design.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { installPgWriteFaults, lockPgTable, retryTransient, setPgWriteFaultRate, sql } from './postgres-server.js';
import { NODE_ARGS, repoRoot } from './processes.js';

const run = promisify(execFile);

/** The agent tables whose writes a db-fail window makes fail, and with which statements. */
export const AGENT_FAULT_TABLES = ['e2e_connection:UPDATE', 'e2e_outbox:INSERT,DELETE', 'e2e_inbox:INSERT'];

export interface InboxRead {
  ids: string[];
  duplicates: string[];
  unacked: number;
  unackedRows: string[];
}

export interface AgentStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Environment for the agent process (AGENT_DB and what goes with it). */
  readonly env: Record<string, string>;
  installFaults(): Promise<void>;
  setFailureRate(permille: number): Promise<void>;
  /** Holds the write lock (SQLite) or the connection table (PostgreSQL) for `ms`. */
  lock(ms: number): Promise<void>;
  /** Ends every lock holder at once (before a restore). */
  stopLockers(): Promise<void>;
  snapshot(): Promise<void>;
  restore(): Promise<void>;
  readInbox(): Promise<InboxRead>;
  /** Files the secrets scan reads (the PostgreSQL server's files are scanned as a whole). */
  files(): string[];
}

const INBOX_IDS = "SELECT message_id AS id FROM e2e_inbox WHERE message_id <> ''";
const INBOX_DUPLICATES = "SELECT message_id AS id FROM e2e_inbox WHERE message_id <> '' GROUP BY message_id HAVING COUNT(*) > 1";
const OUTBOX_RECORDS = "SELECT epoch, counter, attempts, status FROM e2e_outbox WHERE kind = 'record' ORDER BY id";

type OutboxRow = { epoch: number; counter: number; attempts: number; status: string };
const inboxRead = (ids: { id: string }[], dups: { id: string }[], rows: OutboxRow[]): InboxRead => ({
  ids: ids.map((r) => r.id),
  duplicates: dups.map((r) => r.id),
  unacked: rows.length,
  unackedRows: rows.slice(0, 10).map((r) => `e${r.epoch}/c${r.counter}/${r.status}x${r.attempts}`),
});

/** Runs test/chaos/sqlite-fault.ts in its own process (a lock wait must not block the harness). */
export function sqliteFault(args: string[], children?: Set<ChildProcess>): Promise<void> {
  const child = spawn(process.execPath, [...NODE_ARGS, 'test/chaos/sqlite-fault.ts', ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  children?.add(child);
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-2000)));
  return new Promise((res, rej) =>
    child.on('exit', (code, signal) => {
      children?.delete(child);
      if (code === 0 || signal === 'SIGKILL') res();
      else rej(new Error(`sqlite-fault ${args[0]} failed (${code ?? signal}): ${err}`));
    }),
  );
}

export function sqliteFiles(db: string): string[] {
  return [db, `${db}-wal`, `${db}-shm`];
}

function copyDb(from: string, to: string): void {
  for (const suffix of ['', '-wal']) {
    const src = from + suffix;
    const dst = to + suffix;
    if (existsSync(src)) copyFileSync(src, dst);
    else rmSync(dst, { force: true });
  }
  rmSync(`${to}-shm`, { force: true }); // rebuilt from the -wal on open
}

export function sqliteAgentStore(dir: string, name: string): AgentStore {
  const db = join(dir, `${name}.sqlite`);
  const snap = join(dir, 'snapshots', `${name}.sqlite`);
  const lockers = new Set<ChildProcess>();
  let rate = 0;
  return {
    kind: 'sqlite',
    env: { AGENT_DB: db },
    installFaults: () => sqliteFault(['install', db, ...AGENT_FAULT_TABLES]),
    async setFailureRate(permille) {
      rate = permille;
      await sqliteFault(['rate', db, String(permille)]);
    },
    lock: (ms) => sqliteFault(['lock', db, String(ms)], lockers),
    async stopLockers() {
      for (const c of [...lockers]) c.kill('SIGKILL');
      while (lockers.size > 0) await new Promise((r) => setTimeout(r, 20));
    },
    async snapshot() {
      copyDb(db, snap);
    },
    async restore() {
      copyDb(snap, db);
      // The snapshot holds the failure rate of its time; the current one applies.
      await sqliteFault(['rate', db, String(rate)]);
    },
    async readInbox() {
      if (!existsSync(db)) return inboxRead([], [], []);
      const h = new Database(db, { readonly: true, fileMustExist: true });
      try {
        h.pragma('busy_timeout = 5000');
        return inboxRead(h.prepare(INBOX_IDS).all() as { id: string }[], h.prepare(INBOX_DUPLICATES).all() as { id: string }[], h.prepare(OUTBOX_RECORDS).all() as OutboxRow[]);
      } finally {
        h.close();
      }
    },
    files: () => [...sqliteFiles(db), ...sqliteFiles(snap)],
  };
}

/** `pgBin`: the directory of the server's pg_dump and pg_restore (their versions must match it). */
export function postgresAgentStore(url: string, schema: string, dir: string, name: string, pgBin: string | undefined): AgentStore {
  const snap = join(dir, 'snapshots', `${name}.pgdump`);
  const tool = (t: string) => (pgBin ? join(pgBin, t) : t);
  let rate = 0;
  const query = <T>(text: string): Promise<T[]> => sql<T>(url, text);
  /** pg_dump and pg_restore fail like a query when the server crashes under them: again then. */
  const tryTool = (t: string, args: string[]) =>
    retryTransient(() =>
      run(tool(t), args).catch((e: Error & { stderr?: string }) => {
        throw /connection|terminat|shut ?down|starting up|recovery/i.test(`${e.message} ${e.stderr ?? ''}`) ? Object.assign(new Error(e.message), { code: '57P01' }) : e;
      }),
    );
  const lockers = new Set<Promise<void>>();
  return {
    kind: 'postgres',
    env: { AGENT_DB: url, AGENT_PG_SCHEMA: schema },
    installFaults: () => installPgWriteFaults(url, schema, AGENT_FAULT_TABLES.map((t) => t.split(':')[0]!)),
    async setFailureRate(permille) {
      rate = permille;
      await setPgWriteFaultRate(url, schema, permille);
    },
    lock(ms) {
      const p = lockPgTable(url, schema, 'e2e_connection', ms);
      lockers.add(p);
      return p.finally(() => lockers.delete(p));
    },
    async stopLockers() {
      await Promise.allSettled([...lockers]);
    },
    async snapshot() {
      await tryTool('pg_dump', ['--dbname', url, '--schema', schema, '--format', 'custom', '--file', snap]);
    },
    async restore() {
      // The agent is down; its server-side sessions end as their sockets close.
      // Dropped and restored again as a whole if the server crashes half-way.
      await retryTransient(async () => {
        await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await tryTool('pg_restore', ['--dbname', url, '--exit-on-error', snap]);
      });
      await setPgWriteFaultRate(url, schema, rate);
    },
    async readInbox() {
      const s = (q: string) => q.replace(/\b(e2e_inbox|e2e_outbox)\b/g, `${schema}.$1`);
      const [ids, dups, rows] = await Promise.all([query<{ id: string }>(s(INBOX_IDS)), query<{ id: string }>(s(INBOX_DUPLICATES)), query<OutboxRow>(s(OUTBOX_RECORDS))]);
      return inboxRead(ids, dups, rows);
    },
    files: () => [snap],
  };
}
