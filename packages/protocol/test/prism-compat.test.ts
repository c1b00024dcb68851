/**
 * The AtalaMessage variants shared with Atala PRISM (prism-sdk/protos/src/credential_models.proto
 * and google.rpc.Status) decode both ways. The PRISM side is written here field by field from
 * its published field numbers and types, with protobufjs' raw Writer and Reader, so neither
 * side of the comparison is our generated code.
 */
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { decodeAtalaMessage, encodeAtalaMessage } from '../src/index.js';

const { Reader, Writer } = protobuf;

/** A length-delimited field holding `inner` (a sub-message) at `field`. */
function sub(w: protobuf.Writer, field: number, inner: (w: protobuf.Writer) => void): protobuf.Writer {
  w.uint32((field << 3) | 2).fork();
  inner(w);
  return w.ldelim();
}
const str = (w: protobuf.Writer, field: number, v: string) => w.uint32((field << 3) | 2).string(v);
const bytes = (w: protobuf.Writer, field: number, v: Uint8Array) => w.uint32((field << 3) | 2).bytes(v);
const int32 = (w: protobuf.Writer, field: number, v: number) => w.uint32(field << 3).int32(v);

/** Every top-level field of `buf`: number, wire type and raw value (varint or bytes). */
function fields(buf: Uint8Array): { field: number; wireType: number; value: number | Uint8Array }[] {
  const r = Reader.create(buf);
  const out: { field: number; wireType: number; value: number | Uint8Array }[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    const wireType = tag & 7;
    if (wireType === 0) out.push({ field: tag >>> 3, wireType, value: r.int32() });
    else if (wireType === 2) out.push({ field: tag >>> 3, wireType, value: r.bytes() });
    else throw new Error(`unexpected wire type ${wireType}`);
  }
  return out;
}
const text = (b: number | Uint8Array) => new TextDecoder().decode(b as Uint8Array);
const one = (buf: Uint8Array, field: number) => {
  const f = fields(buf).filter((x) => x.field === field);
  expect(f, `field ${field}`).toHaveLength(1);
  return f[0]!;
};

describe('Atala PRISM wire compatibility of the shared AtalaMessage variants', () => {
  it('proof_request (3) with reply_to (101) decodes from PRISM bytes and encodes to them', () => {
    const prism = Writer.create();
    sub(prism, 3, (w) => {
      str(w, 1, 'UniversityDegree');
      str(w, 1, 'DriverLicense');
      str(w, 2, 'token-1');
    });
    str(prism, 101, 'msg-7');
    const m = decodeAtalaMessage(prism.finish());
    expect(m.message).toBe('proofRequest');
    expect(m.proofRequest).toMatchObject({ typeIds: ['UniversityDegree', 'DriverLicense'], connectionToken: 'token-1' });
    expect(m.replyTo).toBe('msg-7');
    const ours = encodeAtalaMessage({ proofRequest: { typeIds: ['A'], connectionToken: 't' }, replyTo: 'r' });
    const pr = fields(one(ours, 3).value as Uint8Array);
    expect(pr.map((f) => [f.field, f.wireType, text(f.value)])).toEqual([
      [1, 2, 'A'],
      [2, 2, 't'],
    ]);
    expect(text(one(ours, 101).value)).toBe('r');
  });

  it("encrypted_message (4) is PRISM's EncryptedMessage { key_id, encrypted_content }, not our record envelope", () => {
    const content = Uint8Array.of(1, 2, 3, 250);
    const prism = Writer.create();
    sub(prism, 4, (w) => {
      str(w, 1, 'key-1');
      bytes(w, 2, content);
    });
    const m = decodeAtalaMessage(prism.finish());
    expect(m.message).toBe('encryptedMessage');
    expect(m.encryptedMessage!.keyId).toBe('key-1');
    expect(Uint8Array.from(m.encryptedMessage!.encryptedContent!)).toEqual(content);
    const ours = encodeAtalaMessage({ encryptedMessage: { keyId: 'k', encryptedContent: content } });
    const em = fields(one(ours, 4).value as Uint8Array);
    expect(em.map((f) => [f.field, f.wireType])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(text(em[0]!.value)).toBe('k');
    expect(Uint8Array.from(em[1]!.value as Uint8Array)).toEqual(content);
  });

  it('plain_credential (6) decodes from PRISM bytes and encodes to them', () => {
    const prism = Writer.create();
    sub(prism, 6, (w) => {
      str(w, 1, 'eyJjcmVkIjoxfQ');
      str(w, 2, 'proof');
    });
    const m = decodeAtalaMessage(prism.finish());
    expect(m.plainCredential).toMatchObject({ encodedCredential: 'eyJjcmVkIjoxfQ', encodedMerkleProof: 'proof' });
    const ours = fields(one(encodeAtalaMessage({ plainCredential: { encodedCredential: 'c', encodedMerkleProof: 'p' } }), 6).value as Uint8Array);
    expect(ours.map((f) => [f.field, text(f.value)])).toEqual([
      [1, 'c'],
      [2, 'p'],
    ]);
  });

  it('credential_revoked (8) carries the encoded credential in field 1 and the reason in field 2', () => {
    const prism = Writer.create();
    sub(prism, 8, (w) => {
      str(w, 1, 'eyJjcmVkIjoxfQ');
      str(w, 2, 'superseded');
    });
    const m = decodeAtalaMessage(prism.finish());
    expect(m.credentialRevoked).toMatchObject({ encodedCredential: 'eyJjcmVkIjoxfQ', reason: 'superseded' });
    const ours = fields(one(encodeAtalaMessage({ credentialRevoked: { encodedCredential: 'c', reason: 'r' } }), 8).value as Uint8Array);
    expect(ours.map((f) => [f.field, text(f.value)])).toEqual([
      [1, 'c'],
      [2, 'r'],
    ]);
  });

  it('atala_error_message (9) is a google.rpc.Status { code, message, details } in field 1, not a flattened error', () => {
    const prism = Writer.create();
    sub(prism, 9, (w) =>
      sub(w, 1, (st) => {
        int32(st, 1, 5);
        str(st, 2, 'not found');
        sub(st, 3, (any) => {
          str(any, 1, 'type.googleapis.com/google.rpc.ErrorInfo');
          bytes(any, 2, Uint8Array.of(0x0a, 0x01, 0x78));
        });
      }),
    );
    const m = decodeAtalaMessage(prism.finish());
    expect(m.message).toBe('atalaErrorMessage');
    const status = m.atalaErrorMessage!.status!;
    expect([status.code, status.message]).toEqual([5, 'not found']);
    expect(status.details).toHaveLength(1);
    expect(status.details![0]!.type_url).toBe('type.googleapis.com/google.rpc.ErrorInfo');
    // and ours, read as PRISM reads it: field 9 -> field 1 (Status) -> code 1, message 2
    const ours = encodeAtalaMessage({ atalaErrorMessage: { status: { code: 3, message: 'bad' } } });
    const err = fields(one(ours, 9).value as Uint8Array);
    expect(err.map((f) => [f.field, f.wireType])).toEqual([[1, 2]]);
    const st = fields(err[0]!.value as Uint8Array);
    expect(st.map((f) => [f.field, f.wireType === 0 ? f.value : text(f.value)])).toEqual([
      [1, 3],
      [2, 'bad'],
    ]);
  });
});
