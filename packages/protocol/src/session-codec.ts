import { MAX_RECEIVE_KEYS, PROTOCOL_VERSION, REPLAY_WINDOW, SENDING_KEY_ID_BYTES } from './constants.js';
import { suiteFromWire, suiteToWire } from './suites.js';
import { ProtocolError } from './errors.js';
import { connector_e2e } from './gen/proto.js';
import { SecretBytes } from './secret.js';
import type { PendingRekey, ReceiveEpoch, ReceiveKey, SessionState } from './session.js';
import { decodeUntrusted, uint64ToNumber } from './wire.js';

/**
 * Serializes a SessionState with the storage schema (proto/storage.proto). The bytes hold
 * key material: the caller must encrypt them at rest (the plugin does, bound to the row).
 */
const store = connector_e2e.storage.v1;
/**
 * 3: root-chained epochs (root and control key per epoch, the connection's epoch-0 keys, the
 * peer's DID). 2: sending keys. Older schemas are refused as state_corrupt: a schema-2 state
 * lacks the epoch-0 root key, which only the handshake secret gives, so it cannot be upgraded;
 * such a connection is set up again.
 */
export const SESSION_SCHEMA_VERSION = 3;

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

function keyRecord(k: ReceiveKey) {
  return { keyId: k.keyId, key: k.key.expose(), next: k.window.next, seen: bitmapBytes(k.window.seen) };
}

function keyFrom(r: { keyId: Uint8Array; key: Uint8Array; next: number; seen: Uint8Array }): ReceiveKey {
  if (r.keyId.length !== SENDING_KEY_ID_BYTES) throw new ProtocolError('state_corrupt', 'receive key id has the wrong size');
  return { keyId: Uint8Array.from(r.keyId), key: key(r.key, 'receive key'), window: { next: r.next, seen: bitmapFrom(r.seen) } };
}

function keysFrom(list: readonly { keyId: Uint8Array; key: Uint8Array; next: number; seen: Uint8Array }[]): ReceiveKey[] {
  if (list.length > MAX_RECEIVE_KEYS) throw new ProtocolError('state_corrupt', `more than ${MAX_RECEIVE_KEYS} receive keys in one epoch`);
  return list.map((r) => keyFrom(r));
}

function rxRecord(rx: ReceiveEpoch) {
  return { epoch: rx.epoch, chainKey: rx.chainKey.expose(), controlKey: rx.controlKey.expose(), keys: rx.keys.map(keyRecord) };
}

function rxFrom(r: { epoch: number; chainKey: Uint8Array; controlKey: Uint8Array; keys: unknown[] }): ReceiveEpoch {
  return {
    epoch: r.epoch,
    chainKey: key(r.chainKey, 'receive chain key'),
    controlKey: key(r.controlKey, 'control key'),
    keys: keysFrom(r.keys as (typeof store.ReceiveKeyRecord.prototype)[]),
  };
}

/** Encodes the state for storage. The sending key is left out: no stored state can seal (sending-key.ts). */
export function encodeSessionState(s: SessionState): Uint8Array {
  const p = s.pendingRekey;
  return store.SessionRecord.encode({
    schemaVersion: SESSION_SCHEMA_VERSION,
    connectionId: s.connectionId,
    role: s.role === 'issuer' ? 1 : 2,
    transcriptHash: s.transcriptHash,
    peerDid: s.peerDid,
    suite: suiteToWire(s.suite),
    connectionControlKey: s.connectionKeys.control.expose(),
    connectionRootKey: s.connectionKeys.root.expose(),
    rootKey: s.rootKey.expose(),
    confirmed: s.confirmed,
    peerConfirmKey: s.peerConfirmKey?.expose() ?? new Uint8Array(0),
    epoch: s.epoch,
    sendChainKey: s.sendChainKey.expose(),
    receive: rxRecord(s.receive),
    previousReceive: s.previousReceive ? rxRecord(s.previousReceive) : null,
    controlSendSequence: s.controlSendSequence,
    controlReceiveSequence: s.controlReceiveSequence,
    resyncTimes: [...s.resyncTimes],
    mustRekey: s.mustRekey,
    rekeyMinEpoch: s.rekeyMinEpoch,
    pendingRekey: p
      ? {
          epoch: p.epoch,
          baseEpoch: p.baseEpoch,
          startedAt: p.startedAt,
          prekeyPrivate: p.prekeyPrivate?.expose() ?? new Uint8Array(0),
          prekeyPublic: p.prekeyPublic ?? new Uint8Array(0),
          sendKey: p.keys?.sendChain.expose() ?? new Uint8Array(0),
          receiveKey: p.keys?.receiveChain.expose() ?? new Uint8Array(0),
          confirmOwn: p.keys?.confirmOwn.expose() ?? new Uint8Array(0),
          confirmPeer: p.keys?.confirmPeer.expose() ?? new Uint8Array(0),
          rootKey: p.keys?.root.expose() ?? new Uint8Array(0),
          controlKey: p.keys?.control.expose() ?? new Uint8Array(0),
          transcriptHash: p.transcriptHash ?? new Uint8Array(0),
          receiveKeys: (p.receiveKeys ?? []).map(keyRecord),
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
  if (r.peerDid.length === 0) throw new ProtocolError('state_corrupt', 'no peer DID');
  // (States stored before suites existed read 0: AES-256-GCM, the only suite then.)
  const suite = suiteFromWire(r.suite);
  if (!suite) throw new ProtocolError('state_corrupt', `cipher suite ${r.suite} is not known`);
  const p = r.pendingRekey as typeof store.PendingRekeyRecord.prototype | null | undefined;
  let pendingRekey: PendingRekey | undefined;
  if (p) {
    pendingRekey = {
      epoch: p.epoch,
      baseEpoch: p.baseEpoch,
      startedAt: u64(p.startedAt, 'startedAt'),
      ...(p.prekeyPrivate.length ? { prekeyPrivate: key(p.prekeyPrivate, 'rekey pre-key'), prekeyPublic: Uint8Array.from(p.prekeyPublic) } : {}),
      ...(p.sendKey.length
        ? {
            keys: {
              sendChain: key(p.sendKey, 'send chain key'),
              receiveChain: key(p.receiveKey, 'receive chain key'),
              confirmOwn: key(p.confirmOwn, 'confirm key'),
              confirmPeer: key(p.confirmPeer, 'confirm key'),
              root: key(p.rootKey, 'root key'),
              control: key(p.controlKey, 'control key'),
            },
            transcriptHash: Uint8Array.from(p.transcriptHash),
            receiveKeys: keysFrom(p.receiveKeys as typeof store.ReceiveKeyRecord.prototype[]),
          }
        : {}),
    };
  }
  return {
    version: PROTOCOL_VERSION,
    connectionId: r.connectionId,
    role: r.role === 1 ? 'issuer' : 'holder',
    peerDid: r.peerDid,
    transcriptHash: Uint8Array.from(r.transcriptHash),
    suite,
    connectionKeys: { root: key(r.connectionRootKey, 'connection root key'), control: key(r.connectionControlKey, 'connection control key') },
    confirmed: r.confirmed,
    ...(r.peerConfirmKey.length ? { peerConfirmKey: key(r.peerConfirmKey, 'confirm key') } : {}),
    epoch: r.epoch,
    sendChainKey: key(r.sendChainKey, 'send chain key'),
    rootKey: key(r.rootKey, 'root key'),
    receive: rxFrom(r.receive as typeof store.ReceiveEpochRecord.prototype),
    ...(r.previousReceive ? { previousReceive: rxFrom(r.previousReceive as typeof store.ReceiveEpochRecord.prototype) } : {}),
    controlSendSequence: u64(r.controlSendSequence, 'controlSendSequence'),
    controlReceiveSequence: u64(r.controlReceiveSequence, 'controlReceiveSequence'),
    resyncTimes: r.resyncTimes.map((t) => u64(t, 'resyncTimes')),
    mustRekey: r.mustRekey,
    rekeyMinEpoch: r.rekeyMinEpoch,
    ...(pendingRekey ? { pendingRekey } : {}),
  };
}
