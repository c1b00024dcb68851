import {
  acceptX3dhInit,
  answerPreKeyBundle,
  confirmSession,
  createInvitation,
  createPreKeyBundle,
  inMemoryIdentity,
  nobleCrypto,
  type CryptoProvider,
} from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { testSigner, testVerifier } from '../packages/protocol/test/helpers.js';
import { measureAsync, type CaseResult, type RunOptions } from './harness.js';

/** One complete synchronous X3DH, both sides: bundle, verify + answer, verify + accept, confirm (Ed25519 signatures included). */
export async function handshakeCase(crypto: CryptoProvider, opts: RunOptions): Promise<CaseResult> {
  const registry = new Map<string, Uint8Array>();
  const issuerIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const holderIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const issuerSigner = testSigner(crypto, 'did:key:issuer', crypto.randomBytes(32), registry);
  const holderSigner = testSigner(crypto, 'did:key:holder', crypto.randomBytes(32), registry);
  const verifier = testVerifier(crypto, registry);
  let n = 0;
  return measureAsync(`X3DH (${crypto.name})`, 'handshake, both sides', async () => {
    const connectionId = `c${n++}`;
    const invitation = createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: issuerSigner.did, identityKey: issuerIdentity.publicKey });
    const { bundle, handshake } = await createPreKeyBundle(crypto, { connectionId, invitation, identity: issuerIdentity, signer: issuerSigner, oneTimePrekeyId: 1 });
    const answered = await answerPreKeyBundle(crypto, { connectionId, invitation, bundle, identity: holderIdentity, signer: holderSigner, verifier });
    const accepted = await acceptX3dhInit(crypto, { handshake, init: answered.init, identity: issuerIdentity, verifier });
    confirmSession(crypto, answered.session, accepted.confirmation);
  }, opts);
}

export async function handshakeCases(opts: RunOptions): Promise<CaseResult[]> {
  return [await handshakeCase(nodeCrypto, opts), await handshakeCase(nobleCrypto, opts)];
}
