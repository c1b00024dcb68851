import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeAtalaMessage,
  decodeFrame,
  decodeInvitationUrl,
  decodeSessionState,
  decodeUntrusted,
  open,
  ProtocolError,
  wire,
  type EncryptedMessage,
  type SealedControl,
} from '../src/index.js';
import { control, establish, expectCode, NOW, PROVIDERS, rekey, rekeyBundle, rekeyRequest, startSending } from './helpers.js';

/**
 * Every decoder of untrusted bytes, and `open`, must answer random input with a typed
 * ProtocolError (or success), never crash, hang or pollute prototypes. FUZZ_RUNS scales the
 * run (npm run fuzz uses 100,000 per target).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

/** Random bytes, plus mutations of a valid encoding (bit flips, truncation, splices): deeper coverage than noise. */
function inputs(valid: Uint8Array[]) {
  const mutated = fc
    .tuple(fc.constantFrom(...valid), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(), fc.uint8Array({ maxLength: 16 }))
    .map(([v, flips, cut, tail]) => {
      const b = v.slice();
      for (const [at, x] of flips) if (b.length) b[at % b.length]! ^= x;
      const end = b.length ? cut % (b.length + 1) : 0;
      return Uint8Array.from([...b.subarray(0, end), ...tail]);
    });
  return fc.oneof(fc.uint8Array({ maxLength: 512 }), mutated);
}

function typedOrOk(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!ProtocolError.is(e)) throw e;
  }
}

async function typedOrOkAsync(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!ProtocolError.is(e)) throw e;
  }
}

interface Codec {
  decode(b: Uint8Array): object;
  encode(m: object): { finish(): Uint8Array };
  toObject(m: object, o: object): object;
  getTypeUrl(prefix?: string): string;
}

/**
 * Decodes `bytes` as untrusted input; when that succeeds, the value must be a fixed point of
 * re-encoding (encode, then decode strictly again, gives the same fields), so a decode that
 * "succeeds" with a half-read message is caught. Returns whether the decode succeeded.
 */
function decodesToFixedPoint(codec: Codec, bytes: Uint8Array): boolean {
  let decoded: object;
  try {
    decoded = decodeUntrusted(codec, bytes, 'fuzz');
  } catch (e) {
    if (!ProtocolError.is(e)) throw e;
    return false;
  }
  const again = decodeUntrusted(codec, codec.encode(decoded).finish(), 're-encoded');
  const view = { longs: String, bytes: String, defaults: true, oneofs: true };
  expect(codec.toObject(again, view), codec.getTypeUrl('')).toEqual(codec.toObject(decoded, view));
  return true;
}

const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();

describe.each(PROVIDERS)('fuzzing untrusted decoders (%s provider)', (_name, crypto) => {
  it('Frame, AtalaMessage, handshake, control and invitation decoders answer garbage with typed errors, and what they accept re-encodes to the same fields', async () => {
    const p = await establish(crypto);
    const validFrame = wire.Frame.encode({ version: 1, record: { content: new Uint8Array(40).fill(3), connectionId: 'c' } }).finish();
    const validAtala = wire.AtalaMessage.encode({ credentialJwt: { jwt: 'a.b.c' }, replyTo: 'r', messageId: 'm' }).finish();
    const validHandshake = wire.HandshakeMessage.encode({ init: { version: 1, connectionId: 'c', holderDid: 'did:key:x', identityKey: new Uint8Array(32) } }).finish();
    const codecs: Codec[] = [wire.Frame, wire.AtalaMessage, wire.HandshakeMessage, wire.ControlMessage, wire.SealedControl, wire.EncryptedMessage, wire.Invitation];
    let decoded = 0;
    fc.assert(
      fc.property(inputs([validFrame, validAtala, validHandshake]), (bytes) => {
        typedOrOk(() => decodeFrame(bytes));
        typedOrOk(() => decodeAtalaMessage(bytes));
        for (const c of codecs) if (decodesToFixedPoint(c, bytes)) decoded++;
        typedOrOk(() => decodeInvitationUrl(`https://relay.example.com/invite#${Buffer.from(bytes).toString('base64url')}`, { now: NOW }));
      }),
      { numRuns: RUNS },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(protoKeysBefore);
    expect(p.issuer.confirmed).toBe(true);
    // The fixed-point check ran on real successes, not only on refusals.
    expect(decoded).toBeGreaterThan(RUNS / 10);
  });

  it('open and receiveControl answer garbage with typed errors and leave the session as it was', async () => {
    const p = await establish(crypto);
    const before = p.holder;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 0, maxLength: 20 }), fc.integer({ min: 0, max: 3 }), async (content, iv, epoch) => {
        typedOrOk(() => open(crypto, before, { content, connectionId: before.connectionId } as EncryptedMessage));
        await typedOrOkAsync(() => control(crypto, before, { connectionId: before.connectionId, iv, content, epoch } as SealedControl, NOW));
      }),
      { numRuns: Math.max(50, RUNS / 5) },
    );
    expect(p.holder).toBe(before);
    expect(before.receive.keys[0]!.window.next).toBe(0);
  });

  it('stored session decoding answers garbage with state_corrupt', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          decodeSessionState(bytes);
        } catch (e) {
          expect((e as ProtocolError).code).toBe('state_corrupt');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('invitation decoding answers arbitrary text with typed errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })), (text) => {
        typedOrOk(() => decodeInvitationUrl(text, { now: NOW }));
      }),
      { numRuns: RUNS },
    );
  });
});
