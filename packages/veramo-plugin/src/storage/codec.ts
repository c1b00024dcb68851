import {
  decodeSessionState,
  encodeSessionState,
  fromHex,
  SecretBytes,
  toHex,
  wire,
  DEFAULT_CIPHER_SUITE,
  type AtalaMessage,
  type CipherSuite,
  type AtalaMessageInput,
  type Invitation,
  type IssuerHandshake,
  type SessionState,
} from '@connector-e2e/protocol';
import { sealedField, type AtRestCipher } from './at-rest.js';
import { ConnectorE2EError } from '../errors.js';
import type { E2EAtalaMessage } from '../types/IConnectorE2E.js';
import { MAX_ID_LENGTH } from '../limits.js';

/* Storage encodings of the plugin's secret values, always sealed by AtRestCipher. */

export function sealSession(cipher: AtRestCipher, connectionId: string, s: SessionState): string {
  return cipher.seal(sealedField.session(connectionId), encodeSessionState(s));
}

export function openSession(cipher: AtRestCipher, connectionId: string, blob: string | null): SessionState {
  if (!blob) throw new ConnectorE2EError('connection_not_established', `connection ${connectionId} has no session yet`);
  const s = decodeSessionState(cipher.open(sealedField.session(connectionId), blob));
  if (s.connectionId !== connectionId) throw new ConnectorE2EError('state_conflict', 'session row names another connection');
  return s;
}

interface InvitationJson {
  version: number;
  connectorUrl: string;
  token: string;
  secret: string;
  commitment: string;
  expiresAt: number;
  /** Absent in rows of plain invitations (and in every row written before ETAMP existed). */
  envelope?: 'etamp';
  /** Absent in rows of AES-256-GCM invitations (and in every row written before cipher suites). */
  suite?: 'xsalsa20-poly1305';
}

export function invitationToJson(i: Invitation): InvitationJson {
  return {
    version: i.version,
    connectorUrl: i.connectorUrl,
    token: toHex(i.token),
    secret: toHex(i.secret.expose()),
    commitment: toHex(i.commitment),
    expiresAt: i.expiresAt,
    ...(i.envelope === 'etamp' ? { envelope: 'etamp' as const } : {}),
    ...(i.suite === 'xsalsa20-poly1305' ? { suite: i.suite } : {}),
  };
}

export function invitationFromJson(j: InvitationJson): Invitation {
  return {
    version: j.version,
    connectorUrl: j.connectorUrl,
    token: fromHex(j.token),
    secret: new SecretBytes(fromHex(j.secret), 'invitation secret'),
    commitment: fromHex(j.commitment),
    expiresAt: j.expiresAt,
    ...(j.envelope === 'etamp' ? { envelope: 'etamp' as const } : {}),
    ...(j.suite === 'xsalsa20-poly1305' ? { suite: j.suite } : {}),
  };
}

interface IssuerHandshakeJson {
  status: IssuerHandshake['status'];
  connectionId: string;
  invitationHash: string;
  macKey: string;
  issuerDid: string;
  identityKey: string;
  signedPrekey: string;
  signedPrekeyPrivate?: string;
  oneTimePrekey: string;
  oneTimePrekeyPrivate?: string;
  oneTimePrekeyId: number;
  bundleHash: string;
  /** Absent in rows written before cipher suites: AES-256-GCM. */
  suite?: CipherSuite;
}

export function handshakeToJson(h: IssuerHandshake): IssuerHandshakeJson {
  return {
    status: h.status,
    connectionId: h.connectionId,
    invitationHash: toHex(h.invitationHash),
    macKey: toHex(h.macKey.expose()),
    issuerDid: h.issuerDid,
    identityKey: toHex(h.identityKey),
    signedPrekey: toHex(h.signedPrekey),
    ...(h.signedPrekeyPrivate ? { signedPrekeyPrivate: toHex(h.signedPrekeyPrivate.expose()) } : {}),
    oneTimePrekey: toHex(h.oneTimePrekey),
    ...(h.oneTimePrekeyPrivate ? { oneTimePrekeyPrivate: toHex(h.oneTimePrekeyPrivate.expose()) } : {}),
    oneTimePrekeyId: h.oneTimePrekeyId,
    bundleHash: toHex(h.bundleHash),
    ...(h.suite !== DEFAULT_CIPHER_SUITE ? { suite: h.suite } : {}),
  };
}

export function handshakeFromJson(j: IssuerHandshakeJson): IssuerHandshake {
  return {
    status: j.status,
    connectionId: j.connectionId,
    invitationHash: fromHex(j.invitationHash),
    macKey: new SecretBytes(fromHex(j.macKey), 'invitation mac key'),
    issuerDid: j.issuerDid,
    identityKey: fromHex(j.identityKey),
    signedPrekey: fromHex(j.signedPrekey),
    ...(j.signedPrekeyPrivate ? { signedPrekeyPrivate: new SecretBytes(fromHex(j.signedPrekeyPrivate), 'signed pre-key') } : {}),
    oneTimePrekey: fromHex(j.oneTimePrekey),
    ...(j.oneTimePrekeyPrivate ? { oneTimePrekeyPrivate: new SecretBytes(fromHex(j.oneTimePrekeyPrivate), 'one-time pre-key') } : {}),
    oneTimePrekeyId: j.oneTimePrekeyId,
    bundleHash: fromHex(j.bundleHash),
    suite: j.suite ?? DEFAULT_CIPHER_SUITE,
  };
}

/**
 * The AtalaMessage variants an application may send (acks and nested envelopes are the
 * plugin's own) and the type of each of their fields: method arguments arrive as JSON, maybe
 * over REST, and are checked field by field before protobufjs sees them.
 */
type FieldType = 'string' | 'string[]' | 'int32' | 'base64' | 'status';
const SENDABLE: Record<string, Record<string, FieldType>> = {
  proofRequest: { typeIds: 'string[]', connectionToken: 'string' },
  plainCredential: { encodedCredential: 'string', encodedMerkleProof: 'string' },
  credentialRevoked: { encodedCredential: 'string', reason: 'string' },
  atalaErrorMessage: { status: 'status' },
  customMessage: { typeUrl: 'string', value: 'base64' },
  credentialJwt: { jwt: 'string' },
};

/** google.rpc.Status as an application sends it: a code and a message (no typed details). */
const STATUS_FIELDS: Record<string, FieldType> = { code: 'int32', message: 'string' };

function checkField(path: string, type: FieldType, v: unknown): void {
  if (type === 'status') {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ConnectorE2EError('invalid_argument', `${path}: expected an object { code, message }`);
    for (const [f, fv] of Object.entries(v)) {
      const t = Object.hasOwn(STATUS_FIELDS, f) ? STATUS_FIELDS[f] : undefined;
      if (!t) throw new ConnectorE2EError('invalid_argument', `${path}: unknown field ${JSON.stringify(f).slice(0, 40)}`);
      if (fv !== undefined) checkField(`${path}.${f}`, t, fv);
    }
    return;
  }
  const ok =
    type === 'string'
      ? typeof v === 'string'
      : type === 'string[]'
        ? Array.isArray(v) && v.every((x) => typeof x === 'string')
        : type === 'int32'
          ? Number.isInteger(v) && (v as number) >= -0x80000000 && (v as number) <= 0x7fffffff
          : typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v);
  if (!ok) throw new ConnectorE2EError('invalid_argument', `${path}: expected ${type}`);
}

/** Validates the JSON form of an AtalaMessage from a method call and converts it. */
export function atalaFromJson(input: unknown, newId: () => string): { message: AtalaMessageInput; messageId: string } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new ConnectorE2EError('invalid_argument', 'message: expected an AtalaMessage object');
  const obj = input as Record<string, unknown>;
  const variants: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (k === 'replyTo' || k === 'messageId') {
      if (typeof v !== 'string' || v.length > MAX_ID_LENGTH) throw new ConnectorE2EError('invalid_argument', `message.${k}: expected a string of at most ${MAX_ID_LENGTH} characters`);
      continue;
    }
    const fields = Object.hasOwn(SENDABLE, k) ? SENDABLE[k] : undefined;
    if (!fields) throw new ConnectorE2EError('invalid_argument', `message: unknown or reserved field ${JSON.stringify(k).slice(0, 40)}`);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ConnectorE2EError('invalid_argument', `message.${k}: expected an object`);
    for (const [f, fv] of Object.entries(v)) {
      const type = Object.hasOwn(fields, f) ? fields[f] : undefined;
      if (!type) throw new ConnectorE2EError('invalid_argument', `message.${k}: unknown field ${JSON.stringify(f).slice(0, 40)}`);
      if (fv !== undefined) checkField(`message.${k}.${f}`, type, fv);
    }
    variants.push(k);
  }
  if (variants.length !== 1) throw new ConnectorE2EError('invalid_argument', `message: expected exactly one of ${Object.keys(SENDABLE).join(', ')}, got ${variants.length}`);
  const messageId = (obj.messageId as string | undefined) || newId();
  const message = wire.AtalaMessage.fromObject({ ...obj, messageId });
  return { message, messageId };
}

/**
 * The JSON form of a received AtalaMessage and the name of its variant. A delivery receipt
 * request is the plugin's business (receipts.ts), not part of the message an application sees.
 */
export function atalaToJson(m: AtalaMessage): { kind: string; message: E2EAtalaMessage } {
  const { receiptRequested: _asked, ...message } = wire.AtalaMessage.toObject(m, { longs: Number, bytes: String, defaults: false, oneofs: false });
  return { kind: m.message ?? 'empty', message: message as E2EAtalaMessage };
}
