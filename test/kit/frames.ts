/**
 * What kind of Frame a payload is, read from its first bytes as our encoder writes them
 * (`Frame { version = 1; ... }`: 08 01, then the body's tag), so a relay in a test can tell
 * records from control messages without decoding. Tests only: a receiver decodes strictly.
 */
const BODY_TAG = { handshake: 0x1a, record: 0x12, control: 0x22 } as const;

export type FrameKind = keyof typeof BODY_TAG;

export function frameKind(payload: Uint8Array): FrameKind | undefined {
  if (payload.length < 4 || payload[0] !== 0x08 || payload[1] !== 0x01) return undefined;
  return (Object.keys(BODY_TAG) as FrameKind[]).find((k) => BODY_TAG[k] === payload[2]);
}

export const isRecordFrame = (payload: Uint8Array): boolean => frameKind(payload) === 'record';
export const isControlFrame = (payload: Uint8Array): boolean => frameKind(payload) === 'control';
