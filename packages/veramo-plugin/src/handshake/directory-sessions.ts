import {
  createDirectoryBundle,
  createDirectoryPrekeys,
  encodeFrame,
  initiateFromDirectory,
  toBase64url,
  type CryptoProvider,
  type DirectoryPrekey,
} from '@connector-e2e/protocol';
import type { Delivery } from '@connector-e2e/connector-client';
import createDebug from 'debug';
import type { AgentContext } from '../agent/agent-context.js';
import { didVerifier, kmsIdentity, kmsSigner } from '../agent/did-keys.js';
import { ConnectorE2EError } from '../errors.js';
import { DIRECTORY_PREKEYS_DEFAULT, DIRECTORY_PREKEYS_MAX, DIRECTORY_REFILL_BELOW, MAX_PENDING_ACCEPTS } from '../limits.js';
import { sealSession } from '../storage/codec.js';
import type { ConnectionRow } from '../storage/entities.js';
import { sql } from '../storage/sql.js';
import type { Store } from '../storage/store.js';
import { ids } from '../session/message-ids.js';
import type { ConnectorLinks } from '../transport/connector-links.js';
import type { OutboxFlusher } from '../transport/outbox-flusher.js';
import type { EngineOptions } from '../engine.js';

const debug = createDebug('connector-e2e:plugin');

export interface DirectoryParts {
  store: Store;
  crypto: CryptoProvider;
  options: EngineOptions;
  agent: AgentContext;
  links: ConnectorLinks;
  outbox: OutboxFlusher;
  listen(url: string): Promise<void>;
}

export interface DirectoryPublication {
  did: string;
  connectorUrl: string;
  participantId: string;
  signedPrekeyId: number;
  /** One-time pre-keys the directory holds after this call. */
  stock: number;
}

/**
 * Sessions set up through a connector's key directory (docs/protocol.md 29, 30), the second way
 * in next to QR invitations. As owner: publishes a DID-signed bundle and one-time pre-keys
 * (keeping their private parts), refills the stock as inits consume it, and opens a connection
 * row for each directory notice (the init that follows is completed by Handshakes). As
 * initiator: takes a bundle from the directory and has an established connection at once.
 */
export class DirectorySessions {
  constructor(private readonly p: DirectoryParts) {}

  /** A uint32 not yet used as a key id by `did`. */
  private freshIds(used: Set<number>, n: number): number[] {
    const out: number[] = [];
    while (out.length < n) {
      const id = new DataView(this.p.crypto.randomBytes(4).buffer).getUint32(0);
      if (!used.has(id)) {
        used.add(id);
        out.push(id);
      }
    }
    return out;
  }

  /**
   * Owner: publishes `did`'s bundle (a new signed pre-key when there is none or `rotate`) and
   * `oneTimePrekeys` new one-time pre-keys to the connector at `url`.
   */
  async publish(args: { did?: string; connectorUrl?: string; oneTimePrekeys?: number; rotate?: boolean }): Promise<DirectoryPublication> {
    const { store, crypto, options } = this.p;
    const count = args.oneTimePrekeys ?? DIRECTORY_PREKEYS_DEFAULT;
    if (!Number.isInteger(count) || count < 0 || count > DIRECTORY_PREKEYS_MAX) throw new ConnectorE2EError('invalid_argument', `oneTimePrekeys: expected 0..${DIRECTORY_PREKEYS_MAX}`);
    const url = (args.connectorUrl ?? options.connectorUrl).replace(/\/+$/, '');
    const context = this.p.agent.get();
    const did = this.p.agent.did(args.did);
    const identity = await kmsIdentity(context, store, did, options.kms);
    const signer = await kmsSigner(context, did);
    const client = await this.p.links.client(url);
    const used = await store.directory.ids(did);
    let signed: { key: DirectoryPrekey; bundle: Uint8Array } | undefined;
    let latest = await store.directory.latestBundle(did);
    if (!latest || args.rotate) {
      const [id] = this.freshIds(used, 1);
      const made = await createDirectoryBundle(crypto, { identity, signer, signedPrekeyId: id!, createdAt: store.now(), suite: options.suite });
      signed = { key: made.signedPrekey, bundle: made.bundle };
      latest = { signedPrekeyId: id!, bundle: made.bundle };
    }
    const prekeys = await createDirectoryPrekeys(crypto, signer, this.freshIds(used, count));
    // Kept before they are published: an init can only name keys this agent can open.
    await store.directory.add(did, signed, prekeys.map((k) => k.prekey));
    const { stock } = await client.publishPreKeys({ bundle: latest.bundle, oneTimePreKeys: prekeys.map((k) => k.published) });
    await this.p.listen(url);
    return { did, connectorUrl: url, participantId: client.participantId, signedPrekeyId: latest.signedPrekeyId, stock };
  }

  /** Owner, after an init consumed a one-time pre-key: tops the stock up when it runs low. */
  async refill(did: string, url: string): Promise<void> {
    try {
      const client = await this.p.links.client(url);
      const { stock } = await client.directoryStock();
      if (stock < DIRECTORY_REFILL_BELOW) await this.publish({ did, connectorUrl: url, oneTimePrekeys: DIRECTORY_PREKEYS_DEFAULT });
    } catch (e) {
      debug('refilling the directory stock of %s at %s: %s', did, url, (e as Error).message);
    }
  }

  /**
   * Owner: the connector reports a connection set up from the directory. Not authenticated (a
   * relay can forge it): it only opens a row waiting for the init, which must pass every check;
   * at most MAX_PENDING_ACCEPTS such rows wait per DID.
   */
  async onDirectoryConnection(url: string, d: Delivery): Promise<void> {
    const { store } = this.p;
    if (await store.connection(d.connectionId)) return;
    const answer = d.directoryAnswer;
    if (!answer) return debug('directory notice %s without an answer ignored', d.connectionId);
    const mine = await store.directory.byBundle(answer.bundle);
    if (!mine) return debug('directory notice %s names a bundle this agent did not publish; ignored', d.connectionId);
    const now = store.now();
    const created = await store.tx(async (em) => {
      const { records } = await sql(em, "SELECT COUNT(*) AS n FROM e2e_connection WHERE local_did = ? AND token_id IS NULL AND role = 'issuer' AND state = 'awaiting_init'", [mine.did]);
      if (Number(records[0]?.n ?? 0) >= MAX_PENDING_ACCEPTS) return false;
      await store.insertConnection(
        {
          connectionId: d.connectionId,
          role: 'issuer',
          state: 'awaiting_init',
          localDid: mine.did,
          peerDid: null,
          connectorUrl: url,
          tokenId: null,
          handshakeSealed: null,
          sessionSealed: null,
          version: 0,
          lastHandshakeOut: null,
          lastHandshakeIn: null,
          createdAt: now,
          updatedAt: now,
          lastActivityAt: now,
          acceptedAt: d.sentAt || now,
          establishedAt: null,
          error: null,
          rejectedHandshakes: 0,
          envelope: null,
        },
        em,
      );
      return true;
    });
    if (!created) return debug('%s has %d directory connections waiting for an init; %s ignored', mine.did, MAX_PENDING_ACCEPTS, d.connectionId);
    await this.p.agent.connectionState({ connectionId: d.connectionId, role: 'issuer' }, null, 'awaiting_init');
  }

  /**
   * Initiator: sets up a connection with the participant `participantId` of the connector at
   * `url`, whose bundle must be `peerDid`'s. The connection is established when this returns:
   * its init goes out first, then whatever is sent on it; the owner completes when it comes online.
   */
  async connect(args: { participantId: string; peerDid: string; did?: string; connectorUrl?: string }): Promise<ConnectionRow> {
    const { store, crypto, options } = this.p;
    const url = (args.connectorUrl ?? options.connectorUrl).replace(/\/+$/, '');
    const context = this.p.agent.get();
    const did = this.p.agent.did(args.did);
    const identity = await kmsIdentity(context, store, did, options.kms);
    const signer = await kmsSigner(context, did);
    const client = await this.p.links.client(url);
    await this.p.listen(url);
    const { connectionId, answer } = await client.directoryConnect({ participantId: args.participantId, directoryKey: (await client.directoryKey()).publicKey });
    let initiated;
    try {
      initiated = await initiateFromDirectory(crypto, {
        connectionId,
        expectedDid: args.peerDid,
        bundle: answer.bundle,
        ...(answer.oneTimePreKey ? { oneTimePrekey: answer.oneTimePreKey } : {}),
        identity,
        signer,
        verifier: didVerifier(context, crypto),
      });
    } catch (e) {
      // A bundle that is not the peer's (substituted, or another participant's): nothing is kept.
      void client.revoke(connectionId).catch(() => undefined);
      throw e;
    }
    const frame = toBase64url(encodeFrame({ handshake: { directoryInit: initiated.init } }));
    const now = store.now();
    const row: ConnectionRow = {
      connectionId,
      role: 'holder',
      state: 'established',
      localDid: did,
      peerDid: initiated.peer.did,
      connectorUrl: url,
      tokenId: null,
      handshakeSealed: null,
      sessionSealed: sealSession(store.cipher, connectionId, initiated.session),
      version: 0,
      lastHandshakeOut: frame,
      lastHandshakeIn: null,
      keyRotation: null,
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
      acceptedAt: now,
      establishedAt: now,
      error: null,
      rejectedHandshakes: 0,
      envelope: null,
    };
    try {
      await store.tx(async (em) => {
        await store.peers.pinOrRefuse(em, initiated.peer);
        await store.insertConnection(row, em);
        await store.outbox.insert(em, { connectionId, messageId: ids.init, kind: 'handshake', frame, epoch: null, keyId: null, counter: null, atalaMessageId: null });
      });
    } catch (e) {
      void client.revoke(connectionId).catch(() => undefined);
      if (ConnectorE2EError.is(e, 'identity_changed')) await store.peers.recordChange(initiated.peer.did, initiated.peer.identityKey);
      throw e;
    }
    await this.p.agent.connectionState({ connectionId, role: 'holder' }, null, 'established');
    this.p.outbox.kick(connectionId);
    return row;
  }
}
