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

/** Runs `text` with bound `params` in `em`'s transaction (or on a runner of its own outside one). */
export async function sql(em: EntityManager, text: string, params: readonly unknown[]): Promise<SqlResult> {
  const own = em.queryRunner ? undefined : em.connection.createQueryRunner();
  const runner = em.queryRunner ?? own!;
  try {
    const r = await runner.query(forDialect(em, text), params as unknown[], true);
    return { records: (r.records ?? []) as Record<string, unknown>[], affected: r.affected ?? 0 };
  } finally {
    await own?.release();
  }
}
