/**
 * Opening the database: SQLite (better-sqlite3 by default, or the sqlite3 driver) or
 * PostgreSQL, migrations under an advisory lock so several processes may start at once.
 */
import { DataSource, type EntityManager } from 'typeorm';
import { entitiesFor, type Dialect, type Entities } from './entities.js';
import { MIGRATIONS } from './migrations.js';

export type DbDriver = 'better-sqlite3' | 'sqlite3' | 'postgres';

export interface DatabaseOptions {
  /** A file path (better-sqlite3), `sqlite3:<path>` (sqlite3 driver) or a `postgres://` URL. */
  url: string;
  /** PostgreSQL schema for the tables (created if missing). Default `public`. */
  pgSchema?: string;
  /** SQLite `synchronous` pragma. Default FULL. */
  sqliteSynchronous?: 'FULL' | 'NORMAL';
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export interface Database {
  readonly dataSource: DataSource;
  readonly dialect: Dialect;
  readonly driver: DbDriver;
  readonly entities: Entities;
  /** LISTEN/NOTIFY channel of this schema (PostgreSQL only). */
  readonly notifyChannel: string;
  readonly pgUrl: string | undefined;
  readonly pgSchema: string;
  /** Runs `fn` in a transaction. On SQLite all access is serialized (one connection). */
  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  /** Runs `fn` outside a transaction (single statements); serialized on SQLite. */
  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function parseDbUrl(url: string): { driver: DbDriver; location: string } {
  if (/^postgres(ql)?:\/\//i.test(url)) return { driver: 'postgres', location: url };
  if (url.startsWith('sqlite3:')) return { driver: 'sqlite3', location: url.slice('sqlite3:'.length) };
  if (url.startsWith('sqlite:')) return { driver: 'better-sqlite3', location: url.slice('sqlite:'.length) };
  return { driver: 'better-sqlite3', location: url };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,40}$/;

/** A tiny FIFO mutex: SQLite has one connection, so transactions must not interleave. */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const { driver, location } = parseDbUrl(options.url);
  const dialect: Dialect = driver === 'postgres' ? 'postgres' : 'sqlite';
  const entities = entitiesFor(dialect);
  const pgSchema = options.pgSchema ?? 'public';
  if (!SCHEMA_NAME.test(pgSchema)) throw new RangeError(`pgSchema: expected a lower-case identifier, got ${JSON.stringify(pgSchema)}`);
  const common = { entities: Object.values(entities), migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;

  let dataSource: DataSource;
  if (driver === 'postgres') {
    dataSource = new DataSource({
      ...common,
      type: 'postgres',
      url: location,
      schema: pgSchema,
      poolSize: options.poolSize ?? 10,
      extra: { options: `-c search_path=${pgSchema}` },
    });
  } else if (driver === 'sqlite3') {
    dataSource = new DataSource({ ...common, type: 'sqlite', database: location, busyTimeout: 5000 });
  } else {
    dataSource = new DataSource({ ...common, type: 'better-sqlite3', database: location, timeout: 5000 });
  }
  await dataSource.initialize();
  try {
    if (dialect === 'sqlite') {
      await dataSource.query('PRAGMA journal_mode = WAL');
      await dataSource.query(`PRAGMA synchronous = ${options.sqliteSynchronous ?? 'FULL'}`);
      // Deleted (acked) payloads are overwritten in the file, not left in free pages.
      await dataSource.query('PRAGMA secure_delete = ON');
      await dataSource.runMigrations({ transaction: 'all' });
    } else {
      await migratePostgres(dataSource, pgSchema);
    }
  } catch (e) {
    await dataSource.destroy().catch(() => undefined);
    throw e;
  }

  const mutex = dialect === 'sqlite' ? new Mutex() : undefined;
  return {
    dataSource,
    dialect,
    driver,
    entities,
    notifyChannel: `connector_e2e_${pgSchema}`.slice(0, 63),
    pgUrl: driver === 'postgres' ? location : undefined,
    pgSchema,
    transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
      if (mutex) return mutex.run(() => dataSource.transaction(fn));
      return dataSource.transaction(fn);
    },
    read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
      if (mutex) return mutex.run(() => fn(dataSource.manager));
      return fn(dataSource.manager);
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/**
 * TypeORM takes no lock around migrations; concurrent starts would race to create the same
 * tables. A session-level advisory lock (keyed by schema) makes them take turns: the first
 * migrates, the others then find nothing left to do.
 */
async function migratePostgres(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = `connector-e2e:migrations:${schema}`;
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    await runner.release();
  }
}
