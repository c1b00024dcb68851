/**
 * Opening the database: SQLite (better-sqlite3 by default, or the sqlite3 driver) or
 * PostgreSQL, migrations under an advisory lock so several processes may start at once.
 */
import { GroupCommit, migrateUnderLock, sqlGroups } from '@connector-e2e/db-kit';
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

export type SqlRow = Record<string, unknown>;

export interface SqlResult {
  rows: SqlRow[];
  /** Rows changed by an INSERT, UPDATE or DELETE without RETURNING. */
  affected: number;
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
  /**
   * Runs `fn` in a transaction; resolves only after the commit. On SQLite (one connection)
   * transactions never overlap: those queued while one runs are committed together (see
   * GroupCommit).
   */
  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  /** Runs `fn` outside a transaction (reads); on SQLite between transactions, never inside one. */
  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  /**
   * Runs `fn`, which writes with ONE statement, without a transaction of its own: autocommit
   * on PostgreSQL (one round trip instead of three); on SQLite it joins a group commit.
   */
  writeOne<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  /**
   * Runs one raw statement (`?` placeholders) on the connection of `em`, as handed out by the
   * methods above. On PostgreSQL `prepare` makes it a named prepared statement (parsed and
   * planned once per connection; use it for statements of a fixed shape only).
   */
  exec(em: EntityManager, sql: string, params: unknown[], prepare?: boolean): Promise<SqlResult>;
  close(): Promise<void>;
}

export function parseDbUrl(url: string): { driver: DbDriver; location: string } {
  if (/^postgres(ql)?:\/\//i.test(url)) return { driver: 'postgres', location: url };
  if (url.startsWith('sqlite3:')) return { driver: 'sqlite3', location: url.slice('sqlite3:'.length) };
  if (url.startsWith('sqlite:')) return { driver: 'better-sqlite3', location: url.slice('sqlite:'.length) };
  return { driver: 'better-sqlite3', location: url };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,40}$/;

/** The parts of a better-sqlite3 connection used here (it ships no types). */
interface BetterSqliteStatement {
  readonly reader: boolean;
  all(...params: unknown[]): SqlRow[];
  run(...params: unknown[]): { changes: number };
}
interface BetterSqliteConnection {
  prepare(sql: string): BetterSqliteStatement;
}

/** The parts of a pg client used here. */
interface PgClient {
  query(q: string | { name: string; text: string; values: unknown[] }, values?: unknown[]): Promise<{ rows: SqlRow[]; rowCount: number | null }>;
}

/** Most transactions committed together by one group commit. */
const MAX_GROUP_COMMIT = 256;

const pgSql = new Map<string, { text: string; name: string }>();

/** `?` placeholders to PostgreSQL's `$n`, and a statement name (memoized per statement). */
function toPg(sql: string): { text: string; name: string } {
  let out = pgSql.get(sql);
  if (out === undefined) {
    let i = 0;
    out = { text: sql.replace(/\?/g, () => `$${++i}`), name: `connector_${pgSql.size}` };
    pgSql.set(sql, out);
  }
  return out;
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
      await migrateUnderLock(dataSource, { lockName: `connector-e2e:migrations:${pgSchema}`, schema: pgSchema, transaction: 'all' });
    }
  } catch (e) {
    await dataSource.destroy().catch(() => undefined);
    throw e;
  }

  let transaction: Database['transaction'];
  let read: Database['read'];
  let writeOne: Database['writeOne'];
  let exec: Database['exec'];
  if (dialect === 'sqlite') {
    const runner = dataSource.createQueryRunner(); // the one shared runner of the SQLite drivers
    if (driver === 'better-sqlite3') {
      // straight to better-sqlite3 with our own statement cache (typeorm's adds a layer per query)
      const connection = (dataSource.driver as unknown as { databaseConnection: BetterSqliteConnection }).databaseConnection;
      const statements = new Map<string, BetterSqliteStatement>();
      exec = async (_em, sql, params) => {
        let stmt = statements.get(sql);
        if (!stmt) {
          if (statements.size >= 500) statements.delete(statements.keys().next().value!);
          stmt = connection.prepare(sql);
          statements.set(sql, stmt);
        }
        if (stmt.reader) return { rows: stmt.all(...params), affected: 0 };
        return { rows: [], affected: stmt.run(...params).changes };
      };
    } else {
      exec = async (em, sql, params) => {
        const res = (await (em.queryRunner ?? runner).query(sql, params, true)) as { records?: SqlRow[]; affected?: number };
        return { rows: res.records ?? [], affected: res.affected ?? 0 };
      };
    }
    // One connection: transactions share commits (db-kit's GroupCommit), reads run between groups.
    const groups = new GroupCommit(
      sqlGroups(runner.manager, (sql) => exec(runner.manager, sql, [])),
      { maxGroup: MAX_GROUP_COMMIT, readsWith: runner.manager },
    );
    transaction = (fn) => groups.write(fn);
    writeOne = transaction;
    read = (fn) => groups.read(fn);
  } else {
    const connected = async <T>(fn: (em: EntityManager) => Promise<T>): Promise<T> => {
      const runner = dataSource.createQueryRunner();
      try {
        await runner.connect();
        return await fn(runner.manager);
      } finally {
        await runner.release();
      }
    };
    transaction = (fn) => dataSource.transaction(fn);
    read = connected;
    writeOne = connected;
    exec = async (em, sql, params, prepare) => {
      const { text, name } = toPg(sql);
      const client = (em.queryRunner as unknown as { databaseConnection?: PgClient } | undefined)?.databaseConnection;
      if (!client) return { rows: (await em.query(text, params)) as SqlRow[], affected: 0 };
      const res = await client.query(prepare ? { name, text, values: params } : text, prepare ? undefined : params);
      return { rows: res.rows ?? [], affected: res.rowCount ?? 0 };
    };
  }
  return {
    dataSource,
    dialect,
    driver,
    entities,
    notifyChannel: `connector_e2e_${pgSchema}`.slice(0, 63),
    pgUrl: driver === 'postgres' ? location : undefined,
    pgSchema,
    transaction,
    read,
    writeOne,
    exec,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

