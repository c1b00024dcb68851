import {
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
  type HandshakeMessage,
  type SessionState,
} from '@connector-e2e/protocol';
import { ConnectorClient, ConnectorClientError, type Delivery } from '@connector-e2e/connector-client';
import createDebug from 'debug';
import { handshakeFromJson, handshakeToJson, invitationFromJson, invitationToJson } from './codec.js';
import { didVerifier, kmsIdentity, kmsSigner } from './did-keys.js';
import { InvitationEntity, type ConnectionRow, type InvitationRow } from './entities.js';
import { ConnectorE2EError, errorCodeOf } from './errors.js';
import { ids } from './message-ids.js';
import { renderQr } from './qr.js';
import type { Store } from './store.js';
import { E2E_EVENTS, type E2EConnectionState, type E2EContext, type E2EInvitation } from './types/IConnectorE2E.js';

const debug = createDebug('connector-e2e:plugin');

/** What the handshakes need from the engine. */
export interface HandshakeHost {
  readonly store: Store;
  readonly crypto: CryptoProvider;
  readonly options: { kms: 'local' | string; connectorUrl: string; allowInsecureHttp: boolean; handshakeTimeoutMs: number };
  ctx(): E2EContext;
  didOf(did: string | undefined): string;
  client(url: string): Promise<ConnectorClient>;
  listen(url: string): Promise<void>;
  /** Starts sending the connection's outbox. */
  kick(connectionId: string): void;
  /** Frames that arrived before the session was established, processed now. */
  retryParked(connectionId: string): Promise<void>;
  setState(row: ConnectionRow, state: E2EConnectionState): Promise<void>;
  emit(type: string, data: unknown): Promise<void>;
}

type Waiter = { resolve: (row: ConnectionRow) => void; reject: (e: Error) => void };

/**
 * Invitations and the synchronous X3DH handshake over the connector (docs/protocol.md): the
 * issuer creates an invitation and answers the connector's "accepted" notice with a signed
 * pre-key bundle; the holder accepts the invitation, answers the bundle with an init; the
 * issuer confirms. Each step is one durable transition whose answer leaves from the outbox.
 */
export class Handshakes {
  private readonly waiters = new Map<string, Waiter[]>();
  /** Acceptances in flight: frames for their connections may arrive before the row exists. */
  private readonly pendingAccepts = new Set<Promise<unknown>>();
  private readonly store: Store;
  private readonly crypto: CryptoProvider;
  private readonly options: HandshakeHost['options'];

  constructor(private readonly host: HandshakeHost) {
    this.store = host.store;
    this.crypto = host.crypto;
    this.options = host.options;
  }

  /** Resolves once every acceptance in flight has stored its connection (false: none was). */
  async acceptsSettled(): Promise<boolean> {
    if (this.pendingAccepts.size === 0) return false;
    await Promise.all([...this.pendingAccepts]);
    return true;
  }

  async createInvitation(args: { did?: string; ttlSeconds?: number; customScheme?: boolean }): Promise<E2EInvitation> {
    const context = this.host.ctx();
    const did = this.host.didOf(args.did);
    const identity = await kmsIdentity(context, this.store, did, this.options.kms);
    await kmsSigner(context, did); // fail now, not when the holder shows up
    let invitation;
    try {
      invitation = createInvitation(this.crypto, { connectorUrl: this.options.connectorUrl, issuerDid: did, identityKey: identity.publicKey, ttlSeconds: args.ttlSeconds, now: this.store.now() });
    } catch (e) {
      throw new ConnectorE2EError('invalid_argument', (e as Error).message, { cause: e });
    }
    const client = await this.host.client(invitation.connectorUrl);
    const [grant] = await client.createTokens({ tokens: [invitation.token], ttlSeconds: invitation.expiresAt - Math.floor(this.store.now() / 1000) });
    const tokenId = grant?.tokenId ?? ConnectorClient.tokenId(invitation.token, this.crypto);
    await this.store.write(() => this.store.db.getRepository<InvitationRow>(InvitationEntity).insert({
      tokenId,
      localDid: did,
      connectorUrl: invitation.connectorUrl,
      invitationSealed: this.store.cipher.sealJson('e2e_invitation', tokenId, 'invitation_sealed', invitationToJson(invitation)),
      expiresAt: invitation.expiresAt,
      status: 'open',
      connectionId: null,
      createdAt: this.store.now(),
    }));
    await this.host.listen(invitation.connectorUrl);
    const url = encodeInvitationUrl(invitation, { scheme: args.customScheme ? 'custom' : 'https' });
    return { url, tokenId, issuerDid: did, connectorUrl: invitation.connectorUrl, expiresAt: invitation.expiresAt, qr: await renderQr(url) };
  }

  async acceptInvitation(args: { invitation: string; did?: string; timeoutMs?: number }): Promise<ConnectionRow> {
    const context = this.host.ctx();
    const did = this.host.didOf(args.did);
    const invitation = decodeInvitationUrl(args.invitation, { allowInsecureHttp: this.options.allowInsecureHttp, now: this.store.now() });
    await kmsIdentity(context, this.store, did, this.options.kms);
    await kmsSigner(context, did);
    const client = await this.host.client(invitation.connectorUrl);
    await this.host.listen(invitation.connectorUrl);
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
      await this.store.write(() => this.store.db.getRepository<ConnectionRow>('E2EConnection').insert({
        connectionId,
        role: 'holder',
        state: 'awaiting_bundle',
        localDid: did,
        peerDid: null,
        connectorUrl: invitation.connectorUrl,
        tokenId: ConnectorClient.tokenId(invitation.token, this.crypto),
        handshakeSealed: this.store.cipher.sealJson('e2e_connection', connectionId, 'handshake_sealed', invitationToJson(invitation)),
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
      }));
    } finally {
      accepting();
      this.pendingAccepts.delete(pending);
    }
    return this.waitEstablished(connectionId, args.timeoutMs ?? this.options.handshakeTimeoutMs);
  }

  private waitEstablished(connectionId: string, timeoutMs: number): Promise<ConnectionRow> {
    return new Promise<ConnectionRow>((resolve, reject) => {
      const timer = setTimeout(() => {
        void (async () => {
          const row = await this.store.connection(connectionId);
          if (row?.state === 'established') return resolve(row);
          reject(new ConnectorE2EError('handshake_timeout', `connection ${connectionId} not established after ${timeoutMs} ms (state ${row?.state ?? 'gone'}); it completes later if the issuer comes online`));
        })().catch(reject);
      }, timeoutMs);
      const list = this.waiters.get(connectionId) ?? [];
      list.push({
        resolve: (row) => {
          clearTimeout(timer);
          resolve(row);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.waiters.set(connectionId, list);
      // It may have completed before we started waiting.
      void this.store.connection(connectionId).then((row) => row && this.settleWaiters(row));
    });
  }

  private settleWaiters(row: ConnectionRow): void {
    if (row.state !== 'established' && row.state !== 'failed') return;
    const list = this.waiters.get(row.connectionId);
    if (!list) return;
    this.waiters.delete(row.connectionId);
    for (const w of list) {
      if (row.state === 'established') w.resolve(row);
      else w.reject(failure(row));
    }
  }

  /** Issuer: the connector reports that a holder accepted one of our tokens -> send the pre-key bundle. */
  async onConnectionAccepted(url: string, d: Delivery): Promise<void> {
    const invRepo = this.store.db.getRepository<InvitationRow>(InvitationEntity);
    const inv = await invRepo.findOneBy({ tokenId: d.tokenId });
    if (!inv) return debug('accept for unknown token %s ignored', d.tokenId);
    const existing = await this.store.connection(d.connectionId);
    if (existing) return this.host.kick(d.connectionId); // redelivered after a crash: the bundle is in the outbox already
    if (inv.status !== 'open') return debug('token %s already used', d.tokenId);
    const context = this.host.ctx();
    const invitation = invitationFromJson(this.store.cipher.openJson('e2e_invitation', inv.tokenId, 'invitation_sealed', inv.invitationSealed));
    const identity = await kmsIdentity(context, this.store, inv.localDid, this.options.kms);
    const signer = await kmsSigner(context, inv.localDid);
    const opkId = new DataView(this.crypto.randomBytes(4).buffer).getUint32(0);
    const { bundle, handshake } = await createPreKeyBundle(this.crypto, { connectionId: d.connectionId, invitation, identity, signer, oneTimePrekeyId: opkId });
    const frame = encodeFrame({ handshake: { bundle } });
    const now = this.store.now();
    await this.store.tx(async (em) => {
      const used = await em
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ status: 'used', connectionId: d.connectionId })
        .where('token_id = :t AND status = :s', { t: inv.tokenId, s: 'open' })
        .execute();
      if (used.affected !== 1) return; // another process got there first
      await em.getRepository<ConnectionRow>('E2EConnection').insert({
        connectionId: d.connectionId,
        role: 'issuer',
        state: 'awaiting_init',
        localDid: inv.localDid,
        peerDid: null,
        connectorUrl: url,
        tokenId: inv.tokenId,
        handshakeSealed: this.store.cipher.sealJson('e2e_connection', d.connectionId, 'handshake_sealed', handshakeToJson(handshake)),
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
      });
      await this.store.insertOutbox(em, { connectionId: d.connectionId, messageId: ids.bundle, kind: 'handshake', frame: toBase64url(frame), epoch: null, keyId: null, counter: null, atalaMessageId: null });
    });
    await this.host.emit(E2E_EVENTS.connectionState, { connectionId: d.connectionId, state: 'awaiting_init', previousState: null, role: 'issuer' });
    this.host.kick(d.connectionId);
  }

  async onHandshake(row: ConnectionRow, h: HandshakeMessage, frameHash: string): Promise<void> {
    if (row.lastHandshakeIn === frameHash) {
      // The same handshake frame again (redelivery, or a relay replaying it): resend our answer.
      // Our answer is in the outbox (or already at the connector) since the transition that
      // recorded this frame: nothing to redo.
      this.host.kick(row.connectionId);
      return;
    }
    const context = this.host.ctx();
    if (h.bundle && row.role === 'holder' && row.state === 'awaiting_bundle') {
      const invitation = invitationFromJson(this.store.cipher.openJson('e2e_connection', row.connectionId, 'handshake_sealed', row.handshakeSealed));
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
        return this.fail(row, e);
      }
      const frame = toBase64url(encodeFrame({ handshake: { init: answered.init } }));
      await this.store.transition(row.connectionId, async (r, em) => {
        await this.store.insertOutbox(em, { connectionId: r.connectionId, messageId: ids.init, kind: 'handshake', frame, epoch: null, keyId: null, counter: null, atalaMessageId: null });
        // The invitation secret is not needed any more: drop it with the transition.
        return { patch: { state: 'awaiting_confirmation', session: answered.session, peerDid: answered.peer.did, handshakeSealed: null, lastHandshakeOut: frame, lastHandshakeIn: frameHash, lastActivityAt: this.store.now() }, result: undefined };
      });
      await this.host.setState(row, 'awaiting_confirmation');
      this.host.kick(row.connectionId);
      return;
    }
    if (h.init && row.role === 'issuer') {
      if (row.state !== 'awaiting_init') {
        // A second, different init for a consumed one-time pre-key: replayed or forged.
        return debug('replayed_init on %s ignored', row.connectionId);
      }
      const identity = await kmsIdentity(context, this.store, row.localDid, this.options.kms);
      const pending = handshakeFromJson(this.store.cipher.openJson('e2e_connection', row.connectionId, 'handshake_sealed', row.handshakeSealed));
      let accepted;
      try {
        accepted = await acceptX3dhInit(this.crypto, { handshake: pending, init: h.init as typeof wire.X3dhInit.prototype, identity, verifier: didVerifier(context, this.crypto) });
      } catch (e) {
        return this.fail(row, e);
      }
      const frame = toBase64url(encodeFrame({ handshake: { confirmation: accepted.confirmation } }));
      const now = this.store.now();
      const established = await this.store.transition(row.connectionId, async (r, em) => {
        await this.store.insertOutbox(em, { connectionId: r.connectionId, messageId: ids.confirmation, kind: 'handshake', frame, epoch: null, keyId: null, counter: null, atalaMessageId: null });
        // The one-time pre-key's private part goes in the same transaction that stores the session.
        const patch = { state: 'established', session: accepted.session, peerDid: accepted.peer.did, handshakeSealed: null, lastHandshakeOut: frame, lastHandshakeIn: frameHash, establishedAt: now, lastActivityAt: now };
        return { patch, result: { ...r, ...patch, sessionSealed: null } as ConnectionRow };
      });
      await this.host.setState(row, 'established');
      this.settleWaiters(established);
      this.host.kick(row.connectionId);
      return;
    }
    if (h.confirmation && row.role === 'holder' && row.state === 'awaiting_confirmation') {
      let confirmed: SessionState;
      try {
        confirmed = confirmSession(this.crypto, this.store.session(row), h.confirmation as typeof wire.KeyConfirmation.prototype);
      } catch (e) {
        return this.fail(row, e);
      }
      const now = this.store.now();
      const established = await this.store.transition(row.connectionId, async (r) => {
        const patch = { state: 'established', session: confirmed, lastHandshakeIn: frameHash, establishedAt: now, lastActivityAt: now };
        return { patch, result: { ...r, ...patch } as ConnectionRow };
      });
      await this.host.setState(row, 'established');
      this.settleWaiters(established);
      await this.host.retryParked(row.connectionId);
      return;
    }
    debug('handshake message out of place on %s (state %s) ignored', row.connectionId, row.state);
  }

  private async fail(row: ConnectionRow, e: unknown): Promise<void> {
    if (!ConnectorE2EError.is(e)) throw e; // (a ProtocolError counts)
    const message = (e as Error).message;
    debug('handshake on %s failed: %s', row.connectionId, message);
    const failed = await this.store.transition(row.connectionId, async (r) => {
      const patch = { state: 'failed', error: message, handshakeSealed: null, sessionSealed: null };
      return { patch, result: { ...r, ...patch } as ConnectionRow };
    });
    await this.host.setState(row, 'failed');
    this.settleWaiters(failed);
    // Tell the peer through the connector (it sees connection_revoked) instead of leaving its
    // side waiting for a handshake that will not come.
    void this.host.client(row.connectorUrl)
      .then((c) => c.revoke(row.connectionId))
      .catch((e: Error) => debug('revoking failed connection %s: %s', row.connectionId, e.message));
  }
}

function failure(row: ConnectionRow): Error {
  const message = row.error ?? 'connection_failed: the handshake failed';
  // Keep the protocol's own code (commitment_mismatch, bad_signature, ...) as the error's code.
  const code = errorCodeOf(message);
  return code ? new ConnectorE2EError(code, message.slice(code.length + 2)) : new ConnectorE2EError('connection_failed', message);
}
