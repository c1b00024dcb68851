import {
  acceptX3dhInit,
  answerPreKeyBundle,
  confirmSession,
  createInvitation,
  createPreKeyBundle,
  inMemoryIdentity,
  nobleCrypto,
  receiveControl,
  requestRekey,
  startRekey,
  startSendingKey,
  type ControlResult,
  type CipherSuite,
  type CryptoProvider,
  type RekeyAuth,
  type Role,
  type SealedControl,
  type DidSignatureVerifier,
  type DidSigner,
  type Invitation,
  type SessionState,
} from '../src/index.js';
import { nodeCrypto } from '../src/providers/node.js';
import { expect } from 'vitest';
import { ProtocolError } from '../src/index.js';

/** Expects a ProtocolError of `code` (its message starting with `code: `) from a call or a promise. */
export async function expectCode(p: Promise<unknown> | (() => unknown), code: string): Promise<void> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(ProtocolError.is(e), String(e)).toBe(true);
    expect((e as ProtocolError).code).toBe(code);
    expect((e as Error).message.startsWith(`${code}: `)).toBe(true);
    return;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

/** Every protocol test runs against both providers. */
export const PROVIDERS: ReadonlyArray<readonly [string, CryptoProvider]> = [
  ['node', nodeCrypto],
  ['noble', nobleCrypto],
];

/** A did:key-like test identity: an Ed25519 signer whose DID maps to its public key in `registry`. */
export function testSigner(crypto: CryptoProvider, did: string, seed: Uint8Array, registry: Map<string, Uint8Array>): DidSigner {
  registry.set(did, crypto.ed25519PublicKey(seed));
  return { did, keyId: `${did}#key-1`, sign: async (data) => crypto.ed25519Sign(seed, data) };
}

export function testVerifier(crypto: CryptoProvider, registry: Map<string, Uint8Array>): DidSignatureVerifier {
  return async ({ did, keyId, data, signature }) => {
    const pub = registry.get(did);
    return pub !== undefined && keyId === `${did}#key-1` && crypto.ed25519Verify(pub, data, signature);
  };
}

export interface Parties {
  crypto: CryptoProvider;
  auth: Record<Role, RekeyAuth>;
  invitation: Invitation;
  issuer: SessionState;
  holder: SessionState;
  registry: Map<string, Uint8Array>;
}

export const CONNECTION_ID = 'conn-0001';
export const ISSUER_DID = 'did:key:z6MkIssuerTestIdentity';
export const HOLDER_DID = 'did:key:z6MkHolderTestIdentity';
export const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

/** The test DIDs' Ed25519 seeds: fixed, so every session of a test run shares them. */
const SEEDS: Record<Role, Uint8Array> = { issuer: new Uint8Array(32).fill(0x49), holder: new Uint8Array(32).fill(0x48) };

/** Signer and verifier of the test DID of `role` (the verifier knows both test DIDs). */
export function testAuth(crypto: CryptoProvider, role: Role): RekeyAuth {
  const registry = new Map<string, Uint8Array>();
  const issuer = testSigner(crypto, ISSUER_DID, SEEDS.issuer, registry);
  const holder = testSigner(crypto, HOLDER_DID, SEEDS.holder, registry);
  return { signer: role === 'issuer' ? issuer : holder, verifier: testVerifier(crypto, registry) };
}

/** `receiveControl` as the party that holds `state`, with its test DID. */
export function control(crypto: CryptoProvider, state: SessionState, sealed: SealedControl, now = NOW): Promise<ControlResult> {
  return receiveControl(crypto, state, sealed, now, testAuth(crypto, state.role));
}

/** `startRekey` signed by the issuer's test DID. */
export function rekeyBundle(crypto: CryptoProvider, issuer: SessionState, now = NOW, options?: { minEpoch?: number; baseEpoch?: number }) {
  return startRekey(crypto, issuer, now, testAuth(crypto, 'issuer').signer, options);
}

/** `requestRekey` signed by the holder's test DID. */
export function rekeyRequest(crypto: CryptoProvider, holder: SessionState, reason = 'policy', now = NOW) {
  return requestRekey(crypto, holder, reason, now, testAuth(crypto, 'holder').signer);
}

/** Runs an issuer-started rekey to completion; returns both new states. */
export async function rekey(crypto: CryptoProvider, issuer: SessionState, holder: SessionState, now = NOW): Promise<{ issuer: SessionState; holder: SessionState }> {
  const bundle = await rekeyBundle(crypto, issuer, now);
  const atHolder = await control(crypto, holder, bundle.sealed, now);
  if (atHolder.event.type !== 'rekey-answered') throw new Error(`holder answered a bundle with ${atHolder.event.type}`);
  const atIssuer = await control(crypto, bundle.state, atHolder.reply!, now);
  if (atIssuer.event.type !== 'rekeyed') throw new Error(`issuer answered an init with ${atIssuer.event.type}`);
  const done = await control(crypto, atHolder.state, atIssuer.reply!, now);
  if (done.event.type !== 'rekeyed') throw new Error(`holder answered a confirmation with ${done.event.type}`);
  return { issuer: atIssuer.state, holder: done.state };
}

/**
 * Starts a sending key on `from` (as a new process life does) and delivers its announcement
 * to `to`. Returns both new states.
 */
export async function startSending(crypto: CryptoProvider, from: SessionState, to: SessionState, now = NOW): Promise<{ from: SessionState; to: SessionState }> {
  const started = startSendingKey(crypto, from, now);
  const applied = await control(crypto, to, started.sealed, now);
  return { from: started.state, to: applied.state };
}

/**
 * Runs the whole synchronous X3DH between fresh test identities; both sessions confirmed and,
 * unless `sending` is false, each with a sending key its peer was told of.
 */
export async function establish(crypto: CryptoProvider, connectionId = CONNECTION_ID, sending = true, suite: CipherSuite = 'aes-256-gcm'): Promise<Parties> {
  const registry = new Map<string, Uint8Array>();
  const issuerIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const holderIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const issuerSigner = testSigner(crypto, ISSUER_DID, SEEDS.issuer, registry);
  const holderSigner = testSigner(crypto, HOLDER_DID, SEEDS.holder, registry);
  const verifier = testVerifier(crypto, registry);
  const invitation = createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: ISSUER_DID, identityKey: issuerIdentity.publicKey, now: NOW, suite });
  const { bundle, handshake } = await createPreKeyBundle(crypto, { connectionId, invitation, identity: issuerIdentity, signer: issuerSigner, oneTimePrekeyId: 1 });
  const answered = await answerPreKeyBundle(crypto, { connectionId, invitation, bundle, identity: holderIdentity, signer: holderSigner, verifier });
  const accepted = await acceptX3dhInit(crypto, { handshake, init: answered.init, identity: issuerIdentity, verifier });
  let holder = confirmSession(crypto, answered.session, accepted.confirmation);
  let issuer = accepted.session;
  if (sending) {
    ({ from: issuer, to: holder } = await startSending(crypto, issuer, holder));
    ({ from: holder, to: issuer } = await startSending(crypto, holder, issuer));
  }
  return { crypto, auth: { issuer: testAuth(crypto, 'issuer'), holder: testAuth(crypto, 'holder') }, invitation, issuer, holder, registry };
}
