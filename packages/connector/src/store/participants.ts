/** Participants: registration and their public keys (cached; a participant's key never changes). */

/** Open: any key may register. OTP: a new key needs an OTP the operator issued (section 27). */
export type RegistrationMode = 'open' | 'otp';
import type { Database } from '../db.js';
import type { NonceRow } from '../entities.js';
import { ConnectorError } from '../errors.js';
import { nonceTx } from './nonces.js';
import { redeemOtp, type OtpProof } from './registration-otps.js';
import { CACHE_LIMIT, sql, toBytes } from './sql.js';

export class Participants {
  private readonly keyCache = new Map<string, Uint8Array>();

  constructor(
    private readonly db: Database,
    private readonly mode: RegistrationMode = 'open',
  ) {}

  /**
   * Registers a new key, or updates a known one's name and logo (no OTP needed: the signed
   * request proves the key). In OTP mode a new key must bring a valid proof; a refusal that
   * counts an attempt is committed (with the request's nonce) and then thrown.
   */
  async register(id: string, publicKey: Uint8Array, displayName: string, logoUrl: string, now: number, nonce?: NonceRow, otpProof?: OtpProof): Promise<void> {
    const E = this.db.entities;
    const refused = await nonceTx(this.db, nonce, async (em) => {
      const existing = await em.findOne(E.Participant, { where: { id } });
      if (existing) {
        await em.update(E.Participant, { id }, { displayName, logoUrl });
        return undefined;
      }
      if (this.mode === 'otp') {
        if (!otpProof) throw new ConnectorError('otp_required', 'this connector registers new participants with a one-time password from its operator (otp_proof)');
        const refusal = await redeemOtp(this.db, em, otpProof, id, publicKey, now);
        if (refusal) return refusal;
      }
      await em.insert(E.Participant, { id, publicKey, displayName, logoUrl, nextSeq: 0, createdAt: now });
      return undefined;
    });
    if (refused) throw refused;
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
