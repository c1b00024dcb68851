/**
 * The relay's persistent state, behind one small API. Mailbox order: every participant has
 * one mailbox whose items are numbered by `participant.next_seq`. A writer increments that
 * counter (taking the participant row's lock on PostgreSQL; SQLite has one writer anyway),
 * inserts its item and commits while still holding the lock, so the items of one mailbox
 * become visible strictly in sequence order. A reader's cursor (`after`) can therefore never
 * step over an item that commits later with a smaller number. Items leave only when acked
 * (or expire), so the unacked set stays the truth and a fetch from 0 always sees all of it.
 *
 * Payload bytes are stored and returned as they came, never decoded or logged.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from './db.js';
import { ITEM_KIND, type MailboxItemRow, type NonceRow } from './entities.js';
import { ConnectorError } from './errors.js';
import type { ConnectorLimits } from './config.js';

export interface SendResult {
  duplicate: boolean;
  expiresAt: number;
  recipientId: string;
}

export interface AckRef {
  connectionId: string;
  messageId: string;
}

export interface TokenInfo {
  tokenId: string;
  inviterName: string;
  inviterLogoUrl: string;
  expiresAt: number;
}

/** Mailboxes to wake after a write commits (for local subscribers; PostgreSQL also NOTIFYs). */
export type Wake = (mailboxId: string) => void;

export const MESSAGE_ID_PATTERN = /^[\x21-\x7e]{1,128}$/;
export const ACCEPTED_ID = '!accepted';
export const REVOKED_ID = '!revoked';
export const EXPIRED_PREFIX = '!expired:';

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = String(err.driverError?.code ?? err.code ?? '');
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT') || /UNIQUE constraint failed|duplicate key/.test(String(err.message));
}

type Row = Record<string, unknown>;
const pgSql = new Map<string, string>();

/** `?` placeholders to PostgreSQL's `$n` (memoized per statement). */
function toPg(sql: string): string {
  let out = pgSql.get(sql);
  if (out === undefined) {
    let i = 0;
    out = sql.replace(/\?/g, () => `$${++i}`);
    pgSql.set(sql, out);
  }
  return out;
}

function toBytes(v: unknown): Uint8Array | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) return v;
  throw new TypeError('expected a binary column');
}

function itemFromRow(recipientId: string, r: Row): MailboxItemRow {
  return {
    recipientId,
    seq: Number(r.seq),
    kind: Number(r.kind),
    connectionId: String(r.connection_id),
    senderId: String(r.sender_id),
    messageId: String(r.message_id),
    tokenId: String(r.token_id),
    payload: toBytes(r.payload),
    size: Number(r.size),
    createdAt: Number(r.created_at),
    expiresAt: r.expires_at === null || r.expires_at === undefined ? null : Number(r.expires_at),
  };
}

export class Store {
  private readonly keyCache = new Map<string, Uint8Array>();

  constructor(
    readonly db: Database,
    private readonly limits: ConnectorLimits,
    private readonly wake: Wake,
  ) {}

  private get E() {
    return this.db.entities;
  }

  /** Runs one raw statement (hot paths skip the query builder); `?` placeholders. */
  private async sql(em: EntityManager, sql: string, params: unknown[]): Promise<{ rows: Row[]; affected: number }> {
    const text = this.db.dialect === 'postgres' ? toPg(sql) : sql;
    if (!em.queryRunner) return { rows: (await em.query(text, params)) as Row[], affected: 0 }; // reads outside a transaction
    const res = (await em.queryRunner.query(text, params, true)) as { records?: Row[]; affected?: number };
    return { rows: res.records ?? [], affected: res.affected ?? 0 };
  }

  /**
   * A transaction that first records the request's nonce, so a request costs one commit.
   * A nonce seen before aborts the transaction with `replayed_request`.
   */
  private tx<T>(nonce: NonceRow | undefined, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (em) => {
      if (nonce) {
        try {
          await em.insert(this.E.Nonce, nonce);
        } catch (e) {
          if (isUniqueViolation(e)) throw new ConnectorError('replayed_request', 'this nonce was already used');
          throw e;
        }
      }
      return fn(em);
    });
  }

  async ping(): Promise<void> {
    await this.db.transaction((em) => em.query('SELECT 1'));
  }

  // ---- participants and authentication ----

  async register(id: string, publicKey: Uint8Array, displayName: string, logoUrl: string, now: number, nonce?: NonceRow): Promise<void> {
    await this.tx(nonce, async (em) => {
      const existing = await em.findOne(this.E.Participant, { where: { id } });
      if (existing) {
        await em.update(this.E.Participant, { id }, { displayName, logoUrl });
      } else {
        await em.insert(this.E.Participant, { id, publicKey, displayName, logoUrl, nextSeq: 0, createdAt: now });
      }
    });
    this.keyCache.set(id, publicKey);
  }

  async publicKey(id: string): Promise<Uint8Array | undefined> {
    const cached = this.keyCache.get(id);
    if (cached) return cached;
    const row = await this.db.transaction((em) => em.findOne(this.E.Participant, { where: { id }, select: { id: true, publicKey: true } }));
    if (!row) return undefined;
    const key = new Uint8Array(row.publicKey);
    this.keyCache.set(id, key);
    return key;
  }

  /** Records a nonce; false when it was seen before (a replay). */
  async useNonce(participantId: string, nonce: string, expiresAt: number): Promise<boolean> {
    try {
      await this.db.transaction((em) => em.insert(this.E.Nonce, { participantId, nonce, expiresAt }));
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }

  // ---- tokens and connections ----

  async createTokens(creatorId: string, tokenIds: string[], expiresAt: number, now: number, nonce?: NonceRow): Promise<void> {
    try {
      await this.tx(nonce, async (em) => {
        await em.insert(
          this.E.Token,
          tokenIds.map((tokenId) => ({ tokenId, creatorId, expiresAt, usedAt: null, connectionId: null, createdAt: now })),
        );
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConnectorError('token_exists', 'a token with this value already exists');
      throw e;
    }
  }

  async tokenInfo(tokenId: string, now: number, nonce?: NonceRow): Promise<TokenInfo> {
    return this.tx(nonce, async (em) => {
      const token = await em.findOne(this.E.Token, { where: { tokenId } });
      if (!token) throw new ConnectorError('token_not_found', 'no such token');
      if (token.usedAt !== null) throw new ConnectorError('token_used', 'the token was already accepted');
      if (token.expiresAt <= now) throw new ConnectorError('token_expired', 'the token has expired');
      const inviter = await em.findOne(this.E.Participant, { where: { id: token.creatorId }, select: { id: true, displayName: true, logoUrl: true } });
      return { tokenId, inviterName: inviter?.displayName ?? '', inviterLogoUrl: inviter?.logoUrl ?? '', expiresAt: token.expiresAt };
    });
  }

  /**
   * Consumes the token and creates the connection in one transaction; the conditional UPDATE
   * lets exactly one of several concurrent accepts win. The inviter gets a
   * `connection accepted` item in its mailbox.
   */
  async acceptToken(tokenId: string, acceptorId: string, connectionId: string, now: number, nonce?: NonceRow): Promise<void> {
    const creatorId = await this.tx(nonce, async (em) => {
      const claimed = await em
        .createQueryBuilder()
        .update(this.E.Token)
        .set({ usedAt: now, connectionId })
        .where('token_id = :tokenId AND used_at IS NULL AND expires_at > :now', { tokenId, now })
        .execute();
      const token = await em.findOne(this.E.Token, { where: { tokenId } });
      if (claimed.affected !== 1) {
        if (!token) throw new ConnectorError('token_not_found', 'no such token');
        if (token.usedAt !== null) throw new ConnectorError('token_used', 'the token was already accepted');
        throw new ConnectorError('token_expired', 'the token has expired');
      }
      if (!token) throw new ConnectorError('internal', 'claimed token vanished');
      if (token.creatorId === acceptorId) throw new ConnectorError('bad_request', 'a participant cannot accept its own token');
      await em.insert(this.E.Connection, { id: connectionId, inviterId: token.creatorId, inviteeId: acceptorId, tokenId, createdAt: now, revokedAt: null });
      await this.appendNotice(em, token.creatorId, { kind: ITEM_KIND.connectionAccepted, connectionId, messageId: ACCEPTED_ID, tokenId, now });
      return token.creatorId;
    });
    this.wake(creatorId);
  }

  /** Revokes a connection: its queued messages (both directions) are deleted, the peer is told. */
  async revoke(callerId: string, connectionId: string, now: number, nonce?: NonceRow): Promise<number> {
    const result = await this.tx(nonce, async (em) => {
      const conn = await this.partyConnection(em, callerId, connectionId);
      if (conn.revokedAt !== null) return { deleted: 0, peer: undefined };
      await em.update(this.E.Connection, { id: connectionId }, { revokedAt: now });
      const del = await em
        .createQueryBuilder()
        .delete()
        .from(this.E.MailboxItem)
        .where('connection_id = :connectionId AND kind = :kind', { connectionId, kind: ITEM_KIND.message })
        .execute();
      const peer = conn.inviterId === callerId ? conn.inviteeId : conn.inviterId;
      await this.appendNotice(em, peer, { kind: ITEM_KIND.connectionRevoked, connectionId, messageId: REVOKED_ID, tokenId: '', now });
      return { deleted: del.affected ?? 0, peer };
    });
    if (result.peer) this.wake(result.peer);
    return result.deleted;
  }

  private async partyConnection(em: EntityManager, callerId: string, connectionId: string) {
    const conn = await em.findOne(this.E.Connection, { where: { id: connectionId } });
    if (!conn || (conn.inviterId !== callerId && conn.inviteeId !== callerId)) {
      throw new ConnectorError('forbidden', 'not a party of this connection');
    }
    return conn;
  }

  // ---- mailbox ----

  /** Takes the mailbox's write lock and returns the next sequence number. */
  private async nextSeq(em: EntityManager, mailboxId: string): Promise<number> {
    let rows: Row[];
    if (this.db.driver === 'sqlite3') {
      // typeorm's sqlite3 runner drops RETURNING rows of an UPDATE: read the value back instead
      await this.sql(em, 'UPDATE participant SET next_seq = next_seq + 1 WHERE id = ?', [mailboxId]);
      rows = (await this.sql(em, 'SELECT next_seq FROM participant WHERE id = ?', [mailboxId])).rows;
    } else {
      rows = (await this.sql(em, 'UPDATE participant SET next_seq = next_seq + 1 WHERE id = ? RETURNING next_seq', [mailboxId])).rows;
    }
    if (rows.length !== 1) throw new ConnectorError('internal', 'mailbox owner not found');
    return Number(rows[0]!.next_seq);
  }

  private async notify(em: EntityManager, mailboxId: string): Promise<void> {
    // Delivered to every listening connector process when (and only if) the transaction commits.
    if (this.db.dialect === 'postgres') await em.query('SELECT pg_notify($1, $2)', [this.db.notifyChannel, mailboxId]);
  }

  private async appendNotice(
    em: EntityManager,
    mailboxId: string,
    n: { kind: number; connectionId: string; messageId: string; tokenId: string; now: number },
  ): Promise<void> {
    const seq = await this.nextSeq(em, mailboxId);
    // A notice with the same reference may be pending from before (e.g. an id that expired twice).
    await em.delete(this.E.MailboxItem, { recipientId: mailboxId, connectionId: n.connectionId, messageId: n.messageId });
    await em.insert(this.E.MailboxItem, {
      recipientId: mailboxId,
      seq,
      kind: n.kind,
      connectionId: n.connectionId,
      senderId: '',
      messageId: n.messageId,
      tokenId: n.tokenId,
      payload: null,
      size: 0,
      createdAt: n.now,
      expiresAt: null,
    });
    await this.notify(em, mailboxId);
  }

  async send(senderId: string, connectionId: string, messageId: string, payload: Uint8Array, now: number, nonce?: NonceRow, hooks?: StoreHooks): Promise<SendResult> {
    if (payload.length > this.limits.maxMessageBytes) {
      throw new ConnectorError('payload_too_large', `payload of ${payload.length} bytes exceeds the limit of ${this.limits.maxMessageBytes}`);
    }
    const result = await this.tx(nonce, async (em) => {
      const conns = (await this.sql(em, 'SELECT inviter_id, invitee_id, revoked_at FROM relay_connection WHERE id = ?', [connectionId])).rows;
      const conn = conns[0];
      if (!conn || (conn.inviter_id !== senderId && conn.invitee_id !== senderId)) throw new ConnectorError('forbidden', 'not a party of this connection');
      if (conn.revoked_at !== null) throw new ConnectorError('connection_revoked', 'the connection was revoked');
      const recipientId = String(conn.inviter_id === senderId ? conn.invitee_id : conn.inviter_id);
      const seq = await this.nextSeq(em, recipientId);
      // Under the mailbox lock: a concurrent retry of the same id waits here and then sees it.
      // One pass over the connection's queue answers both "is this id queued?" and "how full?".
      const probe = (
        await this.sql(
          em,
          'SELECT SUM(CASE WHEN kind = ? THEN 1 ELSE 0 END) AS queued, MAX(CASE WHEN message_id = ? THEN 1 ELSE 0 END) AS dup,' +
            ' MAX(CASE WHEN message_id = ? THEN expires_at ELSE NULL END) AS dup_expires FROM mailbox_item WHERE recipient_id = ? AND connection_id = ?',
          [ITEM_KIND.message, messageId, messageId, recipientId, connectionId],
        )
      ).rows[0];
      if (Number(probe?.dup ?? 0) === 1) return { duplicate: true, expiresAt: Number(probe?.dup_expires ?? 0), recipientId };
      const queued = Number(probe?.queued ?? 0);
      if (queued >= this.limits.queueCap) {
        throw new ConnectorError('queue_full', `the connection already holds ${queued} undelivered messages for its recipient (cap ${this.limits.queueCap})`);
      }
      if (hooks?.beforeInsert) await hooks.beforeInsert(seq);
      const expiresAt = now + this.limits.retentionSeconds * 1000;
      await this.sql(
        em,
        'INSERT INTO mailbox_item (recipient_id, seq, kind, connection_id, sender_id, message_id, token_id, payload, size, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [recipientId, seq, ITEM_KIND.message, connectionId, senderId, messageId, '', Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength), payload.length, now, expiresAt],
      );
      await this.notify(em, recipientId);
      return { duplicate: false, expiresAt, recipientId };
    });
    if (!result.duplicate) this.wake(result.recipientId);
    return result;
  }

  /** Items of `recipientId` with seq > after, oldest first; one more than `limit` tells has_more. */
  async fetch(recipientId: string, after: number, limit: number, now: number, nonce?: NonceRow): Promise<{ items: MailboxItemRow[]; hasMore: boolean }> {
    const read = (em: EntityManager) =>
      this.sql(
        em,
        'SELECT seq, kind, connection_id, sender_id, message_id, token_id, payload, size, created_at, expires_at FROM mailbox_item' +
          ' WHERE recipient_id = ? AND seq > ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY seq LIMIT ?',
        [recipientId, after, now, limit + 1],
      );
    // one statement needs no transaction of its own (SQLite access is still serialized)
    const { rows } = nonce ? await this.tx(nonce, read) : await this.db.read(read);
    const items = rows.map((r) => itemFromRow(recipientId, r));
    const hasMore = items.length > limit;
    return { items: hasMore ? items.slice(0, limit) : items, hasMore };
  }

  /**
   * Acks from a WebSocket: one statement, scoped to the caller's mailbox (refs on connections
   * that are not theirs simply match nothing). Returns the number deleted.
   */
  async ackOwn(recipientId: string, refs: AckRef[]): Promise<number> {
    let deleted = 0;
    for (let i = 0; i < refs.length; i += 100) {
      const chunk = refs.slice(i, i + 100);
      const params: unknown[] = [recipientId];
      const terms = chunk.map((r) => {
        params.push(r.connectionId, r.messageId);
        return '(connection_id = ? AND message_id = ?)';
      });
      deleted += await this.db.transaction(async (em) => (await this.sql(em, `DELETE FROM mailbox_item WHERE recipient_id = ? AND (${terms.join(' OR ')})`, params)).affected);
    }
    return deleted;
  }

  /** Deletes acked items of the caller's mailbox; refs on connections not theirs are refused. */
  async ack(recipientId: string, refs: AckRef[], nonce?: NonceRow): Promise<number> {
    if (refs.length === 0 && !nonce) return 0;
    return this.tx(nonce, async (em) => {
      if (refs.length === 0) return 0;
      const ids = [...new Set(refs.map((r) => r.connectionId))];
      const conns = (await this.sql(em, `SELECT id, inviter_id, invitee_id FROM relay_connection WHERE id IN (${ids.map(() => '?').join(', ')})`, ids)).rows;
      for (const id of ids) {
        const c = conns.find((x) => x.id === id);
        if (!c || (c.inviter_id !== recipientId && c.invitee_id !== recipientId)) throw new ConnectorError('forbidden', 'not a party of this connection');
      }
      let deleted = 0;
      for (let i = 0; i < refs.length; i += 100) {
        const chunk = refs.slice(i, i + 100);
        const params: unknown[] = [recipientId];
        const terms = chunk.map((r) => {
          params.push(r.connectionId, r.messageId);
          return '(connection_id = ? AND message_id = ?)';
        });
        deleted += (await this.sql(em, `DELETE FROM mailbox_item WHERE recipient_id = ? AND (${terms.join(' OR ')})`, params)).affected;
      }
      return deleted;
    });
  }

  /**
   * Moves undelivered messages past their retention out of the recipients' mailboxes and
   * reports each to its sender as a `message expired` item. With `senderId`, only that
   * sender's messages (run before its fetch). Returns the number expired.
   */
  async expire(now: number, senderId?: string): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.db.transaction((em) => {
        const qb = em
          .createQueryBuilder(this.E.MailboxItem, 'i')
          .select(['i.recipientId', 'i.seq', 'i.connectionId', 'i.senderId', 'i.messageId'])
          .where('i.kind = :kind AND i.expiresAt <= :now', { kind: ITEM_KIND.message, now });
        if (senderId !== undefined) qb.andWhere('i.senderId = :senderId', { senderId });
        return qb.limit(200).getMany();
      });
      if (due.length === 0) return total;
      // lock senders' mailboxes in one global order, so concurrent sweeps cannot deadlock
      due.sort((a, b) => (a.senderId < b.senderId ? -1 : a.senderId > b.senderId ? 1 : a.seq - b.seq));
      const senders = new Set<string>();
      await this.db.transaction(async (em) => {
        for (const item of due) {
          const del = await em.delete(this.E.MailboxItem, { recipientId: item.recipientId, seq: item.seq, kind: ITEM_KIND.message });
          if (!del.affected) continue; // acked meanwhile
          total++;
          senders.add(item.senderId);
          await this.appendNotice(em, item.senderId, {
            kind: ITEM_KIND.messageExpired,
            connectionId: item.connectionId,
            messageId: EXPIRED_PREFIX + item.messageId,
            tokenId: '',
            now,
          });
        }
      });
      for (const s of senders) this.wake(s);
      if (due.length < 200) return total;
    }
  }

  async sweepNonces(now: number): Promise<void> {
    await this.db.transaction((em) => em.createQueryBuilder().delete().from(this.E.Nonce).where('expires_at < :now', { now }).execute());
  }

  async queueDepth(): Promise<number> {
    return this.db.transaction((em) => em.count(this.E.MailboxItem, { where: { kind: ITEM_KIND.message } }));
  }
}

/** Fault-injection points for tests (e.g. to stretch a write transaction). */
export interface StoreHooks {
  beforeInsert?(seq: number): Promise<void>;
}
