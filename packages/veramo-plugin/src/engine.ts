import {
  createConnectionClose,
  createCounterResync,
  createStatusReport,
  encodeAtalaMessage,
  MAX_ETAMP_PLAINTEXT_BYTES,
  MAX_PLAINTEXT_BYTES,
  toBase64url,
  type CipherSuite,
  type CryptoProvider,
  type SessionState,
} from '@connector-e2e/protocol';
import type { ConnectorClient } from '@connector-e2e/connector-client';
import createDebug from 'debug';
import { AckBatcher } from './session/ack-batcher.js';
import { AgentContext } from './agent/agent-context.js';
import { DidSigners } from './agent/did-keys.js';
import { atalaFromJson } from './storage/codec.js';
import { ConnectorLinks } from './transport/connector-links.js';
import { DeliveryRepair } from './session/delivery-repair.js';
import type { ConnectionRow } from './storage/entities.js';
import { ConnectorE2EError } from './errors.js';
import { DirectorySessions, type DirectoryPublication } from './handshake/directory-sessions.js';
import { Handshakes } from './handshake/handshakes.js';
import { STALE_RECORD_ATTEMPTS, SYNC_PAGE } from './limits.js';
import { KeyedMutex } from './mutex.js';
import { Envelopes } from './transport/envelopes.js';
import { FrameAdmission } from './session/admission.js';
import { OutboxFlusher } from './transport/outbox-flusher.js';
import { Receiver } from './session/receiver.js';
import { RecordSender } from './session/record-sender.js';
import { Receipts } from './session/receipts.js';
import { Rekeys } from './session/rekeys.js';
import { SendingKeys, type RotationPolicy } from './session/sending-keys.js';
import { StatusReports } from './session/status-reports.js';
import type { Store, Tx } from './storage/store.js';
import { connectionView } from './agent/views.js';
import type { E2EAtalaMessage, E2EConnection, E2EContext, E2ECreateInvitationArgs, E2EInvitation, E2EReceivedMessage, E2ESendResult } from './types/IConnectorE2E.js';

const debug = createDebug('connector-e2e:plugin');

export interface EngineOptions {
  connectorUrl: string;
  defaultDid?: string;
  kms: string;
  handshakeTimeoutMs: number;
  retransmitAfterMs: number;
  allowInsecureHttp: boolean;
  /** The envelope mode of invitations that name none. */
  envelope: 'plain' | 'etamp';
  /** The records' cipher suite of invitations that name none. */
  suite: CipherSuite;
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

/**
 * The plugin's engine composes the owners and runs the agent's timers; it holds no protocol
 * logic of its own. What arrives goes through receiver.ts; what leaves is sealed by
 * record-sender.ts and sent from the outbox (outbox-flusher.ts). The plugin README lists every
 * module. Every state change is a durable transition (store.ts) made before anything leaves;
 * everything received is stored before it is acked.
 */
export class Engine {
  private readonly mutex = new KeyedMutex();
  private readonly agent: AgentContext;
  private readonly handshakes: Handshakes;
  private readonly directory: DirectorySessions;
  private readonly links: ConnectorLinks;
  private readonly rekeys: Rekeys;
  private readonly outbox: OutboxFlusher;
  readonly sending: SendingKeys;
  private readonly sender: RecordSender;
  private readonly status: StatusReports;
  private readonly receiver: Receiver;
  private retransmitTimer: NodeJS.Timeout | undefined;
  private reconcileTimer: NodeJS.Timeout | undefined;
  private resumed: Promise<void> | undefined;

  constructor(
    readonly store: Store,
    readonly crypto: CryptoProvider,
    readonly options: EngineOptions,
  ) {
    this.agent = new AgentContext(options.defaultDid);
    this.sending = new SendingKeys(crypto, options.sendingKeyRotation);
    const signers = new DidSigners(() => this.agent.get());
    this.rekeys = new Rekeys(store, crypto, () => this.agent.get(), signers);
    const envelopes = new Envelopes(this.agent, crypto, store.now, signers);
    const receipts = new Receipts(store, crypto, this.agent, signers);
    this.outbox = new OutboxFlusher(store, (url) => this.client(url), options.retransmitAfterMs, envelopes);
    this.sender = new RecordSender(store, crypto, this.mutex, this.sending, this.rekeys, options.rekeyAfterMessages, receipts, (id) => this.outbox.kick(id));
    this.status = new StatusReports(store, crypto, this.mutex, this.outbox);
    this.links = new ConnectorLinks(store, crypto, {
      onDeliveries: (url, ds) => this.receiver.handleDeliveries(url, ds),
      retry: (url) => void this.listen(url).catch((err: Error) => debug('listen %s: %s', url, err.message)),
    });
    this.directory = new DirectorySessions({ store, crypto, options, agent: this.agent, links: this.links, outbox: this.outbox, listen: (url) => this.listen(url) });
    this.handshakes = new Handshakes({ store, crypto, options, agent: this.agent, links: this.links, outbox: this.outbox, directory: this.directory, listen: (url) => this.listen(url) });
    const sender = this.sender;
    this.receiver = new Receiver({
      store,
      crypto,
      mutex: this.mutex,
      handshakes: this.handshakes,
      repair: new DeliveryRepair(store, crypto, this.sending, (id) => sender.holdReseals(id)),
      rekeys: this.rekeys,
      receipts,
      sender,
      acks: new AckBatcher(
        (id, acks) => sender.sealAcks(id, acks),
        (id, e) => debug('ack on %s: %s', id, e.message),
      ),
      status: this.status,
      outbox: this.outbox,
      links: this.links,
      agent: this.agent,
      admission: new FrameAdmission({ store, handshakes: this.handshakes, envelopes }),
      afterInboxCommit: options.faults?.afterInboxCommit,
    });
  }

  bind(context: E2EContext): void {
    this.agent.bind(context);
  }

  // ---- connector access ------------------------------------------------------------------

  /** The registered client for a connector URL (connector-links.ts). */
  client(url: string): Promise<ConnectorClient> {
    return this.links.client(url);
  }

  /** Pins the identity key a peer DID changed to (trust on first use); undefined when none waits. */
  acceptIdentityChange(did: string): Promise<string | undefined> {
    return this.store.peers.acceptChange(did);
  }

  /** Registers at a connector that asks for a one-time password; returns the participant id. */
  registerAt(url: string, otp: { identifier: string; otp: string }): Promise<string> {
    return this.links.registerWithOtp(url, otp);
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
    const rows = await this.store.listConnections({ state: 'established' });
    for (const id of await this.store.outbox.connectionsWithHeldReseals()) this.sender.noteReseals(id);
    for (const row of rows) {
      await this.mutex.run(row.connectionId, () =>
        this.store.transition(row.connectionId, async (r, em) => {
          if (r.state !== 'established') return { result: undefined };
          let s = this.store.session(r);
          if (s.mustRekey) s = await this.rekeys.byPolicy(em, r, s, 'restore detected');
          s = await this.store.outbox.queueControl(em, r, createStatusReport(this.crypto, s, this.store.now(), true));
          return { patch: { session: s }, result: undefined };
        }),
      );
      this.kick(row.connectionId);
      this.sender.drainReseals(row.connectionId);
    }
  }

  // ---- invitations and handshakes (handshakes.ts) ------------------------------------------

  createInvitation(args: E2ECreateInvitationArgs): Promise<E2EInvitation> {
    return this.handshakes.createInvitation({ ...args, envelope: args.envelope ?? this.options.envelope, suite: args.suite ?? this.options.suite });
  }

  /** Owner: publishes a bundle and one-time pre-keys to a key directory. */
  publishDirectory(args: { did?: string; connectorUrl?: string; oneTimePrekeys?: number; rotate?: boolean }): Promise<DirectoryPublication> {
    return this.directory.publish(args);
  }

  /** Initiator: a connection with a participant of a key directory, established at once. */
  connectDirectory(args: { participantId: string; peerDid: string; did?: string; connectorUrl?: string }): Promise<ConnectionRow> {
    return this.directory.connect(args);
  }

  acceptInvitation(args: { invitation: string; did?: string; timeoutMs?: number }): Promise<ConnectionRow> {
    return this.handshakes.acceptInvitation(args);
  }

  // ---- records -------------------------------------------------------------------------------

  /** Seals and sends a message; `receipt`: it asks the receiver for a signed delivery receipt (receipts.ts). */
  async send(connectionId: string, input: E2EAtalaMessage, receipt = false): Promise<E2ESendResult> {
    const newId = () => toBase64url(this.crypto.randomBytes(16));
    const { message, messageId } = atalaFromJson(input, newId);
    // Inside the sealed message: the relay can neither add the request nor strip it.
    if (receipt) message.receiptRequested = true;
    const plaintext = encodeAtalaMessage(message);
    if (plaintext.length > MAX_PLAINTEXT_BYTES) throw new ConnectorE2EError('invalid_argument', `message: ${plaintext.length} bytes exceeds the limit of ${MAX_PLAINTEXT_BYTES}`);
    // An envelope carries its record base64url-encoded twice: on ETAMP connections less fits (protocol.md 23.1).
    if (plaintext.length > MAX_ETAMP_PLAINTEXT_BYTES && (await this.store.connectionEnvelope(connectionId))?.mode === 'etamp') {
      throw new ConnectorE2EError('invalid_argument', `message: ${plaintext.length} bytes exceeds the limit of ${MAX_ETAMP_PLAINTEXT_BYTES} on an ETAMP connection`);
    }
    const sealed = await this.sender.enqueue(connectionId, plaintext, messageId, receipt);
    // The flush pass that answers us began after our row was committed: it succeeds only if the
    // connector stored everything due then, ours included.
    const delivered = await this.flush(connectionId).then(
      () => true,
      () => false,
    );
    return { messageId, epoch: sealed.epoch, keyId: sealed.keyId, counter: sealed.counter, delivered };
  }

  // ---- control ---------------------------------------------------------------------------------

  async resync(connectionId: string): Promise<SessionState> {
    return this.controlOnDemand(connectionId, async (em, row, s) => {
      const now = this.store.now();
      const live = this.sending.current(connectionId, s);
      if (live) s = await this.store.outbox.queueControl(em, row, createCounterResync(this.crypto, { ...s, sending: live }, now));
      return this.store.outbox.queueControl(em, row, createStatusReport(this.crypto, s, now, true));
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

  /**
   * Ends an established connection on our side and tells the peer end to end (a
   * ConnectionClose, queued after everything sent before it), then sends it. The connection is
   * `revoked` from the transaction on; resolves once the connector stored the close.
   */
  async close(connectionId: string, reason = ''): Promise<void> {
    const row = await this.mutex.run(connectionId, () =>
      this.store.transition(connectionId, async (r, em) => {
        if (r.state !== 'established') return { result: r };
        let closing;
        try {
          closing = createConnectionClose(this.crypto, this.store.session(r), this.store.now(), reason);
        } catch (e) {
          throw new ConnectorE2EError('invalid_argument', (e as Error).message, { cause: e });
        }
        const s = await this.store.outbox.queueControl(em, r, closing);
        return { patch: { session: s, state: 'revoked' }, result: { ...r, state: 'established' } };
      }),
    );
    if (row.state === 'established') await this.agent.connectionState(row, 'established', 'revoked');
    // A close queued now, or by an earlier call whose send failed, goes out before the revoke.
    // A connection that never got established has no close to send.
    if (row.state === 'established' || row.state === 'revoked') await this.flush(connectionId);
  }

  async rekey(connectionId: string): Promise<SessionState> {
    return this.controlOnDemand(connectionId, (em, row, s) => this.rekeys.start(em, row, s, 'requested'));
  }

  private async controlOnDemand(connectionId: string, fn: (em: Tx, row: ConnectionRow, s: SessionState) => Promise<SessionState>): Promise<SessionState> {
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

  /** One HTTP pull of everything pending at the configured connector (and the ones connections use). */
  async sync(limit: number): Promise<{ processed: number; messages: E2EReceivedMessage[] }> {
    const urls = new Set([this.options.connectorUrl, ...this.links.urls()]);
    const messages: E2EReceivedMessage[] = [];
    let processed = 0;
    await this.receiver.collecting(messages, async () => {
      for (const url of urls) {
        const client = await this.client(url);
        let after = 0;
        while (processed < limit) {
          const page = await client.fetch({ after, limit: Math.min(SYNC_PAGE, limit - processed) });
          const accepted = [];
          for (const d of page.items) {
            // Items that fail authentication stay at the connector (receiver.ts).
            if ((await this.receiver.handleDelivery(url, d)) === 'accepted') accepted.push({ connectionId: d.connectionId, messageId: d.messageId });
            processed++;
          }
          if (accepted.length > 0) await client.ack(accepted);
          after = page.nextAfter;
          if (!page.hasMore) break;
        }
      }
      await this.flushAllDue();
    });
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
    const ids = await this.store.outbox.connectionsWithDue(this.store.now());
    await Promise.all(ids.map((id) => this.flush(id).catch(() => undefined)));
    for (const id of await this.store.outbox.connectionsWithStaleRecords(STALE_RECORD_ATTEMPTS)) await this.status.probe(id).catch((e: Error) => debug('status request on %s: %s', id, e.message));
  }

  // ---- views ------------------------------------------------------------------------------------

  /** The connection as methods return it (views.ts). */
  view(row: ConnectionRow, listing = false): Promise<E2EConnection> {
    return connectionView(this.store, this.sending, row, listing);
  }
}

