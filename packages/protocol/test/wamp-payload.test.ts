/**
 * The WAMP-E2EE payload box (docs/protocol.md 25): the vectors of docs/test-vectors.json
 * (wampPayloads), checked against our code and, through Debian's interpreter, against libsodium
 * (PyNaCl) and autobahn-python's cryptobox KeyRing, which seals payloads that open here and opens
 * ours, in both directions. Without python3-nacl, python3-autobahn or python3-trie those cases are
 * skipped with a notice, except under CI=true, where they are required.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js';
import { x25519 } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, openWampPayload, ProtocolError, sealWampPayload, toHex, WAMP_CRYPTOBOX_ALGO, WAMP_CRYPTOBOX_SERIALIZER, type WampBoxKeys, type WampEncodedPayload } from '../src/index.js';
import { wampBoxKey } from '../src/wamp-payload.js';
import { expectCode } from './helpers.js';

/** Debian's interpreter: the packages it installs are not seen by another python3 first on PATH. */
const PYTHON = '/usr/bin/python3';

function importable(module: string, check: string, packages: string): boolean {
  try {
    execFileSync(PYTHON, ['-c', check], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error(`${packages} required on CI (${PYTHON} cannot import ${module})`);
    console.warn(`\n*** ${module} not importable by ${PYTHON}: its interop cases are SKIPPED (apt-get install ${packages}) ***\n`);
    return false;
  }
}
const pynacl = importable('nacl.public', 'import nacl.public', 'python3-nacl');
const autobahn = importable('autobahn.wamp.cryptobox', 'import autobahn.wamp.cryptobox as c; assert c.HAS_CRYPTOBOX', 'python3-autobahn python3-trie');

/**
 * Runs a list of operations in one Python process (JSON in on stdin, JSON out): `box` (PyNaCl's
 * Box: its shared key and the box of a plaintext under a nonce), `dumps` (autobahn's JSON
 * serializer), `encode` / `decode` (autobahn's KeyRing for the side named: the originator holds
 * its private key and the responder's public key, the responder the reverse). Key bytes as hex.
 */
type PyOp =
  | { op: 'box'; privateKey: string; publicKey: string; nonce: string; plaintext: string }
  | { op: 'dumps'; uri: string; args: unknown; kwargs: unknown }
  | { op: 'encode'; side: 'originator' | 'responder'; isOriginating: boolean; uri: string; args: unknown; kwargs: unknown }
  | { op: 'decode'; side: 'originator' | 'responder'; isOriginating: boolean; uri: string; payload: string; encAlgo: string; encSerializer: string | null };
const PY_SCRIPT = String.raw`
import base64, json, sys
req = json.load(sys.stdin)
keys, out = req['keys'], []
b64 = lambda h: base64.b64encode(bytes.fromhex(h)).decode('ascii')
def ring(side):
    from autobahn.wamp.cryptobox import Key, KeyRing
    if side == 'originator':
        key = Key(originator_priv=b64(keys['originatorPrivate']), responder_pub=b64(keys['responderPublic']))
    else:
        key = Key(responder_priv=b64(keys['responderPrivate']), originator_pub=b64(keys['originatorPublic']))
    r = KeyRing()
    r.set_key('com.example', key)
    return r
for o in req['ops']:
    if o['op'] == 'box':
        from nacl.public import Box, PrivateKey, PublicKey
        box = Box(PrivateKey(bytes.fromhex(o['privateKey'])), PublicKey(bytes.fromhex(o['publicKey'])))
        out.append({'sharedKey': box.shared_key().hex(), 'payload': bytes(box.encrypt(bytes.fromhex(o['plaintext']), bytes.fromhex(o['nonce']))).hex()})
    elif o['op'] == 'dumps':
        from autobahn.wamp.serializer import _dumps
        out.append(_dumps({'uri': o['uri'], 'args': o['args'], 'kwargs': o['kwargs']}))
    elif o['op'] == 'encode':
        e = ring(o['side']).encode(o['isOriginating'], o['uri'], o['args'], o['kwargs'])
        out.append({'payload': e.payload.hex(), 'encAlgo': e.enc_algo, 'encSerializer': e.enc_serializer, 'encKey': e.enc_key})
    else:
        from autobahn.wamp.types import EncodedPayload
        try:
            uri, args, kwargs = ring(o['side']).decode(o['isOriginating'], o['uri'], EncodedPayload(bytes.fromhex(o['payload']), o['encAlgo'], o['encSerializer']))
            out.append({'uri': uri, 'args': args, 'kwargs': kwargs})
        except Exception as e:
            out.append({'error': type(e).__name__})
json.dump(out, sys.stdout, ensure_ascii=False)
`;

interface WampVector {
  name: string;
  message: string;
  from: 'originator' | 'responder';
  uri: string;
  args: unknown[] | null;
  kwargs: Record<string, unknown> | null;
  nonce: string;
  json: string;
  plaintext: string;
  payload: string;
  encAlgo: string;
  encSerializer: string;
}
interface WampVectors {
  originator: { privateKey: string; publicKey: string };
  responder: { privateKey: string; publicKey: string };
  sharedSecret: string;
  boxKey: string;
  payloads: WampVector[];
}
const V = (JSON.parse(readFileSync(new URL('../../../docs/test-vectors.json', import.meta.url), 'utf8')) as { wampPayloads: WampVectors }).wampPayloads;

/** The two sides of the vectors' key pairs: each its own private key and the other's public key. */
const SIDES: Record<'originator' | 'responder', WampBoxKeys> = {
  originator: { privateKey: fromHex(V.originator.privateKey), peerPublicKey: fromHex(V.responder.publicKey) },
  responder: { privateKey: fromHex(V.responder.privateKey), peerPublicKey: fromHex(V.originator.publicKey) },
};
const other = (side: 'originator' | 'responder') => (side === 'originator' ? 'responder' : 'originator');

function python(ops: PyOp[]): unknown[] {
  const keys = { originatorPrivate: V.originator.privateKey, originatorPublic: V.originator.publicKey, responderPrivate: V.responder.privateKey, responderPublic: V.responder.publicKey };
  return JSON.parse(execFileSync(PYTHON, ['-c', PY_SCRIPT], { input: JSON.stringify({ keys, ops }), encoding: 'utf8' })) as unknown[];
}

const encoded = (payload: Uint8Array, over: Partial<WampEncodedPayload> = {}): WampEncodedPayload => ({ payload, encAlgo: 'cryptobox', encSerializer: 'json', encKey: null, ...over });

/** A box of arbitrary plaintext bytes under the vectors' key pair, as a sender that does not follow 25 would make it. */
function rawBox(plaintext: string | Uint8Array, nonce = new Uint8Array(24).fill(7)): Uint8Array {
  const key = wampBoxKey(SIDES.originator);
  const box = xsalsa20poly1305(key, nonce).encrypt(typeof plaintext === 'string' ? new TextEncoder().encode(plaintext) : plaintext);
  const out = new Uint8Array(24 + box.length);
  out.set(nonce);
  out.set(box, 24);
  return out;
}

/** Payloads the interop cases carry: empty, nested, non-ASCII, escapes, each argument form. */
const SAMPLES: Array<{ uri: string; args: unknown[] | null; kwargs: Record<string, unknown> | null }> = [
  { uri: 'com.example.add2', args: [2, 3], kwargs: null },
  { uri: 'com.example.echo', args: [], kwargs: {} },
  { uri: 'com.example.greet', args: null, kwargs: { name: 'Zoë 🙂', quote: '"\\\n\t\u0001', nested: { list: [true, false, null, -1.5, 1e21] } } },
  { uri: 'com.example.nothing', args: null, kwargs: null },
];

describe('the WAMP-E2EE payload box', () => {
  it('the listed payloads are the nonce followed by the crypto_box of their JSON text under the fixed key pairs, and open on the other side', () => {
    expect(V.payloads.map((v) => v.name)).toEqual(['call', 'result', 'event']);
    const shared = x25519.getSharedSecret(fromHex(V.originator.privateKey), fromHex(V.responder.publicKey));
    expect(toHex(shared)).toBe(V.sharedSecret);
    expect(toHex(wampBoxKey(SIDES.originator))).toBe(V.boxKey);
    expect(toHex(wampBoxKey(SIDES.responder))).toBe(V.boxKey);
    for (const v of V.payloads) {
      expect(JSON.stringify({ uri: v.uri, args: v.args, kwargs: v.kwargs })).toBe(v.json);
      expect(toHex(new TextEncoder().encode(v.json))).toBe(v.plaintext);
      const sealed = sealWampPayload(SIDES[v.from], v, { nonce: fromHex(v.nonce) });
      expect(toHex(sealed.payload)).toBe(v.payload);
      expect(sealed.payload.length).toBe(24 + 16 + v.plaintext.length / 2);
      expect(toHex(xsalsa20poly1305(fromHex(V.boxKey), fromHex(v.nonce)).encrypt(fromHex(v.plaintext)))).toBe(v.payload.slice(48));
      expect([sealed.encAlgo, sealed.encSerializer, sealed.encKey]).toEqual([v.encAlgo, v.encSerializer, null]);
      expect(openWampPayload(SIDES[other(v.from)], v.uri, encoded(fromHex(v.payload)))).toEqual({ uri: v.uri, args: v.args, kwargs: v.kwargs });
    }
  });

  it.skipIf(!pynacl)('libsodium (PyNaCl Box) computes the same box key and the same bytes for every listed payload, from either side', () => {
    const ops: PyOp[] = V.payloads.flatMap((v) =>
      (['originator', 'responder'] as const).map((side) => ({ op: 'box' as const, privateKey: toHex(SIDES[side].privateKey), publicKey: toHex(SIDES[side].peerPublicKey), nonce: v.nonce, plaintext: v.plaintext })),
    );
    const results = python(ops) as Array<{ sharedKey: string; payload: string }>;
    results.forEach((r, i) => {
      expect(r.sharedKey).toBe(V.boxKey);
      expect(r.payload).toBe(V.payloads[Math.floor(i / 2)]!.payload);
    });
  });

  it.skipIf(!autobahn)("autobahn serializes the listed payloads to the same JSON text, and its KeyRing.decode opens them on the receiving side", () => {
    const dumps = python(V.payloads.map((v) => ({ op: 'dumps', uri: v.uri, args: v.args, kwargs: v.kwargs }))) as string[];
    expect(dumps).toEqual(V.payloads.map((v) => v.json));
    // A responder (callee, subscriber) decodes with is_originating false, an originator (caller) with true.
    const decoded = python(V.payloads.map((v) => ({ op: 'decode', side: other(v.from), isOriginating: v.from === 'responder', uri: v.uri, payload: v.payload, encAlgo: v.encAlgo, encSerializer: v.encSerializer })));
    expect(decoded).toEqual(V.payloads.map((v) => ({ uri: v.uri, args: v.args, kwargs: v.kwargs })));
  });

  it.skipIf(!autobahn)("payloads autobahn's KeyRing.encode seals open here: a call and a publish from the originator, a result from the responder", () => {
    const directions = [
      { side: 'originator', isOriginating: true }, // CALL, PUBLISH
      { side: 'responder', isOriginating: false }, // YIELD (RESULT), ERROR
    ] as const;
    const cases = directions.flatMap((d) => SAMPLES.map((s) => ({ ...d, ...s })));
    const results = python(cases.map((c) => ({ op: 'encode', side: c.side, isOriginating: c.isOriginating, uri: c.uri, args: c.args, kwargs: c.kwargs }))) as Array<{ payload: string; encAlgo: string; encSerializer: string; encKey: null }>;
    cases.forEach((c, i) => {
      const r = results[i]!;
      expect([r.encAlgo, r.encSerializer, r.encKey]).toEqual([WAMP_CRYPTOBOX_ALGO, WAMP_CRYPTOBOX_SERIALIZER, null]);
      const opened = openWampPayload(SIDES[other(c.side)], c.uri, { payload: fromHex(r.payload), encAlgo: r.encAlgo, encSerializer: r.encSerializer, encKey: r.encKey });
      expect(opened).toEqual({ uri: c.uri, args: c.args, kwargs: c.kwargs });
      // What autobahn sealed we seal to the same bytes under its nonce: one serialization, one box.
      expect(toHex(sealWampPayload(SIDES[c.side], c, { nonce: fromHex(r.payload.slice(0, 48)) }).payload)).toBe(r.payload);
    });
  });

  it.skipIf(!autobahn)("autobahn's KeyRing.decode opens what we seal, in both directions, and refuses it with a flipped bit", () => {
    const directions = [
      { side: 'originator', receiverOriginating: false },
      { side: 'responder', receiverOriginating: true },
    ] as const;
    const cases = directions.flatMap((d) => SAMPLES.map((s) => ({ ...d, ...s, sealed: sealWampPayload(SIDES[d.side], s) })));
    const flipped = cases.map((c) => {
      const bad = c.sealed.payload.slice();
      bad[30]! ^= 0x01;
      return bad;
    });
    const decode = (c: (typeof cases)[number], payload: Uint8Array): PyOp => ({ op: 'decode', side: other(c.side), isOriginating: c.receiverOriginating, uri: c.uri, payload: toHex(payload), encAlgo: c.sealed.encAlgo, encSerializer: c.sealed.encSerializer });
    const results = python([...cases.map((c) => decode(c, c.sealed.payload)), ...cases.map((c, i) => decode(c, flipped[i]!))]);
    expect(results.slice(0, cases.length)).toEqual(cases.map((c) => ({ uri: c.uri, args: c.args, kwargs: c.kwargs })));
    expect(results.slice(cases.length)).toEqual(cases.map(() => ({ error: 'CryptoError' })));
  });

  it('draws a fresh nonce for every seal: the same payload seals to different bytes, and both open', () => {
    const p = { uri: 'com.example.add2', args: [1, 2] };
    const a = sealWampPayload(SIDES.originator, p).payload;
    const b = sealWampPayload(SIDES.originator, p).payload;
    expect(toHex(a.subarray(0, 24))).not.toBe(toHex(b.subarray(0, 24)));
    for (const x of [a, b]) expect(openWampPayload(SIDES.responder, p.uri, encoded(x))).toEqual({ uri: p.uri, args: [1, 2], kwargs: null });
  });

  it('does not authenticate the direction: both sides hold the same key, so a payload reflected to its sender under the same URI opens there too', () => {
    const call = sealWampPayload(SIDES.originator, { uri: 'com.example.add2', args: [2, 3] });
    expect(openWampPayload(SIDES.originator, 'com.example.add2', encoded(call.payload)).args).toEqual([2, 3]);
  });

  it('any JSON arguments open as JSON.parse of their JSON text', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.array(fc.jsonValue())), fc.option(fc.dictionary(fc.string(), fc.jsonValue())), (uri, args, kwargs) => {
        const sealed = sealWampPayload(SIDES.responder, { uri, args, kwargs });
        const opened = openWampPayload(SIDES.originator, uri, encoded(sealed.payload));
        expect(opened).toEqual(JSON.parse(JSON.stringify({ uri, args, kwargs })));
      }),
      { numRuns: 200 },
    );
  });
});

describe('refused WAMP-E2EE payloads', () => {
  const call = V.payloads[0]!;
  const good = fromHex(call.payload);
  const open = (payload: Uint8Array, uri = call.uri, keys = SIDES.responder) => () => openWampPayload(keys, uri, encoded(payload));

  it('a flipped bit in any byte of the nonce, the tag or the ciphertext is decrypt_failed', async () => {
    for (let i = 0; i < good.length; i++) {
      const bad = good.slice();
      bad[i]! ^= i < 24 ? 0x80 : 0x01;
      await expectCode(open(bad), 'decrypt_failed');
    }
  });

  it('a payload opened with another key pair is decrypt_failed: another private key, or another peer public key', async () => {
    const stranger = fromHex('77'.repeat(32));
    await expectCode(open(good, call.uri, { ...SIDES.responder, privateKey: stranger }), 'decrypt_failed');
    await expectCode(open(good, call.uri, { ...SIDES.responder, peerPublicKey: x25519.getPublicKey(stranger) }), 'decrypt_failed');
  });

  it('a truncated payload is malformed_message without a whole nonce, and decrypt_failed from there on, as is one with a byte appended', async () => {
    for (const n of [0, 1, 23]) await expectCode(open(good.subarray(0, n)), 'malformed_message');
    for (const n of [24, 39, 40, good.length - 1]) await expectCode(open(good.subarray(0, n)), 'decrypt_failed');
    const longer = new Uint8Array(good.length + 1);
    longer.set(good);
    await expectCode(open(longer), 'decrypt_failed');
  });

  it('a payload delivered under another URI than the one inside is wrong_uri', async () => {
    for (const uri of ['com.example.add3', 'com.example.add2.', 'com.example', 'COM.EXAMPLE.ADD2', '']) await expectCode(open(good, uri), 'wrong_uri');
  });

  it('an authentic box whose plaintext is not the JSON object {uri, args, kwargs} is malformed_message', async () => {
    const plaintexts: Array<string | Uint8Array> = [
      '',
      Uint8Array.of(0x7b, 0xff, 0x7d),
      'not json',
      '{"uri":"com.example.add2","args":null,"kwargs":null',
      'null',
      '[]',
      '"com.example.add2"',
      '["com.example.add2",null,null]',
      '{}',
      '{"args":null,"kwargs":null}',
      '{"uri":"com.example.add2","kwargs":null}',
      '{"uri":"com.example.add2","args":null}',
      '{"uri":1,"args":null,"kwargs":null}',
      '{"uri":null,"args":null,"kwargs":null}',
      '{"uri":"com.example.add2","args":{},"kwargs":null}',
      '{"uri":"com.example.add2","args":"2,3","kwargs":null}',
      '{"uri":"com.example.add2","args":null,"kwargs":[]}',
      '{"uri":"com.example.add2","args":null,"kwargs":"x"}',
      '{"uri":"com.example.add2","args":null,"kwargs":null,"extra":1}',
      '{"uri":"com.example.add2","args":null,"kwargs":null,"__proto__":{"polluted":1}}',
    ];
    for (const p of plaintexts) await expectCode(open(rawBox(p)), 'malformed_message');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The same framing with a well-formed plaintext opens, so the refusals are the plaintext's.
    expect(openWampPayload(SIDES.responder, call.uri, encoded(rawBox(call.json))).args).toEqual([2, 3]);
  });

  it('another enc_algo or enc_serializer, or an enc_key, is malformed_message before any key is used', async () => {
    const noKeys = { privateKey: new Uint8Array(32), peerPublicKey: new Uint8Array(32) }; // would be low_order_point
    for (const over of [{ encAlgo: 'xbr' }, { encAlgo: 'Cryptobox' }, { encSerializer: 'cbor' }, { encSerializer: null }, { encSerializer: undefined }, { encKey: 'k1' }] as Array<Partial<WampEncodedPayload>>) {
      await expectCode(() => openWampPayload(noKeys, call.uri, encoded(good, over)), 'malformed_message');
    }
  });

  it('a low-order peer public key is low_order_point, sealing and opening', async () => {
    const lowOrder = ['00'.repeat(32), `01${'00'.repeat(31)}`, 'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800'];
    for (const h of lowOrder) {
      const keys = { privateKey: SIDES.originator.privateKey, peerPublicKey: fromHex(h) };
      await expectCode(() => sealWampPayload(keys, { uri: 'com.example.add2' }), 'low_order_point');
      await expectCode(open(good, call.uri, keys), 'low_order_point');
    }
  });

  it('random bytes and mutated payloads give a ProtocolError, never another exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })).map(([i, x]) => good.map((b, j) => (j === i ? b ^ x : b)))), (bytes) => {
        try {
          openWampPayload(SIDES.responder, call.uri, encoded(bytes));
          return false;
        } catch (e) {
          return ProtocolError.is(e);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('misuse throws TypeError or RangeError: keys or a nonce of the wrong length, a payload without a string uri, args that are not an array, kwargs that are not an object, values JSON cannot write', () => {
    const p = { uri: 'com.example.add2' };
    expect(() => sealWampPayload({ ...SIDES.originator, privateKey: new Uint8Array(31) }, p)).toThrow(RangeError);
    expect(() => sealWampPayload({ ...SIDES.originator, peerPublicKey: new Uint8Array(33) }, p)).toThrow(RangeError);
    expect(() => sealWampPayload(SIDES.originator, p, { nonce: new Uint8Array(12) })).toThrow(RangeError);
    expect(() => openWampPayload({ ...SIDES.responder, privateKey: new Uint8Array(0) }, p.uri, encoded(good))).toThrow(RangeError);
    expect(() => sealWampPayload(SIDES.originator, { uri: 1 } as never)).toThrow(TypeError);
    expect(() => sealWampPayload(SIDES.originator, { uri: 'x', args: { 0: 1 } } as never)).toThrow(TypeError);
    expect(() => sealWampPayload(SIDES.originator, { uri: 'x', kwargs: [1] } as never)).toThrow(TypeError);
    expect(() => sealWampPayload(SIDES.originator, { uri: 'x', args: [1n] })).toThrow(TypeError);
    expect(() => openWampPayload(SIDES.responder, 1 as never, encoded(good))).toThrow(TypeError);
    expect(() => openWampPayload(SIDES.responder, p.uri, { payload: [1, 2] } as never)).toThrow(TypeError);
  });
});
