import { equalBytes, lengthPrefixed, uint32be, uint64be } from './bytes.js';
import { ProtocolError } from './errors.js';
import type { DidSignatureVerifier, DidSigner } from './identity.js';
import { checkedDh, confirmationTag, deriveEpochKeys, x3dhSecret, type Role } from './key-schedule.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { completeHolderRekey } from './record.js';
import { SecretBytes } from './secret.js';
import { nextControlSequence, sealControl } from './control-channel.js';
import type { SessionState } from './session.js';
import type { RekeyBundle, RekeyConfirmation, RekeyInit, RekeyRequest, SealedControl } from './wire.js';

/*
 * Rekey: a fresh X25519 exchange, chained to the previous epoch and signed by both DIDs
 * (docs/protocol.md 13).
 *
 *   SK_e  = HKDF(IKM = 0xFF^32 || X25519(p, E), salt = RK_b, info = L_x3dh-rekey, 32)
 *   TH_e  = SHA-256(lp(L_transcript, "rekey", TH_0, u32(b), u32(e), P, E))
 *   RK_e, K_ctl,e and the epoch keys from (SK_e, TH_e) exactly as for epoch 0 (8.3)
 *
 * b is the base epoch named by the bundle: the issuer's current epoch (RK_b its root key), or 0
 * for a re-root from the connection's root key RK_0 when the two parties' epochs diverged (a
 * restore). The fresh DH gives post-compromise security against a passive attacker who stole a
 * party's state; the chain means a new epoch also needs the previous root, which the DH of the
 * rekey before renewed; the DID signatures mean a party that holds control keys alone (and not
 * a DID key) can neither inject nor complete a rekey.
 */

/** What rekey messages need besides the session: this party's DID signer and a DID signature verifier. */
export interface RekeyAuth {
  readonly signer: DidSigner;
  readonly verifier: DidSignatureVerifier;
}

type RekeyRequestBody = { currentEpoch: number; minEpoch: number; reason: string };

function requestSignatureInput(state: SessionState, sequence: number, r: RekeyRequestBody): Uint8Array {
  return lengthPrefixed(LABELS.rekeyRequestSignature, state.transcriptHash, state.connectionId, uint64be(sequence), uint32be(r.currentEpoch), uint32be(r.minEpoch), r.reason);
}

function bundleSignatureInput(state: SessionState, sequence: number, baseEpoch: number, epoch: number, prekey: Uint8Array): Uint8Array {
  return lengthPrefixed(LABELS.rekeyBundleSignature, state.transcriptHash, state.connectionId, uint64be(sequence), uint32be(baseEpoch), uint32be(epoch), prekey);
}

function initSignatureInput(epochTranscript: Uint8Array, sequence: number): Uint8Array {
  return lengthPrefixed(LABELS.rekeyInitSignature, epochTranscript, uint64be(sequence));
}

async function sign(signer: DidSigner, data: Uint8Array): Promise<{ signature: Uint8Array; signatureKeyId: string }> {
  const signature = await signer.sign(data);
  if (!(signature instanceof Uint8Array) || signature.length === 0) throw new TypeError('signer.sign() must return the signature bytes');
  return { signature, signatureKeyId: signer.keyId };
}

/** Checks a rekey message's DID signature against the peer's DID fixed by the handshake. */
async function verifyPeer(auth: RekeyAuth, state: SessionState, m: { signature?: Uint8Array | null; signatureKeyId?: string | null }, data: Uint8Array, what: string): Promise<void> {
  if (!(m.signature instanceof Uint8Array) || m.signature.length === 0 || typeof m.signatureKeyId !== 'string' || m.signatureKeyId.length === 0) {
    throw new ProtocolError('bad_signature', `${what} is not signed`);
  }
  if (!(await auth.verifier({ did: state.peerDid, keyId: m.signatureKeyId, data, signature: m.signature }))) {
    throw new ProtocolError('bad_signature', `${what} signature does not verify for ${state.peerDid} (key ${m.signatureKeyId})`);
  }
}

/** RK_b as this state holds it: its current epoch's root, or the connection's for a re-root (b = 0). */
function rootOf(state: SessionState, baseEpoch: number): SecretBytes | undefined {
  if (baseEpoch === state.epoch) return state.rootKey;
  if (baseEpoch === 0) return state.connectionKeys.root;
  return undefined;
}

function rekeyKeys(crypto: CryptoProvider, state: SessionState, role: Role, base: { epoch: number; root: SecretBytes }, epoch: number, dh: Uint8Array, prekey: Uint8Array, ephemeral: Uint8Array) {
  const th = crypto.sha256(lengthPrefixed(LABELS.transcript, 'rekey', state.transcriptHash, uint32be(base.epoch), uint32be(epoch), prekey, ephemeral));
  const sk = x3dhSecret(crypto, [dh], LABELS.x3dhRekey, base.root.expose());
  return { th, keys: deriveEpochKeys(crypto, sk, th, role) };
}

function assertKey32(key: unknown, what: string): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== 32) throw new ProtocolError('malformed_message', `${what} must be 32 bytes`);
}

/**
 * Holder: asks the issuer to start a rekey, stating its own epoch so that the issuer chains from
 * it (same epoch) or re-roots (the epochs diverged). Signed by the holder's DID.
 */
export async function requestRekey(crypto: CryptoProvider, state: SessionState, reason: string, now: number, signer: DidSigner): Promise<{ state: SessionState; sealed: SealedControl }> {
  if (state.role !== 'holder') throw new ProtocolError('rekey_failed', 'the issuer starts rekeys itself; only the holder requests one');
  const body: RekeyRequestBody = { currentEpoch: state.epoch, minEpoch: Math.max(state.epoch + 1, state.rekeyMinEpoch), reason: reason.slice(0, 200) };
  const sequence = nextControlSequence(state, now);
  const signed = await sign(signer, requestSignatureInput(state, sequence, body));
  return sealControl(crypto, state, { rekeyRequest: { ...body, ...signed } }, now, sequence);
}

/**
 * Issuer: starts a rekey by sending a fresh pre-key, signed, chained to its current epoch
 * (`baseEpoch` defaults to it) or, with `baseEpoch: 0`, to the connection's root.
 */
export async function startRekey(
  crypto: CryptoProvider,
  state: SessionState,
  now: number,
  signer: DidSigner,
  options: { minEpoch?: number; baseEpoch?: number } = {},
): Promise<{ state: SessionState; sealed: SealedControl }> {
  if (state.role !== 'issuer') throw new ProtocolError('rekey_failed', 'only the issuer starts a rekey; the holder sends a rekey request');
  const baseEpoch = options.baseEpoch ?? state.epoch;
  if (baseEpoch !== state.epoch && baseEpoch !== 0) throw new RangeError(`baseEpoch: expected ${state.epoch} (current) or 0 (re-root), got ${baseEpoch}`);
  const epoch = Math.max(state.epoch + 1, state.rekeyMinEpoch, options.minEpoch ?? 0, (state.pendingRekey?.epoch ?? 0) + 1);
  const pair = crypto.x25519KeyPair();
  const withPending: SessionState = {
    ...state,
    pendingRekey: { epoch, baseEpoch, startedAt: now, prekeyPrivate: new SecretBytes(pair.privateKey, 'rekey pre-key'), prekeyPublic: pair.publicKey },
  };
  const sequence = nextControlSequence(withPending, now);
  const signed = await sign(signer, bundleSignatureInput(state, sequence, baseEpoch, epoch, pair.publicKey));
  return sealControl(crypto, withPending, { rekeyBundle: { epoch, prekey: pair.publicKey, baseEpoch, ...signed } }, now, sequence);
}

export type RekeyEvent =
  | { type: 'rekey-requested'; minEpoch: number; peerEpoch: number }
  /** Holder: a bundle it cannot chain from (the epochs diverged); it answered with its own epoch. */
  | { type: 'rekey-diverged'; epoch: number; baseEpoch: number }
  | { type: 'rekey-answered'; epoch: number }
  | { type: 'rekeyed'; epoch: number };

export interface RekeyResult {
  readonly state: SessionState;
  readonly event: RekeyEvent;
  readonly reply?: SealedControl;
}

/** Issuer: a signed request. Chains from the current epoch when the holder is in it, else re-roots. */
export async function onRekeyRequest(crypto: CryptoProvider, s: SessionState, r: RekeyRequest, sequence: number, now: number, auth: RekeyAuth): Promise<RekeyResult> {
  if (s.role !== 'issuer') throw new ProtocolError('rekey_failed', 'only the issuer answers rekey requests');
  await verifyPeer(auth, s, r, requestSignatureInput(s, sequence, { currentEpoch: r.currentEpoch, minEpoch: r.minEpoch, reason: r.reason }), 'rekey request');
  // A holder in a later epoch than ours means this state was restored (12): seal nothing until rekeyed.
  const pendingEpoch = s.pendingRekey?.epoch;
  const ahead = r.currentEpoch > s.epoch && r.currentEpoch !== pendingEpoch;
  const noted: SessionState = ahead ? { ...s, mustRekey: true, rekeyMinEpoch: Math.max(s.rekeyMinEpoch, r.currentEpoch + 1) } : s;
  const baseEpoch = r.currentEpoch === s.epoch ? s.epoch : 0;
  const started = await startRekey(crypto, noted, now, auth.signer, { minEpoch: r.minEpoch, baseEpoch });
  return { state: started.state, event: { type: 'rekey-requested', minEpoch: r.minEpoch, peerEpoch: r.currentEpoch }, reply: started.sealed };
}

/** Holder: a signed bundle. Answers with a signed RekeyInit, or, if it cannot chain from the bundle's base, with its own epoch. */
export async function onRekeyBundle(crypto: CryptoProvider, s: SessionState, b: RekeyBundle, sequence: number, now: number, auth: RekeyAuth): Promise<RekeyResult> {
  if (s.role !== 'holder') throw new ProtocolError('rekey_failed', 'rekey bundles go from issuer to holder');
  assertKey32(b.prekey, 'rekey pre-key');
  await verifyPeer(auth, s, b, bundleSignatureInput(s, sequence, b.baseEpoch, b.epoch, b.prekey), 'rekey bundle');
  const root = rootOf(s, b.baseEpoch);
  if (b.epoch <= s.epoch || !root) {
    // The issuer is in another epoch than ours (one of us was restored): tell it ours, signed.
    // If its signed base is above ours, this state is the older one: seal nothing until rekeyed (12).
    const behind = b.baseEpoch > s.epoch && b.baseEpoch !== s.pendingRekey?.epoch;
    const noted: SessionState = behind ? { ...s, mustRekey: true, rekeyMinEpoch: Math.max(s.rekeyMinEpoch, b.baseEpoch + 1) } : s;
    const asked = await requestRekey(crypto, noted, `epochs diverged: bundle for epoch ${b.epoch} from base ${b.baseEpoch}, this party is in ${s.epoch}`, now, auth.signer);
    return { state: asked.state, event: { type: 'rekey-diverged', epoch: b.epoch, baseEpoch: b.baseEpoch }, reply: asked.sealed };
  }
  const ek = crypto.x25519KeyPair();
  const dh = checkedDh(crypto.x25519(ek.privateKey, b.prekey), 'DH(EK_H, P_I)');
  ek.privateKey.fill(0);
  const { th, keys } = rekeyKeys(crypto, s, 'holder', { epoch: b.baseEpoch, root }, b.epoch, dh, b.prekey, ek.publicKey);
  const pending: SessionState = { ...s, pendingRekey: { epoch: b.epoch, baseEpoch: b.baseEpoch, startedAt: now, keys, transcriptHash: th } };
  const replySequence = nextControlSequence(pending, now);
  const signed = await sign(auth.signer, initSignatureInput(th, replySequence));
  const reply = sealControl(crypto, pending, { rekeyInit: { epoch: b.epoch, ephemeralKey: ek.publicKey, confirmation: confirmationTag(crypto, keys.confirmOwn, 'holder', th), ...signed } }, now, replySequence);
  return { state: reply.state, event: { type: 'rekey-answered', epoch: b.epoch }, reply: reply.sealed };
}

/** Issuer: the holder's signed RekeyInit. Checks signature and confirmation, then switches to the new epoch. */
export async function onRekeyInit(crypto: CryptoProvider, s: SessionState, r: RekeyInit, sequence: number, now: number, auth: RekeyAuth): Promise<RekeyResult> {
  const p = s.pendingRekey;
  if (s.role !== 'issuer' || !p || !p.prekeyPrivate || !p.prekeyPublic || p.epoch !== r.epoch) {
    throw new ProtocolError('rekey_failed', `no rekey to epoch ${r.epoch} is pending here`);
  }
  assertKey32(r.ephemeralKey, 'rekey ephemeral key');
  const root = rootOf(s, p.baseEpoch);
  if (!root) throw new ProtocolError('state_corrupt', `pending rekey chains from epoch ${p.baseEpoch}, whose root this state does not hold`);
  const th = crypto.sha256(lengthPrefixed(LABELS.transcript, 'rekey', s.transcriptHash, uint32be(p.baseEpoch), uint32be(r.epoch), p.prekeyPublic, r.ephemeralKey));
  await verifyPeer(auth, s, r, initSignatureInput(th, sequence), 'rekey init');
  const dh = checkedDh(crypto.x25519(p.prekeyPrivate.expose(), r.ephemeralKey), 'DH(P_I, EK_H)');
  const { keys } = rekeyKeys(crypto, s, 'issuer', { epoch: p.baseEpoch, root }, r.epoch, dh, p.prekeyPublic, r.ephemeralKey);
  if (!(r.confirmation instanceof Uint8Array) || !equalBytes(confirmationTag(crypto, keys.confirmPeer, 'holder', th), r.confirmation)) {
    throw new ProtocolError('key_confirmation_failed', "holder's rekey confirmation does not match");
  }
  // The old sending key goes with its epoch: the new epoch's records need a new one (announced first).
  const { pendingRekey: _p, sending: _old, ...rest } = s;
  const switched: SessionState = {
    ...rest,
    epoch: r.epoch,
    sendChainKey: keys.sendChain,
    rootKey: keys.root,
    previousReceive: s.receive,
    receive: { epoch: r.epoch, chainKey: keys.receiveChain, controlKey: keys.control, keys: [] },
    mustRekey: false,
  };
  const reply = sealControl(crypto, switched, { rekeyConfirmation: { epoch: r.epoch, confirmation: confirmationTag(crypto, keys.confirmOwn, 'issuer', th) } }, now);
  return { state: reply.state, event: { type: 'rekeyed', epoch: r.epoch }, reply: reply.sealed };
}

/** Holder: the issuer's confirmation (authenticated by its tag) installs the pending epoch. */
export function onRekeyConfirmation(crypto: CryptoProvider, s: SessionState, r: RekeyConfirmation): RekeyResult {
  const p = s.pendingRekey;
  if (s.role !== 'holder') throw new ProtocolError('rekey_failed', 'rekey confirmations go from issuer to holder');
  if (!p || !p.keys || !p.transcriptHash || p.epoch !== r.epoch) {
    // Already installed implicitly by a record under the new keys: nothing left to do.
    if (s.epoch === r.epoch) return { state: s, event: { type: 'rekeyed', epoch: r.epoch } };
    throw new ProtocolError('rekey_failed', `no rekey to epoch ${r.epoch} is pending here`);
  }
  if (!(r.confirmation instanceof Uint8Array) || !equalBytes(confirmationTag(crypto, p.keys.confirmPeer, 'issuer', p.transcriptHash), r.confirmation)) {
    throw new ProtocolError('key_confirmation_failed', "issuer's rekey confirmation does not match");
  }
  return { state: completeHolderRekey(s), event: { type: 'rekeyed', epoch: r.epoch } };
}
