import { equalBytes, lengthPrefixed } from './bytes.js';
import {
  CONTROL_MAX_CLOCK_SKEW_MS,
  CONTROL_SEQUENCE_SCALE,
  MAX_COUNTER,
  MAX_RESYNC_JUMP,
  PROTOCOL_VERSION,
  RESYNC_RATE_LIMIT,
  RESYNC_RATE_WINDOW_MS,
} from './constants.js';
import { ProtocolError } from './errors.js';
import { checkedDh, confirmationTag, deriveEpochKeys, x3dhSecret, type Role } from './key-schedule.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { GCM_IV_LENGTH, GCM_TAG_LENGTH } from './providers/types.js';
import { completeHolderRekey } from './record.js';
import { advanceTo, EMPTY_WINDOW } from './replay-window.js';
import { SecretBytes } from './secret.js';
import { DIRECTION_BYTE, receiveDirection, sendDirection, type Direction, type SessionState } from './session.js';
import { decodeUntrusted, uint64ToNumber, wire, type ControlMessage, type ControlMessageInput, type SealedControl } from './wire.js';

/*
 * The control channel carries counter resyncs, status reports and rekeys. It is sealed with
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
 * "Expect my records in `epoch` from counter `nextCounter` on". By default the current send
 * position: sent after burning counters (crash, skipped reservation). A sender that learns its
 * peer's receive position is too far behind its oldest unacknowledged record to open it (the
 * peer was restored from older data, or an earlier resync was lost) names that record instead,
 * in its current send epoch or an earlier one. It never names a counter above its send
 * position: the peer would skip records still to come.
 */
export function createCounterResync(
  crypto: CryptoProvider,
  state: SessionState,
  now: number,
  target: { epoch: number; nextCounter: number } = { epoch: state.epoch, nextCounter: state.sendNext },
): { state: SessionState; sealed: SealedControl } {
  if (!Number.isSafeInteger(target.epoch) || target.epoch < 0 || target.epoch > state.epoch) {
    throw new RangeError(`resync epoch: expected an integer in [0, ${state.epoch}], got ${target.epoch}`);
  }
  const limit = target.epoch === state.epoch ? state.sendNext : MAX_COUNTER - 1;
  if (!Number.isSafeInteger(target.nextCounter) || target.nextCounter < 0 || target.nextCounter > limit) {
    throw new RangeError(`resync nextCounter: expected an integer in [0, ${limit}], got ${target.nextCounter}`);
  }
  return sealControl(crypto, state, { resync: { epoch: target.epoch, nextCounter: target.nextCounter } }, now);
}

/**
 * Applies a peer's counter resync: forward only, bounded, rate limited. It moves the window of
 * the current receive epoch, or of the previous one (records of the epoch before a rekey may
 * still be on their way, e.g. when the rekey followed a restore that rolled that window back).
 */
export function applyCounterResync(state: SessionState, resync: { epoch: number; nextCounter: number }, now: number): SessionState {
  const which = resync.epoch === state.receive.epoch ? 'receive' : state.previousReceive?.epoch === resync.epoch ? 'previousReceive' : undefined;
  if (!which) {
    const known = state.previousReceive ? `${state.receive.epoch} (and ${state.previousReceive.epoch})` : `${state.receive.epoch}`;
    throw new ProtocolError('epoch_mismatch', `resync is for epoch ${resync.epoch}, receiving in ${known}`);
  }
  const rx = state[which]!;
  if (resync.nextCounter <= rx.window.next) {
    throw new ProtocolError('resync_backwards', `resync to ${resync.nextCounter} would not move expectation forward from ${rx.window.next}`);
  }
  if (resync.nextCounter - rx.window.next > MAX_RESYNC_JUMP) {
    throw new ProtocolError('resync_out_of_range', `resync jump of ${resync.nextCounter - rx.window.next} exceeds MAX_RESYNC_JUMP (${MAX_RESYNC_JUMP}); rekey instead`);
  }
  const recent = state.resyncTimes.filter((t) => now - t < RESYNC_RATE_WINDOW_MS);
  if (recent.length >= RESYNC_RATE_LIMIT) {
    throw new ProtocolError('resync_rate_limited', `${recent.length} resyncs in the last ${RESYNC_RATE_WINDOW_MS / 1000} s`);
  }
  return { ...state, [which]: { ...rx, window: advanceTo(rx.window, resync.nextCounter) }, resyncTimes: [...recent, now] };
}

export function createStatusReport(crypto: CryptoProvider, state: SessionState, now: number, replyRequested = false): { state: SessionState; sealed: SealedControl } {
  return sealControl(
    crypto,
    state,
    { status: { epoch: state.epoch, sendNext: state.sendNext, receiveEpoch: state.receive.epoch, receiveNext: state.receive.window.next, replyRequested } },
    now,
  );
}

/**
 * Compares the peer's view with ours. If the peer has accepted counters we believe unused,
 * or knows an epoch we do not, our state is older than what we already sent: we were
 * restored from a backup or snapshot. Sealing then refuses (`rekey_required`) until a rekey.
 */
export function applyStatusReport(state: SessionState, report: { epoch: number; sendNext: number; receiveEpoch: number; receiveNext: number }): { state: SessionState; restored: boolean } {
  const pendingEpoch = state.pendingRekey?.epoch;
  const aheadEpoch = (e: number) => e > state.epoch && e !== pendingEpoch;
  const restored =
    aheadEpoch(report.epoch) ||
    aheadEpoch(report.receiveEpoch) ||
    (report.receiveEpoch === state.epoch && report.receiveNext > state.sendNext);
  if (restored) {
    const minEpoch = Math.max(state.rekeyMinEpoch, report.epoch + 1, report.receiveEpoch + 1, state.epoch + 1);
    return { state: { ...state, mustRekey: true, rekeyMinEpoch: minEpoch }, restored };
  }
  const peerReceiveNext = report.receiveEpoch === state.epoch ? Math.max(state.peerReceiveNext, report.receiveNext) : state.peerReceiveNext;
  return { state: { ...state, peerReceiveNext }, restored };
}

/**
 * The caller holds evidence, kept outside this state's storage, that counters of `epoch` beyond
 * this state's reservation were already used (e.g. a send-counter high-water mark written
 * before every reservation): the state was restored from older data. Sealing refuses until a
 * rekey to an epoch above both.
 */
export function markRestored(state: SessionState, evidence: { epoch: number }): SessionState {
  return { ...state, mustRekey: true, rekeyMinEpoch: Math.max(state.rekeyMinEpoch, state.epoch + 1, evidence.epoch + 1) };
}

/** Records the receive position an end-to-end ack reported for our send direction. */
export function notePeerReceiveNext(state: SessionState, epoch: number, receiveNext: number): { state: SessionState; restored: boolean } {
  return applyStatusReport(state, { epoch: state.epoch, sendNext: 0, receiveEpoch: epoch, receiveNext });
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
  | { type: 'resync'; epoch: number; nextCounter: number }
  /** The peer's report as received (`receiveNext`: one past the highest of our counters it accepted in `receiveEpoch`). */
  | { type: 'status'; restored: boolean; replyRequested: boolean; epoch: number; receiveEpoch: number; receiveNext: number }
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
    case 'resync': {
      const r = m.resync as typeof wire.CounterResync.prototype;
      return { state: applyCounterResync(s, r, now), event: { type: 'resync', epoch: r.epoch, nextCounter: r.nextCounter } };
    }
    case 'status': {
      const r = m.status as typeof wire.StatusReport.prototype;
      const applied = applyStatusReport(s, r);
      const event: ControlEvent = { type: 'status', restored: applied.restored, replyRequested: r.replyRequested, epoch: r.epoch, receiveEpoch: r.receiveEpoch, receiveNext: r.receiveNext };
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
      const { pendingRekey: _p, ...rest } = s;
      const switched: SessionState = {
        ...rest,
        epoch: r.epoch,
        sendKey: keys.sendKey,
        sendNext: 0,
        sendReservedUntil: 0,
        previousReceive: s.receive,
        receive: { epoch: r.epoch, key: keys.receiveKey, window: EMPTY_WINDOW },
        peerReceiveNext: 0,
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
