import { fromBase64url, toBase64url } from '@connector-e2e/protocol';
import createDebug from 'debug';
import { MAX_PARKED_PER_CONNECTION } from '../limits.js';
import { sql } from './sql.js';
import type { Store } from './store.js';

const debug = createDebug('connector-e2e:plugin');

/**
 * Frames that arrived before they could be handled: records for a connection whose handshake
 * has not completed (they may overtake the key confirmation), or that need a resync or rekey
 * first. They are kept in the database and handed back, oldest first, when the connection is
 * ready.
 */
export class ParkedFrames {
  constructor(private readonly store: Store) {}

  async park(connectionId: string, frame: Uint8Array, reason: string): Promise<void> {
    // Bounded: a relay must not be able to grow the database with frames for a connection that
    // never completes its handshake. A genuine record refused here stays in its sender's outbox
    // and comes again by retransmission.
    const parked = await sql(this.store.reads, 'SELECT COUNT(*) AS n FROM e2e_parked WHERE connection_id = ?', [connectionId]);
    if (Number(parked.records[0]?.n ?? 0) >= MAX_PARKED_PER_CONNECTION) return debug('parking on %s is full; frame dropped (%s)', connectionId, reason);
    debug('parked a frame on %s: %s', connectionId, reason);
    await this.store.execute('INSERT INTO e2e_parked (connection_id, frame, reason, received_at) VALUES (?, ?, ?, ?)', [connectionId, toBase64url(frame), reason.slice(0, 64), this.store.now()]);
  }

  /** Removes the connection's parked frames one at a time, oldest first, handing each to `handle`. */
  async replay(connectionId: string, handle: (frame: Uint8Array) => Promise<void>): Promise<void> {
    const rows = await sql(this.store.reads, 'SELECT id, frame FROM e2e_parked WHERE connection_id = ? ORDER BY id ASC', [connectionId]);
    for (const p of rows.records) {
      await this.store.execute('DELETE FROM e2e_parked WHERE id = ?', [p.id]);
      const bytes = fromBase64url(String(p.frame));
      if (bytes) await handle(bytes);
    }
  }
}
