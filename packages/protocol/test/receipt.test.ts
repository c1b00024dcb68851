import { secp256k1 } from '@noble/curves/secp256k1.js';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url, utf8 } from '../src/bytes.js';
import { MAX_RECEIPT_JWS_LENGTH, MAX_RECEIPT_MESSAGE_ID_LENGTH } from '../src/constants.js';
import { createDeliveryReceipt } from '../src/control.js';
import { sealControl } from '../src/control-channel.js';
import { signEtamp, parseEtamp, type EtampSigner } from '../src/etamp.js';
import { encodeSessionState } from '../src/session-codec.js';
import type { DidSignatureVerifier } from '../src/identity.js';
import { nodeCrypto } from '../src/providers/node.js';
import { parseReceipt, receiptContentHash, RECEIPT_TYPE, signReceipt, verifyReceipt, type ReceiptExpectation } from '../src/receipt.js';
import { control, establish, expectCode, NOW, PROVIDERS } from './helpers.js';

const crypto = nodeCrypto;
const SENDER = 'did:key:z6MkReceiptSender';
const RECEIVER = 'did:key:z6MkReceiptReceiver';
const OTHER = 'did:key:z6MkReceiptOther';
const CID = 'conn-receipt-1';
const content = Uint8Array.from({ length: 200 }, (_, i) => (i * 7) & 0xff);
const HASH = receiptContentHash(crypto, content);

type Registry = Map<string, { did: string; alg: 'EdDSA' | 'ES256K'; publicKey: Uint8Array }>;

function edSigner(registry: Registry, did: string, seedByte: number, fragment = 'ed'): EtampSigner {
  const seed = new Uint8Array(32).fill(seedByte);
  const keyId = `${did}#${fragment}`;
  registry.set(keyId, { did, alg: 'EdDSA', publicKey: crypto.ed25519PublicKey(seed) });
  return { did, keyId, algorithm: 'EdDSA', sign: async (data) => crypto.ed25519Sign(seed, data) };
}

function k1Signer(registry: Registry, did: string, seedByte: number): EtampSigner {
  const secret = new Uint8Array(32).fill(seedByte);
  const keyId = `${did}#k1`;
  registry.set(keyId, { did, alg: 'ES256K', publicKey: secp256k1.getPublicKey(secret) });
  return { did, keyId, algorithm: 'ES256K', sign: async (data) => secp256k1.sign(data, secret) };
}

function verifier(registry: Registry): DidSignatureVerifier {
  return async ({ did, keyId, data, signature }) => {
    const key = registry.get(keyId);
    if (!key || key.did !== did) return false;
    return key.alg === 'EdDSA' ? crypto.ed25519Verify(key.publicKey, data, signature) : secp256k1.verify(signature, data, key.publicKey);
  };
}

function setup() {
  const registry: Registry = new Map();
  const receiver = edSigner(registry, RECEIVER, 0x21);
  const other = edSigner(registry, OTHER, 0x31);
  /** A key that is not in the receiver's DID document, under the receiver's key id. */
  const impostor: EtampSigner = { ...receiver, sign: async (data) => crypto.ed25519Sign(new Uint8Array(32).fill(0x41), data) };
  return { registry, receiver, other, impostor, k1: k1Signer(registry, RECEIVER, 0x22), verify: verifier(registry) };
}

/** The sender's side: it sent message m-1 with a receipt request, once, with `content`. */
const atSender: ReceiptExpectation = { peerDid: RECEIVER, localDid: SENDER, connectionId: CID, sent: (mid) => (mid === 'm-1' ? [HASH] : []) };
const input = { aud: SENDER, cid: CID, mid: 'm-1', content, now: NOW };

/** Re-encodes one segment of a JWS with `edit` applied to its JSON text. */
function editSegment(jws: string, index: 0 | 1, edit: (json: string) => string): string {
  const parts = jws.split('.');
  parts[index] = toBase64url(utf8(edit(new TextDecoder().decode(fromBase64url(parts[index]!)!))));
  return parts.join('.');
}

async function resigned(signer: EtampSigner, jws: string, index: 0 | 1, edit: (json: string) => string): Promise<string> {
  const [h, p] = editSegment(jws, index, edit).split('.') as [string, string];
  return `${h}.${p}.${toBase64url(await signer.sign(utf8(`${h}.${p}`)))}`;
}

describe('signed delivery receipts', () => {
  it.each(['EdDSA', 'ES256K'] as const)('a %s receipt names the connection, the message and the hash of the content, and verifies at the sender', async (alg) => {
    const s = setup();
    const jws = await signReceipt(crypto, alg === 'EdDSA' ? s.receiver : s.k1, input);
    const [h, p] = jws.split('.') as [string, string];
    expect(new TextDecoder().decode(fromBase64url(h)!)).toBe(`{"alg":"${alg}","kid":"${RECEIVER}#${alg === 'EdDSA' ? 'ed' : 'k1'}","typ":"${RECEIPT_TYPE}"}`);
    expect(new TextDecoder().decode(fromBase64url(p)!)).toBe(`{"iss":"${RECEIVER}","aud":"${SENDER}","iat":${Math.floor(NOW / 1000)},"cid":"${CID}","mid":"m-1","sha256":"${HASH}"}`);
    expect(fromBase64url(HASH)).toEqual(crypto.sha256(content));
    const { claims } = await verifyReceipt(jws, atSender, s.verify);
    expect(claims).toEqual({ iss: RECEIVER, aud: SENDER, iat: Math.floor(NOW / 1000), cid: CID, mid: 'm-1', sha256: HASH });
  });

  it('a record sealed again for the same message is receipted by the hash of either sealing', async () => {
    const s = setup();
    const again = new Uint8Array(content.length).fill(9);
    const jws = await signReceipt(crypto, s.receiver, { ...input, content: again });
    const both: ReceiptExpectation = { ...atSender, sent: () => [HASH, receiptContentHash(crypto, again)] };
    await expect(verifyReceipt(jws, both, s.verify)).resolves.toBeDefined();
  });

  it('every forgery and misdirection is refused with its code, before or instead of the signature check', async () => {
    const s = setup();
    const good = await signReceipt(crypto, s.receiver, input);
    const cases: [string, string | Promise<string>, string][] = [
      ['a signature by a key not in the DID document', signReceipt(crypto, s.impostor, input), 'bad_signature'],
      ['another DID as iss, validly signed by it', signReceipt(crypto, s.other, input), 'bad_signature'],
      ['a signature bit flipped', `${good.slice(0, -3)}${good.at(-3) === 'A' ? 'B' : 'A'}${good.slice(-2)}`, 'bad_signature'],
      ['mid changed after signing', editSegment(good, 1, (j) => j.replace('"mid":"m-1"', '"mid":"m-2"')), 'receipt_unexpected'],
      ['a message that asked no receipt, signed by the receiver', signReceipt(crypto, s.receiver, { ...input, mid: 'm-2' }), 'receipt_unexpected'],
      ['the hash of other bytes, signed by the receiver', signReceipt(crypto, s.receiver, { ...input, content: content.subarray(1) }), 'receipt_mismatch'],
      ['another audience', signReceipt(crypto, s.receiver, { ...input, aud: OTHER }), 'wrong_audience'],
      ['another connection', signReceipt(crypto, s.receiver, { ...input, cid: `${CID}x` }), 'wrong_connection'],
      ['alg none', `${toBase64url(utf8(`{"alg":"none","kid":"${RECEIVER}#ed","typ":"${RECEIPT_TYPE}"}`))}.${good.split('.')[1]}.`, 'malformed_message'],
      ['typ JWT (an ETAMP header)', resigned(s.receiver, good, 0, (j) => j.replace(RECEIPT_TYPE, 'JWT')), 'malformed_message'],
      ['a payload not in canonical form', resigned(s.receiver, good, 1, (j) => j.replace(',"aud"', ', "aud"')), 'malformed_message'],
      ['an extra claim', resigned(s.receiver, good, 1, (j) => j.replace('}', ',"exp":1}')), 'malformed_message'],
      ['a sha256 of 31 bytes', resigned(s.receiver, good, 1, (j) => j.replace(HASH, toBase64url(crypto.sha256(content).subarray(1)))), 'malformed_message'],
      ['two segments', good.split('.').slice(0, 2).join('.'), 'malformed_message'],
      ['too long', `${good}${'A'.repeat(MAX_RECEIPT_JWS_LENGTH)}`, 'malformed_message'],
    ];
    for (const [name, jws, code] of cases) {
      let sigChecks = 0;
      const counting: DidSignatureVerifier = (a) => (sigChecks++, s.verify(a));
      await expectCode(verifyReceipt(await jws, atSender, counting), code).catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
      // Only a receipt that passed every other check costs a DID resolution.
      if (code !== 'bad_signature' || name.includes('iss')) expect(sigChecks, name).toBe(0);
    }
  });

  it('an ETAMP envelope is not a receipt and a receipt is not an ETAMP envelope, though one key signs both', async () => {
    const s = setup();
    const receipt = await signReceipt(crypto, s.receiver, input);
    const envelope = await signEtamp(s.receiver, { aud: SENDER, jti: 'm-1', now: NOW, cid: CID, upd: 'Message', content });
    await expectCode(verifyReceipt(envelope, atSender, s.verify), 'malformed_message');
    expect(() => parseEtamp(receipt, { peerDid: RECEIVER, localDid: SENDER, connectionId: CID })).toThrow(/^malformed_message/);
  });

  it('parseReceipt checks form, DIDs and connection without a signature or a record of what was sent', async () => {
    const s = setup();
    const jws = await signReceipt(crypto, s.receiver, input);
    expect(parseReceipt(jws, atSender).claims.mid).toBe('m-1');
    expect(() => parseReceipt(jws, { ...atSender, peerDid: OTHER })).toThrow(/^bad_signature/);
  });

  it('signing refuses arguments outside the limits', async () => {
    const s = setup();
    await expect(signReceipt(crypto, s.receiver, { ...input, mid: '' })).rejects.toThrow(RangeError);
    await expect(signReceipt(crypto, s.receiver, { ...input, mid: 'm'.repeat(MAX_RECEIPT_MESSAGE_ID_LENGTH + 1) })).rejects.toThrow(RangeError);
    await expect(signReceipt(crypto, { ...s.receiver, keyId: `${OTHER}#ed` }, input)).rejects.toThrow(TypeError);
    await expect(signReceipt(crypto, s.receiver, { ...input, now: -1 })).rejects.toThrow(RangeError);
  });
});

describe.each(PROVIDERS)('DeliveryReceipt on the control channel (%s provider)', (_name, provider) => {
  it('opens as a receipt event carrying the JWS, and a replay is control_replayed', async () => {
    const p = await establish(provider);
    const sealed = createDeliveryReceipt(provider, p.holder, NOW, 'a.b.c');
    const got = await control(provider, p.issuer, sealed.sealed, NOW);
    expect(got.event).toEqual({ type: 'receipt', jwt: 'a.b.c' });
    expect(got.reply).toBeUndefined();
    await expectCode(() => control(provider, got.state, sealed.sealed, NOW + 1), 'control_replayed');
  });

  it('an empty or oversize receipt is malformed_message and changes nothing', async () => {
    const p = await establish(provider);
    expect(() => createDeliveryReceipt(provider, p.holder, NOW, '')).toThrow(RangeError);
    const before = encodeSessionState(p.issuer);
    for (const jwt of ['', 'x'.repeat(MAX_RECEIPT_JWS_LENGTH + 1)]) {
      const sealed = sealControl(provider, p.holder, { receipt: { jwt } }, NOW);
      await expectCode(() => control(provider, p.issuer, sealed.sealed, NOW), 'malformed_message');
    }
    expect(encodeSessionState(p.issuer)).toEqual(before);
  });
});
