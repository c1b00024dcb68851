/**
 * PostgreSQL for a chaos run: a private server (initdb in a temporary directory, its own port)
 * that the harness may crash (`pg_ctl stop -m immediate`: no checkpoint, recovery from the
 * WAL at the next start) and start again without disturbing anything else on the machine;
 * and the database faults of a run: triggers that fail writes, table locks.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isTransientDatabaseError } from '@connector-e2e/db-kit';
import pg from 'pg';

const run = promisify(execFile);

/** Where this machine's PostgreSQL server binaries are, if it has them. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

export class PrivatePostgres {
  private constructor(
    /** The directory of this server's tools (pg_dump and pg_restore must match its version). */
    readonly bin: string,
    private readonly dir: string,
    readonly port: number,
    private readonly asUser: { uid: number; gid: number } | undefined,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** A new server, or undefined (with the reason) where PostgreSQL's binaries are missing. */
  static async create(port: number): Promise<PrivatePostgres | string> {
    const bin = postgresBinaries();
    if (!bin) return 'no PostgreSQL server binaries (initdb) on this machine';
    const dir = mkdtempSync(join(tmpdir(), 'chaos-pg-'));
    let asUser: { uid: number; gid: number } | undefined;
    // initdb refuses to run as root: run the server as the postgres account then.
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']).catch(() => ({ stdout: '' }));
      const { stdout: g } = await run('id', ['-g', 'postgres']).catch(() => ({ stdout: '' }));
      if (!stdout.trim()) return 'running as root without a postgres account';
      asUser = { uid: Number(stdout), gid: Number(g) };
      chownSync(dir, asUser.uid, asUser.gid);
    }
    const server = new PrivatePostgres(bin, dir, port, asUser);
    // A run ended by a signal (run.ts turns SIGINT and SIGTERM into an exit) leaves no server behind.
    process.once('exit', server.destroySync);
    await server.exec('initdb', ['-D', server.data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
    await server.start();
    return server;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  private async exec(tool: string, args: string[]): Promise<void> {
    const path = join(this.bin, tool);
    if (this.asUser) await run('runuser', ['-u', 'postgres', '--', path, ...args], { cwd: this.dir });
    else await run(path, args, { cwd: this.dir });
  }

  async start(): Promise<void> {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`;
    await this.exec('pg_ctl', ['-D', this.data, '-l', join(this.dir, 'server.log'), '-o', opts, '-w', '-t', '60', 'start']);
  }

  /** Like a power cut for the database: every connection dies, no checkpoint is written. */
  async crash(): Promise<void> {
    await this.exec('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
  }

  /** The server's own log (kept with a failed run). */
  get logFile(): string {
    return join(this.dir, 'server.log');
  }

  /** The server's files, for the secrets scan. */
  files(): string {
    return this.data;
  }

  async destroy(): Promise<void> {
    process.removeListener('exit', this.destroySync);
    await this.exec('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private readonly destroySync = (): void => {
    const ctl = [join(this.bin, 'pg_ctl'), '-D', this.data, '-m', 'immediate', '-w', 'stop'];
    try {
      if (this.asUser) execFileSync('runuser', ['-u', 'postgres', '--', ...ctl], { stdio: 'ignore' });
      else execFileSync(ctl[0]!, ctl.slice(1), { stdio: 'ignore' });
    } catch {
      // not running
    }
    rmSync(this.dir, { recursive: true, force: true });
  };
}

/**
 * Runs `fn` again while it fails with a transient database error (the run crashes the server
 * on purpose; the harness's own queries must outlast that), for up to a minute.
 */
export async function retryTransient<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (!isTransientDatabaseError(e) || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Runs SQL on a short-lived client (faults are rare; a pool would only hide a dead server). */
export function sql<T = unknown>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  return retryTransient(async () => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    c.on('error', () => undefined);
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end().catch(() => undefined);
    }
  });
}

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new RangeError(`not a plain identifier: ${s}`);
  return s;
};

/** Triggers in `schema` that fail writes of `tables` with the probability chaos_fault.permille. */
export async function installPgWriteFaults(url: string, schema: string, tables: string[]): Promise<void> {
  const s = ident(schema);
  const statements = [
    `CREATE TABLE IF NOT EXISTS ${s}.chaos_fault (permille integer NOT NULL)`,
    `INSERT INTO ${s}.chaos_fault SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM ${s}.chaos_fault)`,
    `CREATE OR REPLACE FUNCTION ${s}.chaos_fail() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF (SELECT permille FROM ${s}.chaos_fault) > floor(random() * 1000) THEN
         RAISE EXCEPTION 'chaos: injected write failure';
       END IF;
       IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
       RETURN NEW;
     END $$`,
  ];
  for (const t of tables) {
    statements.push(`DROP TRIGGER IF EXISTS chaos_fail ON ${s}.${ident(t)}`);
    statements.push(`CREATE TRIGGER chaos_fail BEFORE INSERT OR UPDATE OR DELETE ON ${s}.${ident(t)} FOR EACH ROW EXECUTE FUNCTION ${s}.chaos_fail()`);
  }
  await sql(url, statements.join(';\n'));
}

export async function setPgWriteFaultRate(url: string, schema: string, permille: number): Promise<void> {
  await sql(url, `UPDATE ${ident(schema)}.chaos_fault SET permille = $1`, [permille]);
}

/** Holds an exclusive lock on `table` for `ms`: the connector's statements on it wait. */
export async function lockPgTable(url: string, schema: string, table: string, ms: number): Promise<void> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  c.on('error', () => undefined);
  await retryTransient(() => c.connect());
  try {
    await c.query('BEGIN');
    await c.query(`LOCK TABLE ${ident(schema)}.${ident(table)} IN ACCESS EXCLUSIVE MODE`);
    await new Promise((r) => setTimeout(r, ms));
    await c.query('ROLLBACK');
  } catch (e) {
    // A server crash ends the lock with the connection: the fault is over.
    if (!isTransientDatabaseError(e)) throw e;
  } finally {
    await c.end().catch(() => undefined);
  }
}
