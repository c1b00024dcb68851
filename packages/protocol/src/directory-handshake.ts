import { assertBytes, equalBytes, lengthPrefixed, uint32be, uint64be } from './bytes.js';
import { MAX_DID_LENGTH, PROTOCOL_VERSION } from './constants.js';
import { ProtocolError } from './errors.js';
import type { PeerIdentity } from './handshake.js';
import type { DidSignatureVerifier, DidSigner, IdentityKey } from './identity.js';
import { checkedDh, confirmationTag, deriveEpochKeys, x3dhSecret } from './key-schedule.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { SecretBytes } from './secret.js';
import { assertConnectionId, newSession, type SessionState } from './session.js';
import { DEFAULT_CIPHER_SUITE, assertCipherSuite, suiteFromWire, suiteToWire, type CipherSuite } from './suites.js';
import { decodeUntrusted, wire, type DirectoryBundle, type DirectoryInit } from './wire.js';

/*
 * Asynchronous X3DH through the connector's key directory (docs/protocol.md 30). The owner
 * (responder, "Bob") publishes a DID-signed bundle and DID-signed one-time pre-keys; an
 * initiator ("Alice") takes the bundle and at most one one-time pre-key from the directory,
 * sends a DirectoryInit and records at once; the owner completes the session when it comes
 * online. No invitation: the DID signatures alone authenticate the keys, so the initiator must
 * know the owner's DID beforehand. In the key schedule the owner takes the issuer's labels.
 *
 *   DH1 = DH(IK_A, SPK_B)  DH2 = DH(EK_A, IK_B)  DH3 = DH(EK_A, SPK_B)  [DH4 = DH(EK_A, OPK_B)]
 *   SK  = HKDF(salt = 0^32, IKM = 0xFF^32 || DH1 || DH2 || DH3 [|| DH4], info = LABELS.x3dhDirectory, 32)
 *   TH  = SHA-256(lp(LABELS.transcriptDirectory, u32(1), connection_id, DID_B, IK_B, SPK_B, u32(spk_id),
 *                    u64(created_at), suite, OPK_B | "", u32(opk_id) | "", DID_A, IK_A, EK_A))
 */

/** A signed pre-key (or one-time pre-key) the owner keeps the private part of, by id. */
export interface DirectoryPrekey {
  readonly id: number;
  readonly publicKey: Uint8Array;
  readonly privateKey: SecretBytes;
}

/** A one-time pre-key as published: the public key and its opaque signature. */
export interface PublishedPrekey {
  readonly id: number;
  readonly publicKey: Uint8Array;
  /** Encoded DirectoryPreKeySignature: what the directory stores and hands out unchanged. */
  readonly signature: Uint8Array;
}

function assertUint32(n: number, label: string): void {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`${label}: expected a uint32, got ${n}`);
}

function assertDid(did: unknown, label: string): asserts did is string {
  if (typeof did !== 'string' || !did.startsWith('did:') || did.length > MAX_DID_LENGTH) throw new ProtocolError('malformed_message', `${label} is not a DID`);
}

function key32(value: unknown, label: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== 32) throw new ProtocolError('malformed_message', `${label} must be a 32-byte X25519 key`);
  return value;
}

function keyPair(crypto: CryptoProvider, fixed: Uint8Array | undefined): { privateKey: Uint8Array; publicKey: Uint8Array } {
  return fixed ? { privateKey: fixed, publicKey: crypto.x25519PublicKey(fixed) } : crypto.x25519KeyPair();
}

function bundleSignatureInput(b: { did: string; identityKey: Uint8Array; signedPrekey: Uint8Array; signedPrekeyId: number; createdAt: number; suite: CipherSuite }): Uint8Array {
  return lengthPrefixed(LABELS.directoryBundleSignature, uint32be(PROTOCOL_VERSION), b.did, b.identityKey, b.signedPrekey, uint32be(b.signedPrekeyId), uint64be(b.createdAt), b.suite);
}

function prekeySignatureInput(did: string, id: number, publicKey: Uint8Array): Uint8Array {
  return lengthPrefixed(LABELS.directoryPrekeySignature, uint32be(PROTOCOL_VERSION), did, uint32be(id), publicKey);
}

/** The directory transcript hash (docs/protocol.md 30.3). */
export function directoryTranscriptHash(
  crypto: CryptoProvider,
  f: {
    connectionId: string;
    bundle: { did: string; identityKey: Uint8Array; signedPrekey: Uint8Array; signedPrekeyId: number; createdAt: number; suite: CipherSuite };
    oneTimePrekey: { id: number; publicKey: Uint8Array } | undefined;
    initiatorDid: string;
    initiatorIdentity: Uint8Array;
    ephemeralKey: Uint8Array;
  },
): Uint8Array {
  const b = f.bundle;
  const opk = f.oneTimePrekey;
  return crypto.sha256(
    lengthPrefixed(
      LABELS.transcriptDirectory,
      uint32be(PROTOCOL_VERSION),
      f.connectionId,
      b.did,
      b.identityKey,
      b.signedPrekey,
      uint32be(b.signedPrekeyId),
      uint64be(b.createdAt),
      b.suite,
      opk ? opk.publicKey : new Uint8Array(0),
      opk ? uint32be(opk.id) : new Uint8Array(0),
      f.initiatorDid,
      f.initiatorIdentity,
      f.ephemeralKey,
    ),
  );
}

// ---- the owner: publishing --------------------------------------------------------------

export interface CreateDirectoryBundleArgs {
  identity: IdentityKey;
  signer: DidSigner;
  signedPrekeyId: number;
  /** Unix ms. */
  createdAt: number;
  suite?: CipherSuite;
  /** A fixed private key for test vectors; a fresh one otherwise. */
  signedPrekey?: Uint8Array;
}

/** Owner: a new signed pre-key and the bundle to publish (encoded DirectoryBundle). Keep the pre-key by its id. */
export async function createDirectoryBundle(crypto: CryptoProvider, args: CreateDirectoryBundleArgs): Promise<{ bundle: Uint8Array; signedPrekey: DirectoryPrekey }> {
  assertUint32(args.signedPrekeyId, 'signedPrekeyId');
  if (!Number.isSafeInteger(args.createdAt) || args.createdAt < 0) throw new RangeError(`createdAt: expected unix ms, got ${args.createdAt}`);
  const suite = args.suite ?? DEFAULT_CIPHER_SUITE;
  assertCipherSuite(suite);
  const spk = keyPair(crypto, args.signedPrekey);
  const fields = { did: args.signer.did, identityKey: args.identity.publicKey, signedPrekey: spk.publicKey, signedPrekeyId: args.signedPrekeyId, createdAt: args.createdAt, suite };
  const signature = await args.signer.sign(bundleSignatureInput(fields));
  assertBytes(signature, 'signer.sign() result');
  const bundle = wire.DirectoryBundle.encode({
    version: PROTOCOL_VERSION,
    did: fields.did,
    identityKey: fields.identityKey,
    signedPrekey: fields.signedPrekey,
    signedPrekeyId: fields.signedPrekeyId,
    createdAt: fields.createdAt,
    suite: suiteToWire(suite),
    signature,
    signatureKeyId: args.signer.keyId,
  }).finish();
  return { bundle, signedPrekey: { id: args.signedPrekeyId, publicKey: spk.publicKey, privateKey: new SecretBytes(spk.privateKey.slice(), 'signed pre-key') } };
}

/** Owner: one-time pre-keys with their DID signatures, to publish; keep the private parts by id. */
export async function createDirectoryPrekeys(
  crypto: CryptoProvider,
  signer: DidSigner,
  ids: readonly number[],
  fixed?: readonly Uint8Array[],
): Promise<Array<{ published: PublishedPrekey; prekey: DirectoryPrekey }>> {
  const out: Array<{ published: PublishedPrekey; prekey: DirectoryPrekey }> = [];
  for (const [i, id] of ids.entries()) {
    assertUint32(id, 'one-time pre-key id');
    const pair = keyPair(crypto, fixed?.[i]);
    const signature = await signer.sign(prekeySignatureInput(signer.did, id, pair.publicKey));
    assertBytes(signature, 'signer.sign() result');
    out.push({
      published: { id, publicKey: pair.publicKey, signature: wire.DirectoryPreKeySignature.encode({ signature, signatureKeyId: signer.keyId }).finish() },
      prekey: { id, publicKey: pair.publicKey, privateKey: new SecretBytes(pair.privateKey.slice(), 'one-time pre-key') },
    });
  }
  return out;
}

// ---- the initiator ----------------------------------------------------------------------

/** A bundle whose DID signature verified, decoded. */
export interface VerifiedDirectoryBundle {
  readonly did: string;
  readonly identityKey: Uint8Array;
  readonly signedPrekey: Uint8Array;
  readonly signedPrekeyId: number;
  readonly createdAt: number;
  readonly suite: CipherSuite;
}

/**
 * Decodes a directory bundle and checks it is `expectedDid`'s and signed by it. A directory
 * that substitutes the bundle (or serves another DID's) fails here.
 */
export async function verifyDirectoryBundle(bytes: Uint8Array, expectedDid: string, verifier: DidSignatureVerifier): Promise<VerifiedDirectoryBundle> {
  const b: DirectoryBundle = decodeUntrusted(wire.DirectoryBundle, bytes, 'DirectoryBundle');
  if (b.version !== PROTOCOL_VERSION) throw new ProtocolError('unsupported_version', `directory bundle version ${b.version}`);
  assertDid(b.did, 'bundle did');
  if (b.did !== expectedDid) throw new ProtocolError('bad_signature', `the directory bundle is ${b.did}'s, not ${expectedDid}'s`);
  const suite = suiteFromWire(b.suite);
  if (!suite) throw new ProtocolError('malformed_message', `bundle suite ${b.suite} is unknown`);
  const fields = {
    did: b.did,
    identityKey: key32(b.identityKey, 'bundle identity_key'),
    signedPrekey: key32(b.signedPrekey, 'bundle signed_prekey'),
    signedPrekeyId: b.signedPrekeyId,
    createdAt: Number(b.createdAt),
    suite,
  };
  if (!Number.isSafeInteger(fields.createdAt)) throw new ProtocolError('malformed_message', 'bundle created_at is out of range');
  if (!(await verifier({ did: b.did, keyId: b.signatureKeyId, data: bundleSignatureInput(fields), signature: b.signature }))) {
    throw new ProtocolError('bad_signature', `directory bundle signature does not verify for ${b.did}`);
  }
  return fields;
}

async function verifyPrekey(did: string, prekey: PublishedPrekey, verifier: DidSignatureVerifier): Promise<{ id: number; publicKey: Uint8Array }> {
  const publicKey = key32(prekey.publicKey, 'one-time pre-key');
  const s = decodeUntrusted(wire.DirectoryPreKeySignature, prekey.signature, 'DirectoryPreKeySignature');
  if (!(await verifier({ did, keyId: s.signatureKeyId, data: prekeySignatureInput(did, prekey.id, publicKey), signature: s.signature }))) {
    throw new ProtocolError('bad_signature', `one-time pre-key ${prekey.id} is not signed by ${did}`);
  }
  return { id: prekey.id, publicKey };
}

export interface InitiateFromDirectoryArgs {
  /** The connection the directory created for this set-up. */
  connectionId: string;
  /** The DID the initiator wants to talk to (known beforehand: the directory is not trusted for it). */
  expectedDid: string;
  bundle: Uint8Array;
  /** The one-time pre-key the directory handed out, if it had one. */
  oneTimePrekey?: PublishedPrekey;
  identity: IdentityKey;
  signer: DidSigner;
  verifier: DidSignatureVerifier;
  /** Fixed ephemeral key for test vectors; random otherwise. */
  ephemeralKey?: Uint8Array;
}

/**
 * Initiator: verifies the bundle and the one-time pre-key against the owner's DID, runs X3DH
 * and returns the DirectoryInit to send plus a session that seals at once (the owner is
 * authenticated by its DID signature; its first record that opens confirms its keys).
 */
export async function initiateFromDirectory(crypto: CryptoProvider, args: InitiateFromDirectoryArgs): Promise<{ init: DirectoryInit; session: SessionState; peer: PeerIdentity }> {
  assertConnectionId(args.connectionId);
  const b = await verifyDirectoryBundle(args.bundle, args.expectedDid, args.verifier);
  const opk = args.oneTimePrekey ? await verifyPrekey(b.did, args.oneTimePrekey, args.verifier) : undefined;
  const ek = keyPair(crypto, args.ephemeralKey);
  const dhs = [
    checkedDh(await args.identity.dh(b.signedPrekey), 'DH(IK_A, SPK_B)'),
    checkedDh(crypto.x25519(ek.privateKey, b.identityKey), 'DH(EK_A, IK_B)'),
    checkedDh(crypto.x25519(ek.privateKey, b.signedPrekey), 'DH(EK_A, SPK_B)'),
    ...(opk ? [checkedDh(crypto.x25519(ek.privateKey, opk.publicKey), 'DH(EK_A, OPK_B)')] : []),
  ];
  const sk = x3dhSecret(crypto, dhs, LABELS.x3dhDirectory);
  const th = directoryTranscriptHash(crypto, {
    connectionId: args.connectionId,
    bundle: b,
    oneTimePrekey: opk,
    initiatorDid: args.signer.did,
    initiatorIdentity: args.identity.publicKey,
    ephemeralKey: ek.publicKey,
  });
  const keys = deriveEpochKeys(crypto, sk, th, 'holder');
  const signature = await args.signer.sign(lengthPrefixed(LABELS.directoryInitSignature, th));
  assertBytes(signature, 'signer.sign() result');
  const init = wire.DirectoryInit.create({
    version: PROTOCOL_VERSION,
    connectionId: args.connectionId,
    responderDid: b.did,
    signedPrekeyId: b.signedPrekeyId,
    hasOneTimePrekey: opk !== undefined,
    oneTimePrekeyId: opk?.id ?? 0,
    initiatorDid: args.signer.did,
    identityKey: args.identity.publicKey,
    ephemeralKey: ek.publicKey,
    signature,
    signatureKeyId: args.signer.keyId,
    confirmation: confirmationTag(crypto, keys.confirmOwn, 'holder', th),
  });
  if (!args.ephemeralKey) ek.privateKey.fill(0);
  const session = newSession({ connectionId: args.connectionId, role: 'holder', peerDid: b.did, transcriptHash: th, suite: b.suite, keys, confirmed: true });
  return { init, session, peer: { did: b.did, identityKey: b.identityKey } };
}

// ---- the owner: completing --------------------------------------------------------------

export interface AcceptDirectoryInitArgs {
  /** The connection the connector reported (its mailbox notice), which the init must name. */
  connectionId: string;
  init: DirectoryInit;
  identity: IdentityKey;
  /** The bundle as the owner published it (decoded fields) and the signed pre-key's private part. */
  bundle: VerifiedDirectoryBundle;
  signedPrekey: DirectoryPrekey;
  /** The one-time pre-key the init names, if the owner still holds it (undefined: consumed or unknown). */
  oneTimePrekey: DirectoryPrekey | undefined;
  verifier: DidSignatureVerifier;
}

/**
 * Owner: checks the init (names, DID signature, key confirmation) and derives the session.
 * Returns the id of the one-time pre-key it consumed: delete its private part in the same
 * transaction that stores the session, so a replayed init fails with `replayed_init`.
 */
export async function acceptDirectoryInit(
  crypto: CryptoProvider,
  args: AcceptDirectoryInitArgs,
): Promise<{ session: SessionState; peer: PeerIdentity; consumedPrekeyId: number | undefined }> {
  const m = args.init;
  if (m.version !== PROTOCOL_VERSION) throw new ProtocolError('unsupported_version', `directory init version ${m.version}`);
  if (m.connectionId !== args.connectionId) throw new ProtocolError('wrong_connection', 'directory init is for another connection');
  if (m.responderDid !== args.bundle.did) throw new ProtocolError('wrong_connection', `directory init is addressed to ${String(m.responderDid)}`);
  if (m.signedPrekeyId !== args.bundle.signedPrekeyId || m.signedPrekeyId !== args.signedPrekey.id) {
    throw new ProtocolError('handshake_state', `directory init names signed pre-key ${m.signedPrekeyId}, which this owner does not hold`);
  }
  let opk: DirectoryPrekey | undefined;
  if (m.hasOneTimePrekey) {
    if (!args.oneTimePrekey || args.oneTimePrekey.id !== m.oneTimePrekeyId) {
      throw new ProtocolError('replayed_init', `directory init names one-time pre-key ${m.oneTimePrekeyId}, which is consumed or unknown`);
    }
    opk = args.oneTimePrekey;
  } else if (m.oneTimePrekeyId !== 0) {
    throw new ProtocolError('malformed_message', 'directory init names a one-time pre-key id without one');
  }
  assertDid(m.initiatorDid, 'init initiator_did');
  const ikA = key32(m.identityKey, 'init identity_key');
  const ek = key32(m.ephemeralKey, 'init ephemeral_key');
  const th = directoryTranscriptHash(crypto, {
    connectionId: args.connectionId,
    bundle: args.bundle,
    oneTimePrekey: opk,
    initiatorDid: m.initiatorDid,
    initiatorIdentity: ikA,
    ephemeralKey: ek,
  });
  if (!(await args.verifier({ did: m.initiatorDid, keyId: m.signatureKeyId, data: lengthPrefixed(LABELS.directoryInitSignature, th), signature: m.signature }))) {
    throw new ProtocolError('bad_signature', `directory init signature does not verify for ${m.initiatorDid}`);
  }
  const spk = args.signedPrekey.privateKey.expose();
  const dhs = [
    checkedDh(crypto.x25519(spk, ikA), 'DH(SPK_B, IK_A)'),
    checkedDh(await args.identity.dh(ek), 'DH(IK_B, EK_A)'),
    checkedDh(crypto.x25519(spk, ek), 'DH(SPK_B, EK_A)'),
    ...(opk ? [checkedDh(crypto.x25519(opk.privateKey.expose(), ek), 'DH(OPK_B, EK_A)')] : []),
  ];
  const sk = x3dhSecret(crypto, dhs, LABELS.x3dhDirectory);
  const keys = deriveEpochKeys(crypto, sk, th, 'issuer');
  if (!(m.confirmation instanceof Uint8Array) || !equalBytes(confirmationTag(crypto, keys.confirmPeer, 'holder', th), m.confirmation)) {
    throw new ProtocolError('key_confirmation_failed', "the initiator's key confirmation does not match the derived keys");
  }
  const session = newSession({ connectionId: args.connectionId, role: 'issuer', peerDid: m.initiatorDid, transcriptHash: th, suite: args.bundle.suite, keys, confirmed: true });
  return { session, peer: { did: m.initiatorDid, identityKey: ikA }, consumedPrekeyId: opk?.id };
}
