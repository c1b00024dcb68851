import { fromBase64url, toBase64url } from '@connector-e2e/protocol';
import createDebug from 'debug';
import { ParkedEntity, type ParkedRow } from './entities.js';
import { MAX_PARKED_PER_CONNECTION } from '../limits.js';
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

  private repo() {
    return this.store.db.getRepository<ParkedRow>(ParkedEntity);
  }

  async park(connectionId: string, frame: Uint8Array, reason: string): Promise<void> {
    // Bounded: a relay must not be able to grow the database with frames for a connection that
    // never completes its handshake. A genuine record refused here stays in its sender's outbox
    // and comes again by retransmission.
    if ((await this.repo().countBy({ connectionId })) >= MAX_PARKED_PER_CONNECTION) return debug('parking on %s is full; frame dropped (%s)', connectionId, reason);
    debug('parked a frame on %s: %s', connectionId, reason);
    await this.store.write(() => this.repo().insert({ connectionId, frame: toBase64url(frame), reason: reason.slice(0, 64), receivedAt: this.store.now() }));
  }

  /** Removes the connection's parked frames one at a time, oldest first, handing each to `handle`. */
  async replay(connectionId: string, handle: (frame: Uint8Array) => Promise<void>): Promise<void> {
    const rows = await this.repo().find({ where: { connectionId }, order: { id: 'ASC' } });
    for (const p of rows) {
      await this.store.write(() => this.repo().delete({ id: p.id }));
      const bytes = fromBase64url(p.frame);
      if (bytes) await handle(bytes);
    }
  }
}
