/**
 * Storage backends the shared suite runs against: a fresh SQLite file per connector, or a
 * fresh PostgreSQL schema per test (dropped afterwards) so parallel test files never collide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface DbTarget {
  /** What `--db` / `buildConnector({ db })` takes. */
  readonly url: string;
  readonly pgSchema?: string;
  /** The SQLite file, when there is one. */
  readonly file?: string;
  cleanup(): Promise<void>;
}

export interface Backend {
  readonly name: 'sqlite' | 'sqlite3-driver' | 'postgres';
  readonly multiProcess: boolean;
  create(): Promise<DbTarget>;
}

export const sqliteBackend: Backend = {
  name: 'sqlite',
  multiProcess: false,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'connector-test-'));
    const file = join(dir, 'connector.sqlite');
    return { url: file, file, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

export const sqlite3DriverBackend: Backend = {
  name: 'sqlite3-driver',
  multiProcess: false,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'connector-test-'));
    const file = join(dir, 'connector.sqlite');
    return { url: `sqlite3:${file}`, file, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

export const PG_URL = process.env.CONNECTOR_TEST_PG_URL ?? `postgres://${process.env.PGUSER ?? 'postgres'}@127.0.0.1:5432/test`;

async function tryConnect(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Finds a PostgreSQL URL that works (user postgres, then root), or undefined. */
export async function probePostgres(): Promise<string | undefined> {
  const candidates = process.env.CONNECTOR_TEST_PG_URL
    ? [process.env.CONNECTOR_TEST_PG_URL]
    : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];
  for (const url of candidates) if (await tryConnect(url)) return url;
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is required on CI but unreachable at ${candidates.join(', ')}`);
  console.warn(`\n*** PostgreSQL unreachable (${candidates.join(', ')}): the PostgreSQL runs are SKIPPED ***\n`);
  return undefined;
}

export function postgresBackend(url: string): Backend {
  return {
    name: 'postgres',
    multiProcess: true,
    async create() {
      const pgSchema = `t_${randomBytes(6).toString('hex')}`;
      return {
        url,
        pgSchema,
        async cleanup() {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          try {
            await c.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
          } finally {
            await c.end();
          }
        },
      };
    },
  };
}
