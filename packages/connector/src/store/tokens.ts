/** Invitation tokens: creating them, what a holder of one may see, and accepting one into a connection. */
import type { Database } from '../db.js';
import type { ConnectorLimits } from '../config.js';
import { ITEM_KIND, type NonceRow } from '../entities.js';
import { ConnectorError } from '../errors.js';
import { connectionQuotaRefusal } from '../quotas.js';
import type { Connections } from './connections.js';
import { ACCEPTED_ID, appendNotice, lockParticipants } from './mailbox.js';
import { nonceTx } from './nonces.js';
import { isUniqueViolation, type Wake } from './sql.js';

export interface TokenInfo {
  tokenId: string;
  inviterName: string;
  inviterLogoUrl: string;
  expiresAt: number;
}

export class Tokens {
  constructor(
    private readonly db: Database,
    private readonly limits: ConnectorLimits,
    private readonly connections: Connections,
    private readonly wake: Wake,
  ) {}

  async create(creatorId: string, tokenIds: string[], expiresAt: number, now: number, nonce?: NonceRow): Promise<void> {
    try {
      await nonceTx(this.db, nonce, async (em) => {
        await em.insert(
          this.db.entities.Token,
          tokenIds.map((tokenId) => ({ tokenId, creatorId, expiresAt, usedAt: null, connectionId: null, createdAt: now })),
        );
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConnectorError('token_exists', 'a token with this value already exists');
      throw e;
    }
  }

  async info(tokenId: string, now: number, nonce?: NonceRow): Promise<TokenInfo> {
    const E = this.db.entities;
    return nonceTx(this.db, nonce, async (em) => {
      const token = await em.findOne(E.Token, { where: { tokenId } });
      if (!token) throw new ConnectorError('token_not_found', 'no such token');
      if (token.usedAt !== null) throw new ConnectorError('token_used', 'the token was already accepted');
      if (token.expiresAt <= now) throw new ConnectorError('token_expired', 'the token has expired');
      const inviter = await em.findOne(E.Participant, { where: { id: token.creatorId }, select: { id: true, displayName: true, logoUrl: true } });
      return { tokenId, inviterName: inviter?.displayName ?? '', inviterLogoUrl: inviter?.logoUrl ?? '', expiresAt: token.expiresAt };
    });
  }

  /**
   * Consumes the token and creates the connection in one transaction; the conditional UPDATE
   * lets exactly one of several concurrent accepts win. The inviter gets a
   * `connection accepted` item in its mailbox.
   */
  async accept(tokenId: string, acceptorId: string, connectionId: string, now: number, nonce?: NonceRow): Promise<void> {
    const E = this.db.entities;
    const creatorId = await nonceTx(this.db, nonce, async (em) => {
      const claimed = await em
        .createQueryBuilder()
        .update(E.Token)
        .set({ usedAt: now, connectionId })
        .where('token_id = :tokenId AND used_at IS NULL AND expires_at > :now', { tokenId, now })
        .execute();
      const token = await em.findOne(E.Token, { where: { tokenId } });
      if (claimed.affected !== 1) {
        if (!token) throw new ConnectorError('token_not_found', 'no such token');
        if (token.usedAt !== null) throw new ConnectorError('token_used', 'the token was already accepted');
        throw new ConnectorError('token_expired', 'the token has expired');
      }
      if (!token) throw new ConnectorError('internal', 'claimed token vanished');
      if (token.creatorId === acceptorId) throw new ConnectorError('bad_request', 'a participant cannot accept its own token');
      const over = connectionQuotaRefusal(await lockParticipants(this.db, em, [token.creatorId, acceptorId]), this.limits);
      if (over) throw new ConnectorError('connection_limit', over);
      await em.insert(E.Connection, { id: connectionId, inviterId: token.creatorId, inviteeId: acceptorId, tokenId, createdAt: now, revokedAt: null });
      await appendNotice(this.db, em, token.creatorId, { kind: ITEM_KIND.connectionAccepted, connectionId, messageId: ACCEPTED_ID, tokenId, now });
      return token.creatorId;
    });
    this.connections.cacheParties(connectionId, { inviterId: creatorId, inviteeId: acceptorId });
    this.wake(creatorId);
  }
}
