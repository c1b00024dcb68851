import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Migration 2: epochs and counters are unsigned 32-bit (counters up to 2^32 - 2, protocol.md
 * 9.2), beyond PostgreSQL's `integer`. SQLite's INTEGER already holds 64 bits.
 */

const COLUMNS = [
  ['e2e_outbox', 'epoch'],
  ['e2e_outbox', 'counter'],
  ['e2e_inbox', 'epoch'],
  ['e2e_inbox', 'counter'],
] as const;

export class WidenCounters1764000000000 implements MigrationInterface {
  name = 'WidenCounters1764000000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'postgres') return;
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE bigint`);
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'postgres') return;
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE integer`);
  }
}
