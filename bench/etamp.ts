/**
 * ETAMP envelopes (docs/protocol.md 23) at 1 KiB on the node provider: what signing every record
 * costs, next to a bare baseline in the same run with repetitions interleaved.
 *   - baseline: protobuf encode, IV = SHA-256(counter)[0..12], AES-256-GCM seal, one Ed25519
 *     signature over the ciphertext and its verification, GCM open and protobuf decode, straight
 *     against node:crypto (no JSON, no base64url, no state);
 *   - ours: seal (record layer), signEtamp (canonical JWS, EdDSA) with an in-memory signer,
 *     verifyEtamp with an in-memory verifier, open.
 * The KMS and DID resolution of a real agent come on top (the end-to-end bench covers them).
 */
import { createCipheriv, createDecipheriv, createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { open, seal, signEtamp, verifyEtamp, wire, type SessionState } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { establish } from '../packages/protocol/test/helpers.js';
import { measureAsyncInterleaved, type CaseResult, type RunOptions } from './harness.js';

const SIZE = 1024;
const message = { credentialJwt: { jwt: 'x'.repeat(SIZE) }, messageId: 'bench' };

function baseline() {
  const key = new Uint8Array(32).fill(7);
  const aad = new Uint8Array(40).fill(1);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const ctr = new Uint8Array(8);
  const view = new DataView(ctr.buffer);
  let counter = 0;
  return async () => {
    const pt = wire.AtalaMessage.encode(message).finish();
    view.setUint32(4, counter++);
    const iv = createHash('sha256').update(ctr).digest().subarray(0, 12);
    const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    c.setAAD(aad);
    const ct = Buffer.concat([c.update(pt), c.final(), c.getAuthTag()]);
    const signature = sign(null, ct, privateKey);
    if (!verify(null, ct, publicKey, signature)) throw new Error('baseline signature');
    const d = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    d.setAAD(aad);
    d.setAuthTag(ct.subarray(ct.length - 16));
    wire.AtalaMessage.decode(Buffer.concat([d.update(ct.subarray(0, ct.length - 16)), d.final()]));
  };
}

async function ours() {
  const crypto = nodeCrypto;
  const p = await establish(crypto);
  let issuer: SessionState = p.issuer;
  let holder: SessionState = p.holder;
  const seed = new Uint8Array(32).fill(0x45);
  const publicKey = crypto.ed25519PublicKey(seed);
  const did = 'did:key:z6MkBenchIssuer';
  const signer = { did, keyId: `${did}#k`, algorithm: 'EdDSA' as const, sign: async (d: Uint8Array) => crypto.ed25519Sign(seed, d) };
  const verifier = async (a: { data: Uint8Array; signature: Uint8Array }) => crypto.ed25519Verify(publicKey, a.data, a.signature);
  const expect = { peerDid: did, localDid: 'did:key:z6MkBenchHolder', connectionId: issuer.connectionId };
  let n = 0;
  return async () => {
    const s = seal(crypto, issuer, message);
    issuer = s.state;
    const jws = await signEtamp(signer, { aud: expect.localDid, jti: `r.${n++}`, now: Date.now(), cid: expect.connectionId, upd: 'Message', content: s.message.content });
    const v = await verifyEtamp(jws, expect, verifier);
    holder = open(crypto, holder, { content: v.content, connectionId: v.claims.cid }).state;
  };
}

export async function etampCases(opts: RunOptions): Promise<CaseResult[]> {
  return measureAsyncInterleaved(
    [
      { group: 'ETAMP envelope (node)', name: `baseline: IV+GCM+protobuf+Ed25519 sign/verify ${SIZE}`, op: baseline(), bytesPerOp: SIZE },
      { group: 'ETAMP envelope (node)', name: `seal+sign+verify+open ${SIZE}`, op: await ours(), bytesPerOp: SIZE },
    ],
    opts,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { FULL, QUICK } = await import('./harness.js');
  const results = await etampCases(process.argv.includes('--quick') ? QUICK : FULL);
  for (const r of results) console.log(`${r.name.padEnd(60)} ${r.median.toFixed(0)} ops/s (${r.min.toFixed(0)}-${r.max.toFixed(0)}, ${r.reps} reps)`);
  console.log(`ratio ours / baseline: ${(results[1]!.median / results[0]!.median).toFixed(2)}`);
}
