import type { EntitySchema } from 'typeorm';

/**
 * A table's rows read through raw SQL (sql.ts): the select list and the mapping from columns
 * back to the entity's fields, both taken from the entity (entities.ts), so the two cannot
 * drift apart. bigint columns come back from PostgreSQL as strings and become numbers here,
 * as the entities' transformer does for typeorm's own reads.
 */
export class RowMap<T> {
  private readonly fields: ReadonlyArray<{ field: string; column: string; bigint: boolean }>;
  private readonly columns: ReadonlyMap<string, string>;

  constructor(entity: EntitySchema<T>) {
    this.fields = Object.entries(entity.options.columns).map(([field, c]) => {
      const col = c as { name?: string; type?: unknown };
      return { field, column: col.name ?? field, bigint: col.type === 'bigint' };
    });
    this.columns = new Map(this.fields.map((f) => [f.field, f.column]));
  }

  /** The column of `field`; a field the entity lacks is a programming error. */
  column(field: keyof T & string): string {
    const column = this.columns.get(field);
    if (column === undefined) throw new TypeError(`no column for field ${field}`);
    return column;
  }

  /** Every column, optionally qualified by a table alias: `a.id, a.connection_id, ...`. */
  select(alias?: string): string {
    return this.fields.map((f) => (alias ? `${alias}.${f.column}` : f.column)).join(', ');
  }

  from(record: Record<string, unknown>): T {
    const row: Record<string, unknown> = {};
    for (const { field, column, bigint } of this.fields) {
      const v = record[column];
      row[field] = bigint && v !== null && v !== undefined ? Number(v) : v;
    }
    return row as T;
  }
}
