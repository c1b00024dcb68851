import { assertUint32, lengthPrefixed } from './bytes.js';
import { MAX_CONNECTION_ID_LENGTH, MAX_COUNTER, MAX_RESERVATION, PROTOCOL_VERSION, REKEY_SOFT_LIMIT } from './constants.js';
import { ProtocolError } from './errors.js';
import type { EpochKeys, Role } from './key-schedule.js';
import { LABELS } from './labels.js';
import { EMPTY_WINDOW, type ReplayWindow } from './replay-window.js';
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

/** Receive side of one epoch. */
export interface ReceiveEpoch {
  readonly epoch: number;
  readonly key: SecretBytes;
  readonly window: ReplayWindow;
}

/** A rekey in progress (see control.ts, rekey). Private parts are SecretBytes. */
export interface PendingRekey {
  readonly epoch: number;
  readonly startedAt: number; // unix ms
  /** Issuer: its fresh pre-key pair, waiting for the holder's RekeyInit. */
  readonly prekeyPrivate?: SecretBytes;
  readonly prekeyPublic?: Uint8Array;
  /** Holder: keys derived when it sent RekeyInit, installed on the issuer's confirmation. */
  readonly keys?: EpochKeys;
  readonly transcriptHash?: Uint8Array;
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
  /** Epoch-0 transcript hash: the session's identity in every later derivation. */
  readonly transcriptHash: Uint8Array;
  readonly resyncKey: SecretBytes;
  /** Holder: false until the issuer's key confirmation verified. No record is sealed or opened before. */
  readonly confirmed: boolean;
  /** Holder, until confirmed: the key that authenticates the issuer's KeyConfirmation. */
  readonly peerConfirmKey?: SecretBytes;

  readonly epoch: number;
  readonly sendKey: SecretBytes;
  /** Next counter to seal with. */
  readonly sendNext: number;
  /** Counters below this are durably reserved by the caller; sealing needs sendNext < sendReservedUntil. */
  readonly sendReservedUntil: number;
  readonly receive: ReceiveEpoch;
  /** The epoch before the last rekey, kept for records still in flight. */
  readonly previousReceive?: ReceiveEpoch;

  readonly controlSendSequence: number;
  readonly controlReceiveSequence: number;
  /** Unix ms of recently applied counter resyncs (rate limit). */
  readonly resyncTimes: readonly number[];
  /** Peer's reported receive position for our send direction in our send epoch (acks, status). */
  readonly peerReceiveNext: number;
  /** Set when this state is known or suspected to be restored from older data: seal refuses until rekeyed. */
  readonly mustRekey: boolean;
  /** Lowest epoch the next rekey may use (peer reported a higher epoch than ours). */
  readonly rekeyMinEpoch: number;
  readonly pendingRekey?: PendingRekey;
}

export interface NewSessionArgs {
  connectionId: string;
  role: Role;
  transcriptHash: Uint8Array;
  keys: EpochKeys;
  resyncKey: SecretBytes;
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
    transcriptHash: args.transcriptHash,
    resyncKey: args.resyncKey,
    confirmed: args.confirmed,
    ...(args.confirmed ? {} : { peerConfirmKey: args.keys.confirmPeer }),
    epoch: 0,
    sendKey: args.keys.sendKey,
    sendNext: 0,
    sendReservedUntil: 0,
    receive: { epoch: 0, key: args.keys.receiveKey, window: EMPTY_WINDOW },
    controlSendSequence: 0,
    controlReceiveSequence: 0,
    resyncTimes: [],
    peerReceiveNext: 0,
    mustRekey: false,
    rekeyMinEpoch: 0,
  });
}

export interface Reservation {
  /** First counter of the block (inclusive). */
  readonly from: number;
  /** End of the block (exclusive). */
  readonly until: number;
}

/**
 * Reserves the next `count` send counters. Persist the returned state (durably, with a
 * compare-and-swap on `sendReservedUntil`) *before* sealing with any of them. After a crash
 * the caller resumes from the persisted `sendReservedUntil`, burning the unused rest of the
 * block: burning counters is safe, reusing them never is.
 */
export function reserveCounters(state: SessionState, count: number): { state: SessionState; reservation: Reservation } {
  if (!Number.isInteger(count) || count < 1 || count > MAX_RESERVATION) {
    throw new RangeError(`count: expected an integer in [1, ${MAX_RESERVATION}], got ${count}`);
  }
  const from = Math.max(state.sendNext, state.sendReservedUntil);
  const until = from + count;
  if (until > MAX_COUNTER) throw new ProtocolError('counter_exhausted', `epoch ${state.epoch} has no counters left; rekey`);
  return { state: { ...state, sendNext: from, sendReservedUntil: until }, reservation: { from, until } };
}

/**
 * Resumes a state loaded from storage after a restart: counters that were reserved but may
 * have been used by the crashed process are skipped (sendNext jumps to sendReservedUntil).
 * Returns whether counters were skipped, in which case the caller should send a counter resync
 * if the jump exceeds the receiver's look-ahead.
 */
export function resumeAfterRestart(state: SessionState): { state: SessionState; skipped: number } {
  const skipped = state.sendReservedUntil - state.sendNext;
  if (skipped === 0) return { state, skipped };
  return { state: { ...state, sendNext: state.sendReservedUntil }, skipped };
}

/** True once policy should rekey: the soft counter limit is near, or a restore was detected. */
export function needsRekey(state: SessionState): boolean {
  return state.mustRekey || state.sendNext >= REKEY_SOFT_LIMIT || state.receive.window.next >= REKEY_SOFT_LIMIT;
}

/** AAD = lp(label, version, epoch, direction, connection_id): binds every record to its context. */
export function recordAad(connectionId: string, epoch: number, direction: Direction): Uint8Array {
  assertUint32(epoch, 'epoch');
  return lengthPrefixed(
    LABELS.recordAad,
    Uint8Array.of(PROTOCOL_VERSION),
    Uint8Array.of(epoch >>> 24, (epoch >>> 16) & 0xff, (epoch >>> 8) & 0xff, epoch & 0xff),
    Uint8Array.of(DIRECTION_BYTE[direction]),
    connectionId,
  );
}

/** A public, secret-free summary for logs, UIs and metrics. */
export function describeSession(state: SessionState): {
  connectionId: string;
  role: Role;
  epoch: number;
  confirmed: boolean;
  sendNext: number;
  sendReservedUntil: number;
  receiveNext: number;
  mustRekey: boolean;
  rekeyPending: boolean;
} {
  return {
    connectionId: state.connectionId,
    role: state.role,
    epoch: state.epoch,
    confirmed: state.confirmed,
    sendNext: state.sendNext,
    sendReservedUntil: state.sendReservedUntil,
    receiveNext: state.receive.window.next,
    mustRekey: state.mustRekey,
    rekeyPending: state.pendingRekey !== undefined,
  };
}

export { SecretBytes };
