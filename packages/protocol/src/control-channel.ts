import { lengthPrefixed, uint32be } from './bytes.js';
import { CONTROL_MAX_CLOCK_SKEW_MS, CONTROL_SEQUENCE_SCALE, PROTOCOL_VERSION } from './constants.js';
import { ProtocolError } from './errors.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { GCM_IV_LENGTH, GCM_TAG_LENGTH } from './providers/types.js';
import type { SecretBytes } from './secret.js';
import { DIRECTION_BYTE, receiveDirection, sendDirection, type Direction, type SessionState } from './session.js';
import { decodeUntrusted, uint64ToNumber, wire, type ControlMessage, type ControlMessageInput, type SealedControl } from './wire.js';

/*
 * The control channel (docs/protocol.md 10): AES-256-GCM with a *random* 96-bit IV, never a
 * session counter, so a party whose counters are in doubt (crash, restore) can use it safely.
 *
 *   key     = K_ctl of the epoch the envelope names: epoch 0 (the connection's control key,
 *             kept for the session's life) for the four rekey messages, which are DID-signed;
 *             the sender's current epoch for everything else (renewed with every rekey)
 *   AAD     = lp(L_control, [1], [sender's direction byte], u32(epoch), utf8(connection_id))
 *
 * Replay protection: one sequence per sender across all control keys, strictly increasing,
 *   sequence = max(last_sent + 1, now_ms * CONTROL_SEQUENCE_SCALE)
 * so even a sender restored from an old backup moves forward (as long as its clock does).
 */

type ControlBody = Omit<ControlMessageInput, 'sequence'>;

const KEY_EXCHANGE_BODIES = ['rekeyRequest', 'rekeyBundle', 'rekeyInit', 'rekeyConfirmation'] as const;

/** Rekey messages travel under the connection's control key (epoch 0); see 10.1. */
export function isKeyExchange(body: ControlBody | ControlMessage): boolean {
  return KEY_EXCHANGE_BODIES.some((k) => body[k] !== undefined && body[k] !== null);
}

function controlAad(connectionId: string, direction: Direction, epoch: number): Uint8Array {
  return lengthPrefixed(LABELS.controlAad, Uint8Array.of(PROTOCOL_VERSION), Uint8Array.of(DIRECTION_BYTE[direction]), uint32be(epoch), connectionId);
}

function assertNow(now: number): void {
  if (!Number.isSafeInteger(now) || now < 0) throw new RangeError(`now: expected unix milliseconds, got ${now}`);
}

/** The sequence the next control message of this state carries (signed rekey messages cover it). */
export function nextControlSequence(state: SessionState, now: number): number {
  assertNow(now);
  return Math.max(state.controlSendSequence + 1, now * CONTROL_SEQUENCE_SCALE);
}

/**
 * The control key of `epoch` as this state holds it: the connection's (0), the current, the
 * previous, or (holder) the pending rekey's. Undefined for any other epoch.
 */
function controlKeyOf(state: SessionState, epoch: number): SecretBytes | undefined {
  if (epoch === 0) return state.connectionKeys.control;
  if (epoch === state.receive.epoch) return state.receive.controlKey;
  if (epoch === state.previousReceive?.epoch) return state.previousReceive.controlKey;
  const p = state.pendingRekey;
  if (p?.keys && epoch === p.epoch) return p.keys.control;
  return undefined;
}

/**
 * Seals one control message; advances the control send sequence. `sequence` is passed by
 * callers that signed it (rekey.ts); it must be `nextControlSequence(state, now)`.
 */
export function sealControl(crypto: CryptoProvider, state: SessionState, body: ControlBody, now: number, sequence = nextControlSequence(state, now)): { state: SessionState; sealed: SealedControl } {
  if (sequence < nextControlSequence(state, now)) throw new RangeError('sealControl: sequence is below the next control sequence');
  const epoch = isKeyExchange(body) ? 0 : state.epoch;
  const plaintext = wire.ControlMessage.encode({ ...body, sequence }).finish();
  const iv = crypto.randomBytes(GCM_IV_LENGTH);
  const content = crypto.aesGcmSeal(controlKeyOf(state, epoch)!.expose(), iv, plaintext, controlAad(state.connectionId, sendDirection(state.role), epoch));
  return {
    state: { ...state, controlSendSequence: sequence },
    sealed: wire.SealedControl.create({ connectionId: state.connectionId, iv, content, epoch }),
  };
}

/**
 * Authenticates and decodes a control message; rejects replays. Returns the state with the
 * sequence advanced. An envelope naming an epoch whose control key this state does not hold is
 * `epoch_mismatch` and the error carries that `epoch`: unauthenticated, but a hint that the
 * peer is in a later epoch (this state was restored), see 12.
 */
export function openControl(crypto: CryptoProvider, state: SessionState, sealed: SealedControl, now: number): { state: SessionState; message: ControlMessage; sequence: number } {
  assertNow(now);
  if (sealed.connectionId !== state.connectionId) throw new ProtocolError('wrong_connection', 'control message is for another connection');
  if (!(sealed.iv instanceof Uint8Array) || sealed.iv.length !== GCM_IV_LENGTH) throw new ProtocolError('malformed_message', 'control IV must be 12 bytes');
  if (!(sealed.content instanceof Uint8Array) || sealed.content.length < GCM_TAG_LENGTH) throw new ProtocolError('decrypt_failed', 'control content shorter than a tag');
  const epoch = sealed.epoch ?? 0;
  const key = controlKeyOf(state, epoch);
  if (!key) {
    throw Object.assign(new ProtocolError('epoch_mismatch', `control message is sealed under the control key of epoch ${epoch}, which this party does not hold (it is in epoch ${state.epoch})`), { epoch });
  }
  const plaintext = crypto.aesGcmOpen(key.expose(), sealed.iv, sealed.content, controlAad(state.connectionId, receiveDirection(state.role), epoch));
  if (!plaintext) throw new ProtocolError('decrypt_failed', `control message does not authenticate under the control key of epoch ${epoch} (forged, reflected or for another session)`);
  const message = decodeUntrusted(wire.ControlMessage, plaintext, 'ControlMessage');
  const keyExchange = isKeyExchange(message);
  if (keyExchange && epoch !== 0) throw new ProtocolError('malformed_message', `a ${message.body} message must be sealed under the connection's control key (epoch 0), not epoch ${epoch}'s`);
  if (!keyExchange && epoch === 0 && state.receive.epoch !== 0 && state.previousReceive?.epoch !== 0) {
    // Once epoch 0 is gone, its key (the connection's) carries only the DID-signed rekey messages.
    throw Object.assign(new ProtocolError('epoch_mismatch', `a ${message.body ?? 'bodiless'} control message of epoch 0 reached a party in epoch ${state.epoch}`), { epoch });
  }
  const seq = uint64ToNumber(message.sequence, 'control sequence');
  if (seq <= state.controlReceiveSequence) {
    throw new ProtocolError('control_replayed', `control sequence ${seq} is not above ${state.controlReceiveSequence}`);
  }
  if (seq > (now + CONTROL_MAX_CLOCK_SKEW_MS) * CONTROL_SEQUENCE_SCALE) {
    throw new ProtocolError('control_replayed', 'control sequence claims a clock too far ahead of ours');
  }
  return { state: { ...state, controlReceiveSequence: seq }, message, sequence: seq };
}
