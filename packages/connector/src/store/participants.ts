/** Participants: registration and their public keys (cached; a participant's key never changes). */
import type { Database } from '../db.js';
import type { NonceRow } from '../entities.js';
import { nonceTx } from './nonces.js';
import { CACHE_LIMIT, sql, toBytes } from './sql.js';

export class Participants {
  private readonly keyCache = new Map<string, Uint8Array>();

  constructor(private readonly db: Database) {}

  async register(id: string, publicKey: Uint8Array, displayName: string, logoUrl: string, now: number, nonce?: NonceRow): Promise<void> {
    const E = this.db.entities;
    await nonceTx(this.db, nonce, async (em) => {
      const existing = await em.findOne(E.Participant, { where: { id } });
      if (existing) {
        await em.update(E.Participant, { id }, { displayName, logoUrl });
      } else {
        await em.insert(E.Participant, { id, publicKey, displayName, logoUrl, nextSeq: 0, createdAt: now });
      }
    });
    this.keyCache.set(id, publicKey);
  }

  async publicKey(id: string): Promise<Uint8Array | undefined> {
    const cached = this.keyCache.get(id);
    if (cached) return cached;
    const { rows } = await this.db.read((em) => sql(this.db, em, 'SELECT public_key FROM participant WHERE id = ?', [id], true));
    const bytes = toBytes(rows[0]?.public_key);
    if (!bytes) return undefined;
    const key = new Uint8Array(bytes);
    if (this.keyCache.size >= CACHE_LIMIT) this.keyCache.clear();
    this.keyCache.set(id, key);
    return key;
  }
}
