import { ProtocolError } from './errors.js';
import { WIRE_SHAPES } from './gen/wire-shapes.js';

/*
 * Strict decoding (docs/protocol.md 2, "Decoding untrusted protobuf"). The generated decoders
 * are lenient where protobuf implementations differ: they read a field whatever its wire type,
 * replace a singular sub-message that occurs twice instead of merging it, and decode invalid
 * UTF-8 with replacement characters. Two implementations must accept exactly the same messages,
 * so before decoding, every untrusted message is walked once against the schema and refused
 * (malformed_message) if it has:
 *   - a field number 0, a group (wire types 3, 4) or wire type 6 or 7;
 *   - a known field with another wire type than its type's (a repeated numeric field may also
 *     be packed, wire type 2, as proto3 parsers must accept);
 *   - a singular sub-message field, or two members of one oneof, more than once;
 *   - a string field that is not valid UTF-8;
 *   - a length or varint that runs past the end, or a varint longer than 10 bytes.
 * (The schema has no recursive message, so the recursion below is bounded by it.)
 * Unknown field numbers are skipped (and not kept); a repeated scalar is last-wins as usual.
 */

export interface FieldShape {
  readonly name: string;
  readonly kind: 'message' | 'string' | 'bytes' | 'scalar';
  /** The wire type of one element: 0 varint, 1 64-bit, 2 length-delimited, 5 32-bit. */
  readonly wire: 0 | 1 | 2 | 5;
  readonly repeated?: boolean;
  readonly message?: string;
  readonly oneof?: string;
}

export type WireShapes = Record<string, Record<string, FieldShape>>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fail(type: string, detail: string): never {
  throw new ProtocolError('malformed_message', `${type.split('.').pop()} does not decode strictly: ${detail}`);
}

/** A varint at `pos` (at most 10 bytes, inside `end`): its value (exact below 2^53, else only "large") and where it ends. */
function varint(bytes: Uint8Array, pos: number, end: number, type: string): [number, number] {
  let value = 0;
  for (let i = 0, scale = 1; i < 10; i++, scale *= 128) {
    if (pos >= end) fail(type, 'a varint runs past the end');
    const b = bytes[pos++]!;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, pos];
  }
  return fail(type, 'a varint longer than 10 bytes');
}

/** Where the value of wire type `wire` (not 2) starting at `pos` ends. */
function skipScalar(bytes: Uint8Array, wire: number, pos: number, end: number, type: string): number {
  const next = wire === 0 ? varint(bytes, pos, end, type)[1] : pos + (wire === 1 ? 8 : 4);
  if (next > end) fail(type, 'a fixed-size value runs past the end');
  return next;
}

/** Throws malformed_message unless `bytes` is a strict encoding of the message `type` (a full name, e.g. `connector_e2e.v1.Frame`). */
export function assertStrictEncoding(type: string, bytes: Uint8Array): void {
  const shape = WIRE_SHAPES[type];
  if (!shape) throw new TypeError(`assertStrictEncoding: unknown message type ${type}`);
  const end = bytes.length;
  const seenMessages = new Set<number>();
  const oneofMember = new Map<string, number>();
  let pos = 0;
  while (pos < end) {
    const [tag, afterTag] = varint(bytes, pos, end, type);
    pos = afterTag;
    const id = Math.floor(tag / 8);
    const wire = tag % 8;
    if (id === 0) fail(type, 'field number 0');
    if (id > 0x1fffffff) fail(type, 'a field number above 2^29 - 1');
    if (wire === 3 || wire === 4) fail(type, `field ${id} is a group`);
    if (wire > 5) fail(type, `field ${id} has wire type ${wire}`);
    const field = shape[id];
    const packed = field !== undefined && wire === 2 && field.repeated === true && field.kind === 'scalar';
    if (field && wire !== field.wire && !packed) fail(type, `field ${id} (${field.name}) has wire type ${wire}, not ${field.wire}`);
    if (field?.oneof) {
      const other = oneofMember.get(field.oneof);
      if (other !== undefined && other !== id) fail(type, `two members of oneof ${field.oneof} (fields ${other} and ${id})`);
      oneofMember.set(field.oneof, id);
    }
    if (wire !== 2) {
      pos = skipScalar(bytes, wire, pos, end, type); // unknown fields are skipped the same way
      continue;
    }
    const [length, start] = varint(bytes, pos, end, type);
    if (length > end - start) fail(type, `field ${id} runs past the end`);
    pos = start + length;
    if (!field) continue; // unknown: skipped
    const body = bytes.subarray(start, pos);
    if (field.kind === 'message') {
      if (!field.repeated) {
        if (seenMessages.has(id)) fail(type, `sub-message field ${id} (${field.name}) occurs twice`);
        seenMessages.add(id);
      }
      assertStrictEncoding(field.message!, body);
    } else if (field.kind === 'string') {
      try {
        utf8.decode(body);
      } catch {
        fail(type, `field ${id} (${field.name}) is not valid UTF-8`);
      }
    } else if (packed) {
      for (let p = 0; p < body.length; ) p = skipScalar(body, field.wire, p, body.length, type);
    }
  }
}
