import { PROTOCOL_VERSION, REPLAY_WINDOW } from './constants.js';
import { ProtocolError } from './errors.js';
import { connector_e2e } from './gen/proto.js';
import { SecretBytes } from './secret.js';
import type { PendingRekey, ReceiveEpoch, SessionState } from './session.js';
import { decodeUntrusted, uint64ToNumber } from './wire.js';

/**
 * Serializes a SessionState with the storage schema (proto/storage.proto). The bytes hold
 * key material: the caller must encrypt them at rest (the plugin does, bound to the row).
 */
const store = connector_e2e.storage.v1;
export const SESSION_SCHEMA_VERSION = 1;

function bitmapBytes(seen: bigint): Uint8Array {
  const out = new Uint8Array(REPLAY_WINDOW / 8);
  let v = seen;
  for (let i = out.length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

function bitmapFrom(bytes: Uint8Array): bigint {
  if (bytes.length !== REPLAY_WINDOW / 8) throw new ProtocolError('state_corrupt', 'replay bitmap has the wrong size');
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

function rxRecord(rx: ReceiveEpoch) {
  return { epoch: rx.epoch, key: rx.key.expose(), next: rx.window.next, seen: bitmapBytes(rx.window.seen) };
}

function rxFrom(r: { epoch: number; key: Uint8Array; next: number; seen: Uint8Array }): ReceiveEpoch {
  if (r.key.length !== 32) throw new ProtocolError('state_corrupt', 'receive key has the wrong size');
  return { epoch: r.epoch, key: new SecretBytes(Uint8Array.from(r.key)), window: { next: r.next, seen: bitmapFrom(r.seen) } };
}

export function encodeSessionState(s: SessionState): Uint8Array {
  const p = s.pendingRekey;
  return store.SessionRecord.encode({
    schemaVersion: SESSION_SCHEMA_VERSION,
    connectionId: s.connectionId,
    role: s.role === 'issuer' ? 1 : 2,
    transcriptHash: s.transcriptHash,
    resyncKey: s.resyncKey.expose(),
    confirmed: s.confirmed,
    peerConfirmKey: s.peerConfirmKey?.expose() ?? new Uint8Array(0),
    epoch: s.epoch,
    sendKey: s.sendKey.expose(),
    sendNext: s.sendNext,
    sendReservedUntil: s.sendReservedUntil,
    receive: rxRecord(s.receive),
    previousReceive: s.previousReceive ? rxRecord(s.previousReceive) : null,
    controlSendSequence: s.controlSendSequence,
    controlReceiveSequence: s.controlReceiveSequence,
    resyncTimes: [...s.resyncTimes],
    peerReceiveNext: s.peerReceiveNext,
    mustRekey: s.mustRekey,
    rekeyMinEpoch: s.rekeyMinEpoch,
    pendingRekey: p
      ? {
          epoch: p.epoch,
          startedAt: p.startedAt,
          prekeyPrivate: p.prekeyPrivate?.expose() ?? new Uint8Array(0),
          prekeyPublic: p.prekeyPublic ?? new Uint8Array(0),
          sendKey: p.keys?.sendKey.expose() ?? new Uint8Array(0),
          receiveKey: p.keys?.receiveKey.expose() ?? new Uint8Array(0),
          confirmOwn: p.keys?.confirmOwn.expose() ?? new Uint8Array(0),
          confirmPeer: p.keys?.confirmPeer.expose() ?? new Uint8Array(0),
          transcriptHash: p.transcriptHash ?? new Uint8Array(0),
        }
      : null,
  }).finish();
}

function key(bytes: Uint8Array, what: string): SecretBytes {
  if (bytes.length !== 32) throw new ProtocolError('state_corrupt', `${what} has the wrong size`);
  return new SecretBytes(Uint8Array.from(bytes), what);
}

function u64(v: unknown, what: string): number {
  try {
    return uint64ToNumber(v, what);
  } catch (e) {
    throw new ProtocolError('state_corrupt', (e as Error).message);
  }
}

export function decodeSessionState(bytes: Uint8Array): SessionState {
  let r: ReturnType<typeof store.SessionRecord.decode>;
  try {
    r = decodeUntrusted(store.SessionRecord, bytes, 'SessionRecord');
  } catch (e) {
    throw new ProtocolError('state_corrupt', (e as Error).message, { cause: e });
  }
  if (r.schemaVersion !== SESSION_SCHEMA_VERSION) throw new ProtocolError('state_corrupt', `session schema ${r.schemaVersion} is not supported`);
  if (r.role !== 1 && r.role !== 2) throw new ProtocolError('state_corrupt', 'unknown role');
  if (!r.receive) throw new ProtocolError('state_corrupt', 'no receive state');
  const p = r.pendingRekey as typeof store.PendingRekeyRecord.prototype | null | undefined;
  let pendingRekey: PendingRekey | undefined;
  if (p) {
    pendingRekey = {
      epoch: p.epoch,
      startedAt: u64(p.startedAt, 'startedAt'),
      ...(p.prekeyPrivate.length ? { prekeyPrivate: key(p.prekeyPrivate, 'rekey pre-key'), prekeyPublic: Uint8Array.from(p.prekeyPublic) } : {}),
      ...(p.sendKey.length
        ? {
            keys: { sendKey: key(p.sendKey, 'send key'), receiveKey: key(p.receiveKey, 'receive key'), confirmOwn: key(p.confirmOwn, 'confirm key'), confirmPeer: key(p.confirmPeer, 'confirm key') },
            transcriptHash: Uint8Array.from(p.transcriptHash),
          }
        : {}),
    };
  }
  return {
    version: PROTOCOL_VERSION,
    connectionId: r.connectionId,
    role: r.role === 1 ? 'issuer' : 'holder',
    transcriptHash: Uint8Array.from(r.transcriptHash),
    resyncKey: key(r.resyncKey, 'resync key'),
    confirmed: r.confirmed,
    ...(r.peerConfirmKey.length ? { peerConfirmKey: key(r.peerConfirmKey, 'confirm key') } : {}),
    epoch: r.epoch,
    sendKey: key(r.sendKey, 'send key'),
    sendNext: r.sendNext,
    sendReservedUntil: r.sendReservedUntil,
    receive: rxFrom(r.receive as typeof store.ReceiveEpochRecord.prototype),
    ...(r.previousReceive ? { previousReceive: rxFrom(r.previousReceive as typeof store.ReceiveEpochRecord.prototype) } : {}),
    controlSendSequence: u64(r.controlSendSequence, 'controlSendSequence'),
    controlReceiveSequence: u64(r.controlReceiveSequence, 'controlReceiveSequence'),
    resyncTimes: r.resyncTimes.map((t) => u64(t, 'resyncTimes')),
    peerReceiveNext: r.peerReceiveNext,
    mustRekey: r.mustRekey,
    rekeyMinEpoch: r.rekeyMinEpoch,
    ...(pendingRekey ? { pendingRekey } : {}),
  };
}
