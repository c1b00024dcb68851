import { ProtocolError } from './errors.js';
import { connector_e2e } from './gen/proto.js';
import { assertStrictEncoding } from './strict-wire.js';

/**
 * Generated static codecs (from proto/, by scripts/gen-proto.mjs) and the only sanctioned
 * way to decode untrusted bytes: `decodeUntrusted` turns every decoder failure into a
 * `malformed_message` ProtocolError.
 */
export const wire = connector_e2e.v1;

export type AtalaMessage = connector_e2e.v1.AtalaMessage;
export type AtalaMessageInput = connector_e2e.v1.AtalaMessage.$Properties;
export type EncryptedMessage = connector_e2e.v1.EncryptedMessage;
export type Frame = connector_e2e.v1.Frame;
export type FrameInput = connector_e2e.v1.Frame.$Properties;
export type HandshakeMessage = connector_e2e.v1.HandshakeMessage;
export type PreKeyBundle = connector_e2e.v1.PreKeyBundle;
export type X3dhInit = connector_e2e.v1.X3dhInit;
export type KeyConfirmation = connector_e2e.v1.KeyConfirmation;
export type DirectoryBundle = connector_e2e.v1.DirectoryBundle;
export type DirectoryInit = connector_e2e.v1.DirectoryInit;
export type SealedControl = connector_e2e.v1.SealedControl;
export type ControlMessage = connector_e2e.v1.ControlMessage;
export type ControlMessageInput = connector_e2e.v1.ControlMessage.$Properties;
export type InvitationMessage = connector_e2e.v1.Invitation;
export type RekeyRequest = connector_e2e.v1.RekeyRequest;
export type RekeyBundle = connector_e2e.v1.RekeyBundle;
export type RekeyInit = connector_e2e.v1.RekeyInit;
export type RekeyConfirmation = connector_e2e.v1.RekeyConfirmation;

interface Decoder<T> {
  decode(reader: Uint8Array): T;
  getTypeUrl(prefix?: string): string;
}

/**
 * Decodes untrusted bytes: first checked against the schema by the strict rules of
 * docs/protocol.md 2 (strict-wire.ts), then decoded; any failure is malformed_message.
 */
/** Each codec's full message name (`connector_e2e.v1.Frame`), computed once: decodes are on the hot path. */
const typeNames = new WeakMap<object, string>();

export function decodeUntrusted<T>(codec: Decoder<T>, bytes: unknown, what: string): T {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`${what}: expected Uint8Array`);
  let type = typeNames.get(codec);
  if (type === undefined) typeNames.set(codec, (type = codec.getTypeUrl('').slice(1))); // '/connector_e2e.v1.Frame'
  assertStrictEncoding(type, bytes);
  try {
    return codec.decode(bytes);
  } catch (e) {
    throw new ProtocolError('malformed_message', `${what} does not decode (${(e as Error).message})`, { cause: e });
  }
}

export function encodeFrame(frame: FrameInput): Uint8Array {
  return wire.Frame.encode({ version: 1, ...frame }).finish();
}

/** Decodes a frame received from the connector and checks its version and that it has a body. */
export function decodeFrame(bytes: Uint8Array): Frame {
  const frame = decodeUntrusted(wire.Frame, bytes, 'Frame');
  if (frame.version !== 1) throw new ProtocolError('unsupported_version', `frame version ${frame.version} (this implementation speaks 1)`);
  if (!frame.body) throw new ProtocolError('malformed_message', 'frame has no body');
  return frame;
}

export function encodeAtalaMessage(message: AtalaMessageInput): Uint8Array {
  return wire.AtalaMessage.encode(message).finish();
}

export function decodeAtalaMessage(bytes: Uint8Array): AtalaMessage {
  return decodeUntrusted(wire.AtalaMessage, bytes, 'AtalaMessage');
}

/**
 * protobufjs decodes 64-bit fields to `Long` objects when the `long` package is present and
 * to numbers otherwise. Converts either to a number, refusing values above 2^53 instead of
 * silently rounding them (they come from untrusted bytes).
 */
export function uint64ToNumber(value: unknown, what: string): number {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return value;
  } else if (value !== null && typeof value === 'object' && 'low' in value && 'high' in value) {
    const { low, high } = value as { low: number; high: number };
    const n = (high >>> 0) * 0x1_0000_0000 + (low >>> 0);
    if (Number.isSafeInteger(n)) return n;
  }
  throw new ProtocolError('malformed_message', `${what} is not an integer below 2^53`);
}
