/**
 * ETAMP envelopes signed by a real Veramo agent's KMS verify with an independent JWT library
 * (did-jwt's verifyJWT, resolving the did:key document itself, audience set to the receiver)
 * and with the plugin's own DID verifier; their `msg` gives back the sealed bytes.
 */
import { randomBytes } from 'node:crypto';
import { fromBase64url, signEtamp, verifyEtamp } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { getDidKeyResolver } from '@veramo/did-provider-key';
import { verifyJWT } from 'did-jwt';
import { Resolver } from 'did-resolver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { didVerifier, kmsSigner } from '../src/agent/did-keys.js';
import type { E2EContext } from '../src/types/IConnectorE2E.js';
import { makeAgent, type TestAgent } from './helpers.js';

const CID = 'conn-etamp-interop';
const resolver = new Resolver({ ...getDidKeyResolver() });

describe('ETAMP envelopes signed through the Veramo KMS', () => {
  const agents: TestAgent[] = [];
  beforeAll(async () => {
    for (const keyType of ['Ed25519', 'Secp256k1', 'Ed25519'] as const) agents.push(await makeAgent({ connectorUrl: 'http://127.0.0.1:9', keyType }));
  });
  afterAll(async () => {
    for (const a of agents) await a.close();
  });

  it.each([
    ['Ed25519', 0, 'EdDSA'],
    ['Secp256k1', 1, 'ES256K'],
  ] as const)('from a %s did:key verify with did-jwt and with the plugin verifier, and msg is the sealed content', async (_type, index, alg) => {
    const sender = agents[index]!;
    const receiver = agents[2]!;
    const signer = await kmsSigner({ agent: sender.agent } as unknown as E2EContext, sender.did);
    expect(signer.algorithm).toBe(alg);
    const content = new Uint8Array(randomBytes(700));
    const jws = await signEtamp(signer, { aud: receiver.did, jti: `r-${index}`, now: Date.now(), cid: CID, upd: 'Message', content });

    const checked = await verifyJWT(jws, { resolver, audience: receiver.did });
    expect(checked.verified).toBe(true);
    expect(checked.issuer).toBe(sender.did);
    expect(checked.signer.id).toBe(signer.keyId);
    expect(checked.payload).toMatchObject({ iss: sender.did, aud: receiver.did, jti: `r-${index}`, cid: CID, upd: 'Message' });
    expect(fromBase64url(checked.payload.msg as string)).toEqual(content);

    const verify = didVerifier({ agent: receiver.agent } as unknown as E2EContext, nodeCrypto);
    const opened = await verifyEtamp(jws, { peerDid: sender.did, localDid: receiver.did, connectionId: CID }, verify);
    expect(opened.content).toEqual(content);
  });

  it('did-jwt refuses an envelope for another audience, and the plugin verifier refuses one of another DID', async () => {
    const [ed, k1, receiver] = agents as [TestAgent, TestAgent, TestAgent];
    const signer = await kmsSigner({ agent: ed.agent } as unknown as E2EContext, ed.did);
    const jws = await signEtamp(signer, { aud: receiver.did, jti: 'r-x', now: Date.now(), cid: CID, upd: 'KeyExchange', content: new Uint8Array(32) });
    await expect(verifyJWT(jws, { resolver, audience: k1.did })).rejects.toThrow(/audience/i);
    const verify = didVerifier({ agent: receiver.agent } as unknown as E2EContext, nodeCrypto);
    await expect(verifyEtamp(jws, { peerDid: k1.did, localDid: receiver.did, connectionId: CID }, verify)).rejects.toThrow(/^bad_signature/);
  });
});
