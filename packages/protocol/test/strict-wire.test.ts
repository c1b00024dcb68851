/**
 * Strict protobuf decoding (docs/protocol.md 2): every untrusted message is checked against the
 * schema before the generated decoder reads it, so two implementations accept exactly the same
 * bytes. Each rule is shown on a Frame or AtalaMessage the generated decoder alone would let
 * through (or read differently).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAtalaMessage, decodeFrame, encodeAtalaMessage, encodeFrame, wire } from '../src/index.js';
import { expectCode } from './helpers.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** A tag as a varint. */
const tag = (id: number, wireType: number) => {
  const out: number[] = [];
  for (let v = id * 8 + wireType; ; v = Math.floor(v / 128)) {
    if (v < 128) return Uint8Array.from([...out, v]);
    out.push((v % 128) | 0x80);
  }
};
/** A length-delimited field: tag, length, body (lengths below 128 only). */
const ld = (id: number, body: Uint8Array) => cat(tag(id, 2), bytes(body.length), body);
const record = ld(2, cat(ld(1, new Uint8Array(16)), ld(2, new TextEncoder().encode('conn-1'))));
const version1 = bytes(0x08, 0x01);

describe('strict decoding of untrusted protobuf', () => {
  it('a canonical frame decodes, and an unknown field anywhere is skipped without changing what decodes', () => {
    const canonical = cat(version1, record);
    expect(decodeFrame(canonical).record?.connectionId).toBe('conn-1');
    const withUnknown = cat(version1, tag(99, 0), bytes(0x05), record, ld(98, bytes(1, 2, 3)), tag(97, 5), bytes(1, 2, 3, 4), tag(96, 1), bytes(1, 2, 3, 4, 5, 6, 7, 8));
    expect(wire.Frame.toObject(decodeFrame(withUnknown))).toEqual(wire.Frame.toObject(decodeFrame(canonical)));
  });

  it('refuses a known field with another wire type than its own (the generated decoder would read it anyway)', async () => {
    const versionAsBytes = cat(ld(1, bytes(1)), record);
    expect(() => wire.Frame.decode(versionAsBytes)).not.toThrow();
    await expectCode(() => decodeFrame(versionAsBytes), 'malformed_message');
    const recordAsVarint = cat(version1, bytes((2 << 3) | 0, 0x01));
    await expectCode(() => decodeFrame(recordAsVarint), 'malformed_message');
  });

  it('refuses groups, wire types 6 and 7, and field number 0', async () => {
    for (const bad of [bytes((5 << 3) | 3), bytes((5 << 3) | 4), bytes((5 << 3) | 6, 0), bytes((5 << 3) | 7, 0), bytes(0x00, 0x01)]) {
      await expectCode(() => decodeFrame(cat(version1, record, bad)), 'malformed_message');
    }
  });

  it('refuses a singular sub-message that occurs twice (merged by the protobuf rules, replaced by the generated decoder)', async () => {
    const twice = cat(version1, record, record);
    expect(() => wire.Frame.decode(twice)).not.toThrow();
    await expectCode(() => decodeFrame(twice), 'malformed_message');
  });

  it('refuses two members of one oneof', async () => {
    const control = ld(4, ld(1, new TextEncoder().encode('conn-1')));
    await expectCode(() => decodeFrame(cat(version1, record, control)), 'malformed_message');
  });

  it('refuses a string that is not valid UTF-8', async () => {
    const badId = cat(version1, ld(2, cat(ld(1, new Uint8Array(16)), ld(2, bytes(0x63, 0xc3, 0x28)))));
    await expectCode(() => decodeFrame(badId), 'malformed_message');
    const overlong = cat(version1, ld(2, ld(2, bytes(0xc0, 0xaf))));
    await expectCode(() => decodeFrame(overlong), 'malformed_message');
  });

  it('refuses a length or varint past the end and a varint longer than 10 bytes', async () => {
    await expectCode(() => decodeFrame(cat(version1, bytes(0x12, 0x7f, 0x00))), 'malformed_message');
    await expectCode(() => decodeFrame(bytes(0x08, 0x80)), 'malformed_message');
    await expectCode(() => decodeFrame(cat(bytes(0x08), new Uint8Array(10).fill(0x80), bytes(0x01), record)), 'malformed_message');
    await expectCode(() => decodeFrame(cat(version1, record, tag(9, 1), bytes(1, 2, 3))), 'malformed_message');
  });

  it('accepts a repeated number packed or not, with the same result, and refuses a packed run that ends inside a value', async () => {
    const ack = (body: Uint8Array) => ld(50, body);
    const packed = ack(cat(bytes(0x08, 0x01), ld(2, bytes(0x01, 0x02, 0x80, 0x01))));
    const unpacked = ack(cat(bytes(0x08, 0x01), bytes(0x10, 0x01, 0x10, 0x02, 0x10, 0x80, 0x01)));
    expect(decodeAtalaMessage(packed).e2eAck?.counters).toEqual([1, 2, 128]);
    expect(decodeAtalaMessage(unpacked).e2eAck?.counters).toEqual([1, 2, 128]);
    await expectCode(() => decodeAtalaMessage(ack(ld(2, bytes(0x01, 0x80)))), 'malformed_message');
  });

  it('accepts every message the encoder writes (random AtalaMessages and frames)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const atala = fc.oneof(
      fc.record({ messageId: text, credentialJwt: fc.record({ jwt: text }) }),
      fc.record({ messageId: text, proofRequest: fc.record({ typeIds: fc.array(text, { maxLength: 4 }), connectionToken: text }) }),
      fc.record({ e2eAck: fc.record({ epoch: fc.nat(), counters: fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 8 }), receiveNext: fc.nat(), keyId: fc.uint8Array({ maxLength: 16 }) }) }),
      fc.record({ atalaErrorMessage: fc.record({ status: fc.record({ code: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), message: text }) }) }),
    );
    fc.assert(
      fc.property(atala, fc.uint8Array({ maxLength: 64 }), text, (m, content, connectionId) => {
        const encoded = encodeAtalaMessage(m);
        expect(wire.AtalaMessage.toObject(decodeAtalaMessage(encoded))).toEqual(wire.AtalaMessage.toObject(wire.AtalaMessage.decode(encoded)));
        expect(decodeFrame(encodeFrame({ record: { content, connectionId } })).record?.connectionId).toBe(connectionId);
      }),
      { numRuns: 300 },
    );
  });
});
