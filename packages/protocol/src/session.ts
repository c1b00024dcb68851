import { assertUint32, lengthPrefixed } from './bytes.js';
import type { CipherSuite } from './suites.js';
import { MAX_CONNECTION_ID_LENGTH, PROTOCOL_VERSION, REKEY_SOFT_LIMIT } from './constants.js';
import type { EpochKeys, Role } from './key-schedule.js';
import { LABELS } from './labels.js';
import type { ReplayWindow } from './replay-window.js';
import { SecretBytes } from './secret.js';

export type Direction = 'issuer-to-holder' | 'holder-to-issuer';

/** AAD direction byte. */
export const DIRECTION_BYTE: Record<Direction, number> = { 'issuer-to-holder': 1, 'holder-to-issuer': 2 };

export function sendDirection(role: Role): Direction {
  return role === 'issuer' ? 'issuer-to-holder' : 'holder-to-issuer';
}

export function receiveDirection(role: Role): Direction {
  return role === 'issuer' ? 'holder-to-issuer' : 'issuer-to-holder';
}

/** One of the peer's sending keys (sending-key.ts) with its anti-replay window. */
export interface ReceiveKey {
  readonly keyId: Uint8Array;
  readonly key: SecretBytes;
  readonly window: ReplayWindow;
}

/**
 * Receive side of one epoch: the peer's direction key, the sending keys it announced (newest
 * first), and the epoch's control key (it opens, and for the current epoch also seals, the
 * control messages of the epoch).
 */
export interface ReceiveEpoch {
  readonly epoch: number;
  readonly chainKey: SecretBytes;
  readonly controlKey: SecretBytes;
  readonly keys: readonly ReceiveKey[];
}

/**
 * The key this process seals with (sending-key.ts). It lives only in memory: a stored state
 * never carries one, so a state restored from storage cannot seal until it derived a new one.
 */
export interface SendingKey {
  readonly epoch: number;
  readonly keyId: Uint8Array;
  readonly key: SecretBytes;
  /** Next counter to seal with under this key; counters start at 0 under every key. */
  readonly next: number;
}

/** A rekey in progress (see control.ts, rekey). Private parts are SecretBytes. */
export interface PendingRekey {
  readonly epoch: number;
  /** The epoch whose root key the new one chains from (0: a re-root from the connection root). */
  readonly baseEpoch: number;
  readonly startedAt: number; // unix ms
  /** Issuer: its fresh pre-key pair, waiting for the holder's RekeyInit. */
  readonly prekeyPrivate?: SecretBytes;
  readonly prekeyPublic?: Uint8Array;
  /** Holder: keys derived when it sent RekeyInit, installed on the issuer's confirmation. */
  readonly keys?: EpochKeys;
  readonly transcriptHash?: Uint8Array;
  /** Holder: sending keys the issuer announced for the new epoch before the holder installed it. */
  readonly receiveKeys?: readonly ReceiveKey[];
}

/**
 * The complete state of one end of a connection. Immutable: every operation returns a
 * new state, and the caller persists it (see docs/protocol.md §State machine). Key
 * material is wrapped in SecretBytes and never shows in logs or JSON.
 */
export interface SessionState {
  readonly version: typeof PROTOCOL_VERSION;
  readonly connectionId: string;
  readonly role: Role;
  /** The peer's DID: its signature authenticates every rekey message (13). */
  readonly peerDid: string;
  /** Epoch-0 transcript hash: the session's identity in every later derivation. */
  readonly transcriptHash: Uint8Array;
  /** The records' cipher suite, fixed by the invitation (24). */
  readonly suite: CipherSuite;
  /**
   * Epoch 0's root and control keys, kept for the session's lifetime: the control key seals
   * the (DID-signed) rekey messages, so two parties whose epochs diverged (a restore) can
   * still rekey; a re-root (base epoch 0) chains from the root key.
   */
  readonly connectionKeys: { readonly root: SecretBytes; readonly control: SecretBytes };
  /** Holder: false until the issuer's key confirmation verified. No record is sealed or opened before. */
  readonly confirmed: boolean;
  /** Holder, until confirmed: the key that authenticates the issuer's KeyConfirmation. */
  readonly peerConfirmKey?: SecretBytes;

  readonly epoch: number;
  /** This party's direction key of `epoch`: every sending key of the epoch derives from it. */
  readonly sendChainKey: SecretBytes;
  /** RK of `epoch`: the next rekey's secret is salted with it, chaining the epochs. */
  readonly rootKey: SecretBytes;
  /** The sending key of this process life, once started (never stored). */
  readonly sending?: SendingKey;
  readonly receive: ReceiveEpoch;
  /** The epoch before the last rekey, kept for records still in flight. */
  readonly previousReceive?: ReceiveEpoch;

  readonly controlSendSequence: number;
  readonly controlReceiveSequence: number;
  /** Unix ms of recently applied counter resyncs (rate limit). */
  readonly resyncTimes: readonly number[];
  /** Set when the peer is in a later epoch than ours (this state was restored from older data): seal refuses until rekeyed. */
  readonly mustRekey: boolean;
  /** Lowest epoch the next rekey may use (peer reported a higher epoch than ours). */
  readonly rekeyMinEpoch: number;
  readonly pendingRekey?: PendingRekey;
}

export interface NewSessionArgs {
  connectionId: string;
  role: Role;
  peerDid: string;
  transcriptHash: Uint8Array;
  /** The invitation's suite (bound into the transcript through the invitation hash). */
  suite: CipherSuite;
  keys: EpochKeys;
  confirmed: boolean;
}

export function assertConnectionId(connectionId: unknown, label = 'connectionId'): asserts connectionId is string {
  if (typeof connectionId !== 'string' || connectionId.length === 0 || connectionId.length > MAX_CONNECTION_ID_LENGTH) {
    throw new TypeError(`${label}: expected a non-empty string of at most ${MAX_CONNECTION_ID_LENGTH} characters`);
  }
}

export function newSession(args: NewSessionArgs): SessionState {
  assertConnectionId(args.connectionId);
  return Object.freeze({
    version: PROTOCOL_VERSION,
    connectionId: args.connectionId,
    role: args.role,
    peerDid: args.peerDid,
    transcriptHash: args.transcriptHash,
    suite: args.suite,
    connectionKeys: { root: args.keys.root, control: args.keys.control },
    confirmed: args.confirmed,
    ...(args.confirmed ? {} : { peerConfirmKey: args.keys.confirmPeer }),
    epoch: 0,
    sendChainKey: args.keys.sendChain,
    rootKey: args.keys.root,
    receive: { epoch: 0, chainKey: args.keys.receiveChain, controlKey: args.keys.control, keys: [] },
    controlSendSequence: 0,
    controlReceiveSequence: 0,
    resyncTimes: [],
    mustRekey: false,
    rekeyMinEpoch: 0,
  });
}

/** The state without its sending key: what is stored, and what a new process life starts from. */
export function withoutSendingKey(state: SessionState): SessionState {
  if (!state.sending) return state;
  const { sending: _s, ...rest } = state;
  return rest;
}

/** True once policy should rekey the epoch: the peer is in a later epoch (a restore) or an epoch's receive counters near the soft limit. */
export function needsRekey(state: SessionState): boolean {
  return state.mustRekey || state.receive.keys.some((k) => k.window.next >= REKEY_SOFT_LIMIT);
}

/** AAD = lp(label, version, epoch, direction, key_id, connection_id): binds every record to its context. */
export function recordAad(connectionId: string, epoch: number, direction: Direction, keyId: Uint8Array): Uint8Array {
  assertUint32(epoch, 'epoch');
  return lengthPrefixed(
    LABELS.recordAad,
    Uint8Array.of(PROTOCOL_VERSION),
    Uint8Array.of(epoch >>> 24, (epoch >>> 16) & 0xff, (epoch >>> 8) & 0xff, epoch & 0xff),
    Uint8Array.of(DIRECTION_BYTE[direction]),
    keyId,
    connectionId,
  );
}

/** A public, secret-free summary for logs, UIs and metrics. */
export function describeSession(state: SessionState): {
  connectionId: string;
  role: Role;
  epoch: number;
  confirmed: boolean;
  /** Next counter under this process's sending key (0 before it started one). */
  sendNext: number;
  /** One past the highest counter accepted under the peer's newest sending key of the receive epoch. */
  receiveNext: number;
  mustRekey: boolean;
  rekeyPending: boolean;
} {
  return {
    connectionId: state.connectionId,
    role: state.role,
    epoch: state.epoch,
    confirmed: state.confirmed,
    sendNext: state.sending?.epoch === state.epoch ? state.sending.next : 0,
    receiveNext: state.receive.keys[0]?.window.next ?? 0,
    mustRekey: state.mustRekey,
    rekeyPending: state.pendingRekey !== undefined,
  };
}

export { SecretBytes };
