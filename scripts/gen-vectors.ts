/**
 * Writes docs/test-vectors.json: the protocol's own test vectors, computed from fixed
 * private keys, seeds and timestamps through the protocol's public API (and the key
 * schedule module for intermediate secrets). Deterministic: running it twice gives the
 * same file. packages/protocol/test/protocol-vectors.test.ts checks the file against the
 * code for both crypto providers.
 *
 *   node --conditions=connector-e2e:source --import tsx scripts/gen-vectors.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  acceptX3dhInit,
  acceptDirectoryInit,
  createDirectoryBundle,
  createDirectoryPrekeys,
  initiateFromDirectory,
  verifyDirectoryBundle,
  answerPreKeyBundle,
  confirmSession,
  connector_e2e,
  connectorParticipantId,
  connectorSigningInput,
  CONTROL_MAX_CLOCK_SKEW_MS,
  CONTROL_SEQUENCE_SCALE,
  counterIv,
  counterSecretboxNonce,
  createInvitation,
  createPreKeyBundle,
  decodeInvitationUrl,
  encodeFrame,
  encodeInvitationUrl,
  inMemoryIdentity,
  invitationCommitment,
  invitationHash,
  INVITATION_DEFAULT_TTL_S,
  LABELS,
  MAX_COUNTER,
  MAX_RESYNC_JUMP,
  open,
  PROTOCOL_VERSION,
  RECEIVE_LOOKAHEAD,
  receiveControl,
  recordAad,
  REKEY_SOFT_LIMIT,
  MAX_RECEIVE_KEYS,
  MAX_ETAMP_JTI_LENGTH,
  MAX_ETAMP_JWS_LENGTH,
  REPLAY_WINDOW,
  signEtamp,
  sealWampPayload,
  signReceipt,
  receiptContentHash,
  MAX_RECEIPT_JWS_LENGTH,
  MAX_RECEIPT_MESSAGE_ID_LENGTH,
  toBase64url,
  fromBase64url,
  type EtampSigner,
  RESYNC_RATE_LIMIT,
  RESYNC_RATE_WINDOW_MS,
  SecretBytes,
  SENDING_KEY_ID_BYTES,
  signConnectorRequest,
  encodeSessionState,
  transcriptHash,
  wire,
  type AtalaMessageInput,
  type SealResult,
  type CryptoProvider,
  type DidSignatureVerifier,
  type DidSigner,
  type Invitation,
  type SealedControl,
  type SessionState,
} from '@connector-e2e/protocol';
import { runSessionScenario, type Party } from '../packages/protocol/test/vectors/session-scenario.js';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { concatBytes, lengthPrefixed, uint32be, uint64be } from '../packages/protocol/src/bytes.js';
import { invitationMacKey } from '../packages/protocol/src/invitation.js';
import { checkedDh, confirmationTag, deriveEpochKeys, x3dhSecret } from '../packages/protocol/src/key-schedule.js';
import { X3DH_F } from '../packages/protocol/src/labels.js';
import { OTP_PBKDF2_ITERATIONS, otpRegistrationMac, otpSalt, otpTemporaryKey } from '../packages/protocol/src/otp-registration.js';
import { wampBoxKey } from '../packages/protocol/src/wamp-payload.js';
import { uint64ToNumber } from '../packages/protocol/src/wire.js';

const VECTORS_VERSION = 1;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const crypto: CryptoProvider = nodeCrypto;

// ---- helpers -----------------------------------------------------------------------------

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);
/** Fixed 32-byte inputs: SHA-256 of a readable name, so nobody mistakes them for real keys. */
const fixed = (name: string) => crypto.sha256(utf8(`connector-e2e test vector: ${name}`));

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58btc(bytes: Uint8Array): string {
  let n = BigInt(`0x${hex(bytes) || '0'}`);
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)]! + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = `1${s}`;
  }
  return s;
}

/** did:key of an Ed25519 public key (multicodec 0xed 0x01, base58btc, multibase prefix z). */
function didKey(publicKey: Uint8Array): { did: string; keyId: string } {
  const multibase = `z${base58btc(concatBytes(Uint8Array.of(0xed, 0x01), publicKey))}`;
  return { did: `did:key:${multibase}`, keyId: `did:key:${multibase}#${multibase}` };
}

/**
 * Deterministic stand-in for a CSPRNG: the stream SHA-256(seed || uint64be(0)) ||
 * SHA-256(seed || uint64be(1)) || ...; randomBytes(n) takes the next n bytes of it and
 * x25519KeyPair() takes 32 bytes as the private key. Every draw is logged.
 */
type Draw = { call: 'randomBytes'; length: number; bytes: string } | { call: 'x25519KeyPair'; privateKey: string; publicKey: string };
function drbgProvider(base: CryptoProvider, seed: Uint8Array, log: Draw[]): CryptoProvider {
  let block = 0;
  let pool: Uint8Array = new Uint8Array(0);
  const take = (n: number) => {
    while (pool.length < n) pool = concatBytes(pool, base.sha256(concatBytes(seed, uint64be(block++))));
    const out = pool.slice(0, n);
    pool = pool.slice(n);
    return out;
  };
  return {
    ...base,
    name: `${base.name}+drbg`,
    randomBytes(length) {
      const bytes = take(length);
      log.push({ call: 'randomBytes', length, bytes: hex(bytes) });
      return bytes;
    },
    x25519KeyPair() {
      const privateKey = take(32);
      const publicKey = base.x25519PublicKey(privateKey);
      log.push({ call: 'x25519KeyPair', privateKey: hex(privateKey), publicKey: hex(publicKey) });
      return { privateKey, publicKey };
    },
  };
}

type Jsonish = string | number | boolean | null | Jsonish[] | { [k: string]: Jsonish };
/** AtalaMessage/ControlMessage objects as JSON: byte fields become { "hex": "..." }. */
function toJson(value: unknown): Jsonish {
  if (value instanceof Uint8Array) return { hex: hex(value) };
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Jsonish> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v);
    return out;
  }
  return value as Jsonish;
}

// ---- inputs ------------------------------------------------------------------------------

const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);
const T_KEYS = NOW + 60_000;
const T_STATUS = NOW + 4 * 60_000;
const T_RESTART = NOW + 5 * 60_000;
const T_RESYNC = NOW + 6 * 60_000;
const T_REKEY = NOW + 10 * 60_000;
const T_KEYS_E1 = T_REKEY + 1000;
const T_CLOSE = T_REKEY + 60_000;
const CONNECTOR_URL = 'https://relay.example.com';
const CONNECTION_ID = Buffer.from(fixed('connection id').subarray(0, 16)).toString('base64url');
const ONE_TIME_PREKEY_ID = 7;

const inputs = {
  now: NOW,
  connectorUrl: CONNECTOR_URL,
  connectionId: CONNECTION_ID,
  oneTimePrekeyId: ONE_TIME_PREKEY_ID,
  invitation: {
    token: fixed('invitation token').subarray(0, 16),
    secret: fixed('invitation secret').subarray(0, 16),
    ttlSeconds: INVITATION_DEFAULT_TTL_S,
  },
  issuer: {
    identityPrivateKey: fixed('issuer identity key'),
    ed25519Seed: fixed('issuer DID signing seed'),
    signedPrekeyPrivate: fixed('issuer signed pre-key'),
    oneTimePrekeyPrivate: fixed('issuer one-time pre-key'),
    drbgSeed: fixed('issuer randomness'),
  },
  holder: {
    identityPrivateKey: fixed('holder identity key'),
    ed25519Seed: fixed('holder DID signing seed'),
    ephemeralPrivateKey: fixed('holder ephemeral key'),
    drbgSeed: fixed('holder randomness'),
  },
};

const issuerDraws: Draw[] = [];
const holderDraws: Draw[] = [];
const issuerCrypto = drbgProvider(crypto, inputs.issuer.drbgSeed, issuerDraws);
const holderCrypto = drbgProvider(crypto, inputs.holder.drbgSeed, holderDraws);

const issuerEd = crypto.ed25519PublicKey(inputs.issuer.ed25519Seed);
const holderEd = crypto.ed25519PublicKey(inputs.holder.ed25519Seed);
const issuerDid = didKey(issuerEd);
const holderDid = didKey(holderEd);
const didKeys = new Map([
  [issuerDid.did, { keyId: issuerDid.keyId, publicKey: issuerEd }],
  [holderDid.did, { keyId: holderDid.keyId, publicKey: holderEd }],
]);
const signer = (seed: Uint8Array, id: { did: string; keyId: string }): DidSigner => ({ ...id, sign: async (data) => crypto.ed25519Sign(seed, data) });
const verifier: DidSignatureVerifier = async ({ did, keyId, data, signature }) => {
  const k = didKeys.get(did);
  return k !== undefined && k.keyId === keyId && crypto.ed25519Verify(k.publicKey, data, signature);
};
const issuerSigner = signer(inputs.issuer.ed25519Seed, issuerDid);
const holderSigner = signer(inputs.holder.ed25519Seed, holderDid);
/** What receiveControl needs to verify and sign rekey messages, per party. */
const auth = { issuer: { signer: issuerSigner, verifier }, holder: { signer: holderSigner, verifier } };
const issuerIdentity = inMemoryIdentity(issuerCrypto, inputs.issuer.identityPrivateKey);
const holderIdentity = inMemoryIdentity(holderCrypto, inputs.holder.identityPrivateKey);

// ---- invitation --------------------------------------------------------------------------

// createInvitation draws the secret from randomBytes and takes no fixed one: the vector sets it.
const created = createInvitation(crypto, {
  connectorUrl: CONNECTOR_URL,
  issuerDid: issuerDid.did,
  identityKey: issuerIdentity.publicKey,
  token: inputs.invitation.token,
  ttlSeconds: inputs.invitation.ttlSeconds,
  now: NOW,
});
const invitation: Invitation = { ...created, secret: new SecretBytes(inputs.invitation.secret.slice(), 'invitation secret') };
const url = encodeInvitationUrl(invitation);
const customUrl = encodeInvitationUrl(invitation, { scheme: 'custom' });
const holderInvitation = decodeInvitationUrl(url, { now: NOW });
const invitationPayload = wire.Invitation.encode({
  version: invitation.version,
  token: invitation.token,
  secret: invitation.secret.expose(),
  commitment: invitation.commitment,
  expiresAt: invitation.expiresAt,
}).finish();

// ---- handshake ---------------------------------------------------------------------------

const { bundle, handshake } = await createPreKeyBundle(issuerCrypto, {
  connectionId: CONNECTION_ID,
  invitation,
  identity: issuerIdentity,
  signer: issuerSigner,
  oneTimePrekeyId: ONE_TIME_PREKEY_ID,
  keys: { signedPrekey: inputs.issuer.signedPrekeyPrivate.slice(), oneTimePrekey: inputs.issuer.oneTimePrekeyPrivate.slice() },
});
const answered = await answerPreKeyBundle(holderCrypto, {
  connectionId: CONNECTION_ID,
  invitation: holderInvitation,
  bundle,
  identity: holderIdentity,
  signer: holderSigner,
  verifier,
  ephemeralKey: inputs.holder.ephemeralPrivateKey.slice(),
});
const accepted = await acceptX3dhInit(issuerCrypto, { handshake, init: answered.init, identity: issuerIdentity, verifier });
let issuer: SessionState = accepted.session;
let holder: SessionState = confirmSession(holderCrypto, answered.session, accepted.confirmation);
if (issuerDraws.length || holderDraws.length) throw new Error('the handshake drew randomness although every key was fixed');

// Intermediate values, recomputed from the formulas (the handshake keeps them to itself).
const ih = invitationHash(crypto, invitation);
/** The same invitation asking for ETAMP envelopes (6.1 `envelope`, 6.2 the extra IH field). */
const etampInvitation: Invitation = { ...invitation, envelope: 'etamp' };
/** The same invitation asking for XSalsa20-Poly1305 records (6.1 `suite`, 6.2 the extra IH field, 24). */
const xsalsaInvitation: Invitation = { ...invitation, suite: 'xsalsa20-poly1305' };
const spkPub = crypto.x25519PublicKey(inputs.issuer.signedPrekeyPrivate);
const opkPub = crypto.x25519PublicKey(inputs.issuer.oneTimePrekeyPrivate);
const ekPub = crypto.x25519PublicKey(inputs.holder.ephemeralPrivateKey);
const dh1 = checkedDh(crypto.x25519(inputs.holder.identityPrivateKey, spkPub), 'DH1');
const dh2 = checkedDh(crypto.x25519(inputs.holder.ephemeralPrivateKey, issuerIdentity.publicKey), 'DH2');
const dh3 = checkedDh(crypto.x25519(inputs.holder.ephemeralPrivateKey, spkPub), 'DH3');
const dh4 = checkedDh(crypto.x25519(inputs.holder.ephemeralPrivateKey, opkPub), 'DH4');
const sk0 = x3dhSecret(crypto, [dh1, dh2, dh3, dh4], LABELS.x3dh);
const thFields = {
  connectionId: CONNECTION_ID,
  invitationHash: ih,
  issuerDid: issuerDid.did,
  issuerIdentity: issuerIdentity.publicKey,
  signedPrekey: spkPub,
  oneTimePrekey: opkPub,
  oneTimePrekeyId: ONE_TIME_PREKEY_ID,
  holderDid: holderDid.did,
  holderIdentity: holderIdentity.publicKey,
  ephemeralKey: ekPub,
};
const th0 = transcriptHash(crypto, thFields);
if (hex(th0) !== hex(issuer.transcriptHash) || hex(th0) !== hex(holder.transcriptHash)) throw new Error('transcript hash disagrees with the sessions');
const keys0 = deriveEpochKeys(crypto, sk0, th0, 'issuer');
if (hex(keys0.sendChain.expose()) !== hex(issuer.sendChainKey.expose()) || hex(keys0.receiveChain.expose()) !== hex(holder.sendChainKey.expose())) {
  throw new Error('epoch 0 keys disagree with the sessions');
}
const bundleSigInput = lengthPrefixed(
  LABELS.bundleSignature,
  uint32be(PROTOCOL_VERSION),
  CONNECTION_ID,
  ih,
  issuerDid.did,
  issuerIdentity.publicKey,
  spkPub,
  opkPub,
  uint32be(ONE_TIME_PREKEY_ID),
);
const bundleMacInput = lengthPrefixed(LABELS.bundleMac, bundleSigInput, bundle.signature, issuerDid.keyId);
const initSigInput = lengthPrefixed(LABELS.initSignature, th0);
const initMacInput = lengthPrefixed(LABELS.initMac, th0, answered.init.signature, holderDid.keyId);
const macKey = invitationMacKey(crypto, invitation);
if (hex(crypto.hmacSha256(macKey.expose(), bundleMacInput)) !== hex(bundle.mac)) throw new Error('bundle MAC input disagrees');
if (hex(crypto.hmacSha256(macKey.expose(), initMacInput)) !== hex(answered.init.mac)) throw new Error('init MAC input disagrees');

// ---- record helpers ----------------------------------------------------------------------

type RecordVector = Record<string, Jsonish>;
const records: RecordVector[] = [];

/** The record vector of what `from` sealed (the scenario's `sealed` hook). */
function recordVector(name: string, before: SessionState, r: SealResult, plaintext: Uint8Array, message: AtalaMessageInput, note: string): void {
  const direction = before.role === 'issuer' ? 'issuer-to-holder' : 'holder-to-issuer';
  records.push({
    name,
    note,
    direction,
    epoch: r.epoch,
    keyId: hex(r.keyId),
    counter: r.counter,
    chainKey: hex(before.sendChainKey.expose()),
    key: hex(before.sending!.key.expose()),
    iv: hex(counterIv(crypto, r.counter)),
    aad: hex(recordAad(before.connectionId, r.epoch, direction, r.keyId)),
    message: toJson(message),
    plaintext: hex(plaintext),
    content: hex(r.message.content),
    encryptedMessage: hex(wire.EncryptedMessage.encode(r.message).finish()),
    frame: hex(encodeFrame({ record: r.message })),
  });
}

function openVector(crypto: CryptoProvider, state: SessionState, name: string): SessionState {
  const v = records.find((r) => r.name === name)!;
  const r = open(crypto, state, { content: Buffer.from(v.content as string, 'hex'), connectionId: state.connectionId });
  if (hex(r.plaintext) !== v.plaintext || r.counter !== v.counter) throw new Error(`${name} does not open to its plaintext`);
  return r.state;
}

// ---- control channel helper ---------------------------------------------------------------

const controls: Array<Record<string, Jsonish>> = [];
function controlVector(name: string, from: SessionState, sealed: SealedControl, now: number, note: string, drawsBefore: number, draws: Draw[]) {
  const direction = from.role === 'issuer' ? 'issuer-to-holder' : 'holder-to-issuer';
  const epoch = sealed.epoch ?? 0;
  // Rekey messages use the connection's control key (epoch 0); everything else the sender's epoch's.
  const key = epoch === 0 ? from.connectionKeys.control : from.receive.controlKey;
  if (epoch !== 0 && epoch !== from.epoch) throw new Error(`${name}: sealed under epoch ${epoch}, the sender is in ${from.epoch}`);
  const aad = lengthPrefixed(LABELS.controlAad, Uint8Array.of(PROTOCOL_VERSION), Uint8Array.of(direction === 'issuer-to-holder' ? 1 : 2), uint32be(epoch), from.connectionId);
  const plaintext = crypto.aesGcmOpen(key.expose(), sealed.iv, sealed.content, aad);
  if (!plaintext) throw new Error(`${name}: control AAD formula disagrees`);
  const decoded = wire.ControlMessage.decode(plaintext);
  const { body: _b, ...message } = decoded as unknown as Record<string, unknown>;
  const sequence = uint64ToNumber(decoded.sequence, 'sequence');
  message.sequence = sequence;
  controls.push({
    name,
    note,
    from: from.role,
    direction,
    now,
    sequence,
    epoch,
    key: hex(key.expose()),
    iv: hex(sealed.iv),
    aad: hex(aad),
    message: toJson(message),
    plaintext: hex(plaintext),
    content: hex(sealed.content),
    sealedControl: hex(wire.SealedControl.encode(sealed).finish()),
    frame: hex(encodeFrame({ control: sealed })),
    draws: draws.slice(drawsBefore) as unknown as Jsonish,
  });
}


// ---- the session scenario (packages/protocol/test/vectors/session-scenario.ts) -------------

const parties: Record<'issuer' | 'holder', Party> = {
  issuer: { crypto: issuerCrypto, signer: issuerSigner, state: issuer },
  holder: { crypto: holderCrypto, signer: holderSigner, state: holder },
};
const drawsOf = (p: Party) => (p === parties.issuer ? issuerDraws : holderDraws);
const marked = new Map<Party, number>();
const scenario = await runSessionScenario(
  parties.issuer,
  parties.holder,
  { sendingKeys: T_KEYS, status: T_STATUS, restart: T_RESTART, resync: T_RESYNC, rekey: T_REKEY, sendingKeysEpoch1: T_KEYS_E1, close: T_CLOSE },
  {
    mark: (p) => void marked.set(p, drawsOf(p).length),
    sealed: (name, _from, before, r, plaintext, message, note) => recordVector(name, before, r, plaintext, message, note),
    open: (name, to) => openVector(to.crypto, to.state, name),
    sent: (name, from, sealed, now, note) => controlVector(name, from.state, sealed, now, note, marked.get(from) ?? drawsOf(from).length, drawsOf(from)),
    receive: (_name, to, sealed, now) => receiveControl(to.crypto, to.state, sealed, now, to === parties.issuer ? auth.issuer : auth.holder),
  },
);
issuer = parties.issuer.state;
holder = parties.holder.state;
const holderPending = scenario.holderPendingRekey!;

// ---- the rekey's values, from their formulas ---------------------------------------------

const rekeyPrekeyDraw = controls.find((c) => c.name === 'rekey-bundle-i2h')!.draws as unknown as Draw[];
const rekeyEphemeralDraw = controls.find((c) => c.name === 'rekey-init-h2i')!.draws as unknown as Draw[];
const prekey = rekeyPrekeyDraw.find((x) => x.call === 'x25519KeyPair') as Extract<Draw, { call: 'x25519KeyPair' }>;
const ephemeral = rekeyEphemeralDraw.find((x) => x.call === 'x25519KeyPair') as Extract<Draw, { call: 'x25519KeyPair' }>;
const dhRekey = checkedDh(crypto.x25519(Buffer.from(prekey.privateKey, 'hex'), Buffer.from(ephemeral.publicKey, 'hex')), 'rekey DH');
// Chained: the salt is the root key of the base epoch (0), RK_0 from the handshake.
const sk1 = x3dhSecret(crypto, [dhRekey], LABELS.x3dhRekey, keys0.root.expose());
const th1Input = lengthPrefixed(LABELS.transcript, 'rekey', th0, uint32be(0), uint32be(1), Buffer.from(prekey.publicKey, 'hex'), Buffer.from(ephemeral.publicKey, 'hex'));
const th1 = crypto.sha256(th1Input);
if (hex(th1) !== hex(holderPending.transcriptHash!)) throw new Error('rekey transcript formula disagrees');
const keys1 = deriveEpochKeys(crypto, sk1, th1, 'issuer');
// The DID signatures of the three signed rekey messages, from their formulas (protocol.md 13.3).
const sequenceOf = (name: string) => controls.find((c) => c.name === name)!.sequence as number;
const rekeyMessage = (name: string) => (controls.find((c) => c.name === name)!.message as Record<string, Record<string, Jsonish>>);
const requestSigInput = lengthPrefixed(LABELS.rekeyRequestSignature, th0, CONNECTION_ID, uint64be(sequenceOf('rekey-request-h2i')), uint32be(0), uint32be(1), 'policy');
const bundleRekeySigInput = lengthPrefixed(LABELS.rekeyBundleSignature, th0, CONNECTION_ID, uint64be(sequenceOf('rekey-bundle-i2h')), uint32be(0), uint32be(1), Buffer.from(prekey.publicKey, 'hex'));
const initRekeySigInput = lengthPrefixed(LABELS.rekeyInitSignature, crypto.sha256(th1Input), uint64be(sequenceOf('rekey-init-h2i')));
for (const [name, input, seed] of [
  ['rekey-request-h2i', requestSigInput, inputs.holder.ed25519Seed],
  ['rekey-bundle-i2h', bundleRekeySigInput, inputs.issuer.ed25519Seed],
  ['rekey-init-h2i', initRekeySigInput, inputs.holder.ed25519Seed],
] as const) {
  const body = Object.values(rekeyMessage(name)).find((v) => v && typeof v === 'object' && 'signature' in v) as Record<string, { hex: string }> | undefined;
  if (!body || body.signature!.hex !== hex(crypto.ed25519Sign(seed, input))) throw new Error(`${name}: signature formula disagrees`);
}
if (hex(keys1.sendChain.expose()) !== hex(issuer.sendChainKey.expose()) || hex(keys1.receiveChain.expose()) !== hex(holder.sendChainKey.expose())) {
  throw new Error('epoch 1 keys disagree with the sessions');
}


// ---- stored sessions and refused inputs ---------------------------------------------------

const sessionRecords = { issuer: hex(encodeSessionState(issuer)), holder: hex(encodeSessionState(holder)) };

/** Invitation URLs a decoder must refuse, each with the error and the time it is decoded at. */
const urlPayload = url.slice(url.indexOf('#') + 1);
const otherVersion = Buffer.from(wire.Invitation.encode({ ...wire.Invitation.decode(Buffer.from(urlPayload, 'base64url')), version: 2 }).finish()).toString('base64url');
const negativeInvitations = [
  { name: 'expired', url, now: (invitation.expiresAt + 1) * 1000, error: 'invitation_expired' },
  { name: 'no fragment', url: url.slice(0, url.indexOf('#')), now: NOW, error: 'invitation_malformed' },
  { name: 'padded base64url', url: `${url}=`, now: NOW, error: 'invitation_malformed' },
  { name: 'foreign character in the fragment', url: `${url.slice(0, -1)}+`, now: NOW, error: 'invitation_malformed' },
  { name: 'path other than /invite', url: url.replace('/invite#', '/join#'), now: NOW, error: 'invitation_malformed' },
  { name: 'plain http on a host that is not loopback', url: url.replace('https://', 'http://'), now: NOW, error: 'invitation_malformed' },
  { name: 'version 2 payload', url: `${url.slice(0, url.indexOf('#'))}#${otherVersion}`, now: NOW, error: 'invitation_malformed' },
  { name: 'longer than 512 characters', url: `${CONNECTOR_URL}/${'a'.repeat(520)}/invite#${urlPayload}`, now: NOW, error: 'invitation_malformed' },
];
for (const n of negativeInvitations) {
  try {
    decodeInvitationUrl(n.url, { now: n.now });
    throw new Error(`${n.name}: decoded`);
  } catch (e) {
    if (!(e instanceof Error) || !e.message.startsWith(`${n.error}: `)) throw new Error(`${n.name}: ${String(e)}`);
  }
}

/** Records the holder (in its final state) must refuse, each derived from a listed record. */
const i2h0 = records.find((r) => r.name === 'i2h-e0-c0')!;
const i2h0Content = Buffer.from(i2h0.content as string, 'hex');
const flipped = Uint8Array.from(i2h0Content);
flipped[flipped.length - 1]! ^= 0x01;
const negativeRecords = [
  { name: 'replayed', from: 'i2h-e0-c67', note: 'opened before (its epoch is now the previous one): a duplicate inside the window', content: Buffer.from(records.find((r) => r.name === 'i2h-e0-c67')!.content as string, 'hex'), connectionId: CONNECTION_ID, error: 'replayed_message' },
  { name: 'replayed below the window', from: 'i2h-e0-c0', note: 'opened before, now more than REPLAY_WINDOW below its key\'s highest counter: too old', content: i2h0Content, connectionId: CONNECTION_ID, error: 'decrypt_failed' },
  { name: 'tag bit flipped', from: 'i2h-e0-c0', note: 'the last byte of the tag XOR 0x01', content: flipped, connectionId: CONNECTION_ID, error: 'decrypt_failed' },
  { name: 'truncated below a tag', from: 'i2h-e0-c0', note: 'the first 15 bytes', content: i2h0Content.subarray(0, 15), connectionId: CONNECTION_ID, error: 'decrypt_failed' },
  { name: 'moved to another connection', from: 'i2h-e0-c0', note: 'connection_id replaced', content: i2h0Content, connectionId: `${CONNECTION_ID}x`, error: 'wrong_connection' },
  { name: 'reflected', from: 'h2i-e1-c0', note: "the holder's own record sent back to it", content: Buffer.from(records.find((r) => r.name === 'h2i-e1-c0')!.content as string, 'hex'), connectionId: CONNECTION_ID, error: 'decrypt_failed' },
].map((n) => {
  let got = 'opened';
  try {
    open(holderCrypto, holder, { content: n.content, connectionId: n.connectionId });
  } catch (e) {
    got = (e as { code?: string }).code ?? String(e);
  }
  if (got !== n.error) throw new Error(`negative record ${n.name}: ${got}`);
  return { ...n, content: hex(n.content), encryptedMessage: hex(wire.EncryptedMessage.encode({ content: n.content, connectionId: n.connectionId }).finish()) };
});

// ---- connector request signature ---------------------------------------------------------

const sendBody = connector_e2e.connector.v1.SendRequest.encode({
  connectionId: CONNECTION_ID,
  messageId: 'i2h-0',
  payload: Buffer.from(records[0]!.frame as string, 'hex'),
}).finish();
const authFields = {
  method: 'POST',
  path: '/v1/messages/send',
  body: sendBody,
  timestamp: NOW,
  nonce: Buffer.from(fixed('connector request nonce').subarray(0, 16)).toString('base64url'),
  participantId: connectorParticipantId(crypto, issuerEd),
};

const queryAuthFields = {
  method: 'GET',
  path: '/v1/messages?after=42&limit=100',
  body: new Uint8Array(0),
  timestamp: NOW + 1000,
  nonce: Buffer.from(fixed('connector request nonce 2').subarray(0, 16)).toString('base64url'),
  participantId: connectorParticipantId(crypto, holderEd),
};

// ---- the ETAMP envelope (docs/protocol.md 23) ---------------------------------------------

const etampSigner: EtampSigner = { did: issuerDid.did, keyId: issuerDid.keyId, algorithm: 'EdDSA', sign: async (d) => crypto.ed25519Sign(inputs.issuer.ed25519Seed, d) };
const text = (segment: string) => new TextDecoder().decode(fromBase64url(segment)!);

async function etampVector(name: string, upd: 'Message' | 'KeyExchange', source: string, content: Uint8Array, jti: string): Promise<Record<string, Jsonish>> {
  const jws = await signEtamp(etampSigner, { aud: holderDid.did, jti, now: NOW, cid: CONNECTION_ID, upd, content });
  const [h, p, sig] = jws.split('.') as [string, string, string];
  return { name, from: 'issuer', to: 'holder', upd, source, jti, content: hex(content), header: text(h), payload: text(p), signingInput: `${h}.${p}`, signature: hex(fromBase64url(sig)!), jws, frame: hex(encodeFrame({ etamp: jws })) };
}

const etampRecordSource = records.find((r) => r.name === 'i2h-e0-c0')!;
const etampControlSource = controls.find((c) => c.from === 'issuer')!;
const etampEnvelopes = [
  await etampVector('record', 'Message', `records[${JSON.stringify(etampRecordSource.name)}].content`, Buffer.from(etampRecordSource.content as string, 'hex'), 'etamp-vector-record'),
  await etampVector('control', 'KeyExchange', `control[${JSON.stringify(etampControlSource.name)}].sealedControl`, Buffer.from(etampControlSource.sealedControl as string, 'hex'), 'etamp-vector-control'),
];

/** An envelope of the record vector's parts with `header` and `payload` texts as given, signed by the issuer. */
async function resigned(header: string, payload: string): Promise<string> {
  const signingInput = `${toBase64url(utf8(header))}.${toBase64url(utf8(payload))}`;
  return `${signingInput}.${toBase64url(await etampSigner.sign(utf8(signingInput)))}`;
}
const good = etampEnvelopes[0]!;
const goodJws = good.jws as string;
const goodSignature = fromBase64url(goodJws.split('.')[2]!)!;
goodSignature[0]! ^= 0x01;
const etampNegative = [
  { name: 'alg none', note: 'header alg "none", signature segment empty', jws: `${toBase64url(utf8((good.header as string).replace('"EdDSA"', '"none"')))}.${goodJws.split('.')[1]}.`, connectionId: CONNECTION_ID, error: 'malformed_message' },
  { name: 'payload not canonical', note: 'a space after the first comma of the payload, correctly signed', jws: await resigned(good.header as string, (good.payload as string).replace(',"aud"', ', "aud"')), connectionId: CONNECTION_ID, error: 'malformed_message' },
  { name: 'kid of another DID', note: "the holder's verification method in kid, signed by the issuer", jws: await resigned((good.header as string).replace(issuerDid.keyId, holderDid.keyId), good.payload as string), connectionId: CONNECTION_ID, error: 'bad_signature' },
  { name: 'signature bit flipped', note: 'the first signature byte XOR 0x01', jws: `${good.signingInput}.${toBase64url(goodSignature)}`, connectionId: CONNECTION_ID, error: 'bad_signature' },
  { name: 'another audience', note: "aud is the issuer's own DID, signed by the issuer", jws: await resigned(good.header as string, (good.payload as string).replace(`"aud":"${holderDid.did}"`, `"aud":"${issuerDid.did}"`)), connectionId: CONNECTION_ID, error: 'wrong_audience' },
  { name: 'replayed on another connection', note: 'the record envelope, received on a connection whose id has an "x" appended', jws: goodJws, connectionId: `${CONNECTION_ID}x`, error: 'wrong_connection' },
];

// ---- delivery receipts (docs/protocol.md 26) -----------------------------------------------

/**
 * The holder's receipt for the issuer's first record (the content of records "i2h-e0-c0"), as
 * if that record carried message id RECEIPT_MID with receipt_requested set, signed by the
 * holder's Ed25519 seed at inputs.now.
 */
const RECEIPT_MID = 'receipt-vector-message';
const receiptSigner: EtampSigner = { did: holderDid.did, keyId: holderDid.keyId, algorithm: 'EdDSA', sign: async (d) => crypto.ed25519Sign(inputs.holder.ed25519Seed, d) };
const receiptSource = records.find((r) => r.name === 'i2h-e0-c0')!;
const receiptContent = Buffer.from(receiptSource.content as string, 'hex');
const receiptJws = await signReceipt(crypto, receiptSigner, { aud: issuerDid.did, cid: CONNECTION_ID, mid: RECEIPT_MID, content: receiptContent, now: NOW });
const [receiptH, receiptP, receiptSig] = receiptJws.split('.') as [string, string, string];
const receipt = {
  from: 'holder',
  to: 'issuer',
  source: 'records["i2h-e0-c0"].content',
  messageId: RECEIPT_MID,
  content: hex(receiptContent),
  contentHash: receiptContentHash(crypto, receiptContent),
  header: text(receiptH),
  payload: text(receiptP),
  signingInput: `${receiptH}.${receiptP}`,
  signature: hex(fromBase64url(receiptSig)!),
  jws: receiptJws,
};
/** The receipt's parts with `header` and `payload` texts as given, signed by `by`. */
async function resignedReceipt(header: string, payload: string, by: EtampSigner = receiptSigner): Promise<string> {
  const signingInput = `${toBase64url(utf8(header))}.${toBase64url(utf8(payload))}`;
  return `${signingInput}.${toBase64url(await by.sign(utf8(signingInput)))}`;
}
const receiptNegative = [
  { name: 'typ JWT', note: 'the ETAMP header typ, signed by the holder', jws: await resignedReceipt(receipt.header.replace('connector-e2e-receipt+jwt', 'JWT'), receipt.payload), error: 'malformed_message' },
  { name: 'signed by the issuer', note: 'the same texts signed with the issuer\'s seed (kid still names the holder\'s key)', jws: await resignedReceipt(receipt.header, receipt.payload, { ...receiptSigner, sign: async (d) => crypto.ed25519Sign(inputs.issuer.ed25519Seed, d) }), error: 'bad_signature' },
  { name: 'another message id', note: 'mid with an "x" appended, signed by the holder', jws: await resignedReceipt(receipt.header, receipt.payload.replace(`"mid":"${RECEIPT_MID}"`, `"mid":"${RECEIPT_MID}x"`)), error: 'receipt_unexpected' },
  { name: 'another content', note: "sha256 of the content of records[\"i2h-e0-c1\"], signed by the holder", jws: await resignedReceipt(receipt.header, receipt.payload.replace(receipt.contentHash, receiptContentHash(crypto, Buffer.from(records.find((r) => r.name === 'i2h-e0-c1')!.content as string, 'hex')))), error: 'receipt_mismatch' },
  { name: 'another audience', note: "aud is the holder's own DID, signed by the holder", jws: await resignedReceipt(receipt.header, receipt.payload.replace(`"aud":"${issuerDid.did}"`, `"aud":"${holderDid.did}"`)), error: 'wrong_audience' },
];

// ---- XSalsa20-Poly1305 records (section 24) ----------------------------------------------

/**
 * The records of the listed vectors sealed as the XSalsa20-Poly1305 suite would: the same record
 * key (its derivation does not depend on the suite; the transcript of such a connection differs,
 * so its keys do too), nonce = SHA-256(uint64be(counter))[0..24], content = tag || ciphertext.
 */
const suiteRecords = ['i2h-e0-c0', 'h2i-e1-c0'].map((name) => {
  const v = records.find((r) => r.name === name)!;
  const counter = v.counter as number;
  const nonce = counterSecretboxNonce(crypto, counter);
  const content = crypto.xsalsa20Poly1305Seal(Buffer.from(v.key as string, 'hex'), nonce, Buffer.from(v.plaintext as string, 'hex'));
  return { name, source: `records[${JSON.stringify(name)}]`, key: v.key, counter, nonce: hex(nonce), plaintext: v.plaintext, content: hex(content) };
});

/**
 * Asynchronous X3DH through the key directory (section 30): the issuer owns the bundle, the
 * holder initiates, once with a one-time pre-key and once without (the stock was empty).
 */
const DIRECTORY_CONNECTION_ID = 'dirConn0001AAAAAAAAAAA';
const directoryCreatedAt = NOW;
const directoryBundle = await createDirectoryBundle(crypto, { identity: issuerIdentity, signer: issuerSigner, signedPrekeyId: 7, createdAt: directoryCreatedAt, signedPrekey: fixed('directory signed pre-key') });
const [directoryPrekey] = await createDirectoryPrekeys(crypto, issuerSigner, [1], [fixed('directory one-time pre-key')]);
const directoryOwnBundle = await verifyDirectoryBundle(directoryBundle.bundle, issuerDid.did, verifier);
const directoryCases = await Promise.all(
  [true, false].map(async (withPrekey) => {
    const ephemeral = fixed(`directory ephemeral key ${withPrekey ? 'with' : 'without'} one-time pre-key`);
    const initiated = await initiateFromDirectory(crypto, {
      connectionId: DIRECTORY_CONNECTION_ID,
      expectedDid: issuerDid.did,
      bundle: directoryBundle.bundle,
      ...(withPrekey ? { oneTimePrekey: directoryPrekey!.published } : {}),
      identity: holderIdentity,
      signer: holderSigner,
      verifier,
      ephemeralKey: ephemeral,
    });
    const accepted = await acceptDirectoryInit(crypto, {
      connectionId: DIRECTORY_CONNECTION_ID,
      init: initiated.init,
      identity: issuerIdentity,
      bundle: directoryOwnBundle,
      signedPrekey: directoryBundle.signedPrekey,
      oneTimePrekey: withPrekey ? directoryPrekey!.prekey : undefined,
      verifier,
    });
    const s = initiated.session;
    if (hex(accepted.session.transcriptHash) !== hex(s.transcriptHash)) throw new Error('directory vector: the two sides disagree');
    return {
      name: withPrekey ? 'with one-time pre-key' : 'without one-time pre-key',
      ephemeralPrivateKey: hex(ephemeral),
      directoryInit: hex(wire.DirectoryInit.encode(initiated.init).finish()),
      transcriptHash: hex(s.transcriptHash),
      holderToIssuer: hex(s.sendChainKey.expose()),
      issuerToHolder: hex(s.receive.chainKey.expose()),
      root: hex(s.rootKey.expose()),
      control: hex(s.connectionKeys.control.expose()),
    };
  }),
);

/**
 * OTP registration (section 27): the holder's connector key registered under two identifiers
 * (a phone number; a UTF-8 e-mail address with an OTP typed in lower case with a hyphen).
 */
const otpRegistrations = await Promise.all(
  [
    { identifier: '+15555550123', typed: 'K7QX2MPA4Z' },
    { identifier: 'zoë@example.org', typed: 'k7qx2-mpa4z' },
  ].map(async ({ identifier, typed }) => {
    const salt = otpSalt(crypto, typed, identifier);
    const kTemp = await otpTemporaryKey(crypto, typed, identifier);
    return {
      identifier,
      typed,
      otp: typed.replace(/[\s-]/g, '').toUpperCase(),
      iterations: OTP_PBKDF2_ITERATIONS,
      publicKey: hex(holderEd),
      salt: hex(salt),
      kTemp: hex(kTemp),
      macInput: hex(lengthPrefixed(LABELS.otpRegistration, identifier, holderEd)),
      mac: hex(otpRegistrationMac(crypto, kTemp, identifier, holderEd)),
    };
  }),
);
// ---- WAMP-E2EE payloads (section 25) -----------------------------------------------------

/**
 * Payloads as autobahn's cryptobox seals them: a CALL and an EVENT from the originator, the
 * RESULT from the responder, each under a fixed nonce (in use the nonce is random).
 */
const wampOriginator = fixed('wamp originator key');
const wampResponder = fixed('wamp responder key');
const wampKeys = { originatorPublic: crypto.x25519PublicKey(wampOriginator), responderPublic: crypto.x25519PublicKey(wampResponder) };
const wampPayloads = [
  { name: 'call', message: 'CALL', from: 'originator', uri: 'com.example.add2', args: [2, 3], kwargs: null },
  { name: 'result', message: 'YIELD/RESULT', from: 'responder', uri: 'com.example.add2', args: [5], kwargs: null },
  { name: 'event', message: 'PUBLISH/EVENT', from: 'originator', uri: 'com.example.on_hello', args: null, kwargs: { name: 'Zoë', lines: ['a"b', 'c\nd'] } },
].map((v) => {
  const keys = v.from === 'originator' ? { privateKey: wampOriginator, peerPublicKey: wampKeys.responderPublic } : { privateKey: wampResponder, peerPublicKey: wampKeys.originatorPublic };
  const nonce = fixed(`wamp payload nonce ${v.name}`).subarray(0, 24);
  const json = JSON.stringify({ uri: v.uri, args: v.args, kwargs: v.kwargs });
  const sealed = sealWampPayload(keys, v, { nonce });
  return { ...v, nonce: hex(nonce), json, plaintext: hex(utf8(json)), payload: hex(sealed.payload), encAlgo: sealed.encAlgo, encSerializer: sealed.encSerializer };
});

// ---- output ------------------------------------------------------------------------------

function epochKeys(k: ReturnType<typeof deriveEpochKeys>) {
  return {
    issuerToHolder: hex(k.sendChain.expose()),
    holderToIssuer: hex(k.receiveChain.expose()),
    confirmIssuer: hex(k.confirmOwn.expose()),
    confirmHolder: hex(k.confirmPeer.expose()),
    root: hex(k.root.expose()),
    control: hex(k.control.expose()),
  };
}

const IV_COUNTERS = [0, 1, 2, 255, 256, 2 ** 32];

const vectors = {
  version: VECTORS_VERSION,
  protocolVersion: PROTOCOL_VERSION,
  generatedBy: 'scripts/gen-vectors.ts (node --conditions=connector-e2e:source --import tsx scripts/gen-vectors.ts)',
  notes: {
    encoding:
      'Byte strings are lowercase hex unless a field says otherwise. Integers are JSON numbers. Protobuf bytes are the generated encoder output: fields in field-number order, proto3 defaults omitted, repeated scalars packed. Message objects (message fields) use the protobufjs camelCase field names; a bytes field appears as {"hex": "..."}.',
    spec: 'docs/protocol.md is the normative description; section names below refer to it.',
    labels: 'Every domain-separation label, byte for byte (UTF-8 in every input). lp(...) below is the length-prefixed concatenation: for each field, uint32 big-endian byte length, then the bytes.',
    constants: 'Named limits of the receive window, control channel and counters.',
    inputs:
      'Everything that is chosen rather than computed. Private keys and seeds are SHA-256("connector-e2e test vector: <name>") so they are obviously not real keys; the connection id is base64url of the first 16 bytes of SHA-256("connector-e2e test vector: connection id"). DIDs are did:key of the Ed25519 public keys (multicodec 0xed01, base58btc, "z"); keyId is the did:key verification method. drbgSeed: see drbg.',
    drbg:
      'Sending keys draw their key ids, the control channel its IVs, and rekeys their key pairs. To make those vectors reproducible, each party uses a deterministic generator in place of its CSPRNG: the byte stream SHA-256(drbgSeed || uint64be(0)) || SHA-256(drbgSeed || uint64be(1)) || ...; randomBytes(n) returns the next n bytes of the stream, x25519KeyPair() takes the next 32 bytes as the private key. The draws happen in this order: a SendingKey message draws the 16-byte key id, then the 12-byte IV; every other control message draws its IV, except that a RekeyBundle (issuer) and a RekeyInit (holder) first draw their X25519 key pair. Nothing else draws (the handshake keys are fixed inputs; Ed25519 signatures, RFC 8032, are deterministic). Each control vector lists its draws, so an independent implementation can ignore the generator and inject the listed key ids, IVs and keys. Never do this outside test vectors.',
    keys: 'Public keys of the fixed private keys (X25519 per RFC 7748 with clamping; Ed25519 per RFC 8032).',
    invitation:
      'The invitation: commitment = SHA-256(lp(invitation-commitment label, token, issuer DID, issuer identity key)); macKey = HKDF-SHA256(IKM = secret, salt = token, info = invitation-mac label, L = 32); hash IH = SHA-256(lp(invitation-hash label, uint32be(version), connector URL, token, commitment, uint32be(expiresAt))). payload is the Invitation protobuf in the https URL fragment (base64url without padding); customSchemeUrl repeats the connector URL inside the payload. etamp is the same invitation with envelope = 1 (ETAMP, section 23): its URL, and its hash, whose input ends with the extra field uint32be(1). createInvitation draws the secret itself; the vector fixes it.',
    handshake:
      'Synchronous X3DH: the PreKeyBundle (issuer), X3dhInit (holder) and KeyConfirmation (issuer) messages with every signature, MAC and hash input. dh1 = X25519(IK_H, SPK_I), dh2 = X25519(EK_H, IK_I), dh3 = X25519(EK_H, SPK_I), dh4 = X25519(EK_H, OPK_I); ikm = 0xFF*32 || dh1 || dh2 || dh3 || dh4; the epoch 0 secret SK is in epochs[0].',
    epochs:
      'Per epoch: SK, the transcript hash TH (epoch 0: the handshake transcript; epoch 1: the rekey transcript), and the six keys HKDF-SHA256(IKM = SK, salt = TH, info = label, L = 32). The two direction keys (issuerToHolder, holderToIssuer) are chain keys: records are sealed under sending keys derived from them (see records). root is the epoch\'s root key RK (the next rekey\'s HKDF salt), control its control key K_ctl. Epoch 0\'s root and control keys are also the connection\'s, kept for the session\'s lifetime (rekey messages travel under epoch 0\'s control key). Epoch 1 also has the rekey inputs: the DH, the base epoch and its root key as salt (SK_1 = HKDF(IKM = 0xFF*32 || dh, salt = RK_0, info = x3dh-rekey label)), and the DID signature inputs of the three signed rekey messages.',
    ivs: 'Record IVs: the first 12 bytes of SHA-256(uint64be(counter)). Independent of key, direction and epoch (uniqueness comes from the key). 2^32 is past the last usable counter and is listed only to pin the uint64 encoding.',
    records:
      'Sealed records in both directions and both epochs: chainKey (the direction key of the epoch), keyId (the sending key id its SendingKey message announced), key = HKDF-SHA256(IKM = chainKey, salt = keyId, info = key/sending label, L = 32), counter (from 0 under every sending key), iv, aad = lp(record label, version byte, uint32be(epoch), direction byte, keyId, connection id), the AtalaMessage (message) and its protobuf bytes (plaintext), content = AES-256-GCM ciphertext || 16-byte tag, the EncryptedMessage and Frame wire bytes. Opened in the listed order, each opens at its counter once its sending key was announced; counters lost by the relay are sealed but not listed; i2h-e0-restart-c0 is under the issuer\'s second sending key (after a restart) and i2h-e0-restart-c1001 opens only after resync-i2h was applied.',
    control:
      'Sealed control messages (SealedControl) in the order they were sent: the two SendingKey announcements, the holder\'s status report, the issuer\'s SendingKey after its restart, a counter resync, the three rekey messages and the two SendingKey announcements of epoch 1. epoch names the control key: 0 for the rekey messages (the connection\'s control key), the sender\'s epoch for the others; key is that control key, iv the random IV (from the drbg draws), aad = lp(control label, version byte, direction byte, uint32be(epoch), connection id). The rekey messages carry Ed25519 signatures by the sender\'s DID (epochs[1].rekey has the signing inputs). sequence = max(previous + 1, now * CONTROL_SEQUENCE_SCALE).',
    connectorAuth: 'One signed connector request: the SendRequest carrying the Frame of record i2h-e0-c0, its signing input lp(auth label, METHOD, path, SHA-256(body), decimal timestamp, nonce, participant id) and the Ed25519 signature (header value, base64url).',
    connectorAuthQuery: 'A signed GET whose path has a query string: the path is signed as sent, query included, and the body is empty (SHA-256 of zero bytes).',
    sessionRecords: "Both parties' final states as SessionRecord bytes (storage schema 3, section 15; held encrypted at rest in practice): no sending key, both receive epochs with their sending keys and windows.",
    suites:
      'Records under the XSalsa20-Poly1305 suite (section 24): key, counter and plaintext of the record vector named in source, nonce = the first 24 bytes of SHA-256(uint64be(counter)), content = NaCl crypto_secretbox output (16-byte Poly1305 tag, then the XSalsa20 ciphertext). No associated data. invitation.xsalsa20Poly1305 is the invitation asking for the suite (Invitation.suite = 1) and its hash input with the 17-byte field "xsalsa20-poly1305" appended.',
    wampPayloads:
      'WAMP-E2EE payloads (section 25), as autobahn-python\'s cryptobox payload codec makes them: originator (caller, publisher) and responder (callee, subscriber) X25519 key pairs, sharedSecret = X25519 of the two, boxKey = HSalsa20(sharedSecret, 16 zero bytes) (NaCl crypto_box_beforenm, the same for both sides). Each payload: the WAMP message it rides in, the side that seals it (with its private key and the other side\'s public key), uri, args, kwargs, the JSON text (JSON.stringify of {uri, args, kwargs} in that order; UTF-8 in plaintext), the fixed 24-byte nonce (random in use), and payload = nonce || crypto_box (16-byte Poly1305 tag, then the XSalsa20 ciphertext), carried with enc_algo "cryptobox" and enc_serializer "json".',
    etamp:
      'ETAMP envelopes (section 23), both from the issuer to the holder at inputs.now: a record (upd Message, msg = the content of the record named in source) and a control message (upd KeyExchange, msg = the SealedControl bytes named in source), signed with EdDSA by the issuer\'s Ed25519 seed (RFC 8032 signatures are deterministic). header and payload are the canonical JSON texts, signingInput the ASCII text B64(header) "." B64(payload), signature the 64 bytes, jws the compact JWS, frame the Frame that carries it (etamp = 5). negative: envelopes the holder must refuse on the listed connection id, with the error code (expectation: peer DID = issuer, own DID = holder).',
    directory:
      'Asynchronous X3DH through the key directory (section 30). The issuer owns the bundle (bundle = the encoded DirectoryBundle, signed by its DID; signedPrekeyPrivate its signed pre-key) and one one-time pre-key (id 1: oneTimePrekey with its private part and the encoded DirectoryPreKeySignature); the holder initiates on connectionId with the fixed ephemeral key, once with the one-time pre-key and once without. Each case: the encoded DirectoryInit, the transcript hash and the four keys of the epoch (holderToIssuer and issuerToHolder chain keys, root and control), which both sides derive.',
    otpRegistrations:
      'OTP registration proofs (section 27): otp is the typed OTP normalized (spaces and hyphens removed, upper case); salt = HMAC-SHA-256(key = UTF-8(otp), data = UTF-8(identifier)); kTemp = PBKDF2-HMAC-SHA-256(password = UTF-8(otp), salt, iterations, 32 bytes); macInput = lp(otp-registration label, identifier, publicKey); mac = HMAC-SHA-256(kTemp, macInput). publicKey is the holder\'s connector key (the Ed25519 key of connectorAuth).',
    receipts:
      'A delivery receipt (section 26) from the holder to the issuer at inputs.now, for the issuer\'s record named in source, as if it had carried message id messageId with receipt_requested set: contentHash = base64url(SHA-256(content)), the sha256 claim; header and payload are the canonical JSON texts, signingInput the ASCII text B64(header) "." B64(payload), signature the 64-byte EdDSA signature by the holder\'s Ed25519 seed (deterministic), jws the compact JWS the DeliveryReceipt control message carries. negative: receipts the issuer must refuse, with the error code (expectation: peer DID = holder, own DID = issuer, connection inputs.connectionId, and the issuer sent messageId once, with this content).',
    negative:
      'Inputs a decoder must refuse, with the error code: invitation URLs (decoded at the listed now, Unix ms) and EncryptedMessages given to the holder in its final state (after epoch 1 was installed).',
  },
  labels: { ...LABELS },
  constants: {
    PROTOCOL_VERSION,
    RECEIVE_LOOKAHEAD,
    REPLAY_WINDOW,
    REKEY_SOFT_LIMIT,
    MAX_COUNTER,
    MAX_RESYNC_JUMP,
    RESYNC_RATE_LIMIT,
    RESYNC_RATE_WINDOW_MS,
    CONTROL_SEQUENCE_SCALE,
    CONTROL_MAX_CLOCK_SKEW_MS,
    SENDING_KEY_ID_BYTES,
    MAX_RECEIVE_KEYS,
    MAX_ETAMP_JWS_LENGTH,
    MAX_ETAMP_JTI_LENGTH,
    MAX_RECEIPT_JWS_LENGTH,
    MAX_RECEIPT_MESSAGE_ID_LENGTH,
  },
  inputs: {
    now: NOW,
    connectorUrl: CONNECTOR_URL,
    connectionId: CONNECTION_ID,
    oneTimePrekeyId: ONE_TIME_PREKEY_ID,
    invitation: { token: hex(inputs.invitation.token), secret: hex(inputs.invitation.secret), ttlSeconds: inputs.invitation.ttlSeconds },
    issuer: {
      did: issuerDid.did,
      keyId: issuerDid.keyId,
      identityPrivateKey: hex(inputs.issuer.identityPrivateKey),
      ed25519Seed: hex(inputs.issuer.ed25519Seed),
      signedPrekeyPrivate: hex(inputs.issuer.signedPrekeyPrivate),
      oneTimePrekeyPrivate: hex(inputs.issuer.oneTimePrekeyPrivate),
      drbgSeed: hex(inputs.issuer.drbgSeed),
    },
    holder: {
      did: holderDid.did,
      keyId: holderDid.keyId,
      identityPrivateKey: hex(inputs.holder.identityPrivateKey),
      ed25519Seed: hex(inputs.holder.ed25519Seed),
      ephemeralPrivateKey: hex(inputs.holder.ephemeralPrivateKey),
      drbgSeed: hex(inputs.holder.drbgSeed),
    },
    times: { sendingKeys: T_KEYS, status: T_STATUS, restart: T_RESTART, resync: T_RESYNC, rekey: T_REKEY, sendingKeysEpoch1: T_KEYS_E1, close: T_CLOSE },
  },
  keys: {
    issuer: {
      identityKey: hex(issuerIdentity.publicKey),
      ed25519PublicKey: hex(issuerEd),
      signedPrekey: hex(spkPub),
      oneTimePrekey: hex(opkPub),
    },
    holder: {
      identityKey: hex(holderIdentity.publicKey),
      ed25519PublicKey: hex(holderEd),
      ephemeralKey: hex(ekPub),
    },
  },
  invitation: {
    version: invitation.version,
    expiresAt: invitation.expiresAt,
    commitmentInput: hex(lengthPrefixed(LABELS.invitationCommitment, invitation.token, issuerDid.did, issuerIdentity.publicKey)),
    commitment: hex(invitationCommitment(crypto, invitation.token, issuerDid.did, issuerIdentity.publicKey)),
    macKey: hex(macKey.expose()),
    hashInput: hex(
      lengthPrefixed(LABELS.invitationHash, uint32be(invitation.version), invitation.connectorUrl, invitation.token, invitation.commitment, uint32be(invitation.expiresAt)),
    ),
    hash: hex(ih),
    payload: hex(invitationPayload),
    url,
    customSchemeUrl: customUrl,
    etamp: {
      url: encodeInvitationUrl(etampInvitation),
      hashInput: hex(
        lengthPrefixed(LABELS.invitationHash, uint32be(invitation.version), invitation.connectorUrl, invitation.token, invitation.commitment, uint32be(invitation.expiresAt), uint32be(1)),
      ),
      hash: hex(invitationHash(crypto, etampInvitation)),
    },
    xsalsa20Poly1305: {
      url: encodeInvitationUrl(xsalsaInvitation),
      hashInput: hex(
        lengthPrefixed(LABELS.invitationHash, uint32be(invitation.version), invitation.connectorUrl, invitation.token, invitation.commitment, uint32be(invitation.expiresAt), 'xsalsa20-poly1305'),
      ),
      hash: hex(invitationHash(crypto, xsalsaInvitation)),
    },
  },
  handshake: {
    bundleSignatureInput: hex(bundleSigInput),
    bundleSignature: hex(bundle.signature),
    bundleMacInput: hex(bundleMacInput),
    bundleMac: hex(bundle.mac),
    bundleHash: hex(handshake.bundleHash),
    preKeyBundle: hex(wire.PreKeyBundle.encode(bundle).finish()),
    dh1: hex(dh1),
    dh2: hex(dh2),
    dh3: hex(dh3),
    dh4: hex(dh4),
    ikm: hex(concatBytes(X3DH_F, dh1, dh2, dh3, dh4)),
    transcriptInput: hex(
      lengthPrefixed(
        LABELS.transcript,
        uint32be(PROTOCOL_VERSION),
        thFields.connectionId,
        thFields.invitationHash,
        thFields.issuerDid,
        thFields.issuerIdentity,
        thFields.signedPrekey,
        thFields.oneTimePrekey,
        uint32be(thFields.oneTimePrekeyId),
        thFields.holderDid,
        thFields.holderIdentity,
        thFields.ephemeralKey,
      ),
    ),
    initSignatureInput: hex(initSigInput),
    initSignature: hex(answered.init.signature),
    initMacInput: hex(initMacInput),
    initMac: hex(answered.init.mac),
    holderConfirmationInput: hex(lengthPrefixed(LABELS.confirmHolder, th0)),
    holderConfirmation: hex(answered.init.confirmation),
    x3dhInit: hex(wire.X3dhInit.encode(answered.init).finish()),
    issuerConfirmationInput: hex(lengthPrefixed(LABELS.confirmIssuer, th0)),
    issuerConfirmation: hex(accepted.confirmation.confirmation),
    keyConfirmation: hex(wire.KeyConfirmation.encode(accepted.confirmation).finish()),
    bundleFrame: hex(encodeFrame({ handshake: { bundle } })),
    initFrame: hex(encodeFrame({ handshake: { init: answered.init } })),
    keyConfirmationFrame: hex(encodeFrame({ handshake: { confirmation: accepted.confirmation } })),
  },
  epochs: [
    {
      epoch: 0,
      sk: hex(sk0.expose()),
      transcriptHash: hex(th0),
      ...epochKeys(keys0),
    },
    {
      epoch: 1,
      rekey: {
        prekeyPrivate: prekey.privateKey,
        prekey: prekey.publicKey,
        ephemeralPrivate: ephemeral.privateKey,
        ephemeral: ephemeral.publicKey,
        dh: hex(dhRekey),
        ikm: hex(concatBytes(X3DH_F, dhRekey)),
        baseEpoch: 0,
        salt: hex(keys0.root.expose()),
        requestSignatureInput: hex(requestSigInput),
        bundleSignatureInput: hex(bundleRekeySigInput),
        initSignatureInput: hex(initRekeySigInput),
        transcriptInput: hex(th1Input),
        holderConfirmation: hex(confirmationTag(crypto, keys1.confirmPeer, 'holder', th1)),
        issuerConfirmation: hex(confirmationTag(crypto, keys1.confirmOwn, 'issuer', th1)),
      },
      sk: hex(sk1.expose()),
      transcriptHash: hex(th1),
      ...epochKeys(keys1),
    },
  ],
  ivs: IV_COUNTERS.map((counter) => ({ counter, iv: hex(counterIv(crypto, counter)) })),
  records,
  control: controls,
  connectorAuth: {
    seed: hex(inputs.issuer.ed25519Seed),
    publicKey: hex(issuerEd),
    participantId: authFields.participantId,
    method: authFields.method,
    path: authFields.path,
    body: hex(sendBody),
    timestamp: authFields.timestamp,
    nonce: authFields.nonce,
    signingInput: hex(connectorSigningInput(crypto, authFields)),
    headers: signConnectorRequest(crypto, inputs.issuer.ed25519Seed, authFields),
  },
  connectorAuthQuery: {
    seed: hex(inputs.holder.ed25519Seed),
    publicKey: hex(holderEd),
    participantId: queryAuthFields.participantId,
    method: queryAuthFields.method,
    path: queryAuthFields.path,
    body: hex(queryAuthFields.body),
    timestamp: queryAuthFields.timestamp,
    nonce: queryAuthFields.nonce,
    signingInput: hex(connectorSigningInput(crypto, queryAuthFields)),
    headers: signConnectorRequest(crypto, inputs.holder.ed25519Seed, queryAuthFields),
  },
  sessionRecords,
  negative: { invitations: negativeInvitations, records: negativeRecords },
  etamp: { envelopes: etampEnvelopes, negative: etampNegative },
  receipts: { receipt, negative: receiptNegative },
  suites: { xsalsa20Poly1305: suiteRecords },
  directory: {
    connectionId: DIRECTORY_CONNECTION_ID,
    createdAt: directoryCreatedAt,
    bundle: hex(directoryBundle.bundle),
    signedPrekeyPrivate: hex(directoryBundle.signedPrekey.privateKey.expose()),
    oneTimePrekey: {
      id: directoryPrekey!.published.id,
      publicKey: hex(directoryPrekey!.published.publicKey),
      privateKey: hex(directoryPrekey!.prekey.privateKey.expose()),
      signature: hex(directoryPrekey!.published.signature),
    },
    cases: directoryCases,
  },
  otpRegistrations,
  wampPayloads: {
    originator: { privateKey: hex(wampOriginator), publicKey: hex(wampKeys.originatorPublic) },
    responder: { privateKey: hex(wampResponder), publicKey: hex(wampKeys.responderPublic) },
    sharedSecret: hex(crypto.x25519(wampOriginator, wampKeys.responderPublic)!),
    boxKey: hex(wampBoxKey({ privateKey: wampOriginator, peerPublicKey: wampKeys.responderPublic })),
    payloads: wampPayloads,
  },
};

const out = join(root, 'docs/test-vectors.json');
writeFileSync(out, `${JSON.stringify(vectors, null, 2)}\n`);
console.log(`wrote ${out}: ${records.length} records, ${controls.length} control messages`);
