import {
  announceSendingKey,
  counterIv,
  createCounterResync,
  decodeFrame,
  deriveSendingKey,
  equalBytes,
  fromBase64url,
  RECEIVE_LOOKAHEAD,
  recordAad,
  REPLAY_WINDOW,
  SENDING_KEY_ID_BYTES,
  sendDirection,
  toBase64url,
  type CryptoProvider,
  type SessionState,
} from '@connector-e2e/protocol';
import createDebug from 'debug';
import { sealedField } from '../storage/at-rest.js';
import type { ConnectionRow, OutboxRow } from '../storage/entities.js';
import type { OutboxInsert } from '../storage/outbox.js';
import { ids } from './message-ids.js';
import { REPAIR_INTERVAL_MS } from '../limits.js';
import type { SendingKeys } from './sending-keys.js';
import type { Store, Tx } from '../storage/store.js';

const debug = createDebug('connector-e2e:plugin');

/**
 * Delivery repair: what a sender does when its peer cannot open what it still has outstanding.
 * It acts on the peer's reports (status reports and end-to-end acks, docs/protocol.md 12) and on
 * epoch switches, inside the caller's transaction: announces a sending key the peer lacks again,
 * resyncs a peer whose window is too far behind, and holds records the peer can no longer open
 * (a dropped key, a retired epoch, below its window) to be sealed again under the current key.
 * Held records are sealed by the engine's next drain (`onHeld`, after the commit).
 */
export class DeliveryRepair {
  /** Per connection: when we last sent a repairing counter resync. */
  private readonly repairedAt = new Map<string, number>();
  /** Per connection: when our sending key was last announced again (the peer reported it did not hold it). */
  private readonly announcedAt = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly crypto: CryptoProvider,
    private readonly sending: SendingKeys,
    /** Called once the transaction that held records for resealing committed. */
    private readonly onHeld: (connectionId: string) => void,
  ) {}

  /**
   * The peer's status report, in our send epoch: for each of our sending keys with records in
   * the outbox, the peer either holds it (its receive position there may call for a resync) or
   * does not (the announcement was lost, or the peer dropped the key for newer ones). Our own
   * current key is then announced again; records under an older one are sealed again under it.
   */
  async afterStatus(em: Tx, row: ConnectionRow, s: SessionState, report: { receiveEpoch: number; receiveKeys: readonly { keyId: Uint8Array; next: number }[] }): Promise<SessionState> {
    if (s.mustRekey || !s.confirmed || report.receiveEpoch !== s.epoch) return s;
    const live = this.sending.current(row.connectionId, s);
    const held = (id: Uint8Array) => report.receiveKeys.find((k) => equalBytes(k.keyId, id));
    if (live && !held(live.keyId)) {
      const now = this.store.now();
      if (now - (this.announcedAt.get(row.connectionId) ?? 0) >= REPAIR_INTERVAL_MS) {
        this.announcedAt.set(row.connectionId, now);
        debug('connection %s: the peer does not hold our sending key; announcing it again', row.connectionId);
        s = await this.store.outbox.queueControl(em, row, announceSendingKey(this.crypto, { ...s, sending: live }, now));
        // The peer takes it with an empty window: records far into the key need a resync too.
        s = await this.repairDelivery(em, row, s, s.epoch, live.keyId, 0, false);
      }
    }
    for (const keyId of await this.store.outbox.recordKeyIds(em, row.connectionId, s.epoch)) {
      const id = keyId ? fromBase64url(keyId) : undefined;
      if (!id || id.length !== SENDING_KEY_ID_BYTES) continue;
      const position = held(id);
      if (position) {
        if (position.next > 0) s = await this.repairDelivery(em, row, s, s.epoch, id, position.next, false);
      } else if (!live || !equalBytes(live.keyId, id)) {
        const orphaned = await this.store.outbox.records(em, row.connectionId, s.epoch, keyId!);
        debug('connection %s: the peer no longer holds the sending key of %d outstanding records', row.connectionId, orphaned.length);
        await this.holdForReseal(em, row, s, orphaned);
      }
    }
    return s;
  }

  /**
   * The peer reported `receiveNext`, its receive position under our sending key `keyId` of
   * epoch `epoch` (a status report or an end-to-end ack). With an ack (`reseal`), our
   * unacknowledged records under that key it can no longer open, more than REPLAY_WINDOW below
   * it (held back past later ones by the relay, or skipped by a resync), are sealed again under
   * our current key (same message id: the receiver deduplicates). If the oldest record it still
   * needs is more than RECEIVE_LOOKAHEAD above it (its window was rolled back, or records were
   * lost beyond the look-ahead), a counter resync names that record. Runs inside the caller's
   * transition.
   */
  async repairDelivery(em: Tx, row: ConnectionRow, s: SessionState, epoch: number, keyId: Uint8Array, receiveNext: number, reseal: boolean): Promise<SessionState> {
    if (s.mustRekey || !s.confirmed || epoch > s.epoch) return s;
    const kid = toBase64url(keyId);
    const live = this.sending.current(row.connectionId, s);
    const isLive = live !== undefined && epoch === s.epoch && equalBytes(live.keyId, keyId);
    // Only the current epoch's chain key is kept: older records cannot be sealed again. And only
    // while the peer acks (the report came with an ack): a peer that withholds its acks (it must
    // rekey before it seals one) has received what it did not ack, and sealing it again would
    // never end.
    const canReseal = reseal && epoch === s.epoch && receiveNext > REPLAY_WINDOW;
    // Most reports find the peer caught up with our live key: no record can be stranded below its
    // window, and the oldest outstanding one (below live.next) is within its look-ahead.
    if (!canReseal && isLive && live.next <= receiveNext + RECEIVE_LOOKAHEAD) return s;
    const floor = Math.max(0, receiveNext - REPLAY_WINDOW);
    // The oldest record the peer still needs under that key (no upper bound for a key that no
    // longer seals: a bound past the column's range fails on PostgreSQL). When records may be
    // stranded, the oldest of all first: one query in the usual case that none is.
    const upper = isLive ? live.next : undefined;
    let oldest = await this.store.outbox.oldestCounter(em, row.connectionId, epoch, kid, canReseal ? 0 : floor, upper);
    if (canReseal && oldest !== null && oldest < floor) {
      const stranded = await this.store.outbox.recordsBelow(em, row.connectionId, epoch, kid, floor);
      if (stranded.length > 0) await this.holdForReseal(em, row, s, stranded);
      oldest = await this.store.outbox.oldestCounter(em, row.connectionId, epoch, kid, floor, upper);
    }
    const first = Math.min(oldest ?? Infinity, isLive ? live.next : Infinity);
    if (first === Infinity || first <= receiveNext + RECEIVE_LOOKAHEAD) return s;
    const now = this.store.now();
    if (now - (this.repairedAt.get(row.connectionId) ?? 0) < REPAIR_INTERVAL_MS) return s;
    this.repairedAt.set(row.connectionId, now);
    debug('connection %s: the peer expects counter %d under one of our keys of epoch %d, our oldest outstanding is %d: counter resync', row.connectionId, receiveNext, epoch, first);
    const resync = createCounterResync(this.crypto, isLive ? { ...s, sending: live } : s, now, { epoch, keyId, nextCounter: first });
    return this.store.outbox.queueControl(em, row, { state: { ...resync.state, sending: s.sending }, sealed: resync.sealed });
  }

  /**
   * Records still outstanding in the epoch we just left (a rekey switched our send epoch) are
   * held to be sealed again in the new one, read while the old chain key is at hand: the peer
   * keeps one previous epoch only, and may not even have that one's window where they are (a
   * restore rolled it back).
   */
  async carryOver(em: Tx, row: ConnectionRow, before: SessionState, after: SessionState): Promise<SessionState> {
    const outstanding = await this.store.outbox.records(em, row.connectionId, before.epoch);
    if (outstanding.length > 0) await this.holdForReseal(em, row, before, outstanding);
    return after;
  }

  /**
   * Our own outstanding records, sealed in `sealedBy`'s epoch under the sending keys their rows
   * name (derived again from that epoch's chain key), to be sealed again under our current
   * sending key: their plaintexts are kept (encrypted at rest) in `reseal` rows that replace
   * them, and the next drain seals them. Sealing them here, before this transaction commits,
   * would seal under a key whose counters a failed commit could leave in doubt.
   */
  private async holdForReseal(em: Tx, row: ConnectionRow, sealedBy: SessionState, rows: readonly OutboxRow[]): Promise<void> {
    const keys = new Map<string, { key: Uint8Array; aad: Uint8Array }>();
    const held: OutboxInsert[] = [];
    const replaced: number[] = [];
    for (const o of rows) {
      const keyId = o.keyId ? fromBase64url(o.keyId) : undefined;
      if (!keyId || keyId.length !== SENDING_KEY_ID_BYTES) continue;
      let k = keys.get(o.keyId!);
      if (!k) {
        k = { key: deriveSendingKey(this.crypto, sealedBy.sendChainKey, keyId).expose(), aad: recordAad(row.connectionId, sealedBy.epoch, sendDirection(sealedBy.role), keyId) };
        keys.set(o.keyId!, k);
      }
      const bytes = fromBase64url(o.frame);
      const content = bytes ? decodeFrame(bytes).record?.content : undefined;
      const plaintext = content ? this.crypto.aesGcmOpen(k.key, counterIv(this.crypto, o.counter ?? 0), content, k.aad) : undefined;
      if (!plaintext) continue; // not a record we sealed under that key: left as it is
      const messageId = ids.reseal(o.messageId);
      const frame = this.store.cipher.seal(sealedField.resealPlaintext(row.connectionId, messageId), plaintext);
      held.push({ connectionId: row.connectionId, messageId, kind: 'reseal', frame, epoch: null, keyId: null, counter: null, atalaMessageId: o.atalaMessageId });
      replaced.push(o.id);
    }
    if (held.length === 0) return;
    await this.store.outbox.insertMany(em, held);
    await this.store.outbox.deleteRows(em, replaced);
    debug('connection %s: %d outstanding records of epoch %d held to be sealed again', row.connectionId, held.length, sealedBy.epoch);
    this.store.afterCommit(em, () => this.onHeld(row.connectionId));
  }
}
