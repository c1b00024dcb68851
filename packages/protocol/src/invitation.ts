import { assertBytes, fromBase64url, lengthPrefixed, toBase64url, uint32be } from './bytes.js';
import {
  INVITATION_DEFAULT_TTL_S,
  INVITATION_MAX_TTL_S,
  INVITATION_MAX_URL_LENGTH,
  INVITATION_MIN_TTL_S,
  INVITATION_SECRET_BYTES,
  INVITATION_TOKEN_BYTES,
  MAX_DID_LENGTH,
} from './constants.js';
import { ProtocolError } from './errors.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { SecretBytes } from './secret.js';
import { assertCipherSuite, DEFAULT_CIPHER_SUITE, suiteFromWire, suiteToWire, type CipherSuite } from './suites.js';
import { decodeUntrusted, uint64ToNumber, wire } from './wire.js';

/** Path segment of https invitation URLs: `${connectorUrl}/invite#<payload>`. */
export const INVITATION_PATH = '/invite';
/** Custom scheme for wallets that register one: `connector-e2e:invite#<payload>`. */
export const INVITATION_SCHEME = 'connector-e2e:';
export const INVITATION_VERSION = 1;
/** `Invitation.envelope` on the wire: 0 plain frames, 1 ETAMP envelopes. */
const ENVELOPE_ETAMP = 1;

export interface Invitation {
  readonly version: number;
  readonly connectorUrl: string;
  /** One-time connection token; the only part the connector ever sees. */
  readonly token: Uint8Array;
  /** MAC key material; never sent to the connector. */
  readonly secret: SecretBytes;
  /** SHA-256 commitment to the issuer DID and X3DH identity key. */
  readonly commitment: Uint8Array;
  /** Unix seconds. */
  readonly expiresAt: number;
  /**
   * 'etamp': every record and control message of the connection travels in an ETAMP envelope
   * (docs/protocol.md 23). Absent: plain frames. Part of the invitation hash, so a relay cannot
   * change what the two parties agreed on.
   */
  readonly envelope?: 'etamp';
  /**
   * The records' cipher suite (docs/protocol.md 24). Absent: AES-256-GCM. Part of the
   * invitation hash, like `envelope`.
   */
  readonly suite?: 'xsalsa20-poly1305';
}

export interface CreateInvitationArgs {
  connectorUrl: string;
  issuerDid: string;
  identityKey: Uint8Array;
  /** Token registered at the connector (16 bytes); random when omitted. */
  token?: Uint8Array;
  ttlSeconds?: number;
  now?: number; // unix ms
  /** 'etamp' for a connection whose frames travel in ETAMP envelopes (default 'plain'). */
  envelope?: 'plain' | 'etamp';
  /** The records' cipher suite (default AES-256-GCM). */
  suite?: CipherSuite;
}

/** commitment = SHA-256(lp(label, token, issuer DID, issuer identity key)) */
export function invitationCommitment(crypto: CryptoProvider, token: Uint8Array, issuerDid: string, identityKey: Uint8Array): Uint8Array {
  return crypto.sha256(lengthPrefixed(LABELS.invitationCommitment, token, issuerDid, identityKey));
}

/** MAC key = HKDF-SHA256(IKM = secret, salt = token, info = label, L = 32) */
export function invitationMacKey(crypto: CryptoProvider, invitation: Invitation): SecretBytes {
  return new SecretBytes(crypto.hkdfSha256(invitation.secret.expose(), invitation.token, new TextEncoder().encode(LABELS.invitationMac), 32), 'invitation mac key');
}

/**
 * IH = SHA-256(lp(label, version, connector URL, token, commitment, expires_at[, u32(1)][, "xsalsa20-poly1305"]));
 * goes into the X3DH transcript. The optional fields are present only for an ETAMP invitation
 * and for an XSalsa20-Poly1305 one (docs/protocol.md 6.2): a 4-byte field and a 17-byte one, so
 * every combination hashes differently, and invitations without them hash as they always did.
 */
export function invitationHash(crypto: CryptoProvider, invitation: Invitation): Uint8Array {
  const envelope = invitation.envelope === 'etamp' ? [uint32be(ENVELOPE_ETAMP)] : [];
  const suite = invitation.suite === 'xsalsa20-poly1305' ? [invitation.suite] : [];
  return crypto.sha256(
    lengthPrefixed(LABELS.invitationHash, uint32be(invitation.version), invitation.connectorUrl, invitation.token, invitation.commitment, uint32be(invitation.expiresAt), ...envelope, ...suite),
  );
}

export function createInvitation(crypto: CryptoProvider, args: CreateInvitationArgs): Invitation {
  const ttl = args.ttlSeconds ?? INVITATION_DEFAULT_TTL_S;
  if (!Number.isInteger(ttl) || ttl < INVITATION_MIN_TTL_S || ttl > INVITATION_MAX_TTL_S) {
    throw new RangeError(`ttlSeconds: expected an integer in [${INVITATION_MIN_TTL_S}, ${INVITATION_MAX_TTL_S}], got ${ttl}`);
  }
  if (typeof args.issuerDid !== 'string' || !args.issuerDid.startsWith('did:') || args.issuerDid.length > MAX_DID_LENGTH) {
    throw new TypeError(`issuerDid: expected a DID, got ${String(args.issuerDid).slice(0, 40)}`);
  }
  assertBytes(args.identityKey, 'identityKey', 32);
  const token = args.token ?? crypto.randomBytes(INVITATION_TOKEN_BYTES);
  assertBytes(token, 'token', INVITATION_TOKEN_BYTES);
  const connectorUrl = normalizeConnectorUrl(args.connectorUrl);
  const now = args.now ?? Date.now();
  if (args.envelope !== undefined && args.envelope !== 'plain' && args.envelope !== 'etamp') throw new TypeError(`envelope: expected 'plain' or 'etamp', got ${String(args.envelope)}`);
  if (args.suite !== undefined) assertCipherSuite(args.suite);
  return {
    version: INVITATION_VERSION,
    connectorUrl,
    token: token.slice(),
    secret: new SecretBytes(crypto.randomBytes(INVITATION_SECRET_BYTES), 'invitation secret'),
    commitment: invitationCommitment(crypto, token, args.issuerDid, args.identityKey),
    expiresAt: Math.floor(now / 1000) + ttl,
    ...(args.envelope === 'etamp' ? { envelope: 'etamp' as const } : {}),
    ...(args.suite === 'xsalsa20-poly1305' ? { suite: args.suite } : {}),
  };
}

function normalizeConnectorUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`connectorUrl: not a URL: ${String(url).slice(0, 80)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`connectorUrl: expected http(s), got ${parsed.protocol}`);
  if (parsed.search || parsed.hash || parsed.username || parsed.password) throw new TypeError('connectorUrl: must not carry a query, fragment or credentials');
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}

/**
 * Encodes the invitation as a URL whose fragment carries everything; browsers and HTTP
 * clients never send a fragment, so the secret never reaches the connector.
 */
export function encodeInvitationUrl(invitation: Invitation, options: { scheme?: 'https' | 'custom' } = {}): string {
  const custom = options.scheme === 'custom';
  const payload = wire.Invitation.encode({
    version: invitation.version,
    token: invitation.token,
    secret: invitation.secret.expose(),
    commitment: invitation.commitment,
    expiresAt: invitation.expiresAt,
    connectorUrl: custom ? invitation.connectorUrl : '',
    envelope: invitation.envelope === 'etamp' ? ENVELOPE_ETAMP : 0,
    suite: suiteToWire(invitation.suite ?? DEFAULT_CIPHER_SUITE),
  }).finish();
  const prefix = custom ? `${INVITATION_SCHEME}invite` : `${invitation.connectorUrl}${INVITATION_PATH}`;
  return `${prefix}#${toBase64url(payload)}`;
}

export interface DecodeInvitationOptions {
  now?: number; // unix ms
  /** Accept plain-http connectors on non-loopback hosts (metadata then travels in clear). */
  allowInsecureHttp?: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function malformed(detail: string): never {
  throw new ProtocolError('invitation_malformed', detail);
}

/** Strictly decodes an invitation URL (or the text of a scanned QR code). */
export function decodeInvitationUrl(text: unknown, options: DecodeInvitationOptions = {}): Invitation {
  if (typeof text !== 'string') malformed('expected the invitation URL as a string');
  const url = text.trim();
  if (url.length > INVITATION_MAX_URL_LENGTH) malformed(`URL is ${url.length} characters, limit ${INVITATION_MAX_URL_LENGTH}`);
  const hashAt = url.indexOf('#');
  if (hashAt < 0) malformed('URL has no fragment (the invitation payload)');
  const head = url.slice(0, hashAt);
  const bytes = fromBase64url(url.slice(hashAt + 1));
  if (!bytes || bytes.length === 0) malformed('fragment is not canonical base64url');
  let decoded: ReturnType<typeof wire.Invitation.decode>;
  try {
    decoded = decodeUntrusted(wire.Invitation, bytes, 'Invitation');
  } catch (e) {
    malformed((e as Error).message);
  }
  if (decoded.version !== INVITATION_VERSION) malformed(`version ${decoded.version} is not supported (expected ${INVITATION_VERSION})`);
  if (decoded.envelope !== 0 && decoded.envelope !== ENVELOPE_ETAMP) malformed(`envelope ${decoded.envelope} is not known (0 plain, 1 ETAMP)`);
  const suite = suiteFromWire(decoded.suite);
  if (!suite) malformed(`cipher suite ${decoded.suite} is not known (0 AES-256-GCM, 1 XSalsa20-Poly1305)`);

  let connectorUrl: string;
  if (head === `${INVITATION_SCHEME}invite`) {
    connectorUrl = decoded.connectorUrl;
  } else {
    if (decoded.connectorUrl !== '') malformed('https invitation must not repeat the connector URL in its payload');
    if (!head.endsWith(INVITATION_PATH)) malformed(`URL path must end with ${INVITATION_PATH}`);
    connectorUrl = head.slice(0, -INVITATION_PATH.length);
  }
  let parsed: URL;
  try {
    parsed = new URL(connectorUrl);
  } catch {
    malformed('connector URL does not parse');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') malformed(`connector URL scheme ${parsed.protocol} is not http(s)`);
  if (parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname) && !options.allowInsecureHttp) {
    malformed('connector URL uses plain http on a non-loopback host (pass allowInsecureHttp to accept)');
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) malformed('connector URL must not carry a query, fragment or credentials');
  if (parsed.origin + parsed.pathname.replace(/\/+$/, '') !== connectorUrl) malformed('connector URL is not in canonical form');

  const token = decoded.token;
  const secret = decoded.secret;
  const commitment = decoded.commitment;
  if (token.length !== INVITATION_TOKEN_BYTES) malformed(`token must be ${INVITATION_TOKEN_BYTES} bytes, got ${token.length}`);
  if (secret.length < INVITATION_SECRET_BYTES || secret.length > 32) malformed(`secret must be 16..32 bytes, got ${secret.length}`);
  if (commitment.length !== 32) malformed(`commitment must be 32 bytes, got ${commitment.length}`);
  let expiresAt: number;
  try {
    expiresAt = uint64ToNumber(decoded.expiresAt, 'expiry');
  } catch {
    malformed('expiry is out of range');
  }
  if (expiresAt <= 0 || expiresAt > 0xffffffff) malformed('expiry is out of range');
  const nowS = Math.floor((options.now ?? Date.now()) / 1000);
  if (expiresAt <= nowS) throw new ProtocolError('invitation_expired', `invitation expired ${nowS - expiresAt} s ago`);
  if (expiresAt > nowS + INVITATION_MAX_TTL_S + 300) malformed('expiry is further ahead than any invitation may live');

  return {
    version: decoded.version,
    connectorUrl,
    token: Uint8Array.from(token),
    secret: new SecretBytes(Uint8Array.from(secret), 'invitation secret'),
    commitment: Uint8Array.from(commitment),
    expiresAt,
    ...(decoded.envelope === ENVELOPE_ETAMP ? { envelope: 'etamp' as const } : {}),
    ...(suite === 'xsalsa20-poly1305' ? { suite } : {}),
  };
}

/**
 * base64url of the raw token: a local handle for the invitation. The connector stores and
 * reports tokens by base64url(SHA-256(token)) instead (`connectorTokenId`).
 */
export function invitationTokenId(invitation: Invitation): string {
  return toBase64url(invitation.token);
}
