import { equalBytes, lengthPrefixed } from './bytes.js';
import {
  CONTROL_MAX_CLOCK_SKEW_MS,
  CONTROL_SEQUENCE_SCALE,
  MAX_COUNTER,
  MAX_RESYNC_JUMP,
  PROTOCOL_VERSION,
  RESYNC_RATE_LIMIT,
  MAX_RECEIVE_KEYS,
  RESYNC_RATE_WINDOW_MS,
  SENDING_KEY_ID_BYTES,
} from './constants.js';
import { ProtocolError } from './errors.js';
import { checkedDh, confirmationTag, deriveEpochKeys, x3dhSecret, type Role } from './key-schedule.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { GCM_IV_LENGTH, GCM_TAG_LENGTH } from './providers/types.js';
import { completeHolderRekey } from './record.js';
import { advanceTo } from './replay-window.js';
import { SecretBytes } from './secret.js';
import { announcement, applySendingKey, findReceiveKey, newSendingKey } from './sending-key.js';
import { DIRECTION_BYTE, receiveDirection, sendDirection, type Direction, type SendingKey, type SessionState } from './session.js';
import { decodeUntrusted, uint64ToNumber, wire, type ControlMessage, type ControlMessageInput, type SealedControl } from './wire.js';

/*
 * The control channel carries sending-key announcements, counter resyncs, status reports and rekeys. It is sealed with
 * AES-256-GCM under the session-wide resync key with a *random* 96-bit IV, never a session
 * counter, so a party whose counters are in doubt (crash, restore) can still use it safely.
 * Replay protection: every message carries a sequence that strictly increases per sender,
 *   sequence = max(last_sent + 1, now_ms * CONTROL_SEQUENCE_SCALE)
 * so even a sender restored from an old backup moves forward (as long as its clock does).
 */

function controlAad(connectionId: string, direction: Direction): Uint8Array {
  return lengthPrefixed(LABELS.controlAad, Uint8Array.of(PROTOCOL_VERSION), Uint8Array.of(DIRECTION_BYTE[direction]), connectionId);
}

function assertNow(now: number): void {
  if (!Number.isSafeInteger(now) || now < 0) throw new RangeError(`now: expected unix milliseconds, got ${now}`);
}

/** Seals one control message; advances the control send sequence. */
export function sealControl(crypto: CryptoProvider, state: SessionState, body: Omit<ControlMessageInput, 'sequence'>, now: number): { state: SessionState; sealed: SealedControl } {
  assertNow(now);
  const sequence = Math.max(state.controlSendSequence + 1, now * CONTROL_SEQUENCE_SCALE);
  const plaintext = wire.ControlMessage.encode({ ...body, sequence }).finish();
  const iv = crypto.randomBytes(GCM_IV_LENGTH);
  const content = crypto.aesGcmSeal(state.resyncKey.expose(), iv, plaintext, controlAad(state.connectionId, sendDirection(state.role)));
  return {
    state: { ...state, controlSendSequence: sequence },
    sealed: wire.SealedControl.create({ connectionId: state.connectionId, iv, content }),
  };
}

/** Authenticates and decodes a control message; rejects replays. Returns the state with the sequence advanced. */
export function openControl(crypto: CryptoProvider, state: SessionState, sealed: SealedControl, now: number): { state: SessionState; message: ControlMessage } {
  assertNow(now);
  if (sealed.connectionId !== state.connectionId) throw new ProtocolError('wrong_connection', 'control message is for another connection');
  if (!(sealed.iv instanceof Uint8Array) || sealed.iv.length !== GCM_IV_LENGTH) throw new ProtocolError('malformed_message', 'control IV must be 12 bytes');
  if (!(sealed.content instanceof Uint8Array) || sealed.content.length < GCM_TAG_LENGTH) throw new ProtocolError('decrypt_failed', 'control content shorter than a tag');
  const plaintext = crypto.aesGcmOpen(state.resyncKey.expose(), sealed.iv, sealed.content, controlAad(state.connectionId, receiveDirection(state.role)));
  if (!plaintext) throw new ProtocolError('decrypt_failed', 'control message does not authenticate under the resync key (forged, reflected or for another session)');
  const message = decodeUntrusted(wire.ControlMessage, plaintext, 'ControlMessage');
  const seq = uint64ToNumber(message.sequence, 'control sequence');
  if (seq <= state.controlReceiveSequence) {
    throw new ProtocolError('control_replayed', `control sequence ${seq} is not above ${state.controlReceiveSequence}`);
  }
  if (seq > (now + CONTROL_MAX_CLOCK_SKEW_MS) * CONTROL_SEQUENCE_SCALE) {
    throw new ProtocolError('control_replayed', 'control sequence claims a clock too far ahead of ours');
  }
  return { state: { ...state, controlReceiveSequence: seq }, message };
}

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

// ---- rekey: a fresh X25519 exchange over the control channel --------------------------------

/*
 *   SK_e = HKDF(salt = 0^32, IKM = 0xFF^32 || DH(EK_H', P_I'), info = LABELS.x3dhRekey, 32)
 *   TH_e = SHA-256(lp(LABELS.transcript, "rekey", TH_0, epoch, P_I', EK_H'))
 *   epoch keys from (SK_e, TH_e) exactly as for epoch 0.
 * Authentication comes from the resync key (only the two session parties hold it) plus the
 * confirmation tags; the fresh DH gives the new epoch post-compromise security.
 */
function rekeyTranscript(crypto: CryptoProvider, state: SessionState, epoch: number, prekey: Uint8Array, ephemeral: Uint8Array): Uint8Array {
  const e = Uint8Array.of(epoch >>> 24, (epoch >>> 16) & 0xff, (epoch >>> 8) & 0xff, epoch & 0xff);
  return crypto.sha256(lengthPrefixed(LABELS.transcript, 'rekey', state.transcriptHash, e, prekey, ephemeral));
}

function rekeyKeys(crypto: CryptoProvider, state: SessionState, role: Role, epoch: number, dh: Uint8Array, prekey: Uint8Array, ephemeral: Uint8Array) {
  const th = rekeyTranscript(crypto, state, epoch, prekey, ephemeral);
  const sk = x3dhSecret(crypto, [dh], LABELS.x3dhRekey);
  return { th, keys: deriveEpochKeys(crypto, sk, th, role) };
}

/** Holder (or a restored issuer's peer): asks the issuer to start a rekey. */
export function requestRekey(crypto: CryptoProvider, state: SessionState, reason: string, now: number): { state: SessionState; sealed: SealedControl } {
  const minEpoch = Math.max(state.epoch + 1, state.rekeyMinEpoch);
  return sealControl(crypto, state, { rekeyRequest: { minEpoch, reason: reason.slice(0, 200) } }, now);
}

/** Issuer: starts a rekey by sending a fresh pre-key. */
export function startRekey(crypto: CryptoProvider, state: SessionState, now: number, minEpoch = 0): { state: SessionState; sealed: SealedControl } {
  if (state.role !== 'issuer') throw new ProtocolError('rekey_failed', 'only the issuer starts a rekey; the holder sends a rekey request');
  const epoch = Math.max(state.epoch + 1, state.rekeyMinEpoch, minEpoch, (state.pendingRekey?.epoch ?? 0) + 1);
  const pair = crypto.x25519KeyPair();
  const withPending: SessionState = {
    ...state,
    pendingRekey: { epoch, startedAt: now, prekeyPrivate: new SecretBytes(pair.privateKey, 'rekey pre-key'), prekeyPublic: pair.publicKey },
  };
  return sealControl(crypto, withPending, { rekeyBundle: { epoch, prekey: pair.publicKey } }, now);
}

export type ControlEvent =
  | { type: 'sending-key'; epoch: number; keyId: Uint8Array }
  | { type: 'resync'; epoch: number; keyId: Uint8Array; nextCounter: number }
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
  | { type: 'rekey-requested'; minEpoch: number }
  | { type: 'rekey-answered'; epoch: number }
  | { type: 'rekeyed'; epoch: number };

export interface ControlResult {
  readonly state: SessionState;
  readonly event: ControlEvent;
  /** A control message to send back (rekey steps, status answers). */
  readonly reply?: SealedControl;
}

/**
 * Opens and applies one control message. Like `open`, it works on a copy: on any error the
 * input state is unchanged; on success the caller persists the returned state, then sends the reply.
 */
export function receiveControl(crypto: CryptoProvider, state: SessionState, sealed: SealedControl, now: number): ControlResult {
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
    case 'rekeyRequest': {
      if (s.role !== 'issuer') throw new ProtocolError('rekey_failed', 'only the issuer answers rekey requests');
      const r = m.rekeyRequest as typeof wire.RekeyRequest.prototype;
      const started = startRekey(crypto, s, now, r.minEpoch);
      return { state: started.state, event: { type: 'rekey-requested', minEpoch: r.minEpoch }, reply: started.sealed };
    }
    case 'rekeyBundle': {
      if (s.role !== 'holder') throw new ProtocolError('rekey_failed', 'rekey bundles go from issuer to holder');
      const b = m.rekeyBundle as typeof wire.RekeyBundle.prototype;
      if (b.epoch <= s.epoch) throw new ProtocolError('rekey_failed', `rekey epoch ${b.epoch} is not above ${s.epoch}`);
      if (!(b.prekey instanceof Uint8Array) || b.prekey.length !== 32) throw new ProtocolError('malformed_message', 'rekey pre-key must be 32 bytes');
      const ek = crypto.x25519KeyPair();
      const dh = checkedDh(crypto.x25519(ek.privateKey, b.prekey), 'DH(EK_H, P_I)');
      ek.privateKey.fill(0);
      const { th, keys } = rekeyKeys(crypto, s, 'holder', b.epoch, dh, b.prekey, ek.publicKey);
      const pending: SessionState = { ...s, pendingRekey: { epoch: b.epoch, startedAt: now, keys, transcriptHash: th } };
      const reply = sealControl(crypto, pending, { rekeyInit: { epoch: b.epoch, ephemeralKey: ek.publicKey, confirmation: confirmationTag(crypto, keys.confirmOwn, 'holder', th) } }, now);
      return { state: reply.state, event: { type: 'rekey-answered', epoch: b.epoch }, reply: reply.sealed };
    }
    case 'rekeyInit': {
      const p = s.pendingRekey;
      const r = m.rekeyInit as typeof wire.RekeyInit.prototype;
      if (s.role !== 'issuer' || !p || !p.prekeyPrivate || !p.prekeyPublic || p.epoch !== r.epoch) {
        throw new ProtocolError('rekey_failed', `no rekey to epoch ${r.epoch} is pending here`);
      }
      if (!(r.ephemeralKey instanceof Uint8Array) || r.ephemeralKey.length !== 32) throw new ProtocolError('malformed_message', 'rekey ephemeral key must be 32 bytes');
      const dh = checkedDh(crypto.x25519(p.prekeyPrivate.expose(), r.ephemeralKey), 'DH(P_I, EK_H)');
      const { th, keys } = rekeyKeys(crypto, s, 'issuer', r.epoch, dh, p.prekeyPublic, r.ephemeralKey);
      if (!(r.confirmation instanceof Uint8Array) || !equalBytes(confirmationTag(crypto, keys.confirmPeer, 'holder', th), r.confirmation)) {
        throw new ProtocolError('key_confirmation_failed', "holder's rekey confirmation does not match");
      }
      // The old sending key goes with its epoch: the new epoch's records need a new one (announced first).
      const { pendingRekey: _p, sending: _old, ...rest } = s;
      const switched: SessionState = {
        ...rest,
        epoch: r.epoch,
        sendChainKey: keys.sendChain,
        previousReceive: s.receive,
        receive: { epoch: r.epoch, chainKey: keys.receiveChain, keys: [] },
        mustRekey: false,
      };
      const reply = sealControl(crypto, switched, { rekeyConfirmation: { epoch: r.epoch, confirmation: confirmationTag(crypto, keys.confirmOwn, 'issuer', th) } }, now);
      return { state: reply.state, event: { type: 'rekeyed', epoch: r.epoch }, reply: reply.sealed };
    }
    case 'rekeyConfirmation': {
      const p = s.pendingRekey;
      const r = m.rekeyConfirmation as typeof wire.RekeyConfirmation.prototype;
      if (s.role !== 'holder') throw new ProtocolError('rekey_failed', 'rekey confirmations go from issuer to holder');
      if (!p || !p.keys || !p.transcriptHash || p.epoch !== r.epoch) {
        // Already installed implicitly by a record under the new keys: nothing left to do.
        if (s.epoch === r.epoch) return { state: s, event: { type: 'rekeyed', epoch: r.epoch } };
        throw new ProtocolError('rekey_failed', `no rekey to epoch ${r.epoch} is pending here`);
      }
      if (!(r.confirmation instanceof Uint8Array) || !equalBytes(confirmationTag(crypto, p.keys.confirmPeer, 'issuer', p.transcriptHash), r.confirmation)) {
        throw new ProtocolError('key_confirmation_failed', "issuer's rekey confirmation does not match");
      }
      return { state: completeHolderRekey(s), event: { type: 'rekeyed', epoch: r.epoch } };
    }
    default:
      throw new ProtocolError('malformed_message', 'control message has no body');
  }
}
