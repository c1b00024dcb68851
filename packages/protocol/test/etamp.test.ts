import { secp256k1 } from '@noble/curves/secp256k1.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url, utf8 } from '../src/bytes.js';
import { MAX_CONNECTION_ID_LENGTH, MAX_DID_LENGTH, MAX_ETAMP_JTI_LENGTH, MAX_ETAMP_JWS_LENGTH, MAX_ETAMP_PLAINTEXT_BYTES } from '../src/constants.js';
import { parseEtamp, signEtamp, verifyEtamp, type EtampExpectation, type EtampSigner } from '../src/etamp.js';
import type { DidSignatureVerifier } from '../src/identity.js';
import { ProtocolError } from '../src/errors.js';
import { nodeCrypto } from '../src/providers/node.js';

const crypto = nodeCrypto;
const ISSUER = 'did:key:z6MkEtampIssuer';
const HOLDER = 'did:key:z6MkEtampHolder';
const OTHER = 'did:key:z6MkEtampOther';
const CID = 'conn-etamp-1';
const NOW = Date.UTC(2026, 11, 3, 12, 0, 0);

/** Public keys by key id; the verifier accepts a key id only for the DID it belongs to. */
type Registry = Map<string, { did: string; alg: 'EdDSA' | 'ES256K'; publicKey: Uint8Array }>;

function edSigner(registry: Registry, did: string, seedByte: number): EtampSigner {
  const seed = new Uint8Array(32).fill(seedByte);
  const keyId = `${did}#ed`;
  registry.set(keyId, { did, alg: 'EdDSA', publicKey: crypto.ed25519PublicKey(seed) });
  return { did, keyId, algorithm: 'EdDSA', sign: async (data) => crypto.ed25519Sign(seed, data) };
}

function k1Signer(registry: Registry, did: string, seedByte: number): EtampSigner {
  const secret = new Uint8Array(32).fill(seedByte);
  const keyId = `${did}#k1`;
  registry.set(keyId, { did, alg: 'ES256K', publicKey: secp256k1.getPublicKey(secret) });
  // ES256K (RFC 8812): ECDSA over SHA-256 of the signing input, r || s, low s.
  return { did, keyId, algorithm: 'ES256K', sign: async (data) => secp256k1.sign(data, secret) };
}

function verifier(registry: Registry): DidSignatureVerifier & { calls: number } {
  const v = async ({ did, keyId, data, signature }: Parameters<DidSignatureVerifier>[0]) => {
    v.calls++;
    const key = registry.get(keyId);
    if (!key || key.did !== did) return false;
    return key.alg === 'EdDSA' ? crypto.ed25519Verify(key.publicKey, data, signature) : secp256k1.verify(signature, data, key.publicKey);
  };
  v.calls = 0;
  return v;
}

const atHolder: EtampExpectation = { peerDid: ISSUER, localDid: HOLDER, connectionId: CID };
const content = Uint8Array.from({ length: 300 }, (_, i) => i & 0xff);

function setup() {
  const registry: Registry = new Map();
  return { registry, ed: edSigner(registry, ISSUER, 0x11), k1: k1Signer(registry, ISSUER, 0x22), other: edSigner(registry, OTHER, 0x33), verify: verifier(registry) };
}

/** Re-encodes one segment of a JWS with `edit` applied to its JSON text. */
function editSegment(jws: string, index: 0 | 1, edit: (json: string) => string): string {
  const parts = jws.split('.');
  parts[index] = toBase64url(utf8(edit(new TextDecoder().decode(fromBase64url(parts[index]!)!))));
  return parts.join('.');
}

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  await expect(p).rejects.toSatisfy((e: unknown) => ProtocolError.is(e, code as never));
}

describe('an ETAMP envelope', () => {
  it.each(['EdDSA', 'ES256K'] as const)('signed with %s verifies at the receiver and gives back the sealed bytes and every claim', async (alg) => {
    const s = setup();
    const signer = alg === 'EdDSA' ? s.ed : s.k1;
    const jws = await signEtamp(signer, { aud: HOLDER, jti: 'm-1', now: NOW + 999, cid: CID, upd: 'Message', content });
    const v = await verifyEtamp(jws, atHolder, s.verify);
    expect(v.content).toEqual(content);
    expect(v.header).toEqual({ alg, kid: signer.keyId, typ: 'JWT' });
    expect(v.claims).toEqual({ iss: ISSUER, aud: HOLDER, jti: 'm-1', iat: NOW / 1000, cid: CID, upd: 'Message', msg: toBase64url(content) });
    // The canonical texts, exactly (docs/protocol.md 23.1).
    const [h, p] = jws.split('.');
    expect(new TextDecoder().decode(fromBase64url(h!)!)).toBe(`{"alg":"${alg}","kid":"${signer.keyId}","typ":"JWT"}`);
    expect(new TextDecoder().decode(fromBase64url(p!)!)).toBe(`{"iss":"${ISSUER}","aud":"${HOLDER}","jti":"m-1","iat":${NOW / 1000},"cid":"${CID}","upd":"Message","msg":"${toBase64url(content)}"}`);
  });

  it('with any single bit flipped, in header, payload or signature, is refused with a typed error', async () => {
    const s = setup();
    const jws = await signEtamp(s.ed, { aud: HOLDER, jti: 'm-2', now: NOW, cid: CID, upd: 'KeyExchange', content: content.subarray(0, 40) });
    const bytes = utf8(jws);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length * 8 - 1 }), async (bit) => {
        const flipped = bytes.slice();
        flipped[bit >> 3]! ^= 1 << (bit & 7);
        const text = new TextDecoder().decode(flipped);
        const error = await verifyEtamp(text, atHolder, s.verify).then(
          () => undefined,
          (e: unknown) => e,
        );
        // A flip in base64url's unused trailing bits is no flip of the signed bytes: refused as
        // non-canonical. Nothing else may pass either.
        expect(ProtocolError.is(error)).toBe(true);
        expect(['malformed_message', 'bad_signature', 'wrong_audience', 'wrong_connection']).toContain((error as ProtocolError).code);
      }),
      { numRuns: 400 },
    );
  });

  it('with alg "none", or an algorithm other than EdDSA and ES256K, is malformed and no signature check runs', async () => {
    const s = setup();
    const jws = await signEtamp(s.ed, { aud: HOLDER, jti: 'm-3', now: NOW, cid: CID, upd: 'Message', content });
    for (const alg of ['none', 'HS256', 'ES256', 'ES512']) {
      const forged = editSegment(jws, 0, (j) => j.replace('"EdDSA"', `"${alg}"`));
      await expectCode(verifyEtamp(alg === 'none' ? `${forged.split('.').slice(0, 2).join('.')}.` : forged, atHolder, s.verify), 'malformed_message');
    }
    expect(s.verify.calls).toBe(0);
  });

  it("signed by another DID's key, or naming another DID's key, is a bad signature", async () => {
    const s = setup();
    // Signed by OTHER for the right connection and audience, claiming to be the issuer.
    const byOther = await signEtamp({ ...s.other, did: ISSUER, keyId: `${ISSUER}#ed` }, { aud: HOLDER, jti: 'm-4', now: NOW, cid: CID, upd: 'Message', content });
    await expectCode(verifyEtamp(byOther, atHolder, s.verify), 'bad_signature');
    // Honestly signed by OTHER: iss and kid are not the peer's.
    const honestOther = await signEtamp(s.other, { aud: HOLDER, jti: 'm-5', now: NOW, cid: CID, upd: 'Message', content });
    await expectCode(verifyEtamp(honestOther, atHolder, s.verify), 'bad_signature');
    // The issuer's envelope with its kid rewritten to OTHER's key (signature then fails anyway).
    const good = await signEtamp(s.ed, { aud: HOLDER, jti: 'm-6', now: NOW, cid: CID, upd: 'Message', content });
    await expectCode(verifyEtamp(editSegment(good, 0, (j) => j.replace(`${ISSUER}#ed`, `${OTHER}#ed`)), atHolder, s.verify), 'bad_signature');
  });

  it('addressed to someone else is wrong_audience, and one replayed on another connection is wrong_connection', async () => {
    const s = setup();
    const toOther = await signEtamp(s.ed, { aud: OTHER, jti: 'm-7', now: NOW, cid: CID, upd: 'Message', content });
    await expectCode(verifyEtamp(toOther, atHolder, s.verify), 'wrong_audience');
    const jws = await signEtamp(s.ed, { aud: HOLDER, jti: 'm-8', now: NOW, cid: CID, upd: 'Message', content });
    await expectCode(verifyEtamp(jws, { ...atHolder, connectionId: 'conn-etamp-2' }, s.verify), 'wrong_connection');
  });

  it('in any form but the canonical one (whitespace, member order, an extra or a repeated member) is malformed, even when correctly signed', async () => {
    const s = setup();
    const claims = `{"iss":"${ISSUER}","aud":"${HOLDER}","jti":"m-9","iat":1,"cid":"${CID}","upd":"Message","msg":"AAEC"}`;
    const variants = [
      claims.replace(',"aud"', ', "aud"'),
      `{"aud":"${HOLDER}","iss":"${ISSUER}"${claims.slice(claims.indexOf(',"jti"'))}`,
      claims.replace('}', ',"exp":2}'),
      claims.replace('"iss"', `"aud":"${OTHER}","iss"`), // a repeated member: parsers disagree on which wins
      claims.replace('"iat":1', '"iat":1.5'),
      claims.replace('"upd":"Message"', '"upd":"Update"'),
    ];
    const header = toBase64url(utf8(`{"alg":"EdDSA","kid":"${ISSUER}#ed","typ":"JWT"}`));
    for (const variant of variants) {
      const signingInput = `${header}.${toBase64url(utf8(variant))}`;
      const jws = `${signingInput}.${toBase64url(await s.ed.sign(utf8(signingInput)))}`;
      await expectCode(verifyEtamp(jws, atHolder, s.verify), 'malformed_message');
    }
    expect(s.verify.calls).toBe(0);
  });

  it('that is not a compact JWS, not base64url, not JSON or too long is malformed', () => {
    for (const bad of ['', 'a.b', 'a.b.c.d', '!!.e30.AA', `${toBase64url(utf8('[]'))}.e30.AA`, `${toBase64url(utf8('{'))}.e30.AA`, 'x'.repeat(MAX_ETAMP_JWS_LENGTH + 1)]) {
      expect(() => parseEtamp(bad, atHolder)).toThrow(/^malformed_message: ETAMP envelope/);
    }
  });

  it('fits its length limit with the largest record an ETAMP connection may seal and every identifier at its limit', async () => {
    const did = `did:key:${'z'.repeat(MAX_DID_LENGTH - 'did:key:'.length - 2)}`; // room for '#k' in the key id
    const signer: EtampSigner = { did, keyId: `${did}#k`, algorithm: 'EdDSA', sign: async () => new Uint8Array(64) };
    const jws = await signEtamp(signer, { aud: `did:key:${'a'.repeat(MAX_DID_LENGTH - 8)}`, jti: 'j'.repeat(MAX_ETAMP_JTI_LENGTH), now: NOW, cid: 'c'.repeat(MAX_CONNECTION_ID_LENGTH), upd: 'Message', content: new Uint8Array(MAX_ETAMP_PLAINTEXT_BYTES + 16) });
    expect(jws.length).toBeLessThanOrEqual(MAX_ETAMP_JWS_LENGTH);
    expect(jws.length).toBeGreaterThan(MAX_ETAMP_JWS_LENGTH - 2000); // and the limit is not far too low
  });

  it('is refused at signing when misused: an unknown algorithm, a key id of another DID, an empty audience', async () => {
    const s = setup();
    const input = { aud: HOLDER, jti: 'm-10', now: NOW, cid: CID, upd: 'Message' as const, content };
    await expect(signEtamp({ ...s.ed, algorithm: 'ES512' as never }, input)).rejects.toThrow(TypeError);
    await expect(signEtamp({ ...s.ed, keyId: `${OTHER}#ed` }, input)).rejects.toThrow(TypeError);
    await expect(signEtamp(s.ed, { ...input, aud: '' })).rejects.toThrow(RangeError);
    await expect(signEtamp(s.ed, { ...input, content: new Uint8Array(600 * 1024) })).rejects.toThrow(/more than/);
  });
});
