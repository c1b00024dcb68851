import {
  acceptDirectoryInit,
  acceptX3dhInit,
  answerPreKeyBundle,
  confirmSession,
  createInvitation,
  createPreKeyBundle,
  decodeInvitationUrl,
  encodeFrame,
  encodeInvitationUrl,
  toBase64url,
  wire,
  type CryptoProvider,
  type DirectoryInit,
  type HandshakeMessage,
  ProtocolError,
  type PeerIdentity,
  verifyDirectoryBundle,
  type SessionState,
} from '@connector-e2e/protocol';
import { ConnectorClient, ConnectorClientError, type Delivery } from '@connector-e2e/connector-client';
import createDebug from 'debug';
import type { AgentContext } from '../agent/agent-context.js';
import { sealedField } from '../storage/at-rest.js';
import { handshakeFromJson, handshakeToJson, invitationFromJson, invitationToJson } from '../storage/codec.js';
import type { ConnectorLinks } from '../transport/connector-links.js';
import { didVerifier, kmsIdentity, kmsSigner } from '../agent/did-keys.js';
import type { ConnectionRow } from '../storage/entities.js';
import { ConnectorE2EError } from '../errors.js';
import { EstablishWaiters, failure } from './establish-waiters.js';
import { MAX_PENDING_ACCEPTS } from '../limits.js';
import { ids } from '../session/message-ids.js';
import type { OutboxFlusher } from '../transport/outbox-flusher.js';
import type { DirectorySessions } from './directory-sessions.js';
import { renderQr } from './qr.js';
import type { Step } from '../session/receiver.js';
import type { Store, Tx } from '../storage/store.js';
import type { E2ECreateInvitationArgs, E2EInvitation } from '../types/IConnectorE2E.js';

const debug = createDebug('connector-e2e:plugin');

/** What the handshakes work with. */
export interface HandshakeParts {
  readonly store: Store;
  readonly crypto: CryptoProvider;
  readonly options: { kms: 'local' | string; connectorUrl: string; allowInsecureHttp: boolean; handshakeTimeoutMs: number };
  readonly agent: AgentContext;
  readonly links: ConnectorLinks;
  readonly outbox: OutboxFlusher;
  /** Sessions through the key directory: notices and refills (directory-sessions.ts). */
  readonly directory: DirectorySessions;
  /** Subscribes to a connector's mailbox (and starts the agent's timers with it). */
  listen(url: string): Promise<void>;
}

/**
 * Invitations and the synchronous X3DH handshake over the connector (docs/protocol.md): the
 * issuer creates an invitation and answers the connector's "accepted" notice with a signed
 * pre-key bundle; the holder accepts the invitation, answers the bundle with an init; the
 * issuer confirms. Each step is one durable transition whose answer leaves from the outbox.
 */
export class Handshakes {
  private readonly waiters = new EstablishWaiters();
  /** Acceptances in flight: frames for their connections may arrive before the row exists. */
  private readonly pendingAccepts = new Set<Promise<unknown>>();
  private readonly store: Store;
  private readonly crypto: CryptoProvider;
  private readonly options: HandshakeParts['options'];
  private readonly agent: AgentContext;

  constructor(private readonly p: HandshakeParts) {
    this.store = p.store;
    this.crypto = p.crypto;
    this.options = p.options;
    this.agent = p.agent;
  }

  /** Owner: the connector reports a connection set up from the key directory. */
  onDirectoryConnection(url: string, d: Delivery): Promise<void> {
    return this.p.directory.onDirectoryConnection(url, d);
  }

  /** Resolves once every acceptance in flight has stored its connection (false: none was). */
  async acceptsSettled(): Promise<boolean> {
    if (this.pendingAccepts.size === 0) return false;
    await Promise.all([...this.pendingAccepts]);
    return true;
  }

  async createInvitation(args: E2ECreateInvitationArgs): Promise<E2EInvitation> {
    const context = this.agent.get();
    const did = this.agent.did(args.did);
    const identity = await kmsIdentity(context, this.store, did, this.options.kms);
    await kmsSigner(context, did); // fail now, not when the holder shows up
    let invitation;
    try {
      invitation = createInvitation(this.crypto, { connectorUrl: this.options.connectorUrl, issuerDid: did, identityKey: identity.publicKey, ttlSeconds: args.ttlSeconds, now: this.store.now(), envelope: args.envelope, suite: args.suite });
    } catch (e) {
      throw new ConnectorE2EError('invalid_argument', (e as Error).message, { cause: e });
    }
    const client = await this.p.links.client(invitation.connectorUrl);
    const [grant] = await client.createTokens({ tokens: [invitation.token], ttlSeconds: invitation.expiresAt - Math.floor(this.store.now() / 1000) });
    const tokenId = grant?.tokenId ?? ConnectorClient.tokenId(invitation.token, this.crypto);
    await this.store.invitations.insert({
      tokenId,
      localDid: did,
      connectorUrl: invitation.connectorUrl,
      invitationSealed: this.store.cipher.sealJson(sealedField.invitation(tokenId), invitationToJson(invitation)),
      expiresAt: invitation.expiresAt,
      status: 'open',
      connectionId: null,
      createdAt: this.store.now(),
    });
    await this.p.listen(invitation.connectorUrl);
    const url = encodeInvitationUrl(invitation, { scheme: args.customScheme ? 'custom' : 'https' });
    return { url, tokenId, issuerDid: did, connectorUrl: invitation.connectorUrl, expiresAt: invitation.expiresAt, qr: await renderQr(url) };
  }

  async acceptInvitation(args: { invitation: string; did?: string; timeoutMs?: number }): Promise<ConnectionRow> {
    const context = this.agent.get();
    const did = this.agent.did(args.did);
    const invitation = decodeInvitationUrl(args.invitation, { allowInsecureHttp: this.options.allowInsecureHttp, now: this.store.now() });
    await kmsIdentity(context, this.store, did, this.options.kms);
    await kmsSigner(context, did);
    const client = await this.p.links.client(invitation.connectorUrl);
    await this.p.listen(invitation.connectorUrl);
    const started = this.store.now();
    let accepting!: () => void;
    const pending = new Promise<void>((r) => (accepting = r));
    this.pendingAccepts.add(pending);
    let connectionId: string;
    try {
      try {
        connectionId = (await client.acceptToken(invitation.token)).connectionId;
      } catch (e) {
        if (ConnectorClientError.is(e, 'token_used')) throw new ConnectorE2EError('invitation_used', 'this invitation was already accepted (invitations are one-time)', { cause: e });
        if (ConnectorClientError.is(e, 'token_expired')) throw new ConnectorE2EError('invitation_expired', 'the connector reports the invitation token expired', { cause: e });
        if (ConnectorClientError.is(e, 'token_not_found')) throw new ConnectorE2EError('invitation_unknown', 'the connector does not know this invitation token', { cause: e });
        throw e;
      }
      const now = this.store.now();
      await this.store.insertConnection({
        connectionId,
        role: 'holder',
        state: 'awaiting_bundle',
        localDid: did,
        peerDid: null,
        connectorUrl: invitation.connectorUrl,
        tokenId: ConnectorClient.tokenId(invitation.token, this.crypto),
        handshakeSealed: this.store.cipher.sealJson(sealedField.handshake(connectionId), invitationToJson(invitation)),
        sessionSealed: null,
        version: 0,
        lastHandshakeOut: null,
        lastHandshakeIn: null,
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
        acceptedAt: started,
        establishedAt: null,
        error: null,
        envelope: invitation.envelope ?? null,
        rejectedHandshakes: 0,
      });
    } finally {
      accepting();
      this.pendingAccepts.delete(pending);
    }
    return this.waitEstablished(connectionId, args.timeoutMs ?? this.options.handshakeTimeoutMs);
  }

  private waitEstablished(connectionId: string, timeoutMs: number): Promise<ConnectionRow> {
    const established = this.waiters.wait(connectionId, timeoutMs, () => this.atDeadline(connectionId, timeoutMs));
    // It may have completed before we started waiting.
    void this.store.connection(connectionId).then((row) => row && this.waiters.settle(row));
    return established;
  }

  private async atDeadline(connectionId: string, timeoutMs: number): Promise<ConnectionRow> {
    const row = await this.store.connection(connectionId);
    if (row?.state === 'established') return row;
    // Messages that failed their checks were discarded while we waited for the genuine one; at
    // the deadline they are the likely reason it never came: fail with theirs.
    if (row && row.rejectedHandshakes > 0 && row.state !== 'failed') {
      const failed = await this.fail(row, row.error ?? 'connection_failed: handshake messages failed their checks');
      if (failed.state === 'established') return failed;
      throw failure(failed);
    }
    throw new ConnectorE2EError('handshake_timeout', `connection ${connectionId} not established after ${timeoutMs} ms (state ${row?.state ?? 'gone'}); it completes later if the issuer comes online`);
  }

  /**
   * Issuer: the connector reports that a holder accepted one of our tokens -> send the pre-key
   * bundle. The notice is not authenticated (a relay can forge one), so it does not use the
   * invitation up: each notice gets a connection of its own, and the invitation is used by the
   * first of them whose init passes its checks (onHandshake). At most MAX_PENDING_ACCEPTS wait
   * at a time, so forged notices cannot grow the database without bound.
   */
  async onConnectionAccepted(url: string, d: Delivery): Promise<void> {
    const inv = await this.store.invitations.byToken(d.tokenId);
    if (!inv) return debug('accept for unknown token %s ignored', d.tokenId);
    const existing = await this.store.connection(d.connectionId);
    if (existing) return this.p.outbox.kick(d.connectionId); // redelivered after a crash: the bundle is in the outbox already
    if (inv.status !== 'open') return debug('token %s already used', d.tokenId);
    const context = this.agent.get();
    const invitation = invitationFromJson(this.store.cipher.openJson(sealedField.invitation(inv.tokenId), inv.invitationSealed));
    const identity = await kmsIdentity(context, this.store, inv.localDid, this.options.kms);
    const signer = await kmsSigner(context, inv.localDid);
    const opkId = new DataView(this.crypto.randomBytes(4).buffer).getUint32(0);
    const { bundle, handshake } = await createPreKeyBundle(this.crypto, { connectionId: d.connectionId, invitation, identity, signer, oneTimePrekeyId: opkId });
    const frame = encodeFrame({ handshake: { bundle } });
    const now = this.store.now();
    const created = await this.store.tx(async (em) => {
      if ((await this.store.invitations.waitingAcceptances(em, inv.tokenId)) >= MAX_PENDING_ACCEPTS) {
        debug('token %s has %d acceptances waiting for an init; %s ignored', inv.tokenId, MAX_PENDING_ACCEPTS, d.connectionId);
        return false;
      }
      await this.store.insertConnection({
        connectionId: d.connectionId,
        role: 'issuer',
        state: 'awaiting_init',
        localDid: inv.localDid,
        peerDid: null,
        connectorUrl: url,
        tokenId: inv.tokenId,
        handshakeSealed: this.store.cipher.sealJson(sealedField.handshake(d.connectionId), handshakeToJson(handshake)),
        sessionSealed: null,
        version: 0,
        lastHandshakeOut: toBase64url(frame),
        lastHandshakeIn: null,
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
        acceptedAt: d.sentAt || now,
        establishedAt: null,
        error: null,
        rejectedHandshakes: 0,
        envelope: invitation.envelope ?? null,
      }, em);
      await this.store.outbox.insert(em, { connectionId: d.connectionId, messageId: ids.bundle, kind: 'handshake', frame: toBase64url(frame), epoch: null, keyId: null, counter: null, atalaMessageId: null });
      return true;
    });
    if (!created) return;
    await this.agent.connectionState({ connectionId: d.connectionId, role: 'issuer' }, null, 'awaiting_init');
    this.p.outbox.kick(d.connectionId);
  }

  /**
   * A handshake frame for `row`. One that fails its checks (a substituted bundle, a forged init
   * or key confirmation) is rejected and changes nothing but the connection's count of rejects:
   * the genuine message may still come, and the handshake waits for it until its deadline.
   */
  async onHandshake(row: ConnectionRow, h: HandshakeMessage, frameHash: string): Promise<Step> {
    if (row.lastHandshakeIn === frameHash) {
      // The same handshake frame again (redelivery, or a relay replaying it): resend our answer.
      // Our answer is in the outbox (or already at the connector) since the transition that
      // recorded this frame: nothing to redo.
      this.p.outbox.kick(row.connectionId);
      return { verdict: 'accepted' };
    }
    const context = this.agent.get();
    if (h.bundle && row.role === 'holder' && row.state === 'awaiting_bundle') {
      const invitation = invitationFromJson(this.store.cipher.openJson(sealedField.handshake(row.connectionId), row.handshakeSealed));
      const identity = await kmsIdentity(context, this.store, row.localDid, this.options.kms);
      const signer = await kmsSigner(context, row.localDid);
      let answered;
      try {
        answered = await answerPreKeyBundle(this.crypto, {
          connectionId: row.connectionId,
          invitation,
          bundle: h.bundle as typeof wire.PreKeyBundle.prototype,
          identity,
          signer,
          verifier: didVerifier(context, this.crypto),
        });
      } catch (e) {
        return this.reject(row, e);
      }
      const frame = toBase64url(encodeFrame({ handshake: { init: answered.init } }));
      try {
        await this.store.transition(row.connectionId, async (r, em) => {
          await this.store.peers.pinOrRefuse(em, answered.peer);
          await this.store.outbox.insert(em, { connectionId: r.connectionId, messageId: ids.init, kind: 'handshake', frame, epoch: null, keyId: null, counter: null, atalaMessageId: null });
          // The invitation secret is not needed any more: drop it with the transition.
          return { patch: { state: 'awaiting_confirmation', session: answered.session, peerDid: answered.peer.did, handshakeSealed: null, lastHandshakeOut: frame, lastHandshakeIn: frameHash, error: null, lastActivityAt: this.store.now() }, result: undefined };
        });
      } catch (e) {
        if (!ConnectorE2EError.is(e, 'identity_changed')) throw e;
        return this.identityChanged(row, answered.peer, e);
      }
      await this.agent.connectionState(row, row.state, 'awaiting_confirmation');
      this.p.outbox.kick(row.connectionId);
      return { verdict: 'accepted' };
    }
    if (h.init && row.role === 'issuer') {
      if (row.state !== 'awaiting_init') {
        // A second, different init for a consumed one-time pre-key: replayed or forged.
        debug('replayed_init on %s ignored', row.connectionId);
        return { verdict: 'accepted' };
      }
      const identity = await kmsIdentity(context, this.store, row.localDid, this.options.kms);
      const pending = handshakeFromJson(this.store.cipher.openJson(sealedField.handshake(row.connectionId), row.handshakeSealed));
      let accepted;
      try {
        accepted = await acceptX3dhInit(this.crypto, { handshake: pending, init: h.init as typeof wire.X3dhInit.prototype, identity, verifier: didVerifier(context, this.crypto) });
      } catch (e) {
        return this.reject(row, e);
      }
      const frame = toBase64url(encodeFrame({ handshake: { confirmation: accepted.confirmation } }));
      const now = this.store.now();
      let established: ConnectionRow;
      try {
        established = await this.store.transition(row.connectionId, async (r, em) => {
          // The invitation is used by the first acceptance whose init passed its checks; the
          // other acceptances of it (forged notices) end here.
          await this.store.peers.pinOrRefuse(em, accepted.peer);
          if (!(await this.store.invitations.use(em, r.tokenId!, r.connectionId))) throw new ConnectorE2EError('invitation_used', 'another acceptance of this invitation completed its handshake first');
          await this.store.outbox.insert(em, { connectionId: r.connectionId, messageId: ids.confirmation, kind: 'handshake', frame, epoch: null, keyId: null, counter: null, atalaMessageId: null });
          // The one-time pre-key's private part goes in the same transaction that stores the session.
          const patch = { state: 'established', session: accepted.session, peerDid: accepted.peer.did, handshakeSealed: null, lastHandshakeOut: frame, lastHandshakeIn: frameHash, establishedAt: now, lastActivityAt: now, error: null };
          return { patch, result: { ...r, ...patch, sessionSealed: null } as ConnectionRow };
        });
      } catch (e) {
        if (ConnectorE2EError.is(e, 'identity_changed')) return this.identityChanged(row, accepted.peer, e);
        if (!ConnectorE2EError.is(e, 'invitation_used')) throw e;
        return this.reject(row, e);
      }
      await this.agent.connectionState(row, row.state, 'established');
      this.waiters.settle(established);
      this.p.outbox.kick(row.connectionId);
      return { verdict: 'accepted' };
    }
    if (h.directoryInit && row.role === 'issuer' && row.tokenId === null) {
      if (row.state !== 'awaiting_init') {
        debug('second directory init on %s ignored', row.connectionId);
        return { verdict: 'accepted' };
      }
      return this.onDirectoryInit(row, h.directoryInit as typeof wire.DirectoryInit.prototype, frameHash);
    }
    if (h.confirmation && row.role === 'holder' && row.state === 'awaiting_confirmation') {
      let confirmed: SessionState;
      try {
        confirmed = confirmSession(this.crypto, this.store.session(row), h.confirmation as typeof wire.KeyConfirmation.prototype);
      } catch (e) {
        return this.reject(row, e);
      }
      const now = this.store.now();
      const established = await this.store.transition(row.connectionId, async (r) => {
        const patch = { state: 'established', session: confirmed, lastHandshakeIn: frameHash, establishedAt: now, lastActivityAt: now, error: null };
        return { patch, result: { ...r, ...patch } as ConnectionRow };
      });
      await this.agent.connectionState(row, row.state, 'established');
      this.waiters.settle(established);
      return { verdict: 'accepted', ready: true }; // records that overtook the confirmation are handled now
    }
    debug('handshake message out of place on %s (state %s) ignored', row.connectionId, row.state);
    return { verdict: 'accepted' };
  }

  /**
   * Owner: the init of a connection set up from the key directory (docs/protocol.md 30.3).
   * Completes the session with the signed pre-key and one-time pre-key it names; the consumed
   * one-time pre-key goes in the transaction that stores the session.
   */
  private async onDirectoryInit(row: ConnectionRow, init: DirectoryInit, frameHash: string): Promise<Step> {
    const context = this.agent.get();
    const did = row.localDid;
    const signed = await this.store.directory.signed(did, init.signedPrekeyId);
    let accepted;
    try {
      if (!signed) throw new ProtocolError('handshake_state', `directory init names signed pre-key ${init.signedPrekeyId}, which ${did} does not hold`);
      const verifier = didVerifier(context, this.crypto);
      accepted = await acceptDirectoryInit(this.crypto, {
        connectionId: row.connectionId,
        init,
        identity: await kmsIdentity(context, this.store, did, this.options.kms),
        bundle: await verifyDirectoryBundle(signed.bundle, did, verifier),
        signedPrekey: signed.key,
        oneTimePrekey: init.hasOneTimePrekey ? await this.store.directory.oneTime(did, init.oneTimePrekeyId) : undefined,
        verifier,
      });
    } catch (e) {
      return this.reject(row, e);
    }
    const now = this.store.now();
    let established: ConnectionRow;
    try {
      established = await this.store.transition(row.connectionId, async (r, em) => {
        await this.store.peers.pinOrRefuse(em, accepted.peer);
        if (accepted.consumedPrekeyId !== undefined) await this.store.directory.consume(em, did, accepted.consumedPrekeyId);
        const patch = { state: 'established', session: accepted.session, peerDid: accepted.peer.did, lastHandshakeIn: frameHash, establishedAt: now, lastActivityAt: now, error: null };
        return { patch, result: { ...r, ...patch, sessionSealed: null } as ConnectionRow };
      });
    } catch (e) {
      if (ConnectorE2EError.is(e, 'identity_changed')) return this.identityChanged(row, accepted.peer, e);
      throw e;
    }
    await this.agent.connectionState(row, row.state, 'established');
    this.waiters.settle(established);
    if (accepted.consumedPrekeyId !== undefined) void this.p.directory.refill(did, row.connectorUrl);
    return { verdict: 'accepted', ready: true }; // records that came behind the init are handled now
  }

  /** A handshake whose peer DID changed its identity key: the key is kept aside and the connection fails. */
  private async identityChanged(row: ConnectionRow, peer: PeerIdentity, e: Error): Promise<Step> {
    await this.store.peers.recordChange(peer.did, peer.identityKey);
    await this.fail(row, e.message);
    return { verdict: 'accepted' };
  }

  /** A handshake message that failed its checks: counted (with the reason) and otherwise ignored. */
  private async reject(row: ConnectionRow, e: unknown): Promise<Step> {
    if (!ConnectorE2EError.is(e)) throw e; // (a ProtocolError counts)
    const message = (e as Error).message;
    debug('handshake message on %s rejected: %s', row.connectionId, message);
    await this.store.transition(row.connectionId, async (r) => ({ patch: { rejectedHandshakes: r.rejectedHandshakes + 1, error: message }, result: undefined }));
    return { verdict: 'rejected' };
  }

  /** Ends a handshake for good: the connection is `failed` with `reason`, and revoked at the connector. */
  private async fail(row: ConnectionRow, reason: string): Promise<ConnectionRow> {
    debug('handshake on %s failed: %s', row.connectionId, reason);
    const failed = await this.store.transition(row.connectionId, async (r) => {
      if (r.state === 'established' || r.state === 'failed') return { result: r };
      const patch = { state: 'failed', error: reason, handshakeSealed: null, sessionSealed: null };
      return { patch, result: { ...r, ...patch } as ConnectionRow };
    });
    if (failed.state !== 'failed') return failed;
    await this.agent.connectionState(row, row.state, 'failed');
    this.waiters.settle(failed);
    // Tell the peer through the connector (it sees connection_revoked) instead of leaving its
    // side waiting for a handshake that will not come.
    void this.p.links
      .client(row.connectorUrl)
      .then((c) => c.revoke(row.connectionId))
      .catch((e: Error) => debug('revoking failed connection %s: %s', row.connectionId, e.message));
    return failed;
  }
}
