import { ConnectorClientError } from '@connector-e2e/connector-client';
import { CIPHER_SUITES, DEFAULT_CIPHER_SUITE, checkOtpIdentifier, normalizeOtp, type CryptoProvider } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import type { IAgentPlugin } from '@veramo/core-types';
import type { DataSource } from 'typeorm';
import { AtRestCipher, sealedField } from './storage/at-rest.js';
import { atalaToJson } from './storage/codec.js';
import { settleDebugColors, warnIfDebugPrintsSecrets } from './agent/debug-guard.js';
import { receiptView } from './agent/views.js';
import { Engine, type EngineFaults } from './engine.js';
import {
  DEFAULT_HANDSHAKE_TIMEOUT_MS,
  DEFAULT_MESSAGES_PAGE,
  DEFAULT_REKEY_AFTER_MESSAGES,
  DEFAULT_RETRANSMIT_AFTER_MS,
  DEFAULT_ROTATION,
  DEFAULT_SYNC_LIMIT,
  MAX_ID_LENGTH,
  MAX_MESSAGES_PAGE,
  MAX_SYNC_LIMIT,
} from './limits.js';
import type { RotationPolicy } from './session/sending-keys.js';
import { asPluginError, ConnectorE2EError } from './errors.js';
import { schema } from './plugin.schema.js';
import { Store } from './storage/store.js';
import { decodeAtalaMessage } from '@connector-e2e/protocol';
import type {
  E2EAcceptInvitationArgs,
  E2EConnection,
  E2EConnectionList,
  E2EContext,
  E2EControlResult,
  E2ECreateInvitationArgs,
  E2EDeleteConnectionArgs,
  E2EDeleteConnectionResult,
  E2EExportedRecord,
  E2EExportRecordArgs,
  E2EGetConnectionArgs,
  E2EGetMessagesArgs,
  E2EGetReceiptArgs,
  E2EInvitation,
  E2EListConnectionsArgs,
  E2EListeningStatus,
  E2EMessageList,
  E2EReceipt,
  E2EReceivedMessage,
  E2ERekeyArgs,
  E2EResyncArgs,
  E2ESendMessageArgs,
  E2ESendResult,
  E2ESetKeyRotationArgs,
  E2ERegisterArgs,
  E2ERegistration,
  E2EAcceptIdentityChangeArgs,
  E2EPeerIdentity,
  E2EPublishDirectoryArgs,
  E2EDirectoryPublication,
  E2EConnectDirectoryArgs,
  E2EStartListeningArgs,
  E2EStopListeningArgs,
  E2ESyncArgs,
  E2ESyncResult,
  IConnectorE2E,
} from './types/IConnectorE2E.js';

/** @public */
export interface ConnectorE2EOptions {
  /** The agent's typeorm DataSource (the same one `@veramo/data-store` uses), or a promise of it. */
  dbConnection: DataSource | Promise<DataSource>;
  /** Base URL of the connector this agent's invitations point to. */
  connectorUrl: string;
  /** 64 hex characters: the key that encrypts session secrets, pre-keys and received messages at rest. */
  secretKey: string;
  /** DID used when a method is called without `did`. */
  defaultDid?: string;
  /** KMS holding the X25519 identity keys. Default `local`. */
  kms?: string;
  /** Default `node:crypto`; pass `nobleCrypto` where node:crypto is missing. */
  crypto?: CryptoProvider;
  /** Default 30 000 ms. */
  handshakeTimeoutMs?: number;
  /** Resend a record that has no end-to-end ack after this long (same ciphertext). Default 30 000 ms. */
  retransmitAfterMs?: number;
  /**
   * The envelope mode of the invitations this agent creates when `e2eCreateInvitation` names
   * none: 'etamp' signs every record and control message with the sender's DID
   * (docs/protocol.md 23). Default 'plain'.
   */
  envelope?: 'plain' | 'etamp';
  /**
   * The records' cipher suite of the invitations this agent creates when `e2eCreateInvitation`
   * names none (docs/protocol.md 24). Default 'aes-256-gcm'.
   */
  suite?: 'aes-256-gcm' | 'xsalsa20-poly1305';
  /** Accept invitations naming a plain-http connector on a non-loopback host. Default false. */
  allowInsecureHttp?: boolean;
  /** Rekey after this many records sent in an epoch. Default 1 000 000. */
  rekeyAfterMessages?: number;
  /**
   * When a process replaces its sending key besides at every start (always), after a rekey and
   * after a failed write: after `records` records or `ms` milliseconds under one key. Default
   * 100 000 records or 24 h (see limits.ts for why not fewer).
   */
  sendingKeyRotation?: Partial<RotationPolicy>;
  /**
   * Start live delivery on the first call of a method that talks to the connector (default
   * true). Methods that only read or change local state never start it, so a one-shot process
   * (`veramo execute`) that calls them exits.
   */
  autoListen?: boolean;
  /**
   * The clock every timestamp, deadline and interval of the plugin reads (Unix ms). Default
   * `Date.now`. For tests that move time forward instead of waiting; the connector client
   * keeps the real clock for its signed request timestamps.
   */
  clock?: () => number;
  /** Fault injection, for crash tests only. */
  faults?: EngineFaults;
}

const METHODS = [
  'e2eCreateInvitation',
  'e2eAcceptInvitation',
  'e2eListConnections',
  'e2eGetConnection',
  'e2eDeleteConnection',
  'e2eSendMessage',
  'e2eSync',
  'e2eGetMessages',
  'e2eExportRecord',
  'e2eGetReceipt',
  'e2eResync',
  'e2eRekey',
  'e2eSetKeyRotation',
  'e2eStartListening',
  'e2eStopListening',
  'e2eRegister',
  'e2eAcceptIdentityChange',
  'e2ePublishDirectory',
  'e2eConnectDirectory',
] as const;

/**
 * The connector-e2e Veramo plugin: QR connection invitations, synchronous X3DH and end-to-end
 * encrypted AtalaMessages through a blind connector. See the package README.
 * @public
 */
export class ConnectorE2E implements IAgentPlugin {
  readonly methods: IConnectorE2E;
  readonly schema = schema.IConnectorE2E;
  private engine: Engine | undefined;
  private starting: Promise<Engine> | undefined;
  private stopped = false;

  constructor(private readonly options: ConnectorE2EOptions) {
    if (!options || !options.dbConnection) throw new TypeError('ConnectorE2E: dbConnection is required');
    if (typeof options.connectorUrl !== 'string') throw new TypeError('ConnectorE2E: connectorUrl is required');
    if (options.clock !== undefined && typeof options.clock !== 'function') throw new TypeError('ConnectorE2E: clock must be a function returning Unix milliseconds');
    if (options.envelope !== undefined && options.envelope !== 'plain' && options.envelope !== 'etamp') throw new TypeError(`ConnectorE2E: envelope must be 'plain' or 'etamp', got ${String(options.envelope)}`);
    if (options.suite !== undefined && !(CIPHER_SUITES as readonly unknown[]).includes(options.suite)) throw new TypeError(`ConnectorE2E: suite must be ${CIPHER_SUITES.join(' or ')}, got ${String(options.suite)}`);
    new AtRestCipher(options.crypto ?? nodeCrypto, options.secretKey); // validates the key now
    warnIfDebugPrintsSecrets();
    settleDebugColors();
    const m = {} as Record<(typeof METHODS)[number], unknown>;
    for (const name of METHODS) {
      const method = (this[name] as (a: never, c: E2EContext) => Promise<unknown>).bind(this);
      // Every failure leaves a method as a ConnectorE2EError with its code (errors.ts, asPluginError).
      m[name] = (args: never, context: E2EContext) =>
        method(args, context).catch((e: unknown) => {
          throw asPluginError(e);
        });
    }
    this.methods = m as unknown as IConnectorE2E;
  }

  // `listen`: methods that talk to the connector start live delivery (autoListen); the others
  // pass false, since its socket keeps the process alive and they do not need it.
  private async ready(context: E2EContext, listen = this.options.autoListen !== false): Promise<Engine> {
    if (!this.engine) {
      this.starting ??= (async () => {
        const crypto = this.options.crypto ?? nodeCrypto;
        const db = await this.options.dbConnection;
        // Like Veramo's own stores: a DataSource handed over unopened is opened on first use.
        if (!db.isInitialized) await db.initialize();
        const store = new Store(db, new AtRestCipher(crypto, this.options.secretKey), this.options.clock);
        return new Engine(store, crypto, {
          connectorUrl: this.options.connectorUrl.replace(/\/+$/, ''),
          defaultDid: this.options.defaultDid,
          kms: this.options.kms ?? 'local',
          handshakeTimeoutMs: this.options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS,
          retransmitAfterMs: this.options.retransmitAfterMs ?? DEFAULT_RETRANSMIT_AFTER_MS,
          allowInsecureHttp: this.options.allowInsecureHttp ?? false,
          envelope: this.options.envelope ?? 'plain',
          suite: this.options.suite ?? DEFAULT_CIPHER_SUITE,
          rekeyAfterMessages: this.options.rekeyAfterMessages ?? DEFAULT_REKEY_AFTER_MESSAGES,
          sendingKeyRotation: { ...DEFAULT_ROTATION, ...this.options.sendingKeyRotation },
          faults: this.options.faults,
        });
      })();
      this.engine = await this.starting;
    }
    this.engine.bind(context);
    // Before anything can be sealed, listening or not, connector reachable or not.
    await this.engine.resume();
    if (listen && !this.stopped && !this.engine.listening) await this.engine.listen();
    return this.engine;
  }

  /** {@inheritDoc IConnectorE2E.e2eCreateInvitation} */
  async e2eCreateInvitation(args: E2ECreateInvitationArgs, context: E2EContext): Promise<E2EInvitation> {
    return (await this.ready(context)).createInvitation(args ?? {});
  }

  /** {@inheritDoc IConnectorE2E.e2eAcceptInvitation} */
  async e2eAcceptInvitation(args: E2EAcceptInvitationArgs, context: E2EContext): Promise<E2EConnection> {
    if (!args || typeof args.invitation !== 'string') throw new ConnectorE2EError('invalid_argument', 'invitation: expected the invitation URL');
    const engine = await this.ready(context);
    return engine.view(await engine.acceptInvitation(args));
  }

  /** {@inheritDoc IConnectorE2E.e2eListConnections} */
  async e2eListConnections(args: E2EListConnectionsArgs, context: E2EContext): Promise<E2EConnectionList> {
    const engine = await this.ready(context, false);
    const rows = await engine.store.listConnections({ ...(args?.state ? { state: args.state } : {}), ...(args?.did ? { localDid: args.did } : {}) });
    return { connections: await Promise.all(rows.map((r) => engine.view(r, true))) };
  }

  /** {@inheritDoc IConnectorE2E.e2eGetConnection} */
  async e2eGetConnection(args: E2EGetConnectionArgs, context: E2EContext): Promise<E2EConnection> {
    const engine = await this.ready(context, false);
    return engine.view(await engine.store.connectionOrThrow(requireId(args)));
  }

  /** {@inheritDoc IConnectorE2E.e2eDeleteConnection} */
  async e2eDeleteConnection(args: E2EDeleteConnectionArgs, context: E2EContext): Promise<E2EDeleteConnectionResult> {
    const engine = await this.ready(context);
    const row = await engine.store.connection(requireId(args));
    if (!row) return { deleted: false };
    if (args.revoke !== false) {
      // The peer learns it end to end first (the connector's notice is only a hint to it); what
      // we sent before goes ahead of the close. Resolves once the connector stored it.
      await engine.close(row.connectionId, args.reason ?? '');
      await (await engine.client(row.connectorUrl)).revoke(row.connectionId).catch((e: unknown) => {
        if (!ConnectorClientError.is(e, 'not_found') && !ConnectorClientError.is(e, 'connection_revoked')) throw e;
      });
    }
    await engine.store.deleteConnectionData(row.connectionId);
    engine.sending.remove(row.connectionId);
    return { deleted: true };
  }

  /** {@inheritDoc IConnectorE2E.e2eSendMessage} */
  async e2eSendMessage(args: E2ESendMessageArgs, context: E2EContext): Promise<E2ESendResult> {
    const connectionId = requireId(args);
    if (args.receipt !== undefined && typeof args.receipt !== 'boolean') throw new ConnectorE2EError('invalid_argument', 'receipt: expected a boolean');
    const engine = await this.ready(context);
    return engine.send(connectionId, args.message, args.receipt === true);
  }

  /** {@inheritDoc IConnectorE2E.e2eSync} */
  async e2eSync(args: E2ESyncArgs, context: E2EContext): Promise<E2ESyncResult> {
    const engine = await this.ready(context, false);
    const limit = args?.limit ?? DEFAULT_SYNC_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SYNC_LIMIT) throw new ConnectorE2EError('invalid_argument', `limit: expected an integer in [1, ${MAX_SYNC_LIMIT}]`);
    return engine.sync(limit);
  }

  /** {@inheritDoc IConnectorE2E.e2eExportRecord} */
  async e2eExportRecord(args: E2EExportRecordArgs, context: E2EContext): Promise<E2EExportedRecord> {
    const engine = await this.ready(context, false);
    const connectionId = requireId(args);
    if (typeof args.messageId !== 'string' || args.messageId === '') throw new ConnectorE2EError('invalid_argument', 'messageId: expected a non-empty string');
    const row = await engine.store.connectionOrThrow(connectionId);
    const message = await engine.store.inbox.byMessageId(connectionId, args.messageId);
    if (!message) throw new ConnectorE2EError('not_found', `no message ${args.messageId.slice(0, 80)} received on connection ${connectionId.slice(0, 80)}`);
    if (!message.envelope) throw new ConnectorE2EError('not_found', `message ${args.messageId.slice(0, 80)} arrived on a plain connection: it has no signed envelope to export (invitations with envelope 'etamp' make ETAMP connections)`);
    return { jwt: message.envelope, issuer: row.peerDid ?? '', audience: row.localDid, connectionId, messageId: message.messageId };
  }

  /** {@inheritDoc IConnectorE2E.e2eGetReceipt} */
  async e2eGetReceipt(args: E2EGetReceiptArgs, context: E2EContext): Promise<E2EReceipt> {
    const engine = await this.ready(context, false);
    const connectionId = requireId(args);
    if (typeof args.messageId !== 'string' || args.messageId === '') throw new ConnectorE2EError('invalid_argument', 'messageId: expected a non-empty string');
    const row = await engine.store.connectionOrThrow(connectionId);
    const sealings = await engine.store.receipts.ofMessage(connectionId, args.messageId);
    if (sealings.length === 0) throw new ConnectorE2EError('not_found', `no message ${args.messageId.slice(0, 80)} sent with a receipt request on connection ${connectionId.slice(0, 80)}`);
    return receiptView(row, sealings);
  }

  /** {@inheritDoc IConnectorE2E.e2eGetMessages} */
  async e2eGetMessages(args: E2EGetMessagesArgs, context: E2EContext): Promise<E2EMessageList> {
    const engine = await this.ready(context, false);
    const limit = args?.limit ?? DEFAULT_MESSAGES_PAGE;
    const after = args?.after ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MESSAGES_PAGE) throw new ConnectorE2EError('invalid_argument', `limit: expected an integer in [1, ${MAX_MESSAGES_PAGE}]`);
    if (!Number.isInteger(after) || after < 0) throw new ConnectorE2EError('invalid_argument', 'after: expected a non-negative integer');
    const rows = await engine.store.inbox.page(after, limit, args?.connectionId || undefined);
    const messages: E2EReceivedMessage[] = rows.map((r) => {
      const plaintext = engine.store.cipher.open(sealedField.inboxPlaintext(r), r.plaintextSealed);
      const { kind, message } = atalaToJson(decodeAtalaMessage(plaintext));
      return { id: r.id, connectionId: r.connectionId, messageId: r.messageId, kind, epoch: r.epoch, keyId: r.keyId, counter: r.counter, receivedAt: new Date(r.receivedAt).toISOString(), message };
    });
    return { messages };
  }

  /** {@inheritDoc IConnectorE2E.e2eResync} */
  async e2eResync(args: E2EResyncArgs, context: E2EContext): Promise<E2EControlResult> {
    const engine = await this.ready(context);
    const s = await engine.resync(requireId(args));
    return { connectionId: s.connectionId, epoch: s.epoch, sendNext: engine.sending.current(s.connectionId, s)?.next ?? 0 };
  }

  /** {@inheritDoc IConnectorE2E.e2eRekey} */
  async e2eRekey(args: E2ERekeyArgs, context: E2EContext): Promise<E2EControlResult> {
    const engine = await this.ready(context);
    const s = await engine.rekey(requireId(args));
    return { connectionId: s.connectionId, epoch: s.epoch, sendNext: engine.sending.current(s.connectionId, s)?.next ?? 0 };
  }

  /** {@inheritDoc IConnectorE2E.e2eSetKeyRotation} */
  async e2eSetKeyRotation(args: E2ESetKeyRotationArgs, context: E2EContext): Promise<E2EConnection> {
    const engine = await this.ready(context, false);
    const own = args?.sendingKeyRotation;
    if (own !== undefined && (own === null || typeof own !== 'object')) throw new ConnectorE2EError('invalid_argument', 'sendingKeyRotation: expected an object { records?, ms? }');
    return engine.setKeyRotation(requireId(args), own ?? null);
  }

  /** {@inheritDoc IConnectorE2E.e2eStartListening} */
  async e2eStartListening(_args: E2EStartListeningArgs, context: E2EContext): Promise<E2EListeningStatus> {
    this.stopped = false;
    const engine = await this.ready(context, true);
    return { listening: engine.listening, connectorUrl: engine.options.connectorUrl };
  }

  /** {@inheritDoc IConnectorE2E.e2eRegister} */
  async e2eRegister(args: E2ERegisterArgs, context: E2EContext): Promise<E2ERegistration> {
    const engine = await this.ready(context, false);
    const { url, identifier, otp } = registrationArgs(args, engine.options.connectorUrl);
    return { connectorUrl: url, participantId: await engine.registerAt(url, { identifier, otp }) };
  }

  /** {@inheritDoc IConnectorE2E.e2eAcceptIdentityChange} */
  async e2eAcceptIdentityChange(args: E2EAcceptIdentityChangeArgs, context: E2EContext): Promise<E2EPeerIdentity> {
    const did = args?.did;
    if (typeof did !== 'string' || !did.startsWith('did:') || did.length > 2048) throw new ConnectorE2EError('invalid_argument', 'did: expected a DID');
    const engine = await this.ready(context, false);
    const identityKey = await engine.acceptIdentityChange(did);
    if (identityKey === undefined) throw new ConnectorE2EError('not_found', `no changed identity key of ${did} is waiting to be accepted`);
    return { did, identityKey };
  }

  /** {@inheritDoc IConnectorE2E.e2ePublishDirectory} */
  async e2ePublishDirectory(args: E2EPublishDirectoryArgs, context: E2EContext): Promise<E2EDirectoryPublication> {
    const a = args ?? {};
    if (a.connectorUrl !== undefined && (typeof a.connectorUrl !== 'string' || !/^https?:\/\/\S+$/.test(a.connectorUrl))) throw new ConnectorE2EError('invalid_argument', 'connectorUrl: expected an http(s) URL');
    if (a.rotate !== undefined && typeof a.rotate !== 'boolean') throw new ConnectorE2EError('invalid_argument', 'rotate: expected a boolean');
    return (await this.ready(context)).publishDirectory(a);
  }

  /** {@inheritDoc IConnectorE2E.e2eConnectDirectory} */
  async e2eConnectDirectory(args: E2EConnectDirectoryArgs, context: E2EContext): Promise<E2EConnection> {
    const a = args ?? ({} as Partial<E2EConnectDirectoryArgs>);
    if (typeof a.participantId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(a.participantId)) throw new ConnectorE2EError('invalid_argument', 'participantId: expected the peer\'s participant id (base64url)');
    if (typeof a.peerDid !== 'string' || !a.peerDid.startsWith('did:') || a.peerDid.length > 2048) throw new ConnectorE2EError('invalid_argument', 'peerDid: expected a DID');
    if (a.connectorUrl !== undefined && (typeof a.connectorUrl !== 'string' || !/^https?:\/\/\S+$/.test(a.connectorUrl))) throw new ConnectorE2EError('invalid_argument', 'connectorUrl: expected an http(s) URL');
    const engine = await this.ready(context);
    return engine.view(await engine.connectDirectory(a as E2EConnectDirectoryArgs));
  }

  /** {@inheritDoc IConnectorE2E.e2eStopListening} */
  async e2eStopListening(_args: E2EStopListeningArgs, context: E2EContext): Promise<E2EListeningStatus> {
    this.stopped = true;
    const engine = await this.ready(context, false);
    await engine.stop();
    return { listening: false, connectorUrl: engine.options.connectorUrl };
  }
}

/** e2eRegister's arguments, checked (an OTP normalized), before anything is sent. */
function registrationArgs(args: E2ERegisterArgs | undefined, defaultUrl: string): { url: string; identifier: string; otp: string } {
  const { connectorUrl, identifier, otp } = args ?? ({} as Partial<E2ERegisterArgs>);
  if (connectorUrl !== undefined && (typeof connectorUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(connectorUrl))) throw new ConnectorE2EError('invalid_argument', 'connectorUrl: expected an http(s) URL');
  if (typeof identifier !== 'string') throw new ConnectorE2EError('invalid_argument', 'identifier: expected a string');
  if (typeof otp !== 'string') throw new ConnectorE2EError('invalid_argument', 'otp: expected a string');
  try {
    checkOtpIdentifier(identifier);
    return { url: (connectorUrl ?? defaultUrl).replace(/\/+$/, ''), identifier, otp: normalizeOtp(otp) };
  } catch (e) {
    throw new ConnectorE2EError('invalid_argument', (e as Error).message);
  }
}

function requireId(args: { connectionId?: unknown } | undefined): string {
  const id = args?.connectionId;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) throw new ConnectorE2EError('invalid_argument', 'connectionId: expected a non-empty string');
  return id;
}
