import {
  acceptX3dhInit,
  answerPreKeyBundle,
  confirmSession,
  createInvitation,
  createPreKeyBundle,
  inMemoryIdentity,
  nobleCrypto,
  receiveControl,
  startSendingKey,
  type CryptoProvider,
  type DidSignatureVerifier,
  type DidSigner,
  type Invitation,
  type SessionState,
} from '../src/index.js';
import { nodeCrypto } from '../src/providers/node.js';

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
  invitation: Invitation;
  issuer: SessionState;
  holder: SessionState;
  registry: Map<string, Uint8Array>;
}

export const CONNECTION_ID = 'conn-0001';
export const ISSUER_DID = 'did:key:z6MkIssuerTestIdentity';
export const HOLDER_DID = 'did:key:z6MkHolderTestIdentity';
export const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

/**
 * Starts a sending key on `from` (as a new process life does) and delivers its announcement
 * to `to`. Returns both new states.
 */
export function startSending(crypto: CryptoProvider, from: SessionState, to: SessionState, now = NOW): { from: SessionState; to: SessionState } {
  const started = startSendingKey(crypto, from, now);
  const applied = receiveControl(crypto, to, started.sealed, now);
  return { from: started.state, to: applied.state };
}

/**
 * Runs the whole synchronous X3DH between fresh test identities; both sessions confirmed and,
 * unless `sending` is false, each with a sending key its peer was told of.
 */
export async function establish(crypto: CryptoProvider, connectionId = CONNECTION_ID, sending = true): Promise<Parties> {
  const registry = new Map<string, Uint8Array>();
  const issuerIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const holderIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const issuerSigner = testSigner(crypto, ISSUER_DID, crypto.randomBytes(32), registry);
  const holderSigner = testSigner(crypto, HOLDER_DID, crypto.randomBytes(32), registry);
  const verifier = testVerifier(crypto, registry);
  const invitation = createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: ISSUER_DID, identityKey: issuerIdentity.publicKey, now: NOW });
  const { bundle, handshake } = await createPreKeyBundle(crypto, { connectionId, invitation, identity: issuerIdentity, signer: issuerSigner, oneTimePrekeyId: 1 });
  const answered = await answerPreKeyBundle(crypto, { connectionId, invitation, bundle, identity: holderIdentity, signer: holderSigner, verifier });
  const accepted = await acceptX3dhInit(crypto, { handshake, init: answered.init, identity: issuerIdentity, verifier });
  let holder = confirmSession(crypto, answered.session, accepted.confirmation);
  let issuer = accepted.session;
  if (sending) {
    ({ from: issuer, to: holder } = startSending(crypto, issuer, holder));
    ({ from: holder, to: issuer } = startSending(crypto, holder, issuer));
  }
  return { crypto, invitation, issuer, holder, registry };
}
