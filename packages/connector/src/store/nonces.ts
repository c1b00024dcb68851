/**
 * Request nonces: recorded in the database, so a replay to another process sharing it is
 * refused too. Usually written by the request's own transaction, costing no extra commit.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from '../db.js';
import type { NonceRow } from '../entities.js';
import { ConnectorError } from '../errors.js';
import { isUniqueViolation, sql } from './sql.js';

async function insertNonce(db: Database, em: EntityManager, n: NonceRow): Promise<void> {
  await sql(db, em, 'INSERT INTO auth_nonce (participant_id, nonce, expires_at) VALUES (?, ?, ?)', [n.participantId, n.nonce, n.expiresAt], true);
}

/**
 * A transaction that first records the request's nonce, so a request costs one commit.
 * A nonce seen before aborts the transaction with `replayed_request`.
 */
export function nonceTx<T>(db: Database, nonce: NonceRow | undefined, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return db.transaction(async (em) => {
    if (nonce) {
      try {
        await insertNonce(db, em, nonce);
      } catch (e) {
        if (isUniqueViolation(e)) throw new ConnectorError('replayed_request', 'this nonce was already used');
        throw e;
      }
    }
    return fn(em);
  });
}

/** Records a nonce; false when it was seen before (a replay). */
export async function useNonce(db: Database, participantId: string, nonce: string, expiresAt: number): Promise<boolean> {
  try {
    await db.writeOne((em) => insertNonce(db, em, { participantId, nonce, expiresAt }));
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}

export async function sweepNonces(db: Database, now: number): Promise<void> {
  await db.writeOne((em) => em.createQueryBuilder().delete().from(db.entities.Nonce).where('expires_at < :now', { now }).execute());
}
