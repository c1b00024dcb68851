import { encodeFrame, equalBytes, needsRekey, seal, toBase64url, type CryptoProvider, type SessionState } from '@connector-e2e/protocol';
import createDebug from 'debug';
import type { PendingAck } from './ack-batcher.js';
import { sealedField } from '../storage/at-rest.js';
import type { ConnectionRow } from '../storage/entities.js';
import type { OutboxInsert } from '../storage/outbox.js';
import type { Sealing } from '../storage/receipts.js';
import { ConnectorE2EError } from '../errors.js';
import { MAX_SEALS_PER_TRANSACTION } from '../limits.js';
import { ids } from './message-ids.js';
import type { KeyedMutex } from '../mutex.js';
import type { Receipts } from './receipts.js';
import type { Rekeys } from './rekeys.js';
import { rotationFromColumn, type SendingKeys } from './sending-keys.js';
import type { Store, Tx } from '../storage/store.js';

const debug = createDebug('connector-e2e:plugin');

/** Where a record was sealed: the epoch, the sending key (base64url) and the counter. */
export interface SealedAt {
  epoch: number;
  keyId: string;
  counter: number;
}

interface QueuedSend {
  plaintext: Uint8Array;
  messageId: string;
  /** The plaintext asks for a delivery receipt: its sealing is noted (receipts.ts). */
  receipt: boolean;
  resolve: (r: SealedAt) => void;
  reject: (e: unknown) => void;
}

/**
 * The sending side of the record layer: sends queued per connection and sealed together in
 * one transaction (group commit), records held to be sealed again (`reseal` rows, delivery
 * repair) sealed first, and end-to-end acks, all under this process's sending key
 * (sending-keys.ts), each into the outbox (store.ts) before anything leaves. A record that asks
 * for a delivery receipt has its sealing noted in the same transaction (receipts.ts).
 */
export class RecordSender {
  private readonly queues = new Map<string, QueuedSend[]>();
  /** Connections with `reseal` rows in their outbox, waiting for counters (a drain seals them first). */
  private readonly reseals = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly crypto: CryptoProvider,
    private readonly mutex: KeyedMutex,
    private readonly sending: SendingKeys,
    private readonly rekeys: Rekeys,
    private readonly rekeyAfterMessages: number,
    private readonly receipts: Receipts,
    /** Starts sending what the outbox holds for the connection. */
    private readonly kick: (connectionId: string) => void,
  ) {}

  /**
   * Seals `plaintext` (an encoded AtalaMessage) in the connection's next transaction; resolves
   * once it is in the outbox. `receipt`: the plaintext asks for a delivery receipt.
   */
  enqueue(connectionId: string, plaintext: Uint8Array, messageId: string, receipt = false): Promise<SealedAt> {
    return new Promise<SealedAt>((resolve, reject) => {
      let queue = this.queues.get(connectionId);
      if (!queue) {
        queue = [];
        this.queues.set(connectionId, queue);
        void this.drainSends(connectionId);
      }
      queue.push({ plaintext, messageId, receipt, resolve, reject });
    });
  }

  /** The connection has records held to be sealed again (after a restart: found in the outbox); a drain seals them first. */
  noteReseals(connectionId: string): void {
    this.reseals.add(connectionId);
  }

  /** The connection has records held to be sealed again: seal them now (delivery repair held them). */
  holdReseals(connectionId: string): void {
    this.reseals.add(connectionId);
    this.requestDrain(connectionId);
  }

  /** Seals the connection's held records now, if it has any (after its status report, after a rekey). */
  drainReseals(connectionId: string): void {
    if (this.reseals.has(connectionId)) this.requestDrain(connectionId);
  }

  /** Tries again every connection's held records (a drain failed on a database fault, or waited for a rekey). */
  drainAllReseals(): void {
    for (const id of this.reseals) this.requestDrain(id);
  }

  /** Makes sure a drain runs for the connection (it seals held reseal rows even with no send queued). */
  private requestDrain(connectionId: string): void {
    if (this.queues.has(connectionId)) return;
    this.queues.set(connectionId, []);
    void this.drainSends(connectionId);
  }

  /**
   * Group commit: every send queued on a connection while the previous transaction ran is
   * sealed in the next one (one session write, one commit), after the records waiting to be
   * sealed again (`reseal` rows), under this process's sending key (sending-keys.ts). At most
   * MAX_SEALS_PER_TRANSACTION records go in one transaction; the rest wait for the next.
   */
  private async drainSends(connectionId: string): Promise<void> {
    await this.mutex.run(connectionId, async () => {
      const batch = this.queues.get(connectionId) ?? [];
      this.queues.delete(connectionId);
      const reseal = this.reseals.has(connectionId);
      if (batch.length === 0 && !reseal) return;
      let resealsLeft = false;
      try {
        const out = await this.store.transition(connectionId, async (row, em) => {
          if (row.state !== 'established') throw new ConnectorE2EError('connection_not_established', `connection ${connectionId} is ${row.state}`);
          let s = this.store.session(row);
          if (needsRekey(s)) s = await this.rekeys.byPolicy(em, row, s, s.mustRekey ? 'restore detected' : 'counter limit');
          if (s.mustRekey) return { patch: { session: s }, result: undefined };
          const held = reseal ? await this.store.outbox.heldReseals(em, connectionId, MAX_SEALS_PER_TRANSACTION) : [];
          const t = await this.take(em, row, s, Math.min(MAX_SEALS_PER_TRANSACTION, held.length + batch.length));
          s = t.state;
          let used = 0;
          const sealed: OutboxInsert[] = [];
          const resealed: number[] = [];
          // A record sealed again asks for its receipt as before: its new content is noted too.
          const asked = await this.store.receipts.requestedAmong(em, connectionId, held.flatMap((h) => (h.atalaMessageId ? [h.atalaMessageId] : [])));
          const sealings: Sealing[] = [];
          for (const h of held) {
            if (used === t.counters.length) break;
            const plaintext = this.store.cipher.open(sealedField.resealPlaintext(connectionId, h.messageId), h.frame);
            const r = this.sealRecord(row, s, t.counters[used++]!, plaintext, 'record', h.atalaMessageId);
            sealed.push(r.row);
            if (h.atalaMessageId && asked.has(h.atalaMessageId)) sealings.push(this.receipts.sealing(h.atalaMessageId, r.content));
            resealed.push(h.id);
          }
          resealsLeft = used < held.length || held.length === MAX_SEALS_PER_TRANSACTION;
          const sealedAt: SealedAt[] = [];
          for (const item of batch) {
            if (used === t.counters.length) break;
            const counter = t.counters[used++]!;
            const r = this.sealRecord(row, s, counter, item.plaintext, 'record', item.messageId);
            sealed.push(r.row);
            if (item.receipt) sealings.push(this.receipts.sealing(item.messageId, r.content));
            sealedAt.push({ epoch: s.epoch, keyId: toBase64url(s.sending!.keyId), counter });
          }
          // In counter order, after the key's announcement (take) and before a rekey below.
          await this.store.outbox.insertMany(em, sealed);
          await this.store.outbox.deleteRows(em, resealed);
          await this.store.receipts.requested(em, connectionId, sealings);
          // (Counted per sending key, i.e. per process life in this epoch.)
          if (used > 0 && t.counters[used - 1]! + 1 >= this.rekeyAfterMessages) s = await this.rekeys.byPolicy(em, row, s, 'message limit');
          return { patch: { session: s, lastActivityAt: this.store.now() }, result: sealedAt };
        });
        if (!out) {
          if (batch.length > 0) throw new ConnectorE2EError('rekey_required', 'this connection must rekey first (its state may have been restored from older data); a rekey is under way, send again once it completes');
          return;
        }
        batch.slice(0, out.length).forEach((item, i) => item.resolve(out[i]!));
        const rest = batch.slice(out.length);
        if (rest.length > 0) {
          // Beyond this transaction's share: first in line for the next one.
          const queued = this.queues.get(connectionId);
          if (queued) queued.unshift(...rest);
          else {
            this.queues.set(connectionId, rest);
            void this.drainSends(connectionId);
          }
        }
        if (!resealsLeft) this.reseals.delete(connectionId);
        else this.requestDrain(connectionId);
      } catch (e) {
        // The senders get the error; held reseals are tried again by the retransmit loop.
        if (batch.length === 0) debug('sealing held records on %s: %s', connectionId, (e as Error).message);
        for (const item of batch) item.reject(e);
      }
    });
  }

  /**
   * `want` counters of this process's sending key for the current transaction, and the state to
   * store; a sending key started here is announced first (queued before any record under it).
   */
  private async take(em: Tx, row: ConnectionRow, s: SessionState, want: number): Promise<{ state: SessionState; counters: readonly number[] }> {
    if (want === 0) return { state: s, counters: [] };
    const policy = this.sending.policy(rotationFromColumn(row.keyRotation));
    const t = this.sending.take(row.connectionId, s, want, this.store.now(), (f) => this.store.afterCommit(em, f), policy);
    const state = t.announcement ? await this.store.outbox.queueControl(em, row, { state: t.state, sealed: t.announcement }) : t.state;
    return { state, counters: t.counters };
  }

  /**
   * Seals one record at `counter` (taken from this process's sending key in `s`): its outbox
   * row, and its EncryptedMessage.content (what a delivery receipt names).
   */
  private sealRecord(row: ConnectionRow, s: SessionState, counter: number, message: Uint8Array | Parameters<typeof seal>[2], kind: 'record' | 'ack', atalaMessageId: string | null): { row: OutboxInsert; content: Uint8Array } {
    const r = seal(this.crypto, { ...s, sending: { ...s.sending!, next: counter } }, message);
    const frame = toBase64url(encodeFrame({ record: r.message }));
    // Opaque to the connector: neither the counter nor the key shows in the id (protocol.md 19).
    const messageId = ids.record(toBase64url(this.crypto.randomBytes(12)));
    return { row: { connectionId: row.connectionId, messageId, kind, frame, epoch: r.epoch, keyId: toBase64url(r.keyId), counter: r.counter, atalaMessageId }, content: r.message.content };
  }

  /** AckBatcher's `seal`: one EndToEndAck record per peer sending key, in one transaction; returns the acks that did not fit. */
  async sealAcks(connectionId: string, take: () => PendingAck[]): Promise<PendingAck[]> {
    const left = await this.mutex.run(connectionId, () => {
      const acks = take(); // under the lock: every counter received so far (ack-batcher.ts)
      if (acks.length === 0) return Promise.resolve([]);
      return this.store.transition(connectionId, async (row, em) => {
        if (row.state !== 'established') return { result: [] };
        // Acks resume after a rekey; the peer retransmits meanwhile.
        const stored = this.store.session(row);
        if (stored.mustRekey) return { result: [] };
        const t = await this.take(em, row, stored, Math.min(MAX_SEALS_PER_TRANSACTION, acks.length));
        const s = t.state;
        const sealed = t.counters.map((counter, i) => {
          const a = acks[i]!;
          const rk = s.receive.epoch === a.epoch ? s.receive.keys.find((k) => equalBytes(k.keyId, a.keyId)) : undefined;
          return this.sealRecord(row, s, counter, { e2eAck: { epoch: a.epoch, keyId: a.keyId, counters: [...a.counters], receiveNext: rk?.window.next ?? 0 } }, 'ack', null).row;
        });
        await this.store.outbox.insertMany(em, sealed);
        return { patch: { session: s }, result: acks.slice(t.counters.length) };
      });
    });
    this.kick(connectionId);
    return left;
  }
}
