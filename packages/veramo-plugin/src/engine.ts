import {
  createCounterResync,
  createStatusReport,
  decodeFrame,
  encodeAtalaMessage,
  MAX_PLAINTEXT_BYTES,
  notePeerEpoch,
  open,
  ProtocolError,
  receiveControl,
  SENDING_KEY_ID_BYTES,
  toBase64url,
  toHex,
  wire,
  type CryptoProvider,
  type HandshakeMessage,
  type SealedControl,
  type SessionState,
} from '@connector-e2e/protocol';
import type { ConnectorClient, Delivery } from '@connector-e2e/connector-client';
import createDebug from 'debug';
import type { EntityManager } from 'typeorm';
import { atalaFromJson, atalaToJson } from './codec.js';
import { inboxRowKey, InboxEntity, type ConnectionRow, type InboxRow, type OutboxRow } from './entities.js';
import { ConnectorE2EError } from './errors.js';
import { Handshakes } from './handshakes.js';
import { OutboxFlusher } from './outbox-flusher.js';
import { KeyedMutex } from './mutex.js';
import { SendingKeys, type RotationPolicy } from './sending-keys.js';
import { AckBatcher } from './ack-batcher.js';
import { ConnectorLinks } from './connector-links.js';
import { DeliveryRepair } from './delivery-repair.js';
import { REPAIR_INTERVAL_MS, STALE_RECORD_ATTEMPTS, SYNC_PAGE } from './limits.js';
import { ParkedFrames } from './parked-frames.js';
import { ProbeSchedule } from './probe-schedule.js';
import { RecordSender } from './record-sender.js';
import { Rekeys } from './rekeys.js';
import { connectionView } from './views.js';
import type { Store } from './store.js';
import {
  E2E_EVENTS,
  type E2EAtalaMessage,
  type E2EConnection,
  type E2EConnectionState,
  type E2EContext,
  type E2EInvitation,
  type E2EReceivedMessage,
  type E2ESendResult,
} from './types/IConnectorE2E.js';

const debug = createDebug('connector-e2e:plugin');


export interface EngineOptions {
  connectorUrl: string;
  defaultDid?: string;
  kms: string;
  handshakeTimeoutMs: number;
  retransmitAfterMs: number;
  allowInsecureHttp: boolean;
  /** Rekey an epoch after this many sent records (policy; the hard limit is far above). */
  rekeyAfterMessages: number;
  /** When to replace a sending key besides at start, after a rekey and after failed work. */
  sendingKeyRotation?: RotationPolicy;
  /** Fault injection for crash tests only. */
  faults?: EngineFaults;
}

/** Points where crash tests stop a process (e.g. `process.kill(process.pid, 'SIGKILL')`). */
export interface EngineFaults {
  /** After a received message is durably stored, before the connector ack. */
  afterInboxCommit?: () => void;
}

type RecordOutcome =
  | { kind: 'duplicate'; epoch: number; keyId: Uint8Array; counter: number }
  | { kind: 'unreadable'; code: string }
  | { kind: 'ack' }
  | { kind: 'message'; epoch: number; keyId: Uint8Array; counter: number; stored: InboxRow | undefined; json: { kind: string; message: E2EAtalaMessage } };

/**
 * The plugin's engine: the record layer's receiving side (inbox, dedupe, acks) and control
 * messages over a connector client. In their own modules: sealing and the send queue
 * (record-sender.ts), the connector clients and subscriptions (connector-links.ts),
 * the handshakes (handshakes.ts), the outbox (outbox-flusher.ts), this process's sending keys
 * (sending-keys.ts), delivery repair (delivery-repair.ts), ack batching (ack-batcher.ts),
 * frames parked until a connection is ready (parked-frames.ts), the status-request back-off
 * (probe-schedule.ts), rekeys (rekeys.ts) and views (views.ts). Every state change is a durable
 * transition (store.ts) made before anything leaves; everything received is stored before it is
 * acked.
 */
export class Engine {
  private readonly mutex = new KeyedMutex();
  private readonly handshakes: Handshakes;
  private readonly links: ConnectorLinks;
  private readonly rekeys: Rekeys;
  private readonly acks: AckBatcher;
  private readonly parked: ParkedFrames;
  private readonly outbox: OutboxFlusher;
  readonly sending: SendingKeys;
  private readonly repair: DeliveryRepair;
  private readonly sender: RecordSender;
  /** Per connection: when we last asked the peer for its status, and last sent a repairing resync. */
  private readonly probes = new ProbeSchedule();
  /** Per connection: when we last told the peer, unasked, which of its keys we hold (after a record we could not open). */
  private readonly unreadableReportedAt = new Map<string, number>();
  private retransmitTimer: NodeJS.Timeout | undefined;
  private resumed: Promise<void> | undefined;
  /** Connectors that were unreachable when listening started: url -> retry timer and attempts. */
  private reconcileTimer: NodeJS.Timeout | undefined;
  private context: E2EContext | undefined;
  private collector: E2EReceivedMessage[] | undefined;

  constructor(
    readonly store: Store,
    readonly crypto: CryptoProvider,
    readonly options: EngineOptions,
  ) {
    this.sending = new SendingKeys(crypto, options.sendingKeyRotation);
    this.rekeys = new Rekeys(store, crypto, () => this.ctx());
    this.sender = new RecordSender(store, crypto, this.mutex, this.sending, this.rekeys, options.rekeyAfterMessages, (id) => this.kick(id));
    this.repair = new DeliveryRepair(store, crypto, this.sending, (id) => this.sender.holdReseals(id));
    this.links = new ConnectorLinks(store, crypto, {
      onDelivery: (url, d) => this.handleDelivery(url, d),
      onDeliveries: (url, ds) => this.handleDeliveries(url, ds),
      retry: (url) => void this.listen(url).catch((err: Error) => debug('listen %s: %s', url, err.message)),
    });
    this.outbox = new OutboxFlusher(store, (url) => this.client(url), options.retransmitAfterMs);
    this.acks = new AckBatcher(
      (id, acks) => this.sender.sealAcks(id, acks),
      (id, e) => debug('ack on %s: %s', id, e.message),
    );
    this.parked = new ParkedFrames(store);
    this.handshakes = new Handshakes({
      store,
      crypto,
      options,
      ctx: () => this.ctx(),
      didOf: (did) => this.didOf(did),
      client: (url) => this.client(url),
      listen: (url) => this.listen(url),
      kick: (id) => this.kick(id),
      retryParked: (id) => this.retryParked(id),
      setState: (row, state) => this.setState(row, state),
      emit: (type, data) => this.emit(type, data),
    });
  }

  bind(context: E2EContext): void {
    this.context = context;
  }

  private ctx(): E2EContext {
    if (!this.context) throw new ConnectorE2EError('identity_unavailable', 'the plugin has not been called through an agent yet');
    return this.context;
  }

  private didOf(did: string | undefined): string {
    const d = did ?? this.options.defaultDid;
    if (!d) throw new ConnectorE2EError('invalid_argument', 'did: no DID given and the plugin has no defaultDid');
    return d;
  }

  // ---- connector access ------------------------------------------------------------------

  /** The registered client for a connector URL (connector-links.ts). */
  client(url: string): Promise<ConnectorClient> {
    return this.links.client(url);
  }

  // ---- listening ---------------------------------------------------------------------------

  get listening(): boolean {
    return this.links.listening;
  }

  /** Subscribes to the mailbox at `url` (idempotent) and starts the retransmit loop. */
  async listen(url = this.options.connectorUrl): Promise<void> {
    if (this.links.has(url)) return;
    if (!(await this.links.subscribe(url))) return; // subscribed meanwhile, or unreachable (tried again after a back-off)
    if (!this.retransmitTimer) {
      const every = Math.max(200, Math.min(5000, Math.floor(this.options.retransmitAfterMs / 2)));
      this.retransmitTimer = setInterval(() => void this.flushAllDue().catch((e: Error) => debug('retransmit: %s', e.message)), every);
      this.retransmitTimer.unref();
    }
    if (!this.reconcileTimer) {
      // Connector items whose handling failed are re-read now and then (ConnectorLinks.pollUnacked).
      this.reconcileTimer = setInterval(() => this.links.pollUnacked(), Math.max(1000, this.options.retransmitAfterMs));
      this.reconcileTimer.unref();
    }
    await this.resume();
    await this.flushAllDue();
  }

  async stop(): Promise<void> {
    clearInterval(this.retransmitTimer);
    this.retransmitTimer = undefined;
    clearInterval(this.reconcileTimer);
    this.reconcileTimer = undefined;
    await this.links.close();
    await this.outbox.idle();
  }

  /**
   * Runs resumeConnections once per engine (the plugin awaits it before every method). It is
   * local work only and never waits for the connector.
   */
  resume(): Promise<void> {
    this.resumed ??= this.resumeConnections().catch((e: unknown) => {
      this.resumed = undefined;
      throw e;
    });
    return this.resumed;
  }

  /**
   * After a (re)start: a status report asks every peer where it stands, so a state restored to
   * an older epoch learns it must rekey, and records of an earlier process life the peer cannot
   * open are sealed again (onControl). Nothing here is needed for (key, IV) safety: this process
   * seals only under sending keys it starts itself (sending-keys.ts).
   */
  private async resumeConnections(): Promise<void> {
    const rows = await this.store.db.getRepository<ConnectionRow>('E2EConnection').findBy({ state: 'established' });
    for (const id of await this.store.connectionsWithHeldReseals()) this.sender.noteReseals(id);
    for (const row of rows) {
      await this.mutex.run(row.connectionId, () =>
        this.store.transition(row.connectionId, async (r, em) => {
          if (r.state !== 'established') return { result: undefined };
          let s = this.store.session(r);
          if (s.mustRekey) s = await this.rekeys.byPolicy(em, r, s, 'restore detected');
          s = await this.store.queueControl(em, r, createStatusReport(this.crypto, s, this.store.now(), true));
          return { patch: { session: s }, result: undefined };
        }),
      );
      this.kick(row.connectionId);
      this.sender.drainReseals(row.connectionId);
    }
  }

  // ---- invitations and handshakes (handshakes.ts) ------------------------------------------

  createInvitation(args: { did?: string; ttlSeconds?: number; customScheme?: boolean }): Promise<E2EInvitation> {
    return this.handshakes.createInvitation(args);
  }

  acceptInvitation(args: { invitation: string; did?: string; timeoutMs?: number }): Promise<ConnectionRow> {
    return this.handshakes.acceptInvitation(args);
  }

  private async setState(row: ConnectionRow, state: E2EConnectionState): Promise<void> {
    if (row.state === state) return;
    await this.emit(E2E_EVENTS.connectionState, { connectionId: row.connectionId, state, previousState: row.state, role: row.role });
  }

  private async emit(type: string, data: unknown): Promise<void> {
    try {
      await this.context?.agent.emit(type, data);
    } catch (e) {
      debug('event listener for %s threw: %s', type, (e as Error).message);
    }
  }

  // ---- records -------------------------------------------------------------------------------

  async send(connectionId: string, input: E2EAtalaMessage): Promise<E2ESendResult> {
    const newId = () => toBase64url(this.crypto.randomBytes(16));
    const { message, messageId } = atalaFromJson(input, newId);
    const plaintext = encodeAtalaMessage(message);
    if (plaintext.length > MAX_PLAINTEXT_BYTES) throw new ConnectorE2EError('invalid_argument', `message: ${plaintext.length} bytes exceeds the limit of ${MAX_PLAINTEXT_BYTES}`);
    const sealed = await this.sender.enqueue(connectionId, plaintext, messageId);
    // The flush pass that answers us began after our row was committed: it succeeds only if the
    // connector stored everything due then, ours included.
    const delivered = await this.flush(connectionId).then(
      () => true,
      () => false,
    );
    return { messageId, epoch: sealed.epoch, keyId: sealed.keyId, counter: sealed.counter, delivered };
  }

  /**
   * Opens records of one connection, in order, in one transaction: each on the state the
   * previous one left, inbox rows and the final receive state committed together.
   */
  private async onRecords(row: ConnectionRow, items: { content: { content: Uint8Array; connectionId: string }; frame: Uint8Array }[]): Promise<void> {
    if (row.state !== 'established') {
      for (const item of items) await this.parked.park(row.connectionId, item.frame, 'not_established');
      return;
    }
    const outcomes = await this.store.transition<RecordOutcome[]>(row.connectionId, async (r, em) => {
      let s = this.store.session(r);
      let changed = false;
      const results: RecordOutcome[] = [];
      const inbox = em.getRepository<InboxRow>(InboxEntity);
      for (const { content } of items) {
        let opened;
        try {
          opened = open(this.crypto, s, content);
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
        s = opened.state.epoch > s.epoch ? await this.repair.carryOver(em, r, s, opened.state) : opened.state;
        const m = opened.message;
        if (m.message === 'e2eAck') {
          const ack = m.e2eAck as typeof wire.EndToEndAck.prototype;
          const counters = (ack.counters ?? []).map(Number);
          const keyId = ack.keyId instanceof Uint8Array && ack.keyId.length === SENDING_KEY_ID_BYTES ? ack.keyId : undefined;
          if (counters.length > 0 && keyId) {
            await em
              .createQueryBuilder()
              .delete()
              .from('E2EOutbox')
              .where('connection_id = :id AND kind = :k AND epoch = :e AND key_id = :key AND counter IN (:...c)', { id: r.connectionId, k: 'record', e: ack.epoch, key: toBase64url(keyId), c: counters })
              .execute();
          }
          const noted = notePeerEpoch(s, ack.epoch);
          s = noted.restored ? await this.rekeys.byPolicy(em, r, noted.state, 'restore detected') : noted.state;
          // receiveNext is 0 when the ack is for an epoch the peer no longer receives in.
          if (!noted.restored && ack.receiveNext > 0 && keyId) s = await this.repair.repairDelivery(em, r, s, ack.epoch, keyId, ack.receiveNext, true);
          results.push({ kind: 'ack' });
          continue;
        }
        const { kind, message } = atalaToJson(m);
        const dupById = m.messageId ? await inbox.findOneBy({ connectionId: r.connectionId, messageId: m.messageId }) : null;
        let stored: InboxRow | undefined;
        if (!dupById) {
          const keyId = toBase64url(opened.keyId);
          const values = {
            connectionId: r.connectionId,
            epoch: opened.epoch,
            keyId,
            counter: opened.counter,
            messageId: m.messageId || '',
            kind,
            plaintextSealed: this.store.cipher.seal('e2e_inbox', inboxRowKey({ connectionId: r.connectionId, epoch: opened.epoch, keyId, counter: opened.counter }), 'plaintext_sealed', opened.plaintext),
            receivedAt: this.store.now(),
          };
          const inserted = await inbox.insert(values);
          stored = { ...values, id: Number(inserted.identifiers[0]!.id) };
        }
        results.push({ kind: 'message', epoch: opened.epoch, keyId: opened.keyId, counter: opened.counter, stored, json: { kind, message } });
      }
      return { patch: changed ? { session: s, lastActivityAt: this.store.now() } : undefined, result: results };
    });
    if (outcomes.some((o) => o.kind === 'message')) this.options.faults?.afterInboxCommit?.();
    for (const outcome of outcomes) {
      switch (outcome.kind) {
        case 'duplicate':
          this.acks.add(row.connectionId, outcome.epoch, outcome.keyId, outcome.counter);
          break;
        case 'unreadable':
          // Rejected and not kept: a record that authenticates under none of our receive keys
          // (forged, reflected, for another connection, too old, or beyond the look-ahead) changes
          // no state. Storing it would let a relay fill our database with frames it made up. A
          // genuine record rejected only for being beyond the look-ahead is not lost: it stays
          // unacked in its sender's outbox and is retransmitted, and opens after the resync.
          debug('record on %s rejected: %s', row.connectionId, outcome.code);
          void this.reportUnreadable(row.connectionId).catch((e: Error) => debug('status after an unreadable record on %s: %s', row.connectionId, e.message));
          break;
        case 'ack':
          break;
        case 'message': {
          this.acks.add(row.connectionId, outcome.epoch, outcome.keyId, outcome.counter);
          if (!outcome.stored) break;
          const received: E2EReceivedMessage = {
            id: outcome.stored.id,
            connectionId: row.connectionId,
            messageId: outcome.stored.messageId,
            kind: outcome.json.kind,
            epoch: outcome.epoch,
            keyId: outcome.stored.keyId,
            counter: outcome.counter,
            receivedAt: new Date(outcome.stored.receivedAt).toISOString(),
            message: outcome.json.message,
          };
          this.collector?.push(received);
          await this.emit(E2E_EVENTS.messageReceived, received);
        }
      }
    }
  }

  private async retryParked(connectionId: string): Promise<void> {
    await this.parked.replay(connectionId, (frame) => this.processFrame(connectionId, frame));
  }

  // ---- control ---------------------------------------------------------------------------------

  private async onControl(row: ConnectionRow, sealed: SealedControl): Promise<void> {
    if (row.state !== 'established' && row.state !== 'awaiting_confirmation') return;
    const event = await this.store.transition(row.connectionId, async (r, em) => {
      let result;
      try {
        result = await receiveControl(this.crypto, this.store.session(r), sealed, this.store.now(), await this.rekeys.auth(r.localDid));
      } catch (e) {
        if (ProtocolError.is(e)) {
          debug('control message on %s rejected: %s', r.connectionId, e.message);
          const stored = this.store.session(r);
          const hinted = (e as { epoch?: unknown }).epoch;
          if (e.code === 'epoch_mismatch' && typeof hinted === 'number' && hinted > stored.epoch && stored.confirmed) {
            // Sealed under a later epoch's control key: the peer is ahead (this state was restored).
            // Unauthenticated, so it only starts the signed exchange in which both state their epoch
            // (protocol.md 12): a holder asks, an issuer offers a rekey chained to its own epoch.
            return { patch: { session: await this.rekeys.byPolicy(em, r, stored, 'a control message of a later epoch') }, result: undefined };
          }
          return { result: undefined };
        }
        throw e;
      }
      let s = result.state;
      // Our send epoch switched (issuer on RekeyInit, holder on RekeyConfirmation).
      if (result.event.type === 'rekeyed' && s.epoch > this.store.session(r).epoch) s = await this.repair.carryOver(em, r, this.store.session(r), s);
      if (result.reply) s = await this.store.queueControl(em, r, { state: s, sealed: result.reply });
      // Started again on every report that says so, pending or not: the pending exchange may be
      // one the peer's restore wiped out, and waiting out REKEY_RETRY_MS for it stalled sends
      // for minutes in the chaos runs. (Reports saying so are rare now that a failed
      // transaction is no longer taken for a restore.)
      if (result.event.type === 'status' && result.event.restored) s = await this.rekeys.start(em, r, s, 'restore detected');
      else if (result.event.type === 'status') s = await this.repair.afterStatus(em, r, s, result.event);
      if (result.event.type === 'status') this.probes.answered(r.connectionId);
      return { patch: { session: s, lastActivityAt: this.store.now() }, result: result.event };
    });
    if (!event) return;
    this.kick(row.connectionId);
    if (event.type === 'rekeyed') this.sender.drainReseals(row.connectionId);
    if (event.type === 'resync' || event.type === 'rekeyed') await this.retryParked(row.connectionId);
  }

  async resync(connectionId: string): Promise<SessionState> {
    return this.controlOnDemand(connectionId, async (em, row, s) => {
      const now = this.store.now();
      const live = this.sending.current(connectionId, s);
      if (live) s = await this.store.queueControl(em, row, createCounterResync(this.crypto, { ...s, sending: live }, now));
      return this.store.queueControl(em, row, createStatusReport(this.crypto, s, now, true));
    });
  }

  /**
   * A connection's own sending-key rotation (fields left out keep the agent's), or the agent's
   * again with `null`. Stored with the connection, so it outlives restarts.
   */
  async setKeyRotation(connectionId: string, own: Partial<RotationPolicy> | null): Promise<E2EConnection> {
    let checked: Partial<RotationPolicy> | null = null;
    if (own !== null) {
      try {
        this.sending.policy(own);
      } catch (e) {
        throw new ConnectorE2EError('invalid_argument', `sendingKeyRotation: ${(e as Error).message}`);
      }
      checked = { ...(own.records !== undefined ? { records: own.records } : {}), ...(own.ms !== undefined ? { ms: own.ms } : {}) };
    }
    const row = await this.mutex.run(connectionId, () =>
      this.store.transition(connectionId, async (r) => {
        const keyRotation = checked && Object.keys(checked).length > 0 ? JSON.stringify(checked) : null;
        return { patch: { keyRotation }, result: { ...r, keyRotation } };
      }),
    );
    return this.view(row);
  }

  async rekey(connectionId: string): Promise<SessionState> {
    return this.controlOnDemand(connectionId, (em, row, s) => this.rekeys.start(em, row, s, 'requested'));
  }

  private async controlOnDemand(connectionId: string, fn: (em: EntityManager, row: ConnectionRow, s: SessionState) => Promise<SessionState>): Promise<SessionState> {
    const s = await this.mutex.run(connectionId, () =>
      this.store.transition(connectionId, async (row, em) => {
        if (row.state !== 'established') throw new ConnectorE2EError('connection_not_established', `connection ${connectionId} is ${row.state}`);
        const next = await fn(em, row, this.store.session(row));
        return { patch: { session: next }, result: next };
      }),
    );
    await this.flush(connectionId).catch(() => undefined);
    return s;
  }

  // ---- delivery -------------------------------------------------------------------------------

  /**
   * Handles a burst of connector items: per connection in mailbox order, with runs of records
   * opened in one transaction. Resolves once all effects are durable (then they are acked).
   */
  async handleDeliveries(url: string, ds: Delivery[]): Promise<void> {
    const byConnection = new Map<string, Delivery[]>();
    for (const d of ds) {
      const list = byConnection.get(d.connectionId);
      if (list) list.push(d);
      else byConnection.set(d.connectionId, [d]);
    }
    await Promise.all(
      [...byConnection].map(async ([connectionId, list]) => {
        let run: { content: { content: Uint8Array; connectionId: string }; frame: Uint8Array }[] = [];
        const flushRun = async () => {
          if (run.length === 0) return;
          const records = run;
          run = [];
          await this.mutex.run(connectionId, async () => {
            const row = await this.store.connection(connectionId);
            if (row) await this.onRecords(row, records);
          });
        };
        for (const d of list) {
          if (d.kind === 'message') {
            let frame;
            try {
              frame = decodeFrame(d.payload);
            } catch {
              frame = undefined;
            }
            if (frame?.record && (await this.store.connection(connectionId))) {
              run.push({ content: frame.record as { content: Uint8Array; connectionId: string }, frame: d.payload });
              continue;
            }
          }
          await flushRun();
          await this.handleDelivery(url, d);
        }
        await flushRun();
      }),
    );
  }

  /** Handles one connector item; resolves only once its effects are durable (then it is acked). */
  async handleDelivery(url: string, d: Delivery): Promise<void> {
    switch (d.kind) {
      case 'connection_accepted':
        return this.handshakes.onConnectionAccepted(url, d);
      case 'connection_revoked': {
        const row = await this.store.connection(d.connectionId);
        if (row && row.state !== 'revoked') {
          await this.store.transition(d.connectionId, async () => ({ patch: { state: 'revoked' }, result: undefined }));
          await this.setState(row, 'revoked');
        }
        return;
      }
      case 'message_expired': {
        // Our message expired undelivered at the connector: send it again (same ciphertext).
        const repo = this.store.db.getRepository<OutboxRow>('E2EOutbox');
        await this.store.write(() => repo.update({ connectionId: d.connectionId, messageId: d.expiredMessageId ?? '' }, { status: 'pending', nextAttemptAt: this.store.now() }));
        this.kick(d.connectionId);
        return;
      }
      case 'message':
        return this.processFrame(d.connectionId, d.payload);
    }
  }

  private async processFrame(connectionId: string, payload: Uint8Array): Promise<void> {
    let frame;
    try {
      frame = decodeFrame(payload);
    } catch (e) {
      debug('undecodable frame on %s dropped: %s', connectionId, (e as Error).message);
      return;
    }
    let row = await this.store.connection(connectionId);
    if (!row && (await this.handshakes.acceptsSettled())) row = await this.store.connection(connectionId);
    if (!row) return debug('frame for unknown connection %s dropped', connectionId);
    await this.mutex.run(connectionId, async () => {
      const fresh = await this.store.connectionOrThrow(connectionId);
      if (frame.handshake) return this.handshakes.onHandshake(fresh, frame.handshake as HandshakeMessage, toHex(this.crypto.sha256(payload)));
      if (frame.record) return this.onRecords(fresh, [{ content: frame.record as { content: Uint8Array; connectionId: string }, frame: payload }]);
      if (frame.control) return this.onControl(fresh, frame.control as SealedControl);
    });
  }

  /** One HTTP pull of everything pending at the configured connector (and the ones connections use). */
  async sync(limit: number): Promise<{ processed: number; messages: E2EReceivedMessage[] }> {
    const urls = new Set([this.options.connectorUrl, ...this.links.urls()]);
    const messages: E2EReceivedMessage[] = [];
    let processed = 0;
    this.collector = messages;
    try {
      for (const url of urls) {
        const client = await this.client(url);
        let after = 0;
        while (processed < limit) {
          const page = await client.fetch({ after, limit: Math.min(SYNC_PAGE, limit - processed) });
          for (const d of page.items) {
            await this.handleDelivery(url, d);
            processed++;
          }
          if (page.items.length > 0) await client.ack(page.items.map((d) => ({ connectionId: d.connectionId, messageId: d.messageId })));
          after = page.nextAfter;
          if (!page.hasMore) break;
        }
      }
      await this.flushAllDue();
    } finally {
      this.collector = undefined;
    }
    return { processed, messages };
  }

  // ---- outbox ---------------------------------------------------------------------------------

  /** Starts a flush of the connection's outbox in the background. */
  kick(connectionId: string): void {
    this.outbox.kick(connectionId);
  }

  /** OutboxFlusher.flush: resolves once what was due for the connection is stored at the connector. */
  flush(connectionId: string): Promise<void> {
    return this.outbox.flush(connectionId);
  }

  async flushAllDue(): Promise<void> {
    // Held records whose drain failed (a database fault) or waited for a rekey are tried again here.
    this.sender.drainAllReseals();
    const ids = await this.store.connectionsWithDueOutbox(this.store.now());
    await Promise.all(ids.map((id) => this.flush(id).catch(() => undefined)));
    for (const id of await this.store.connectionsWithStaleRecords(STALE_RECORD_ATTEMPTS)) await this.probePeer(id).catch((e: Error) => debug('status request on %s: %s', id, e.message));
  }

  /**
   * Records that keep going out without an end-to-end ack: the peer may be unable to open them
   * (its window was rolled back by a restore, or a counter resync was lost). Ask it where it
   * stands; its status report answers and repairDelivery acts on it.
   */
  private async probePeer(connectionId: string): Promise<void> {
    if (!this.probes.take(connectionId, this.store.now())) return; // backing off while unanswered
    await this.sendStatusReport(connectionId, true);
  }

  /** Queues our status report on an established connection (in a transaction of its own) and sends it. */
  private async sendStatusReport(connectionId: string, replyRequested: boolean): Promise<void> {
    await this.mutex.run(connectionId, () =>
      this.store.transition(connectionId, async (row, em) => {
        if (row.state !== 'established') return { result: undefined };
        const s = await this.store.queueControl(em, row, createStatusReport(this.crypto, this.store.session(row), this.store.now(), replyRequested));
        return { patch: { session: s }, result: undefined };
      }),
    );
    this.kick(connectionId);
  }

  /**
   * A record we could not open may be under a sending key we never got or already dropped (a
   * lost announcement, a restore, more process lives of the peer than we keep keys for), or
   * beyond our look-ahead: tell the peer at once which of its keys we hold and where we stand,
   * instead of leaving it to probe after three unacknowledged transmissions. Runs after the
   * caller's transaction (it takes the connection's lock itself). At most one such report per
   * REPAIR_INTERVAL_MS per connection, so a relay that sends garbage gains nothing by it.
   */
  private async reportUnreadable(connectionId: string): Promise<void> {
    const now = this.store.now();
    if (now - (this.unreadableReportedAt.get(connectionId) ?? 0) < REPAIR_INTERVAL_MS) return;
    this.unreadableReportedAt.set(connectionId, now);
    await this.sendStatusReport(connectionId, false);
  }

  // ---- views ------------------------------------------------------------------------------------

  /** The connection as methods return it (views.ts). */
  view(row: ConnectionRow, listing = false): Promise<E2EConnection> {
    return connectionView(this.store, this.sending, row, listing);
  }
}

