/**
 * What the store's parts share: raw statements, the dialect, driver-neutral unique violations
 * and binary columns.
 */
import type { EntityManager } from 'typeorm';
import type { Database, SqlRow } from '../db.js';

export type Row = SqlRow;

/** Mailboxes to wake after a write commits (for local subscribers; PostgreSQL also NOTIFYs). */
export type Wake = (mailboxId: string) => void;

/** Bounded in-memory caches (cleared when full; they only save reads). */
export const CACHE_LIMIT = 100_000;

/**
 * Runs one raw statement (hot paths skip the query builder); `?` placeholders. `prepare`:
 * a named prepared statement on PostgreSQL, for statements of a fixed shape.
 */
export function sql(db: Database, em: EntityManager, text: string, params: unknown[], prepare = false): Promise<{ rows: Row[]; affected: number }> {
  return db.exec(em, text, params, prepare);
}

export function isPg(db: Database): boolean {
  return db.dialect === 'postgres';
}

export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = String(err.driverError?.code ?? err.code ?? '');
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT') || /UNIQUE constraint failed|duplicate key/.test(String(err.message));
}

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function toBytes(v: unknown): Uint8Array | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) return v;
  throw new TypeError('expected a binary column');
}
