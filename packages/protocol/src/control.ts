import { equalBytes } from './bytes.js';
import { MAX_COUNTER, MAX_RECEIPT_JWS_LENGTH, MAX_RESYNC_JUMP, RESYNC_RATE_LIMIT, MAX_RECEIVE_KEYS, RESYNC_RATE_WINDOW_MS, SENDING_KEY_ID_BYTES } from './constants.js';
import { openControl, sealControl } from './control-channel.js';
import { ProtocolError } from './errors.js';
import type { CryptoProvider } from './providers/types.js';
import { onRekeyBundle, onRekeyConfirmation, onRekeyInit, onRekeyRequest, type RekeyAuth, type RekeyEvent } from './rekey.js';
import { advanceTo } from './replay-window.js';
import { announcement, applySendingKey, findReceiveKey, newSendingKey } from './sending-key.js';
import type { SendingKey, SessionState } from './session.js';
import type { RekeyBundle, RekeyConfirmation, RekeyInit, RekeyRequest, SealedControl, wire } from './wire.js';

/*
 * What travels on the control channel (control-channel.ts seals and opens it): sending-key
 * announcements (9.2), counter resyncs (11), status reports (12), the close of a connection
 * (12.3), the rekey messages (rekey.ts, 13) and delivery receipts (receipt.ts, 26).
 */

/**
 * Draws this process's sending key for the current epoch (sending-key.ts) and seals its
 * announcement. The caller stores the returned state's control sequence, keeps the sending key
 * in memory only, and sends the announcement before any record sealed under the key.
 */
export function startSendingKey(crypto: CryptoProvider, state: SessionState, now: number): { state: SessionState; sealed: SealedControl; sending: SendingKey } {
  if (!state.confirmed) throw new ProtocolError('not_confirmed', 'the peer has not confirmed the session keys yet');
  const sending = newSendingKey(crypto, state);
  const announced = sealControl(crypto, { ...state, sending }, announcement(sending), now);
  return { ...announced, sending };
}

/**
 * Announces the current sending key again (its first announcement was lost, or the peer
 * dropped it): the same key id, a new control sequence.
 */
export function announceSendingKey(crypto: CryptoProvider, state: SessionState, now: number): { state: SessionState; sealed: SealedControl } {
  if (!state.sending || state.sending.epoch !== state.epoch) throw new ProtocolError('no_sending_key', `no sending key for epoch ${state.epoch} to announce`);
  return sealControl(crypto, state, announcement(state.sending), now);
}

/**
 * "Expect my records in `epoch` under sending key `keyId` from counter `nextCounter` on". By
 * default the current sending key's next counter. A sender that learns its peer's receive
 * position is too far behind its oldest unacknowledged record to open it (the peer was
 * restored from older data, or records were lost beyond the look-ahead) names that record
 * instead. It never names a counter above the key's next one: the peer would skip records
 * still to come.
 */
export function createCounterResync(
  crypto: CryptoProvider,
  state: SessionState,
  now: number,
  target?: { epoch: number; keyId: Uint8Array; nextCounter: number },
): { state: SessionState; sealed: SealedControl } {
  const sending = state.sending;
  if (!target) {
    if (!sending || sending.epoch !== state.epoch) throw new ProtocolError('no_sending_key', `no sending key for epoch ${state.epoch} to resync`);
    target = { epoch: sending.epoch, keyId: sending.keyId, nextCounter: sending.next };
  }
  if (!Number.isSafeInteger(target.epoch) || target.epoch < 0 || target.epoch > state.epoch) {
    throw new RangeError(`resync epoch: expected an integer in [0, ${state.epoch}], got ${target.epoch}`);
  }
  if (!(target.keyId instanceof Uint8Array) || target.keyId.length !== SENDING_KEY_ID_BYTES) throw new TypeError(`resync keyId: expected ${SENDING_KEY_ID_BYTES} bytes`);
  const current = sending && sending.epoch === target.epoch && equalBytes(sending.keyId, target.keyId);
  const limit = current ? sending.next : MAX_COUNTER - 1;
  if (!Number.isSafeInteger(target.nextCounter) || target.nextCounter < 0 || target.nextCounter > limit) {
    throw new RangeError(`resync nextCounter: expected an integer in [0, ${limit}], got ${target.nextCounter}`);
  }
  return sealControl(crypto, state, { resync: { epoch: target.epoch, keyId: target.keyId, nextCounter: target.nextCounter } }, now);
}

/**
 * Applies a peer's counter resync: forward only, bounded, rate limited. It moves the window of
 * one of the peer's sending keys in the current receive epoch, or in the previous one (records
 * of the epoch before a rekey may still be on their way).
 */
export function applyCounterResync(state: SessionState, resync: { epoch: number; keyId: Uint8Array; nextCounter: number }, now: number): SessionState {
  if (resync.epoch !== state.receive.epoch && resync.epoch !== state.previousReceive?.epoch) {
    const known = state.previousReceive ? `${state.receive.epoch} (and ${state.previousReceive.epoch})` : `${state.receive.epoch}`;
    throw new ProtocolError('epoch_mismatch', `resync is for epoch ${resync.epoch}, receiving in ${known}`);
  }
  if (!(resync.keyId instanceof Uint8Array) || resync.keyId.length !== SENDING_KEY_ID_BYTES) throw new ProtocolError('malformed_message', `resync key id must be ${SENDING_KEY_ID_BYTES} bytes`);
  const at = findReceiveKey(state, resync.epoch, resync.keyId);
  if (!at) throw new ProtocolError('unknown_key', `resync names a sending key of epoch ${resync.epoch} that was not announced (or was dropped)`);
  const rx = state[at.which]!;
  const rk = rx.keys[at.index]!;
  if (resync.nextCounter <= rk.window.next) {
    throw new ProtocolError('resync_backwards', `resync to ${resync.nextCounter} would not move expectation forward from ${rk.window.next}`);
  }
  if (resync.nextCounter - rk.window.next > MAX_RESYNC_JUMP) {
    throw new ProtocolError('resync_out_of_range', `resync jump of ${resync.nextCounter - rk.window.next} exceeds MAX_RESYNC_JUMP (${MAX_RESYNC_JUMP}); start a new sending key instead`);
  }
  const recent = state.resyncTimes.filter((t) => now - t < RESYNC_RATE_WINDOW_MS);
  if (recent.length >= RESYNC_RATE_LIMIT) {
    throw new ProtocolError('resync_rate_limited', `${recent.length} resyncs in the last ${RESYNC_RATE_WINDOW_MS / 1000} s`);
  }
  const keys = rx.keys.map((k, i) => (i === at.index ? { ...k, window: advanceTo(k.window, resync.nextCounter) } : k));
  return { ...state, [at.which]: { ...rx, keys }, resyncTimes: [...recent, now] };
}

export function createStatusReport(crypto: CryptoProvider, state: SessionState, now: number, replyRequested = false): { state: SessionState; sealed: SealedControl } {
  const sending = state.sending?.epoch === state.epoch ? state.sending : undefined;
  return sealControl(
    crypto,
    state,
    {
      status: {
        epoch: state.epoch,
        sendKeyId: sending?.keyId ?? new Uint8Array(0),
        sendNext: sending?.next ?? 0,
        receiveEpoch: state.receive.epoch,
        receiveKeys: state.receive.keys.map((k) => ({ keyId: k.keyId, next: k.window.next })),
        replyRequested,
      },
    },
    now,
  );
}

/** Longest `reason` of a ConnectionClose, in UTF-8 bytes (12.3). */
export const MAX_CLOSE_REASON_BYTES = 256;

/**
 * "I have ended this connection" (12.3): sealed under the current epoch's control key like every
 * control message, so only the peer can send it. The caller ends the connection on its side in
 * the same transaction that queues this message, and sends it before it revokes the connection
 * at the connector.
 */
export function createConnectionClose(crypto: CryptoProvider, state: SessionState, now: number, reason = ''): { state: SessionState; sealed: SealedControl } {
  if (typeof reason !== 'string' || new TextEncoder().encode(reason).length > MAX_CLOSE_REASON_BYTES) throw new RangeError(`close reason: expected a string of at most ${MAX_CLOSE_REASON_BYTES} UTF-8 bytes`);
  return sealControl(crypto, state, { close: { reason } }, now);
}

/**
 * A signed delivery receipt (26, signed by receipt.ts's `signReceipt`), sealed under the current
 * epoch's control key. The caller queues it in the transaction that stored the record it names.
 */
export function createDeliveryReceipt(crypto: CryptoProvider, state: SessionState, now: number, jwt: string): { state: SessionState; sealed: SealedControl } {
  if (typeof jwt !== 'string' || jwt.length === 0 || jwt.length > MAX_RECEIPT_JWS_LENGTH) throw new RangeError(`receipt: expected a JWS of 1 to ${MAX_RECEIPT_JWS_LENGTH} characters`);
  return sealControl(crypto, state, { receipt: { jwt } }, now);
}

/**
 * The peer reports an epoch (its send or receive epoch). If it knows an epoch above ours that
 * is not our own pending rekey, our state is older than what we already took part in: we were
 * restored from a backup or snapshot. No (key, IV) pair is at risk (every process life seals
 * under a fresh sending key), but the peer no longer holds the keys of our epoch, so sealing
 * refuses (`rekey_required`) until a rekey to an epoch above the peer's.
 */
export function notePeerEpoch(state: SessionState, ...epochs: number[]): { state: SessionState; restored: boolean } {
  const pendingEpoch = state.pendingRekey?.epoch;
  const ahead = epochs.filter((e) => e > state.epoch && e !== pendingEpoch);
  if (ahead.length === 0) return { state, restored: false };
  const minEpoch = Math.max(state.rekeyMinEpoch, state.epoch + 1, ...ahead.map((e) => e + 1));
  return { state: { ...state, mustRekey: true, rekeyMinEpoch: minEpoch }, restored: true };
}

export type ControlEvent =
  | { type: 'sending-key'; epoch: number; keyId: Uint8Array }
  | { type: 'resync'; epoch: number; keyId: Uint8Array; nextCounter: number }
  /** The peer ended the connection (12.3). */
  | { type: 'close'; reason: string }
  /**
   * A delivery receipt (26), not verified yet: the caller verifies it (receipt.ts's
   * `verifyReceipt`, against what it sent) before it keeps it or commits this state.
   */
  | { type: 'receipt'; jwt: string }
  /**
   * The peer's report as received: its sending key (`sendKeyId`, empty for none), and the
   * sending keys of ours it holds in `receiveEpoch`, newest first, each with one past the
   * highest counter it accepted under it (`next`).
   */
  | {
      type: 'status';
      restored: boolean;
      replyRequested: boolean;
      epoch: number;
      sendKeyId: Uint8Array;
      receiveEpoch: number;
      receiveKeys: readonly { keyId: Uint8Array; next: number }[];
    }
  | RekeyEvent;

export interface ControlResult {
  readonly state: SessionState;
  readonly event: ControlEvent;
  /** A control message to send back (rekey steps, status answers). */
  readonly reply?: SealedControl;
}

/**
 * Opens and applies one control message. Like `open`, it works on a copy: on any error the
 * input state is unchanged; on success the caller persists the returned state, then sends the
 * reply. `auth` signs and verifies the rekey messages (DID keys); other messages do not use it.
 */
export async function receiveControl(crypto: CryptoProvider, state: SessionState, sealed: SealedControl, now: number, auth: RekeyAuth): Promise<ControlResult> {
  const opened = openControl(crypto, state, sealed, now);
  const s = opened.state;
  const m = opened.message;
  switch (m.body) {
    case 'sendingKey': {
      const r = m.sendingKey as typeof wire.SendingKey.prototype;
      return { state: applySendingKey(crypto, s, r), event: { type: 'sending-key', epoch: r.epoch, keyId: r.keyId } };
    }
    case 'resync': {
      const r = m.resync as typeof wire.CounterResync.prototype;
      return { state: applyCounterResync(s, r, now), event: { type: 'resync', epoch: r.epoch, keyId: r.keyId, nextCounter: r.nextCounter } };
    }
    case 'status': {
      const r = m.status as typeof wire.StatusReport.prototype;
      if (r.sendKeyId.length !== 0 && r.sendKeyId.length !== SENDING_KEY_ID_BYTES) throw new ProtocolError('malformed_message', 'status send key id has the wrong length');
      const receiveKeys = (r.receiveKeys ?? []) as { keyId: Uint8Array; next: number }[];
      if (receiveKeys.length > MAX_RECEIVE_KEYS || receiveKeys.some((k) => !(k.keyId instanceof Uint8Array) || k.keyId.length !== SENDING_KEY_ID_BYTES)) {
        throw new ProtocolError('malformed_message', `status lists more than ${MAX_RECEIVE_KEYS} receive keys or a key id of the wrong length`);
      }
      const applied = notePeerEpoch(s, r.epoch, r.receiveEpoch); // only a report's epochs change our state
      const event: ControlEvent = {
        type: 'status',
        restored: applied.restored,
        replyRequested: r.replyRequested,
        epoch: r.epoch,
        sendKeyId: r.sendKeyId,
        receiveEpoch: r.receiveEpoch,
        receiveKeys: receiveKeys.map((k) => ({ keyId: k.keyId, next: k.next })),
      };
      if (!r.replyRequested) return { state: applied.state, event };
      const answer = createStatusReport(crypto, applied.state, now, false);
      return { state: answer.state, event, reply: answer.sealed };
    }
    case 'close': {
      const r = m.close as typeof wire.ConnectionClose.prototype;
      if (new TextEncoder().encode(r.reason).length > MAX_CLOSE_REASON_BYTES) throw new ProtocolError('malformed_message', `close reason exceeds ${MAX_CLOSE_REASON_BYTES} bytes`);
      return { state: s, event: { type: 'close', reason: r.reason } };
    }
    case 'receipt': {
      const r = m.receipt as typeof wire.DeliveryReceipt.prototype;
      if (r.jwt.length === 0 || r.jwt.length > MAX_RECEIPT_JWS_LENGTH) throw new ProtocolError('malformed_message', `receipt is not a JWS of 1 to ${MAX_RECEIPT_JWS_LENGTH} characters`);
      return { state: s, event: { type: 'receipt', jwt: r.jwt } };
    }
    case 'rekeyRequest':
      return onRekeyRequest(crypto, s, m.rekeyRequest as RekeyRequest, opened.sequence, now, auth);
    case 'rekeyBundle':
      return onRekeyBundle(crypto, s, m.rekeyBundle as RekeyBundle, opened.sequence, now, auth);
    case 'rekeyInit':
      return onRekeyInit(crypto, s, m.rekeyInit as RekeyInit, opened.sequence, now, auth);
    case 'rekeyConfirmation':
      return onRekeyConfirmation(crypto, s, m.rekeyConfirmation as RekeyConfirmation);
    default:
      throw new ProtocolError('malformed_message', 'control message has no body');
  }
}
