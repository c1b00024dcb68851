import { MAX_COUNTER, MAX_PLAINTEXT_BYTES, RECEIVE_LOOKAHEAD, REPLAY_WINDOW } from './constants.js';
import { ProtocolError } from './errors.js';
import type { CryptoProvider } from './providers/types.js';
import { GCM_TAG_LENGTH } from './providers/types.js';
import { counterStatus, markSeen } from './replay-window.js';
import type { SecretBytes } from './secret.js';
import { receiveDirection, recordAad, sendDirection, type Direction, type ReceiveKey, type SessionState } from './session.js';
import { openContent, sealContent, type CipherSuite } from './suites.js';
import { decodeAtalaMessage, encodeAtalaMessage, type AtalaMessage, type AtalaMessageInput, type EncryptedMessage } from './wire.js';

/**
 * A record key is used for exactly one (connection, epoch, direction, key id), so the AAD can
 * be memoized on the key object itself instead of being rebuilt for every record.
 */
const aadByKey = new WeakMap<SecretBytes, Uint8Array>();
function cachedAad(key: SecretBytes, connectionId: string, epoch: number, direction: Direction, keyId: Uint8Array): Uint8Array {
  let aad = aadByKey.get(key);
  if (!aad) {
    aad = recordAad(connectionId, epoch, direction, keyId);
    aadByKey.set(key, aad);
  }
  return aad;
}

export interface SealResult {
  readonly state: SessionState;
  readonly message: { content: Uint8Array; connectionId: string };
  readonly epoch: number;
  readonly keyId: Uint8Array;
  readonly counter: number;
}

/**
 * Seals one AtalaMessage (or its encoding) into an EncryptedMessage under this process's
 * sending key and its next counter. Throws `no_sending_key` when the state has none for its
 * epoch: a state loaded from storage never has one (start one with `startSendingKey`).
 */
export function seal(crypto: CryptoProvider, state: SessionState, message: AtalaMessageInput | Uint8Array): SealResult {
  if (!state.confirmed) throw new ProtocolError('not_confirmed', 'the peer has not confirmed the session keys yet');
  if (state.mustRekey) throw new ProtocolError('rekey_required', 'the peer is in a later epoch (this state was restored from older data); rekey before sending');
  const sending = state.sending;
  if (!sending || sending.epoch !== state.epoch) throw new ProtocolError('no_sending_key', `no sending key for epoch ${state.epoch}; start one (and announce it) first`);
  const counter = sending.next;
  if (counter >= MAX_COUNTER) throw new ProtocolError('counter_exhausted', 'no counters left under this sending key; start a new one');
  const plaintext = message instanceof Uint8Array ? message : encodeAtalaMessage(message);
  if (plaintext.length > MAX_PLAINTEXT_BYTES) throw new RangeError(`message: ${plaintext.length} bytes exceeds MAX_PLAINTEXT_BYTES (${MAX_PLAINTEXT_BYTES})`);
  const aad = cachedAad(sending.key, state.connectionId, sending.epoch, sendDirection(state.role), sending.keyId);
  const content = sealContent(crypto, state.suite, sending.key.expose(), counter, plaintext, aad);
  return {
    state: { ...state, sending: { ...sending, next: counter + 1 } },
    message: { content, connectionId: state.connectionId },
    epoch: sending.epoch,
    keyId: sending.keyId,
    counter,
  };
}

export interface OpenResult {
  readonly state: SessionState;
  readonly message: AtalaMessage;
  readonly plaintext: Uint8Array;
  readonly epoch: number;
  readonly keyId: Uint8Array;
  readonly counter: number;
}

type Attempt = { plaintext: Uint8Array; counter: number } | undefined;

function tryCounter(crypto: CryptoProvider, suite: CipherSuite, key: Uint8Array, counter: number, content: Uint8Array, aad: Uint8Array): Attempt {
  const plaintext = openContent(crypto, suite, key, counter, content, aad);
  return plaintext ? { plaintext, counter } : undefined;
}

/**
 * Trial-decrypts under one receive key: the expected counter first, then up to
 * RECEIVE_LOOKAHEAD ahead (lost records), then late arrivals inside the replay window.
 * Returns the opened record, or the classification of a duplicate.
 */
function openUnderKey(
  crypto: CryptoProvider,
  state: SessionState,
  epoch: number,
  rk: ReceiveKey,
  content: Uint8Array,
): { opened: Attempt; duplicateOf?: number } {
  const aad = cachedAad(rk.key, state.connectionId, epoch, receiveDirection(state.role), rk.keyId);
  const key = rk.key.expose();
  const w = rk.window;
  const top = Math.min(w.next + RECEIVE_LOOKAHEAD, MAX_COUNTER - 1);
  for (let c = w.next; c <= top; c++) {
    const a = tryCounter(crypto, state.suite, key, c, content, aad);
    if (a) return { opened: a };
  }
  const bottom = Math.max(0, w.next - REPLAY_WINDOW);
  for (let c = w.next - 1; c >= bottom; c--) {
    if (counterStatus(w, c) !== 'late') continue;
    const a = tryCounter(crypto, state.suite, key, c, content, aad);
    if (a) return { opened: a };
  }
  // Failure path only: is it a copy of a record already accepted? (lets the caller re-ack it)
  for (let c = w.next - 1; c >= bottom; c--) {
    if (counterStatus(w, c) !== 'duplicate') continue;
    if (tryCounter(crypto, state.suite, key, c, content, aad)) return { opened: undefined, duplicateOf: c };
  }
  return { opened: undefined };
}

function replaceKey(keys: readonly ReceiveKey[], index: number, window: ReceiveKey['window']): ReceiveKey[] {
  return keys.map((k, i) => (i === index ? { ...k, window } : k));
}

/**
 * Opens an EncryptedMessage. Works on a copy: the returned state is new, the input state is
 * untouched, and a failed, forged or replayed record changes nothing. The caller commits the
 * returned state only after it has stored the plaintext.
 */
export function open(crypto: CryptoProvider, state: SessionState, envelope: EncryptedMessage | { content: Uint8Array; connectionId: string }): OpenResult {
  if (!state.confirmed) throw new ProtocolError('not_confirmed', 'records are not accepted before key confirmation');
  if (envelope.connectionId !== state.connectionId) {
    throw new ProtocolError('wrong_connection', `record is for connection ${JSON.stringify(String(envelope.connectionId).slice(0, 64))}, not this one`);
  }
  const content = envelope.content;
  if (!(content instanceof Uint8Array) || content.length < GCM_TAG_LENGTH) { // (both suites' tags are 16 bytes)
    throw new ProtocolError('decrypt_failed', `record content is ${content instanceof Uint8Array ? content.length : 0} bytes, shorter than a tag`);
  }
  const p = state.pendingRekey;
  const epochs: { epoch: number; keys: readonly ReceiveKey[]; which: 'receive' | 'previousReceive' | 'pending' }[] = [{ epoch: state.receive.epoch, keys: state.receive.keys, which: 'receive' }];
  if (state.previousReceive) epochs.push({ epoch: state.previousReceive.epoch, keys: state.previousReceive.keys, which: 'previousReceive' });
  if (p?.keys) epochs.push({ epoch: p.epoch, keys: p.receiveKeys ?? [], which: 'pending' });

  let duplicateOf: { epoch: number; keyId: Uint8Array; counter: number } | undefined;
  for (const rx of epochs) {
    for (const [index, rk] of rx.keys.entries()) {
      const r = openUnderKey(crypto, state, rx.epoch, rk, content);
      if (r.opened) {
        const message = decodeAtalaMessage(r.opened.plaintext);
        const keys = replaceKey(rx.keys, index, markSeen(rk.window, r.opened.counter));
        let next: SessionState;
        if (rx.which === 'receive') next = { ...state, receive: { ...state.receive, keys } };
        else if (rx.which === 'previousReceive') next = { ...state, previousReceive: { ...state.previousReceive!, keys } };
        else next = completeHolderRekey(state, keys); // only the issuer can seal under the pending keys: implicit confirmation
        return { state: next, message, plaintext: r.opened.plaintext, epoch: rx.epoch, keyId: rk.keyId, counter: r.opened.counter };
      }
      if (r.duplicateOf !== undefined && !duplicateOf) duplicateOf = { epoch: rx.epoch, keyId: rk.keyId, counter: r.duplicateOf };
    }
  }
  if (duplicateOf) {
    throw Object.assign(new ProtocolError('replayed_message', `record with counter ${duplicateOf.counter} in epoch ${duplicateOf.epoch} was already accepted`), duplicateOf);
  }
  const newest = state.receive.keys[0];
  throw new ProtocolError(
    'decrypt_failed',
    newest
      ? `no counter in [${newest.window.next - REPLAY_WINDOW}, ${newest.window.next + RECEIVE_LOOKAHEAD}] of ${state.receive.keys.length} sending key(s) of epoch ${state.receive.epoch} authenticates this record (forged, for another key, too old, beyond the look-ahead, or under a key not announced yet)`
      : `no sending key of the peer is known in epoch ${state.receive.epoch} yet (its announcement precedes its records)`,
  );
}

/** Installs the holder's pending epoch keys (see control.ts, rekey), with the receive keys announced for it. */
export function completeHolderRekey(state: SessionState, receiveKeys?: readonly ReceiveKey[]): SessionState {
  const p = state.pendingRekey;
  if (!p || !p.keys) throw new ProtocolError('rekey_failed', 'no holder rekey is pending');
  const { pendingRekey: _done, sending: _old, ...rest } = state;
  return {
    ...rest,
    epoch: p.epoch,
    sendChainKey: p.keys.sendChain,
    rootKey: p.keys.root,
    previousReceive: state.receive,
    receive: { epoch: p.epoch, chainKey: p.keys.receiveChain, controlKey: p.keys.control, keys: receiveKeys ?? p.receiveKeys ?? [] },
    mustRekey: false,
  };
}
