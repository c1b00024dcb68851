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
 *
 * Hot paths (send, fetch, ack) use raw statements, prepared once per connection on
 * PostgreSQL; a send costs the nonce insert, the mailbox counter update, one probe (revoked?
 * duplicate? queue length?) and the insert, which on PostgreSQL also carries the NOTIFY.
 * Connection parties never change after creation, so they are cached in memory; revocation
 * is read inside the write transaction every time.
 */
import type { EntityManager } from 'typeorm';
import type { Database, SqlRow } from './db.js';
import { ITEM_KIND, type MailboxItemRow, type NonceRow } from './entities.js';
import { ConnectorError } from './errors.js';
import type { ConnectorLimits } from './config.js';
import { connectionQuotaRefusal, mailboxQuotaRefusal, type MailboxUsage } from './quotas.js';

export interface SendResult {
  duplicate: boolean;
  expiresAt: number;
}

export interface BatchItem {
  connectionId: string;
  messageId: string;
  payload: Uint8Array;
}

/** What happened to one item of a batch send. */
export type BatchOutcome = { ok: true; duplicate: boolean; expiresAt: number } | { ok: false; error: ConnectorError };

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

type Row = SqlRow;

interface Parties {
  inviterId: string;
  inviteeId: string;
}

/** Rows per multi-row INSERT (11 parameters each; below every SQLite's variable limit). */
const INSERT_CHUNK = 64;
const ITEM_COLUMNS = '(recipient_id, seq, kind, connection_id, sender_id, message_id, token_id, payload, size, created_at, expires_at)';

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

/** Bounded in-memory caches (cleared when full; they only save reads). */
const CACHE_LIMIT = 100_000;

export class Store {
  private readonly keyCache = new Map<string, Uint8Array>();
  /** Parties of connections; a connection's parties never change once it exists. */
  private readonly partyCache = new Map<string, Parties>();

  constructor(
    readonly db: Database,
    private readonly limits: ConnectorLimits,
    private readonly wake: Wake,
  ) {}

  private get E() {
    return this.db.entities;
  }

  /**
   * Runs one raw statement (hot paths skip the query builder); `?` placeholders. `prepare`:
   * a named prepared statement on PostgreSQL, for statements of a fixed shape.
   */
  private sql(em: EntityManager, sql: string, params: unknown[], prepare = false): Promise<{ rows: Row[]; affected: number }> {
    return this.db.exec(em, sql, params, prepare);
  }

  private get pg(): boolean {
    return this.db.dialect === 'postgres';
  }

  private async insertNonce(em: EntityManager, n: NonceRow): Promise<void> {
    await this.sql(em, 'INSERT INTO auth_nonce (participant_id, nonce, expires_at) VALUES (?, ?, ?)', [n.participantId, n.nonce, n.expiresAt], true);
  }

  /**
   * A transaction that first records the request's nonce, so a request costs one commit.
   * A nonce seen before aborts the transaction with `replayed_request`.
   */
  private tx<T>(nonce: NonceRow | undefined, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (em) => {
      if (nonce) {
        try {
          await this.insertNonce(em, nonce);
        } catch (e) {
          if (isUniqueViolation(e)) throw new ConnectorError('replayed_request', 'this nonce was already used');
          throw e;
        }
      }
      return fn(em);
    });
  }

  async ping(): Promise<void> {
    await this.db.read((em) => this.sql(em, 'SELECT 1', []));
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
    const { rows } = await this.db.read((em) => this.sql(em, 'SELECT public_key FROM participant WHERE id = ?', [id], true));
    const bytes = toBytes(rows[0]?.public_key);
    if (!bytes) return undefined;
    const key = new Uint8Array(bytes);
    if (this.keyCache.size >= CACHE_LIMIT) this.keyCache.clear();
    this.keyCache.set(id, key);
    return key;
  }

  /** Records a nonce; false when it was seen before (a replay). */
  async useNonce(participantId: string, nonce: string, expiresAt: number): Promise<boolean> {
    try {
      await this.db.writeOne((em) => this.insertNonce(em, { participantId, nonce, expiresAt }));
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
      const over = connectionQuotaRefusal(await this.lockParticipants(em, [token.creatorId, acceptorId]), this.limits);
      if (over) throw new ConnectorError('connection_limit', over);
      await em.insert(this.E.Connection, { id: connectionId, inviterId: token.creatorId, inviteeId: acceptorId, tokenId, createdAt: now, revokedAt: null });
      await this.appendNotice(em, token.creatorId, { kind: ITEM_KIND.connectionAccepted, connectionId, messageId: ACCEPTED_ID, tokenId, now });
      return token.creatorId;
    });
    this.cacheParties(connectionId, { inviterId: creatorId, inviteeId: acceptorId });
    this.wake(creatorId);
  }

  /**
   * Revokes a connection: no more sends on it; the messages queued for the caller are deleted,
   * the peer is told. What the caller sent before stays deliverable to the peer until acked or
   * expired: its last message is the end-to-end close, the only end of a connection a client
   * acts on (the notice is not authenticated).
   */
  async revoke(callerId: string, connectionId: string, now: number, nonce?: NonceRow): Promise<number> {
    const result = await this.tx(nonce, async (em) => {
      const conn = await this.partyConnection(em, callerId, connectionId);
      if (conn.revokedAt !== null) return { deleted: 0, peer: undefined };
      // the counters of both parties change below: take their rows in the common order first
      await this.lockParticipants(em, [conn.inviterId, conn.inviteeId]);
      await em.update(this.E.Connection, { id: connectionId }, { revokedAt: now });
      const del = await em
        .createQueryBuilder()
        .delete()
        .from(this.E.MailboxItem)
        .where('connection_id = :connectionId AND kind = :kind AND recipient_id = :callerId', { connectionId, kind: ITEM_KIND.message, callerId })
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

  private cacheParties(connectionId: string, parties: Parties): void {
    if (this.partyCache.size >= CACHE_LIMIT) this.partyCache.clear();
    this.partyCache.set(connectionId, parties);
  }

  /**
   * Refuses (`forbidden`) unless `callerId` is a party of every connection in `ids`; returns
   * their parties. Cached: parties are fixed when a connection is created, and connections
   * are never deleted. Whether one is revoked is not cached.
   */
  private async requireParties(em: EntityManager, callerId: string, ids: string[]): Promise<Map<string, Parties>> {
    const found = new Map<string, Parties>();
    const missing: string[] = [];
    for (const id of ids) {
      const p = this.partyCache.get(id);
      if (p) found.set(id, p);
      else missing.push(id);
    }
    for (let i = 0; i < missing.length; i += 500) {
      const chunk = missing.slice(i, i + 500);
      const sql = `SELECT id, inviter_id, invitee_id FROM relay_connection WHERE id IN (${chunk.map(() => '?').join(', ')})`;
      for (const r of (await this.sql(em, sql, chunk, chunk.length === 1)).rows) {
        const p = { inviterId: String(r.inviter_id), inviteeId: String(r.invitee_id) };
        this.cacheParties(String(r.id), p);
        found.set(String(r.id), p);
      }
    }
    for (const id of ids) {
      const p = found.get(id);
      if (!p || (p.inviterId !== callerId && p.inviteeId !== callerId)) throw new ConnectorError('forbidden', 'not a party of this connection');
    }
    return found;
  }

  // ---- mailbox ----

  /**
   * Takes the mailbox's write lock and reserves `count` sequence numbers; returns the last, and
   * the mailbox's usage as of the lock (for the quota).
   * (Numbers reserved but not used leave gaps, which readers never mind: they only compare.)
   */
  private async nextSeq(em: EntityManager, mailboxId: string, count = 1): Promise<{ seq: number; usage: MailboxUsage }> {
    let rows: Row[];
    if (this.db.driver === 'sqlite3') {
      // typeorm's sqlite3 runner drops RETURNING rows of an UPDATE: read the value back instead
      await this.sql(em, 'UPDATE participant SET next_seq = next_seq + ? WHERE id = ?', [count, mailboxId]);
      rows = (await this.sql(em, 'SELECT next_seq, stored_items, stored_bytes FROM participant WHERE id = ?', [mailboxId])).rows;
    } else {
      rows = (await this.sql(em, 'UPDATE participant SET next_seq = next_seq + ? WHERE id = ? RETURNING next_seq, stored_items, stored_bytes', [count, mailboxId], true)).rows;
    }
    if (rows.length !== 1) throw new ConnectorError('internal', 'mailbox owner not found');
    const r = rows[0]!;
    return { seq: Number(r.next_seq), usage: { items: Number(r.stored_items), bytes: Number(r.stored_bytes) } };
  }

  /**
   * Locks participant rows in id order (the order every writer takes them in, so writers that
   * lock several cannot deadlock) and returns their connection counts. SQLite has one writer.
   */
  private async lockParticipants(em: EntityManager, ids: string[]): Promise<Map<string, number>> {
    const sorted = [...new Set(ids)].sort();
    const counts = new Map<string, number>();
    if (sorted.length === 0) return counts;
    const { rows } = this.pg
      ? await this.sql(em, 'SELECT id, connections FROM participant WHERE id = ANY(?::varchar[]) ORDER BY id FOR UPDATE', [sorted], true)
      : await this.sql(em, `SELECT id, connections FROM participant WHERE id IN (${sorted.map(() => '?').join(', ')})`, sorted);
    for (const r of rows) counts.set(String(r.id), Number(r.connections));
    return counts;
  }

  private async notify(em: EntityManager, mailboxId: string): Promise<void> {
    // Delivered to every listening connector process when (and only if) the transaction commits.
    if (this.pg) await this.sql(em, 'SELECT pg_notify(?, ?)', [this.db.notifyChannel, mailboxId], true);
  }

  private async appendNotice(
    em: EntityManager,
    mailboxId: string,
    n: { kind: number; connectionId: string; messageId: string; tokenId: string; now: number },
  ): Promise<void> {
    const { seq } = await this.nextSeq(em, mailboxId);
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

  /** One message; the batch path with one item, whose refusal is thrown. */
  async send(senderId: string, connectionId: string, messageId: string, payload: Uint8Array, now: number, nonce?: NonceRow, hooks?: StoreHooks): Promise<SendResult> {
    const [outcome] = await this.sendBatch(senderId, [{ connectionId, messageId, payload }], now, nonce, hooks);
    if (!outcome!.ok) throw outcome!.error;
    return { duplicate: outcome!.duplicate, expiresAt: outcome!.expiresAt };
  }

  /**
   * Stores messages, possibly on several connections of the sender, in ONE transaction (with
   * the request's nonce). The whole batch is refused (`forbidden`, nothing stored) if any item
   * is on a connection the sender is not a party of. Otherwise every item gets an outcome:
   * stored, duplicate (its id is queued already, or came earlier in this batch), or refused
   * with bad_request (message id), payload_too_large, connection_revoked, queue_full or
   * quota_exceeded (the recipient mailbox's quota, checked against its counters under its lock).
   * Items of one connection are numbered in batch order, so its FIFO is the batch order.
   * Each recipient mailbox is locked in id order (concurrent batches cannot deadlock),
   * notified once, and woken once after the commit.
   */
  async sendBatch(senderId: string, items: readonly BatchItem[], now: number, nonce?: NonceRow, hooks?: StoreHooks): Promise<BatchOutcome[]> {
    const refused = (code: 'bad_request' | 'payload_too_large' | 'connection_revoked' | 'queue_full' | 'quota_exceeded', detail: string): BatchOutcome => ({
      ok: false,
      error: new ConnectorError(code, detail),
    });
    const checked: Array<BatchOutcome | undefined> = items.map((it) => {
      if (!MESSAGE_ID_PATTERN.test(it.messageId) || it.messageId.startsWith('!')) {
        return refused('bad_request', 'message_id must be 1-128 printable ASCII characters and must not start with "!"');
      }
      if (it.payload.length > this.limits.maxMessageBytes) {
        return refused('payload_too_large', `payload of ${it.payload.length} bytes exceeds the limit of ${this.limits.maxMessageBytes}`);
      }
      return undefined;
    });
    const expiresAt = now + this.limits.retentionSeconds * 1000;
    const { outcomes, woken } = await this.tx(nonce, async (em) => {
      const outcomes = [...checked];
      const parties = await this.requireParties(em, senderId, [...new Set(items.map((it) => it.connectionId))]);
      // recipient -> connection -> item indexes, in batch order
      const plan = new Map<string, Map<string, number[]>>();
      items.forEach((it, i) => {
        if (outcomes[i]) return;
        const p = parties.get(it.connectionId)!;
        const recipientId = p.inviterId === senderId ? p.inviteeId : p.inviterId;
        let conns = plan.get(recipientId);
        if (!conns) plan.set(recipientId, (conns = new Map()));
        let list = conns.get(it.connectionId);
        if (!list) conns.set(it.connectionId, (list = []));
        list.push(i);
      });
      const rows: unknown[][] = [];
      const woken: string[] = [];
      for (const recipientId of [...plan.keys()].sort()) {
        const conns = plan.get(recipientId)!;
        let count = 0;
        for (const list of conns.values()) count += list.length;
        // Under the mailbox lock from here: a concurrent retry of the same id waits for it and then sees it.
        const reserved = await this.nextSeq(em, recipientId, count);
        let seq = reserved.seq - count;
        const usage = reserved.usage;
        const before = rows.length;
        for (const [connectionId, list] of conns) {
          const probe = await this.probe(em, recipientId, connectionId, [...new Set(list.map((i) => items[i]!.messageId))]);
          let queued = probe.queued;
          // once one item of a connection is over the quota, so are its later ones (order kept)
          let overQuota: string | undefined;
          for (const i of list) {
            const it = items[i]!;
            if (probe.revoked) {
              outcomes[i] = refused('connection_revoked', 'the connection was revoked');
              continue;
            }
            const dupExpires = probe.queuedIds.get(it.messageId);
            if (dupExpires !== undefined) {
              outcomes[i] = { ok: true, duplicate: true, expiresAt: dupExpires };
              continue;
            }
            if (queued >= this.limits.queueCap) {
              outcomes[i] = refused('queue_full', `the connection already holds ${queued} undelivered messages for its recipient (cap ${this.limits.queueCap})`);
              continue;
            }
            overQuota ??= mailboxQuotaRefusal(usage, it.payload.length, this.limits);
            if (overQuota) {
              outcomes[i] = refused('quota_exceeded', overQuota);
              continue;
            }
            usage.items++;
            usage.bytes += it.payload.length;
            seq++;
            if (hooks?.beforeInsert) await hooks.beforeInsert(seq);
            rows.push([recipientId, seq, ITEM_KIND.message, connectionId, senderId, it.messageId, '', toBuffer(it.payload), it.payload.length, now, expiresAt]);
            probe.queuedIds.set(it.messageId, expiresAt);
            queued++;
            outcomes[i] = { ok: true, duplicate: false, expiresAt };
          }
        }
        if (rows.length > before) woken.push(recipientId);
      }
      await this.insertMessages(em, rows);
      return { outcomes: outcomes as BatchOutcome[], woken };
    });
    for (const id of woken) this.wake(id);
    return outcomes;
  }

  /**
   * One statement under the recipient's lock: is the connection revoked, how many messages
   * does it queue for the recipient, and which of `messageIds` are queued already (with their
   * expiry)?
   */
  private async probe(em: EntityManager, recipientId: string, connectionId: string, messageIds: string[]): Promise<{ revoked: boolean; queued: number; queuedIds: Map<string, number> }> {
    const head =
      'SELECT NULL AS message_id, NULL AS expires_at, (SELECT revoked_at FROM relay_connection WHERE id = ?) AS revoked,' +
      ' (SELECT COUNT(*) FROM mailbox_item WHERE recipient_id = ? AND connection_id = ? AND kind = ?) AS queued' +
      ' UNION ALL SELECT message_id, expires_at, NULL, NULL FROM mailbox_item WHERE recipient_id = ? AND connection_id = ? AND message_id';
    const params: unknown[] = [connectionId, recipientId, connectionId, ITEM_KIND.message, recipientId, connectionId];
    let sql: string;
    if (this.pg) {
      sql = `${head} = ANY(?::varchar[])`;
      params.push(messageIds);
    } else {
      sql = `${head} IN (${messageIds.map(() => '?').join(', ')})`;
      params.push(...messageIds);
    }
    const { rows } = await this.sql(em, sql, params, true);
    let revoked = false;
    let queued = 0;
    const queuedIds = new Map<string, number>();
    for (const r of rows) {
      if (r.queued !== null && r.queued !== undefined) {
        revoked = r.revoked !== null && r.revoked !== undefined;
        queued = Number(r.queued);
      } else {
        queuedIds.set(String(r.message_id), Number(r.expires_at ?? 0));
      }
    }
    return { revoked, queued, queuedIds };
  }

  /** Multi-row inserts; on PostgreSQL each also NOTIFYs its recipients (repeats within a transaction are merged). */
  private async insertMessages(em: EntityManager, rows: unknown[][]): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const values = chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
      const params = chunk.flat();
      if (this.pg) {
        params.push(this.db.notifyChannel);
        await this.sql(
          em,
          `WITH ins AS (INSERT INTO mailbox_item ${ITEM_COLUMNS} VALUES ${values} RETURNING recipient_id) SELECT pg_notify(?, r) FROM (SELECT DISTINCT recipient_id AS r FROM ins) d`,
          params,
          true,
        );
      } else {
        await this.sql(em, `INSERT INTO mailbox_item ${ITEM_COLUMNS} VALUES ${values}`, params);
      }
    }
  }

  /**
   * Items of `recipientId` with seq > after, oldest first; one more than `limit` tells has_more.
   * With `maxBytes`, the page ends once its payloads reach that many bytes (it always holds at
   * least one item): the sizes are summed over the page first, and only the payloads that fit
   * are read, so a backlog of large payloads is never loaded at once.
   */
  async fetch(recipientId: string, after: number, limit: number, now: number, nonce?: NonceRow, maxBytes?: number): Promise<{ items: MailboxItemRow[]; hasMore: boolean }> {
    const columns = 'seq, kind, connection_id, sender_id, message_id, token_id, payload, size, created_at, expires_at';
    const where = 'recipient_id = ? AND seq > ? AND (expires_at IS NULL OR expires_at > ?)';
    const read = (em: EntityManager) =>
      maxBytes === undefined
        ? this.sql(em, `SELECT ${columns} FROM mailbox_item WHERE ${where} ORDER BY seq LIMIT ?`, [recipientId, after, now, limit + 1], true)
        : this.sql(
            em,
            `WITH page AS (SELECT seq, size FROM mailbox_item WHERE ${where} ORDER BY seq LIMIT ?),` +
              ' sized AS (SELECT seq, SUM(size) OVER (ORDER BY seq) - size AS before, COUNT(*) OVER () AS total FROM page)' +
              ` SELECT ${columns.split(', ').map((c) => `m.${c}`).join(', ')}, sized.total FROM sized JOIN mailbox_item m ON m.recipient_id = ? AND m.seq = sized.seq` +
              ' WHERE sized.before < ? ORDER BY m.seq',
            [recipientId, after, now, limit + 1, recipientId, maxBytes],
            true,
          );
    // one statement needs no transaction of its own (SQLite access is still serialized)
    const { rows } = nonce ? await this.tx(nonce, read) : await this.db.read(read);
    const items = rows.map((r) => itemFromRow(recipientId, r));
    // cut by bytes: the page had more rows than fit
    if (rows.length > 0 && rows[0]!.total !== undefined && rows.length < Number(rows[0]!.total)) return { items, hasMore: true };
    const hasMore = items.length > limit;
    return { items: hasMore ? items.slice(0, limit) : items, hasMore };
  }

  /**
   * Acks from a WebSocket: scoped to the caller's mailbox (refs on connections that are not
   * theirs simply match nothing), without a transaction of its own. Returns the number deleted.
   */
  async ackOwn(recipientId: string, refs: AckRef[]): Promise<number> {
    if (refs.length === 0) return 0;
    return this.db.writeOne((em) => this.deleteRefs(em, recipientId, refs));
  }

  /** Deletes acked items of the caller's mailbox; refs on connections not theirs are refused. */
  async ack(recipientId: string, refs: AckRef[], nonce?: NonceRow): Promise<number> {
    if (refs.length === 0 && !nonce) return 0;
    return this.tx(nonce, async (em) => {
      if (refs.length === 0) return 0;
      await this.requireParties(em, recipientId, [...new Set(refs.map((r) => r.connectionId))]);
      return this.deleteRefs(em, recipientId, refs);
    });
  }

  /** Deletes `(connection_id, message_id)` refs of one mailbox: one statement on PostgreSQL. */
  private async deleteRefs(em: EntityManager, recipientId: string, refs: AckRef[]): Promise<number> {
    if (this.pg) {
      const sql =
        'DELETE FROM mailbox_item WHERE recipient_id = ? AND (connection_id, message_id) IN' +
        ' (SELECT c, m FROM unnest(?::varchar[], ?::varchar[]) AS u(c, m))';
      return (await this.sql(em, sql, [recipientId, refs.map((r) => r.connectionId), refs.map((r) => r.messageId)], true)).affected;
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
  }

  /**
   * Moves undelivered messages past their retention out of the recipients' mailboxes and
   * reports each to its sender as a `message expired` item. With `senderId`, only that
   * sender's messages (run before its fetch). Returns the number expired.
   */
  async expire(now: number, senderId?: string): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.db.read((em) => {
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
        // deletes change recipients' counters and notices lock senders: all rows in one order first
        await this.lockParticipants(em, due.flatMap((d) => [d.recipientId, d.senderId]));
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
    await this.db.writeOne((em) => em.createQueryBuilder().delete().from(this.E.Nonce).where('expires_at < :now', { now }).execute());
  }

  async queueDepth(): Promise<number> {
    return this.db.read((em) => em.count(this.E.MailboxItem, { where: { kind: ITEM_KIND.message } }));
  }
}

/** Fault-injection points for tests (e.g. to stretch a write transaction). */
export interface StoreHooks {
  beforeInsert?(seq: number): Promise<void>;
}
