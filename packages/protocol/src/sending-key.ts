import { equalBytes, utf8 } from './bytes.js';
import { MAX_RECEIVE_KEYS, SENDING_KEY_ID_BYTES } from './constants.js';
import { ProtocolError } from './errors.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { EMPTY_WINDOW } from './replay-window.js';
import { SecretBytes } from './secret.js';
import type { ReceiveEpoch, ReceiveKey, SendingKey, SessionState } from './session.js';

/*
 * Sending keys (docs/protocol.md 9.2): freshness comes from keys, not from stored counters.
 *
 *   key_id  = 16 bytes from the CSPRNG, drawn by every process life (and by rotation policy)
 *   K_send  = HKDF(IKM = K_dir,e, salt = key_id, info = L_key/sending, L = 32)
 *
 * K_dir,e is the sender's direction key of epoch e (8.3), a chain key that never seals a
 * record itself. A sending key is announced on the control channel (SendingKey { epoch,
 * key_id }) before the first record under it, without waiting for an answer, and is never
 * stored: anything stored can be rolled back, and a process that sealed with a stored key
 * after a restore would repeat (key, IV) pairs it had already used. Counters start at 0 under
 * every sending key, so the IV formula stays IV(c) = SHA-256(u64(c))[0..12].
 */

function assertKeyId(keyId: unknown, what: string): asserts keyId is Uint8Array {
  if (!(keyId instanceof Uint8Array) || keyId.length !== SENDING_KEY_ID_BYTES) {
    throw new ProtocolError('malformed_message', `${what}: a sending key id is ${SENDING_KEY_ID_BYTES} bytes`);
  }
}

/** K_send = HKDF(IKM = chain key, salt = key_id, info = L_key/sending, 32). */
export function deriveSendingKey(crypto: CryptoProvider, chainKey: SecretBytes, keyId: Uint8Array): SecretBytes {
  if (!(keyId instanceof Uint8Array) || keyId.length !== SENDING_KEY_ID_BYTES) throw new TypeError(`keyId: expected ${SENDING_KEY_ID_BYTES} bytes`);
  return new SecretBytes(crypto.hkdfSha256(chainKey.expose(), keyId, utf8(LABELS.keySending), 32), 'sending key');
}

/**
 * Draws a fresh sending key for the current epoch. The caller announces it with
 * `sealControl(..., { sendingKey: announcement(sending) })` (control.ts `startSendingKey` does
 * both) before any record sealed under it leaves.
 */
export function newSendingKey(crypto: CryptoProvider, state: SessionState): SendingKey {
  const keyId = crypto.randomBytes(SENDING_KEY_ID_BYTES);
  return { epoch: state.epoch, keyId, key: deriveSendingKey(crypto, state.sendChainKey, keyId), next: 0 };
}

/** The body of the control message that announces `sending`. */
export function announcement(sending: SendingKey): { sendingKey: { epoch: number; keyId: Uint8Array } } {
  return { sendingKey: { epoch: sending.epoch, keyId: sending.keyId } };
}

function addKey(crypto: CryptoProvider, chainKey: SecretBytes, keys: readonly ReceiveKey[], keyId: Uint8Array): readonly ReceiveKey[] {
  if (keys.some((k) => equalBytes(k.keyId, keyId))) return keys; // announced again (a repair): nothing changes
  const added: ReceiveKey = { keyId: Uint8Array.from(keyId), key: deriveSendingKey(crypto, chainKey, keyId), window: EMPTY_WINDOW };
  return [added, ...keys].slice(0, MAX_RECEIVE_KEYS);
}

/**
 * Receiver: takes the peer's announced sending key into the receive epoch it names (the
 * current one, the previous one, or, on a holder, the epoch of its pending rekey). Keeps the
 * MAX_RECEIVE_KEYS newest. An epoch it does not hold is `epoch_mismatch`; the state is unchanged.
 */
export function applySendingKey(crypto: CryptoProvider, state: SessionState, body: { epoch: number; keyId: Uint8Array }): SessionState {
  assertKeyId(body.keyId, 'SendingKey.key_id');
  const into = (rx: ReceiveEpoch): ReceiveEpoch => ({ ...rx, keys: addKey(crypto, rx.chainKey, rx.keys, body.keyId) });
  if (body.epoch === state.receive.epoch) return { ...state, receive: into(state.receive) };
  if (state.previousReceive && body.epoch === state.previousReceive.epoch) return { ...state, previousReceive: into(state.previousReceive) };
  const p = state.pendingRekey;
  if (p?.keys && body.epoch === p.epoch) {
    return { ...state, pendingRekey: { ...p, receiveKeys: addKey(crypto, p.keys.receiveChain, p.receiveKeys ?? [], body.keyId) } };
  }
  throw new ProtocolError('epoch_mismatch', `sending key announced for epoch ${body.epoch}, receiving in ${state.receive.epoch}`);
}

/** Finds a receive key by epoch and id, with where it lives in the state. */
export function findReceiveKey(state: SessionState, epoch: number, keyId: Uint8Array): { which: 'receive' | 'previousReceive'; index: number } | undefined {
  for (const which of ['receive', 'previousReceive'] as const) {
    const rx = state[which];
    if (!rx || rx.epoch !== epoch) continue;
    const index = rx.keys.findIndex((k) => equalBytes(k.keyId, keyId));
    if (index >= 0) return { which, index };
  }
  return undefined;
}
