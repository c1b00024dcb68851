import { assertBytes, equalBytes, lengthPrefixed, uint32be } from './bytes.js';
import { MAX_DID_LENGTH, PROTOCOL_VERSION } from './constants.js';
import { ProtocolError } from './errors.js';
import type { DidSignatureVerifier, DidSigner, IdentityKey } from './identity.js';
import { invitationCommitment, invitationHash, invitationMacKey, type Invitation } from './invitation.js';
import { checkedDh, confirmationTag, deriveEpochKeys, x3dhSecret } from './key-schedule.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { SecretBytes } from './secret.js';
import { assertConnectionId, newSession, type SessionState } from './session.js';
import { DEFAULT_CIPHER_SUITE, type CipherSuite } from './suites.js';
import type { KeyConfirmation, PreKeyBundle, X3dhInit } from './wire.js';

/*
 * Synchronous X3DH (Signal X3DH spec) between the issuer (responder, "Bob": publishes the
 * pre-key bundle) and the holder (initiator, "Alice"), over a fresh connector connection.
 *
 *   DH1 = DH(IK_H, SPK_I)  DH2 = DH(EK_H, IK_I)  DH3 = DH(EK_H, SPK_I)  DH4 = DH(EK_H, OPK_I)
 *   SK  = HKDF(salt = 0^32, IKM = 0xFF^32 || DH1 || DH2 || DH3 || DH4, info = LABELS.x3dh, 32)
 *   TH  = SHA-256(lp(LABELS.transcript, version, connection_id, IH, DID_I, IK_I, SPK_I, OPK_I, opk_id, DID_H, IK_H, EK_H))
 *
 * The one-time pre-key is mandatory. The bundle and the init are MAC'd with the invitation
 * MAC key (so only someone holding the QR secret can take part) and signed by each party's
 * DID key (so the identity keys are bound to the DIDs). The holder also checks the
 * invitation's commitment to DID_I and IK_I. TH is the associated data: it salts every key.
 */

export interface PeerIdentity {
  readonly did: string;
  readonly identityKey: Uint8Array;
}

/** Issuer-side state between sending the bundle and receiving the holder's init. */
export interface IssuerHandshake {
  readonly status: 'awaiting_init' | 'consumed';
  readonly connectionId: string;
  readonly invitationHash: Uint8Array;
  /** The invitation's cipher suite for the connection's records (24). */
  readonly suite: CipherSuite;
  readonly macKey: SecretBytes;
  readonly issuerDid: string;
  readonly identityKey: Uint8Array;
  readonly signedPrekey: Uint8Array;
  readonly signedPrekeyPrivate?: SecretBytes;
  readonly oneTimePrekey: Uint8Array;
  readonly oneTimePrekeyPrivate?: SecretBytes;
  readonly oneTimePrekeyId: number;
  readonly bundleHash: Uint8Array;
}

function assertDid(did: unknown, label: string): asserts did is string {
  if (typeof did !== 'string' || !did.startsWith('did:') || did.length > MAX_DID_LENGTH) {
    throw new ProtocolError('malformed_message', `${label} is not a DID`);
  }
}

function malformedKey(value: unknown, label: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== 32) {
    throw new ProtocolError('malformed_message', `${label} must be a 32-byte X25519 key`);
  }
  return value;
}

function bundleSignatureInput(version: number, connectionId: string, ih: Uint8Array, did: string, ik: Uint8Array, spk: Uint8Array, opk: Uint8Array, opkId: number): Uint8Array {
  return lengthPrefixed(LABELS.bundleSignature, uint32be(version), connectionId, ih, did, ik, spk, opk, uint32be(opkId));
}

function bundleMacInput(sigInput: Uint8Array, signature: Uint8Array, keyId: string): Uint8Array {
  return lengthPrefixed(LABELS.bundleMac, sigInput, signature, keyId);
}

export function transcriptHash(
  crypto: CryptoProvider,
  f: { connectionId: string; invitationHash: Uint8Array; issuerDid: string; issuerIdentity: Uint8Array; signedPrekey: Uint8Array; oneTimePrekey: Uint8Array; oneTimePrekeyId: number; holderDid: string; holderIdentity: Uint8Array; ephemeralKey: Uint8Array },
): Uint8Array {
  return crypto.sha256(
    lengthPrefixed(
      LABELS.transcript,
      uint32be(PROTOCOL_VERSION),
      f.connectionId,
      f.invitationHash,
      f.issuerDid,
      f.issuerIdentity,
      f.signedPrekey,
      f.oneTimePrekey,
      uint32be(f.oneTimePrekeyId),
      f.holderDid,
      f.holderIdentity,
      f.ephemeralKey,
    ),
  );
}

function initMacInput(th: Uint8Array, signature: Uint8Array, keyId: string): Uint8Array {
  return lengthPrefixed(LABELS.initMac, th, signature, keyId);
}

/** A fresh key pair, or the pair of a fixed private key (test vectors). */
function keyPair(crypto: CryptoProvider, fixed: Uint8Array | undefined): { privateKey: Uint8Array; publicKey: Uint8Array } {
  return fixed ? { privateKey: fixed, publicKey: crypto.x25519PublicKey(fixed) } : crypto.x25519KeyPair();
}

export interface CreateBundleArgs {
  connectionId: string;
  invitation: Invitation;
  identity: IdentityKey;
  signer: DidSigner;
  /** Identifier of the one-time pre-key (the caller's storage key for it). */
  oneTimePrekeyId: number;
  /** Fixed key pairs for test vectors; fresh random keys otherwise. */
  keys?: { signedPrekey?: Uint8Array; oneTimePrekey?: Uint8Array };
}

/** Issuer: builds the signed and MAC'd pre-key bundle for a connection accepted from `invitation`. */
export async function createPreKeyBundle(crypto: CryptoProvider, args: CreateBundleArgs): Promise<{ bundle: PreKeyBundle; handshake: IssuerHandshake }> {
  assertConnectionId(args.connectionId);
  if (!Number.isInteger(args.oneTimePrekeyId) || args.oneTimePrekeyId < 0 || args.oneTimePrekeyId > 0xffffffff) {
    throw new RangeError(`oneTimePrekeyId: expected a uint32, got ${args.oneTimePrekeyId}`);
  }
  const spkPair = keyPair(crypto, args.keys?.signedPrekey);
  const opkPair = keyPair(crypto, args.keys?.oneTimePrekey);
  const spkPriv = spkPair.privateKey;
  const opkPriv = opkPair.privateKey;
  const spk = spkPair.publicKey;
  const opk = opkPair.publicKey;
  const ih = invitationHash(crypto, args.invitation);
  const ik = args.identity.publicKey;
  const did = args.signer.did;
  const sigInput = bundleSignatureInput(PROTOCOL_VERSION, args.connectionId, ih, did, ik, spk, opk, args.oneTimePrekeyId);
  const signature = await args.signer.sign(sigInput);
  assertBytes(signature, 'signer.sign() result');
  const macKey = invitationMacKey(crypto, args.invitation);
  const macIn = bundleMacInput(sigInput, signature, args.signer.keyId);
  const bundle = {
    version: PROTOCOL_VERSION,
    connectionId: args.connectionId,
    issuerDid: did,
    identityKey: ik,
    signedPrekey: spk,
    oneTimePrekey: opk,
    oneTimePrekeyId: args.oneTimePrekeyId,
    signature,
    signatureKeyId: args.signer.keyId,
    mac: crypto.hmacSha256(macKey.expose(), macIn),
  } as PreKeyBundle;
  return {
    bundle,
    handshake: {
      status: 'awaiting_init',
      connectionId: args.connectionId,
      invitationHash: ih,
      suite: args.invitation.suite ?? DEFAULT_CIPHER_SUITE,
      macKey,
      issuerDid: did,
      identityKey: ik,
      signedPrekey: spk,
      signedPrekeyPrivate: new SecretBytes(spkPriv.slice(), 'signed pre-key'),
      oneTimePrekey: opk,
      oneTimePrekeyPrivate: new SecretBytes(opkPriv.slice(), 'one-time pre-key'),
      oneTimePrekeyId: args.oneTimePrekeyId,
      bundleHash: crypto.sha256(macIn),
    },
  };
}

export interface AnswerBundleArgs {
  /** The connection id the connector returned when the holder accepted the token. */
  connectionId: string;
  invitation: Invitation;
  bundle: PreKeyBundle;
  identity: IdentityKey;
  signer: DidSigner;
  verifier: DidSignatureVerifier;
  /** Fixed ephemeral key for test vectors; random otherwise. */
  ephemeralKey?: Uint8Array;
}

/**
 * Holder: verifies the bundle (structure, commitment, MAC, DID signature), runs X3DH and
 * returns the init to send plus an unconfirmed session (it opens records only after the
 * issuer's KeyConfirmation passes `confirmSession`).
 */
export async function answerPreKeyBundle(crypto: CryptoProvider, args: AnswerBundleArgs): Promise<{ init: X3dhInit; session: SessionState; peer: PeerIdentity }> {
  const b = args.bundle;
  if (b.version !== PROTOCOL_VERSION) throw new ProtocolError('unsupported_version', `bundle version ${b.version}`);
  if (b.connectionId !== args.connectionId) throw new ProtocolError('wrong_connection', 'bundle is for another connection');
  if (!(b.oneTimePrekey instanceof Uint8Array) || b.oneTimePrekey.length === 0) {
    throw new ProtocolError('missing_one_time_prekey', 'bundle has no one-time pre-key; synchronous X3DH requires one');
  }
  assertDid(b.issuerDid, 'bundle issuer_did');
  const ikI = malformedKey(b.identityKey, 'bundle identity_key');
  const spk = malformedKey(b.signedPrekey, 'bundle signed_prekey');
  const opk = malformedKey(b.oneTimePrekey, 'bundle one_time_prekey');
  const inv = args.invitation;

  if (!equalBytes(invitationCommitment(crypto, inv.token, b.issuerDid, ikI), inv.commitment)) {
    throw new ProtocolError('commitment_mismatch', 'the bundle identity key or DID is not the one the invitation commits to (substituted by the relay?)');
  }
  const ih = invitationHash(crypto, inv);
  const macKey = invitationMacKey(crypto, inv);
  const sigInput = bundleSignatureInput(b.version, b.connectionId, ih, b.issuerDid, ikI, spk, opk, b.oneTimePrekeyId);
  const macIn = bundleMacInput(sigInput, b.signature, b.signatureKeyId);
  if (!equalBytes(crypto.hmacSha256(macKey.expose(), macIn), b.mac)) {
    throw new ProtocolError('bad_mac', 'bundle MAC does not verify under the invitation secret');
  }
  if (!(await args.verifier({ did: b.issuerDid, keyId: b.signatureKeyId, data: sigInput, signature: b.signature }))) {
    throw new ProtocolError('bad_signature', `bundle signature does not verify for ${b.issuerDid}`);
  }

  const ekPair = keyPair(crypto, args.ephemeralKey);
  const ek = ekPair.privateKey;
  const ekPub = ekPair.publicKey;
  const dh1 = checkedDh(await args.identity.dh(spk), 'DH(IK_H, SPK_I)');
  const dh2 = checkedDh(crypto.x25519(ek, ikI), 'DH(EK_H, IK_I)');
  const dh3 = checkedDh(crypto.x25519(ek, spk), 'DH(EK_H, SPK_I)');
  const dh4 = checkedDh(crypto.x25519(ek, opk), 'DH(EK_H, OPK_I)');
  const sk = x3dhSecret(crypto, [dh1, dh2, dh3, dh4], LABELS.x3dh);
  const th = transcriptHash(crypto, {
    connectionId: b.connectionId,
    invitationHash: ih,
    issuerDid: b.issuerDid,
    issuerIdentity: ikI,
    signedPrekey: spk,
    oneTimePrekey: opk,
    oneTimePrekeyId: b.oneTimePrekeyId,
    holderDid: args.signer.did,
    holderIdentity: args.identity.publicKey,
    ephemeralKey: ekPub,
  });
  const keys = deriveEpochKeys(crypto, sk, th, 'holder');
  const signature = await args.signer.sign(lengthPrefixed(LABELS.initSignature, th));
  assertBytes(signature, 'signer.sign() result');
  const init = {
    version: PROTOCOL_VERSION,
    connectionId: b.connectionId,
    holderDid: args.signer.did,
    identityKey: args.identity.publicKey,
    ephemeralKey: ekPub,
    oneTimePrekeyId: b.oneTimePrekeyId,
    bundleHash: crypto.sha256(macIn),
    signature,
    signatureKeyId: args.signer.keyId,
    mac: crypto.hmacSha256(macKey.expose(), initMacInput(th, signature, args.signer.keyId)),
    confirmation: confirmationTag(crypto, keys.confirmOwn, 'holder', th),
  } as X3dhInit;
  ek.fill(0);
  const session = newSession({ connectionId: b.connectionId, role: 'holder', peerDid: b.issuerDid, transcriptHash: th, suite: inv.suite ?? DEFAULT_CIPHER_SUITE, keys, confirmed: false });
  return { init, session, peer: { did: b.issuerDid, identityKey: ikI } };
}

export interface AcceptInitArgs {
  handshake: IssuerHandshake;
  init: X3dhInit;
  identity: IdentityKey;
  verifier: DidSignatureVerifier;
}

/**
 * Issuer: verifies the holder's init (MAC, DID signature, key confirmation), derives the
 * session and returns the KeyConfirmation to send. The returned handshake is `consumed` and
 * holds no private keys: persist it (deleting the one-time pre-key) in the same transaction
 * that stores the session. A replayed init then fails with `replayed_init`.
 */
export async function acceptX3dhInit(
  crypto: CryptoProvider,
  args: AcceptInitArgs,
): Promise<{ session: SessionState; confirmation: KeyConfirmation; handshake: IssuerHandshake; peer: PeerIdentity }> {
  const h = args.handshake;
  const m = args.init;
  if (h.status !== 'awaiting_init' || !h.oneTimePrekeyPrivate || !h.signedPrekeyPrivate) {
    throw new ProtocolError('replayed_init', 'this connection already consumed its one-time pre-key (replayed X3DH init)');
  }
  if (m.version !== PROTOCOL_VERSION) throw new ProtocolError('unsupported_version', `init version ${m.version}`);
  if (m.connectionId !== h.connectionId) throw new ProtocolError('wrong_connection', 'init is for another connection');
  if (m.oneTimePrekeyId !== h.oneTimePrekeyId) throw new ProtocolError('replayed_init', `init names one-time pre-key ${m.oneTimePrekeyId}, which is not pending`);
  if (!(m.bundleHash instanceof Uint8Array) || !equalBytes(m.bundleHash, h.bundleHash)) {
    throw new ProtocolError('handshake_state', 'init answers a different pre-key bundle');
  }
  assertDid(m.holderDid, 'init holder_did');
  const ikH = malformedKey(m.identityKey, 'init identity_key');
  const ek = malformedKey(m.ephemeralKey, 'init ephemeral_key');
  const th = transcriptHash(crypto, {
    connectionId: h.connectionId,
    invitationHash: h.invitationHash,
    issuerDid: h.issuerDid,
    issuerIdentity: h.identityKey,
    signedPrekey: h.signedPrekey,
    oneTimePrekey: h.oneTimePrekey,
    oneTimePrekeyId: h.oneTimePrekeyId,
    holderDid: m.holderDid,
    holderIdentity: ikH,
    ephemeralKey: ek,
  });
  if (!equalBytes(crypto.hmacSha256(h.macKey.expose(), initMacInput(th, m.signature, m.signatureKeyId)), m.mac)) {
    throw new ProtocolError('bad_mac', 'init MAC does not verify under the invitation secret');
  }
  if (!(await args.verifier({ did: m.holderDid, keyId: m.signatureKeyId, data: lengthPrefixed(LABELS.initSignature, th), signature: m.signature }))) {
    throw new ProtocolError('bad_signature', `init signature does not verify for ${m.holderDid}`);
  }
  const spkPriv = h.signedPrekeyPrivate.expose();
  const dh1 = checkedDh(crypto.x25519(spkPriv, ikH), 'DH(SPK_I, IK_H)');
  const dh2 = checkedDh(await args.identity.dh(ek), 'DH(IK_I, EK_H)');
  const dh3 = checkedDh(crypto.x25519(spkPriv, ek), 'DH(SPK_I, EK_H)');
  const dh4 = checkedDh(crypto.x25519(h.oneTimePrekeyPrivate.expose(), ek), 'DH(OPK_I, EK_H)');
  const sk = x3dhSecret(crypto, [dh1, dh2, dh3, dh4], LABELS.x3dh);
  const keys = deriveEpochKeys(crypto, sk, th, 'issuer');
  if (!(m.confirmation instanceof Uint8Array) || !equalBytes(confirmationTag(crypto, keys.confirmPeer, 'holder', th), m.confirmation)) {
    throw new ProtocolError('key_confirmation_failed', "holder's key confirmation does not match the derived keys");
  }
  const session = newSession({ connectionId: h.connectionId, role: 'issuer', peerDid: m.holderDid, transcriptHash: th, suite: h.suite, keys, confirmed: true });
  const { signedPrekeyPrivate: _s, oneTimePrekeyPrivate: _o, ...publicPart } = h;
  return {
    session,
    confirmation: { version: PROTOCOL_VERSION, connectionId: h.connectionId, confirmation: confirmationTag(crypto, keys.confirmOwn, 'issuer', th) } as KeyConfirmation,
    handshake: { ...publicPart, status: 'consumed' },
    peer: { did: m.holderDid, identityKey: ikH },
  };
}

/** Holder: checks the issuer's KeyConfirmation; only then does the session seal and open records. */
export function confirmSession(crypto: CryptoProvider, session: SessionState, confirmation: KeyConfirmation): SessionState {
  if (session.confirmed) throw new ProtocolError('handshake_state', 'session is already confirmed');
  if (!session.peerConfirmKey) throw new ProtocolError('handshake_state', 'session has no pending confirmation');
  if (confirmation.connectionId !== session.connectionId) throw new ProtocolError('wrong_connection', 'confirmation is for another connection');
  const expected = confirmationTag(crypto, session.peerConfirmKey, 'issuer', session.transcriptHash);
  if (!(confirmation.confirmation instanceof Uint8Array) || !equalBytes(expected, confirmation.confirmation)) {
    throw new ProtocolError('key_confirmation_failed', "issuer's key confirmation does not match the derived keys");
  }
  const { peerConfirmKey: _k, ...rest } = session;
  return { ...rest, confirmed: true };
}
