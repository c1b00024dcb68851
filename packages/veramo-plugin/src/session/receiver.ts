import {
  notePeerEpoch,
  open,
  ProtocolError,
  receiveControl,
  SENDING_KEY_ID_BYTES,
  toBase64url,
  toHex,
  wire,
  type ControlEvent,
  type CryptoProvider,
  type SealedControl,
} from '@connector-e2e/protocol';
import type { Delivery, HandlerResult } from '@connector-e2e/connector-client';
import createDebug from 'debug';
import type { AckBatcher } from './ack-batcher.js';
import type { AgentContext } from '../agent/agent-context.js';
import { ConnectorE2EError } from '../errors.js';
import { atalaToJson } from '../storage/codec.js';
import type { ConnectorLinks } from '../transport/connector-links.js';
import type { DeliveryRepair } from './delivery-repair.js';
import { sealedField } from '../storage/at-rest.js';
import type { ConnectionRow, InboxRow } from '../storage/entities.js';
import type { NewInboxMessage } from '../storage/inbox.js';
import type { Handshakes } from '../handshake/handshakes.js';
import type { KeyedMutex } from '../mutex.js';
import type { Admission, FrameAdmission } from './admission.js';
import type { OutboxFlusher } from '../transport/outbox-flusher.js';
import type { Receipts } from './receipts.js';
import type { RecordSender } from './record-sender.js';
import type { Rekeys } from './rekeys.js';
import type { StatusReports } from './status-reports.js';
import type { Store } from '../storage/store.js';
import type { E2EAtalaMessage, E2EReceipt, E2EReceivedMessage } from '../types/IConnectorE2E.js';

const debug = createDebug('connector-e2e:plugin');

/**
 * What became of a connector item: `accepted` items are acked at the connector; `rejected`
 * ones failed authentication (or did not decode) and are left there, since acking by message id
 * would delete the genuine item when a relay tampered with only this copy (docs/protocol.md 20).
 */
export type Verdict = 'accepted' | 'rejected';

/** A frame's verdict, and whether the connection became ready for frames it could not take before. */
export interface Step {
  verdict: Verdict;
  ready?: boolean;
}

/** A record to open: its content, the frame it came in (kept if it must wait), its delivery, and the ETAMP envelope it came in. */
type RecordItem = { content: { content: Uint8Array; connectionId: string }; frame: Uint8Array; delivery?: Delivery; envelope?: string };

type RecordOutcome =
  | { kind: 'duplicate'; epoch: number; keyId: Uint8Array; counter: number }
  | { kind: 'unreadable'; code: string }
  | { kind: 'ack' }
  | MessageOutcome;
type MessageOutcome = { kind: 'message'; epoch: number; keyId: Uint8Array; counter: number; stored: InboxRow | undefined; json: { kind: string; message: E2EAtalaMessage }; receipted?: boolean };

export interface ReceiverParts {
  store: Store;
  crypto: CryptoProvider;
  mutex: KeyedMutex;
  handshakes: Handshakes;
  repair: DeliveryRepair;
  rekeys: Rekeys;
  /** Delivery receipts: signed for what we store when asked, checked and kept when they come back. */
  receipts: Receipts;
  sender: RecordSender;
  acks: AckBatcher;
  status: StatusReports;
  outbox: OutboxFlusher;
  links: ConnectorLinks;
  agent: AgentContext;
  /** What may enter on a connection: modes, envelopes (admission.ts). */
  admission: FrameAdmission;
  /** Crash tests only: runs after a received message is durably stored, before the connector ack. */
  afterInboxCommit?: () => void;
}

/**
 * Where everything that arrives from a connector goes. A burst of mailbox items is split per
 * connection, kept in mailbox order; each frame is let in (or not) by admission.ts, then goes to
 * its owner: runs of records are opened here in one transaction (inbox rows, the receive state
 * and the delivery receipts asked for committed together, then acked end to end), handshake
 * frames go to Handshakes, control messages are opened here and acted on (rekeys, resyncs,
 * status reports, receipts), connector notices end or repair connections. Each item
 * resolves only once its effects are durable; then it is acked at the connector, unless it was
 * rejected.
 */
export class Receiver {
  private collector: E2EReceivedMessage[] | undefined;
  constructor(private readonly p: ReceiverParts) {}

  /** Collects the messages received while `fn` runs (for the sync method). */
  async collecting<T>(into: E2EReceivedMessage[], fn: () => Promise<T>): Promise<T> {
    this.collector = into;
    try {
      return await fn();
    } finally {
      this.collector = undefined;
    }
  }

  /**
   * Handles a burst of connector items: per connection in mailbox order, with runs of records
   * opened in one transaction. Resolves once all effects are durable.
   */
  async handleDeliveries(url: string, ds: Delivery[]): Promise<HandlerResult> {
    const byConnection = new Map<string, Delivery[]>();
    for (const d of ds) {
      const list = byConnection.get(d.connectionId);
      if (list) list.push(d);
      else byConnection.set(d.connectionId, [d]);
    }
    const rejected: Delivery[] = [];
    await Promise.all(
      [...byConnection].map(async ([connectionId, list]) => {
        let run: RecordItem[] = [];
        const flushRun = async () => {
          if (run.length === 0) return;
          const records = run;
          run = [];
          rejected.push(...(await this.p.mutex.run(connectionId, () => this.onRecords(connectionId, records))));
        };
        for (const d of list) {
          let admitted: Admission | undefined;
          if (d.kind === 'message') {
            admitted = await this.p.admission.admit(connectionId, d.payload, false);
            if (typeof admitted === 'object' && admitted.frame.record) {
              run.push({ content: admitted.frame.record, frame: d.payload, delivery: d, envelope: admitted.envelope });
              continue;
            }
          }
          await flushRun();
          // (A connection not found yet may be created by an accept still under way: asked again there.)
          const verdict = d.kind === 'message' && admitted !== 'unknown' ? await this.processFrame(connectionId, d.payload, d, admitted) : await this.handleDelivery(url, d);
          if (verdict === 'rejected') rejected.push(d);
        }
        await flushRun();
      }),
    );
    return { rejected };
  }

  /** Handles one connector item; resolves only once its effects are durable. */
  async handleDelivery(url: string, d: Delivery): Promise<Verdict> {
    switch (d.kind) {
      case 'connection_accepted':
        await this.p.handshakes.onConnectionAccepted(url, d);
        return 'accepted';
      case 'connection_revoked': {
        // Not authenticated: a relay can forge it. It ends nothing; it makes us ask the peer
        // where it stands. A peer that ended the connection said so first, end to end (a
        // ConnectionClose, queued ahead of this notice); one that is still there answers.
        const row = await this.p.store.connection(d.connectionId);
        if (row?.state === 'established') {
          debug('the connector reports %s revoked; asking the peer', d.connectionId);
          // Through the probe schedule: a relay repeating the notice gets one request per back-off.
          await this.p.status.probe(d.connectionId);
        }
        return 'accepted';
      }
      case 'message_expired': {
        // Our message expired undelivered at the connector: send it again (same ciphertext).
        await this.p.store.outbox.resendExpired(d.connectionId, d.expiredMessageId ?? '');
        this.p.outbox.kick(d.connectionId);
        return 'accepted';
      }
      case 'directory_connection':
        // A peer set up a connection with us from the key directory: wait for its init.
        await this.p.handshakes.onDirectoryConnection(url, d);
        return 'accepted';
      case 'message':
        return this.processFrame(d.connectionId, d.payload, d);
    }
  }

  /** One frame of a connection (from the connector, or parked earlier), let in already when `admitted` is given. */
  private async processFrame(connectionId: string, payload: Uint8Array, delivery?: Delivery, admitted?: Admission): Promise<Verdict> {
    const { store, handshakes } = this.p;
    const a = admitted ?? (await this.p.admission.admit(connectionId, payload, true));
    if (a === 'rejected') return 'rejected';
    if (a === 'unknown') {
      debug('frame for unknown connection %s dropped', connectionId);
      return 'accepted'; // nothing of ours: acked so it does not stay in the mailbox
    }
    const { frame, envelope } = a;
    let step: Step;
    try {
      step = await this.p.mutex.run(connectionId, async (): Promise<Step> => {
        if (frame.handshake) return handshakes.onHandshake(await store.connectionOrThrow(connectionId), frame.handshake, toHex(this.p.crypto.sha256(payload)));
        if (frame.record) return { verdict: (await this.onRecords(connectionId, [{ content: frame.record, frame: payload, delivery, envelope }])).length > 0 ? 'rejected' : 'accepted' };
        if (frame.control) return this.onControl(connectionId, frame.control);
        return { verdict: 'rejected' };
      });
    } catch (e) {
      if (!ConnectorE2EError.is(e, 'not_found')) throw e;
      this.p.admission.forget(connectionId);
      debug('frame for deleted connection %s dropped', connectionId);
      return 'accepted'; // deleted meanwhile: nothing of ours any more
    }
    // Outside the connection's lock, which handling a parked frame takes again.
    if (step.ready) {
      await this.retryParked(connectionId);
      // Records we rejected may open under what just arrived: fetch them again now.
      this.p.links.retryRejected();
    }
    return step.verdict;
  }

  /** Frames parked until the connection was ready, handled now, oldest first. */
  async retryParked(connectionId: string): Promise<void> {
    await this.p.store.parked.replay(connectionId, async (frame) => void (await this.processFrame(connectionId, frame)));
  }

  /**
   * Opens records of one connection, in order, in one transaction: each on the state the
   * previous one left, inbox rows and the final receive state committed together. Returns the
   * deliveries that did not authenticate.
   */
  private async onRecords(connectionId: string, items: RecordItem[]): Promise<Delivery[]> {
    const { store } = this.p;
    let outcomes: RecordOutcome[] | 'ended' | 'not_established';
    try {
      outcomes = await this.openRecords(connectionId, items);
    } catch (e) {
      if (ConnectorE2EError.is(e, 'not_found')) return []; // deleted meanwhile: nothing of ours
      throw e;
    }
    if (outcomes === 'ended') return []; // nothing more is read
    if (outcomes === 'not_established') {
      for (const item of items) await store.parked.park(connectionId, item.frame, 'not_established');
      return [];
    }
    if (outcomes.some((o) => o.kind === 'message')) this.p.afterInboxCommit?.();
    // Receipts queued with the messages leave now, without waiting for the acks' flush.
    if (outcomes.some((o) => o.kind === 'message' && o.receipted)) this.p.outbox.kick(connectionId);
    const rejected: Delivery[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      switch (outcome.kind) {
        case 'duplicate':
          this.p.acks.add(connectionId, outcome.epoch, outcome.keyId, outcome.counter);
          break;
        case 'unreadable': {
          // Rejected and not kept: a record that authenticates under none of our receive keys
          // (forged, tampered, reflected, for another connection, too old, or beyond the
          // look-ahead) changes no state, and stays unacked at the connector. Storing it would
          // let a relay fill our database with frames it made up; acking it would delete the
          // genuine item if only this copy was tampered with. A genuine record we cannot open
          // yet (beyond the look-ahead, under a key not announced yet) is offered again after a
          // back-off, or at once when our receive state changes (onControl).
          debug('record on %s rejected: %s', connectionId, outcome.code);
          const d = items[i]!.delivery;
          if (d) rejected.push(d);
          void this.p.status.afterUnreadable(connectionId).catch((e: Error) => debug('status after an unreadable record on %s: %s', connectionId, e.message));
          break;
        }
        case 'ack':
          break;
        case 'message': {
          this.p.acks.add(connectionId, outcome.epoch, outcome.keyId, outcome.counter);
          if (!outcome.stored) break;
          const received: E2EReceivedMessage = {
            id: outcome.stored.id,
            connectionId: connectionId,
            messageId: outcome.stored.messageId,
            kind: outcome.json.kind,
            epoch: outcome.epoch,
            keyId: outcome.stored.keyId,
            counter: outcome.counter,
            receivedAt: new Date(outcome.stored.receivedAt).toISOString(),
            message: outcome.json.message,
          };
          this.collector?.push(received);
          await this.p.agent.messageReceived(received);
        }
      }
    }
    return rejected;
  }

  /**
   * One transition for a run of records: the receive state, the inbox rows and the outbox rows
   * the peer's acks delete, committed together. An ended connection reads nothing more; one not
   * yet established has its records parked (by the caller, after the transaction).
   */
  private openRecords(connectionId: string, items: RecordItem[]): Promise<RecordOutcome[] | 'ended' | 'not_established'> {
    const { store, crypto } = this.p;
    return store.transition<RecordOutcome[] | 'ended' | 'not_established'>(connectionId, async (r, em) => {
      if (r.state === 'revoked' || r.state === 'failed') return { result: 'ended' };
      if (r.state !== 'established') return { result: 'not_established' };
      let s = store.session(r);
      let changed = false;
      const results: RecordOutcome[] = [];
      const inbox: { result: MessageOutcome; values: NewInboxMessage; receiptFor?: Uint8Array }[] = [];
      for (const { content, envelope } of items) {
        let opened;
        try {
          opened = open(crypto, s, content);
        } catch (e) {
          if (ProtocolError.is(e, 'replayed_message')) {
            const dup = e as unknown as { epoch: number; keyId: Uint8Array; counter: number };
            results.push({ kind: 'duplicate', epoch: dup.epoch, keyId: dup.keyId, counter: dup.counter });
            continue;
          }
          if (ProtocolError.is(e)) {
            results.push({ kind: 'unreadable', code: e.code });
            continue;
          }
          throw e;
        }
        changed = true;
        // A record under the pending keys installed the new epoch (implicit confirmation).
        s = opened.state.epoch > s.epoch ? await this.p.repair.carryOver(em, r, s, opened.state) : opened.state;
        const m = opened.message;
        if (m.message === 'e2eAck') {
          const ack = m.e2eAck as typeof wire.EndToEndAck.prototype;
          const counters = (ack.counters ?? []).map(Number);
          const keyId = ack.keyId instanceof Uint8Array && ack.keyId.length === SENDING_KEY_ID_BYTES ? ack.keyId : undefined;
          if (keyId) await store.outbox.deleteAcked(em, r.connectionId, ack.epoch, toBase64url(keyId), counters);
          const noted = notePeerEpoch(s, ack.epoch);
          s = noted.restored ? await this.p.rekeys.byPolicy(em, r, noted.state, 'restore detected') : noted.state;
          // receiveNext is 0 when the ack is for an epoch the peer no longer receives in.
          if (!noted.restored && ack.receiveNext > 0 && keyId) s = await this.p.repair.repairDelivery(em, r, s, ack.epoch, keyId, ack.receiveNext, true);
          results.push({ kind: 'ack' });
          continue;
        }
        const { kind, message } = atalaToJson(m);
        const keyId = toBase64url(opened.keyId);
        const result: MessageOutcome = { kind: 'message', epoch: opened.epoch, keyId: opened.keyId, counter: opened.counter, stored: undefined, json: { kind, message } };
        results.push(result);
        inbox.push({
          result,
          values: {
            epoch: opened.epoch,
            keyId,
            counter: opened.counter,
            messageId: m.messageId || '',
            kind,
            plaintextSealed: store.cipher.seal(sealedField.inboxPlaintext({ connectionId: r.connectionId, epoch: opened.epoch, keyId, counter: opened.counter }), opened.plaintext),
            receivedAt: store.now(),
            envelope: envelope ?? null,
          },
          // The sender asked for a receipt: it names this content, exactly as it arrived.
          ...(m.receiptRequested ? { receiptFor: content.content } : {}),
        });
      }
      // Stored together; a message id already in the inbox is a copy sealed again: not stored twice.
      const stored = await store.inbox.insertNew(em, r.connectionId, inbox.map((x) => x.values));
      inbox.forEach((x, i) => (x.result.stored = stored[i]));
      // A receipt for each message stored now that asked for one, queued in this transaction.
      for (const [i, x] of inbox.entries()) {
        if (!x.receiptFor || !stored[i]) continue;
        s = await this.p.receipts.issue(em, r, s, x.values.messageId, x.receiptFor);
        x.result.receipted = true;
      }
      return { patch: changed ? { session: s, lastActivityAt: store.now() } : undefined, result: results };
    
    });
  }

  /** A control message: opened under the epoch's control key, then acted on in the same transaction. */
  private async onControl(connectionId: string, sealed: SealedControl): Promise<Step> {
    const { store, crypto, rekeys, repair } = this.p;
    const outcome = await store.transition<{ verdict: Verdict; event?: ControlEvent; before?: ConnectionRow; receipt?: E2EReceipt; refused?: ProtocolError }>(connectionId, async (r, em) => {
      if (r.state !== 'established' && r.state !== 'awaiting_confirmation') return { result: { verdict: 'accepted' } };
      let result;
      try {
        result = await receiveControl(crypto, store.session(r), sealed, store.now(), await rekeys.auth(r.localDid));
      } catch (e) {
        if (!ProtocolError.is(e)) throw e;
        debug('control message on %s rejected: %s', r.connectionId, e.message);
        // Taken already (a redelivery): ack it.
        if (e.code === 'control_replayed') return { result: { verdict: 'accepted' } };
        const stored = store.session(r);
        const hinted = (e as { epoch?: unknown }).epoch;
        if (e.code === 'epoch_mismatch' && typeof hinted === 'number' && hinted > stored.epoch && stored.confirmed) {
          // Sealed under a later epoch's control key: the peer is ahead (this state was restored).
          // Unauthenticated, so it only starts the signed exchange in which both state their epoch
          // (protocol.md 12): a holder asks, an issuer offers a rekey chained to its own epoch.
          return { patch: { session: await rekeys.byPolicy(em, r, stored, 'a control message of a later epoch') }, result: { verdict: 'rejected' } };
        }
        return { result: { verdict: 'rejected' } };
      }
      if (result.event.type === 'close') {
        // The peer ended the connection: nothing we still have for it will be read.
        await store.outbox.deleteAll(em, r.connectionId);
        return { patch: { session: result.state, state: 'revoked', error: result.event.reason ? `closed by the peer: ${result.event.reason}` : null, lastActivityAt: store.now() }, result: { verdict: 'accepted', event: result.event, before: r } };
      }
      if (result.event.type === 'receipt') {
        // Checked against what we sent (protocol.md 26.4). One that fails changes nothing, not even
        // the control sequence; it is acked at the connector all the same: it authenticated under
        // the control key, so it is the item the peer (or whoever holds that key) sent, not a
        // tampered copy of a genuine one.
        let receipt: E2EReceipt | undefined;
        try {
          receipt = await this.p.receipts.accept(em, r, result.event.jwt);
        } catch (e) {
          if (!ProtocolError.is(e)) throw e;
          debug('receipt on %s refused: %s', r.connectionId, e.message);
          return { result: { verdict: 'accepted', refused: e } };
        }
        return { patch: { session: result.state, lastActivityAt: store.now() }, result: { verdict: 'accepted', event: result.event, receipt } };
      }
      let s = result.state;
      // Our send epoch switched (issuer on RekeyInit, holder on RekeyConfirmation).
      if (result.event.type === 'rekeyed' && s.epoch > store.session(r).epoch) s = await repair.carryOver(em, r, store.session(r), s);
      if (result.reply) s = await store.outbox.queueControl(em, r, { state: s, sealed: result.reply });
      // Started again on every report that says so, pending or not: the pending exchange may be
      // one the peer's restore wiped out, and waiting out REKEY_RETRY_MS for it stalled sends
      // for minutes in the chaos runs.
      if (result.event.type === 'status' && result.event.restored) s = await rekeys.start(em, r, s, 'restore detected');
      else if (result.event.type === 'status') s = await repair.afterStatus(em, r, s, result.event);
      if (result.event.type === 'status') this.p.status.probes.answered(r.connectionId);
      return { patch: { session: s, lastActivityAt: store.now() }, result: { verdict: 'accepted', event: result.event } };
    });
    const event = outcome.event;
    if (outcome.refused) await this.p.agent.receiptRejected({ connectionId, code: outcome.refused.code, error: outcome.refused.message });
    if (!event) return { verdict: outcome.verdict };
    if (event.type === 'receipt') {
      if (outcome.receipt) await this.p.agent.receiptReceived(outcome.receipt);
      return { verdict: 'accepted' };
    }
    if (event.type === 'close') {
      const before = outcome.before!;
      await this.p.agent.connectionState(before, before.state, 'revoked');
      return { verdict: 'accepted' };
    }
    this.p.outbox.kick(connectionId);
    if (event.type === 'rekeyed') this.p.sender.drainReseals(connectionId);
    return { verdict: 'accepted', ready: event.type === 'resync' || event.type === 'rekeyed' || event.type === 'sending-key' };
  }
}
