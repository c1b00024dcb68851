/**
 * The key directory (docs/protocol.md section 29): each participant's pre-key bundle and its
 * stock of one-time pre-keys, stored as the participant sent them (opaque bytes), and the
 * set-up of a connection from them.
 *
 * A one-time pre-key is handed out once: `connect` deletes the key it hands out in the
 * transaction that creates the connection. On PostgreSQL the participant's row is locked
 * first (as every writer of its mailbox and connection count does), so connects to one
 * participant take their keys one after the other, whichever process serves them; the key
 * itself is taken with `FOR UPDATE SKIP LOCKED` and deleted by the same statement, so two
 * transactions can never both return it even without that lock. On SQLite there is one writer.
 */
import type { EntityManager } from 'typeorm';
import type { DirectoryAnswerFields, DirectoryOneTimePreKey } from '@connector-e2e/protocol';
import type { ConnectorLimits } from '../config.js';
import type { Database } from '../db.js';
import { ITEM_KIND, type NonceRow } from '../entities.js';
import { ConnectorError } from '../errors.js';
import { connectionQuotaRefusal } from '../quotas.js';
import { encodeDirectoryAnswer } from '../wire.js';
import type { Connections } from './connections.js';
import { appendNotice, DIRECTORY_ID, lockParticipants } from './mailbox.js';
import { nonceTx } from './nonces.js';
import { isPg, sql, toBuffer, toBytes, type Wake } from './sql.js';

/** Signs the fields of an answer with the connector's directory key (64 bytes). */
export type DirectorySign = (answer: DirectoryAnswerFields) => Uint8Array;

export interface DirectoryConnectResult {
  answer: DirectoryAnswerFields;
  signature: Uint8Array;
}

export interface DirectoryStock {
  stock: number;
  bundlePublished: boolean;
}

/** At most this many ids are named in a `prekey_exists` refusal. */
const NAMED_IDS = 10;

export class Directory {
  constructor(
    private readonly db: Database,
    private readonly limits: ConnectorLimits,
    private readonly connections: Connections,
    private readonly wake: Wake,
  ) {}

  /**
   * Replaces the participant's bundle (unless `bundle` is empty) and adds one-time pre-keys to
   * its stock; returns the stock after. All or nothing: an id already in stock
   * (`prekey_exists`) or a stock past the cap (`quota_exceeded`) changes nothing.
   */
  async publish(participantId: string, bundle: Uint8Array, keys: readonly DirectoryOneTimePreKey[], now: number, nonce?: NonceRow): Promise<number> {
    const db = this.db;
    return nonceTx(db, nonce, async (em) => {
      // serializes publishes and connects of this participant (its stock count is exact)
      await lockParticipants(db, em, [participantId]);
      const stock = await this.count(em, participantId);
      if (keys.length > 0) {
        const ids = keys.map((k) => k.id);
        const { rows } = await sql(db, em, `SELECT key_id FROM directory_prekey WHERE participant_id = ? AND key_id IN (${ids.map(() => '?').join(', ')}) ORDER BY key_id`, [participantId, ...ids]);
        if (rows.length > 0) {
          const named = rows.slice(0, NAMED_IDS).map((r) => String(r.key_id));
          throw new ConnectorError('prekey_exists', `one-time pre-key ids already in stock: ${named.join(', ')}${rows.length > NAMED_IDS ? ', ...' : ''}; nothing was stored`);
        }
        if (stock + keys.length > this.limits.maxPreKeyStock) {
          throw new ConnectorError('quota_exceeded', `the stock holds ${stock} one-time pre-keys; ${keys.length} more would pass the cap of ${this.limits.maxPreKeyStock}; nothing was stored`);
        }
      }
      if (bundle.length > 0) {
        await sql(
          db,
          em,
          'INSERT INTO directory_bundle (participant_id, bundle, updated_at) VALUES (?, ?, ?) ON CONFLICT (participant_id) DO UPDATE SET bundle = excluded.bundle, updated_at = excluded.updated_at',
          [participantId, toBuffer(bundle), now],
          true,
        );
      }
      if (keys.length > 0) {
        const params: unknown[] = [];
        for (const k of keys) params.push(participantId, k.id, toBuffer(k.publicKey), toBuffer(k.signature), now);
        await sql(db, em, `INSERT INTO directory_prekey (participant_id, key_id, public_key, signature, created_at) VALUES ${keys.map(() => '(?, ?, ?, ?, ?)').join(', ')}`, params);
      }
      return stock + keys.length;
    });
  }

  /** The participant's stock of one-time pre-keys, and whether it has published a bundle. */
  async stock(participantId: string, nonce?: NonceRow): Promise<DirectoryStock> {
    return nonceTx(this.db, nonce, async (em) => {
      const { rows } = await sql(
        this.db,
        em,
        'SELECT (SELECT COUNT(*) FROM directory_prekey WHERE participant_id = ?) AS stock, (SELECT COUNT(*) FROM directory_bundle WHERE participant_id = ?) AS bundles',
        [participantId, participantId],
        true,
      );
      return { stock: Number(rows[0]?.stock ?? 0), bundlePublished: Number(rows[0]?.bundles ?? 0) > 0 };
    });
  }

  /**
   * In one transaction: takes one one-time pre-key of the participant (none when the stock is
   * empty), creates the connection between the initiator and the participant (the
   * participant in the inviter's place, as the one who published), signs the answer and puts it
   * into the participant's mailbox as a `directory connection` notice. Refusals change nothing:
   * `directory_not_found` (no such participant, or no bundle), `connection_limit`.
   */
  async connect(initiatorId: string, participantId: string, connectionId: string, now: number, sign: DirectorySign, nonce?: NonceRow): Promise<DirectoryConnectResult> {
    const db = this.db;
    const result = await nonceTx(db, nonce, async (em) => {
      const counts = await lockParticipants(db, em, [initiatorId, participantId]);
      if (!counts.has(participantId)) throw new ConnectorError('directory_not_found', 'no participant with this id');
      const { rows } = await sql(db, em, 'SELECT bundle FROM directory_bundle WHERE participant_id = ?', [participantId], true);
      const bundle = toBytes(rows[0]?.bundle);
      if (!bundle) throw new ConnectorError('directory_not_found', 'the participant has published no pre-key bundle');
      const over = connectionQuotaRefusal(counts, this.limits);
      if (over) throw new ConnectorError('connection_limit', over);
      const oneTimePreKey = await this.takeOneTimePreKey(em, participantId);
      await em.insert(db.entities.Connection, { id: connectionId, inviterId: participantId, inviteeId: initiatorId, tokenId: '', createdAt: now, revokedAt: null });
      const answer: DirectoryAnswerFields = { participantId, bundle: new Uint8Array(bundle), ...(oneTimePreKey ? { oneTimePreKey } : {}), connectionId, initiatorId, issuedAt: now };
      const signature = sign(answer);
      const payload = encodeDirectoryAnswer(answer, signature);
      await appendNotice(db, em, participantId, { kind: ITEM_KIND.directoryConnection, connectionId, messageId: DIRECTORY_ID, tokenId: '', now, payload });
      return { answer, signature };
    });
    this.connections.cacheParties(connectionId, { inviterId: participantId, inviteeId: initiatorId });
    this.wake(participantId);
    return result;
  }

  private async count(em: EntityManager, participantId: string): Promise<number> {
    const { rows } = await sql(this.db, em, 'SELECT COUNT(*) AS n FROM directory_prekey WHERE participant_id = ?', [participantId], true);
    return Number(rows[0]?.n ?? 0);
  }

  /** Deletes and returns the participant's one-time pre-key of the lowest id, if any. */
  private async takeOneTimePreKey(em: EntityManager, participantId: string): Promise<DirectoryOneTimePreKey | undefined> {
    const db = this.db;
    let row: Record<string, unknown> | undefined;
    if (isPg(db)) {
      const { rows } = await sql(
        db,
        em,
        'DELETE FROM directory_prekey WHERE participant_id = ? AND key_id = (SELECT key_id FROM directory_prekey WHERE participant_id = ? ORDER BY key_id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING key_id, public_key, signature',
        [participantId, participantId],
        true,
      );
      row = rows[0];
    } else {
      // one writer: nothing can take the key between the two statements
      const { rows } = await sql(db, em, 'SELECT key_id, public_key, signature FROM directory_prekey WHERE participant_id = ? ORDER BY key_id LIMIT 1', [participantId]);
      row = rows[0];
      if (row) await sql(db, em, 'DELETE FROM directory_prekey WHERE participant_id = ? AND key_id = ?', [participantId, row.key_id]);
    }
    if (!row) return undefined;
    return { id: Number(row.key_id), publicKey: new Uint8Array(toBytes(row.public_key)!), signature: new Uint8Array(toBytes(row.signature)!) };
  }
}
