import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/*
 * Raw SQL for the statements on the message path. typeorm's query builder writes numbers into
 * the SQL text on SQLite, so nearly every insert and update is a statement never seen before:
 * prepared again each time, and built again each time (a third of the agents' CPU in the
 * pipeline profile). Here every value is a bound parameter, so a statement's text is the same
 * on every call and the driver prepares it once per query runner. The schema and migrations stay
 * with typeorm (entities.ts); the SQL below uses only what SQLite and PostgreSQL share.
 */

/** `?` placeholders become `$1, $2, ...` for PostgreSQL (never inside this module's literals). */
const numbered = new Map<string, string>();
function forDialect(em: EntityManager, text: string): string {
  if (em.connection.options.type !== 'postgres') return text;
  let out = numbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    numbered.set(text, out);
  }
  return out;
}

/** `n` placeholders for an IN list: `?, ?, ?`. */
export function marks(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

export interface SqlResult {
  readonly records: Record<string, unknown>[];
  readonly affected: number;
}

/**
 * PostgreSQL: each statement is prepared once per connection under a name derived from its text
 * (node-postgres keeps the prepared names per connection), so the server parses and plans it once
 * instead of on every call. typeorm's runner hands the query object to the driver unchanged.
 */
const prepared = new Map<string, { name: string; text: string; toString(): string }>();
function statement(em: EntityManager, text: string): string | { name: string; text: string } {
  const dialect = forDialect(em, text);
  if (em.connection.options.type !== 'postgres') return dialect;
  let s = prepared.get(dialect);
  if (s === undefined) {
    // toString: typeorm's query loggers (when a user turns logging on) print the SQL, not an object.
    s = { name: `e2e_${createHash('sha256').update(dialect).digest('hex').slice(0, 24)}`, text: dialect, toString: () => dialect };
    prepared.set(dialect, s);
  }
  return s;
}

/**
 * typeorm's runner for the sqlite3 driver runs statements that begin with `INSERT ` through the
 * driver's `run`, which drops the rows of a RETURNING clause; a statement that begins otherwise
 * goes through `all`, which keeps them.
 */
function keepsReturnedRows(em: EntityManager, text: string | { name: string; text: string }): string | { name: string; text: string } {
  return typeof text === 'string' && em.connection.options.type === 'sqlite' && text.includes(' RETURNING ') ? `\n${text}` : text;
}

/** Runs `text` with bound `params` in `em`'s transaction (or on a runner of its own outside one). */
export async function sql(em: EntityManager, text: string, params: readonly unknown[]): Promise<SqlResult> {
  const own = em.queryRunner ? undefined : em.connection.createQueryRunner();
  const runner = em.queryRunner ?? own!;
  try {
    const r = await runner.query(keepsReturnedRows(em, statement(em, text)) as string, params as unknown[], true);
    return { records: (r.records ?? []) as Record<string, unknown>[], affected: r.affected ?? 0 };
  } finally {
    await own?.release();
  }
}
