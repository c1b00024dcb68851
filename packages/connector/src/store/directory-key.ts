/**
 * The connector's directory signing key, when it is kept in the database (no
 * `--directory-key-file`): one row, created by whichever process starts first. Every process
 * offers a fresh key and inserts it only if the row is absent, then reads the row back, so
 * processes starting together on one PostgreSQL database all end up with the same key.
 */
import type { Database } from '../db.js';
import { ConnectorError } from '../errors.js';
import { sql, toBuffer, toBytes } from './sql.js';

export interface StoredDirectoryKey {
  /** Ed25519 private key seed, 32 bytes. */
  seed: Uint8Array;
  publicKey: Uint8Array;
}

/** Inserts `candidate` unless a key is stored already; returns the stored key. */
export async function directorySigningKey(db: Database, candidate: StoredDirectoryKey & { keyId: string }, now: number): Promise<StoredDirectoryKey> {
  await db.writeOne((em) =>
    sql(db, em, 'INSERT INTO directory_signing_key (slot, key_id, seed, public_key, created_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (slot) DO NOTHING', [
      candidate.keyId,
      toBuffer(candidate.seed),
      toBuffer(candidate.publicKey),
      now,
    ]),
  );
  const { rows } = await db.read((em) => sql(db, em, 'SELECT seed, public_key FROM directory_signing_key WHERE slot = 1', []));
  const seed = toBytes(rows[0]?.seed);
  const publicKey = toBytes(rows[0]?.public_key);
  if (!seed || !publicKey || seed.length !== 32 || publicKey.length !== 32) throw new ConnectorError('internal', 'the stored directory key is missing or malformed');
  return { seed: new Uint8Array(seed), publicKey: new Uint8Array(publicKey) };
}
