import { uint64be } from './bytes.js';
import { MAX_COUNTER, MAX_PLAINTEXT_BYTES, RECEIVE_LOOKAHEAD, REPLAY_WINDOW } from './constants.js';
import { ProtocolError } from './errors.js';
import type { CryptoProvider } from './providers/types.js';
import { GCM_IV_LENGTH, GCM_TAG_LENGTH } from './providers/types.js';
import { counterStatus, markSeen } from './replay-window.js';
import type { SecretBytes } from './secret.js';
import { receiveDirection, recordAad, sendDirection, type Direction, type ReceiveEpoch, type SessionState } from './session.js';
import { decodeAtalaMessage, encodeAtalaMessage, type AtalaMessage, type AtalaMessageInput, type EncryptedMessage } from './wire.js';

/**
 * The IV of a counter does not depend on the key, so the IVs of the first IV_CACHE_COUNTERS
 * counters are computed once per provider and kept (768 KiB at most): sender and receiver
 * both need them, and trial decryption asks for the same few again and again.
 */
const IV_CACHE_COUNTERS = 1 << 16;
const ivCaches = new WeakMap<CryptoProvider, { ivs: Uint8Array; done: Uint8Array }>();

/** IV = first 12 bytes of SHA-256(uint64 big-endian counter). Unique per key because counters never repeat per key. */
export function counterIv(crypto: CryptoProvider, counter: number): Uint8Array {
  if (counter >= IV_CACHE_COUNTERS) return crypto.sha256(uint64be(counter)).subarray(0, GCM_IV_LENGTH);
  let cache = ivCaches.get(crypto);
  if (!cache) {
    cache = { ivs: new Uint8Array(IV_CACHE_COUNTERS * GCM_IV_LENGTH), done: new Uint8Array(IV_CACHE_COUNTERS) };
    ivCaches.set(crypto, cache);
  }
  const at = counter * GCM_IV_LENGTH;
  if (cache.done[counter] === 0) {
    cache.ivs.set(crypto.sha256(uint64be(counter)).subarray(0, GCM_IV_LENGTH), at);
    cache.done[counter] = 1;
  }
  return cache.ivs.subarray(at, at + GCM_IV_LENGTH);
}

/**
 * A record key is used for exactly one (connection, epoch, direction), so the AAD can be
 * memoized on the key object itself instead of being rebuilt for every record.
 */
const aadByKey = new WeakMap<SecretBytes, Uint8Array>();
function cachedAad(key: SecretBytes, connectionId: string, epoch: number, direction: Direction): Uint8Array {
  let aad = aadByKey.get(key);
  if (!aad) {
    aad = recordAad(connectionId, epoch, direction);
    aadByKey.set(key, aad);
  }
  return aad;
}

export interface SealResult {
  readonly state: SessionState;
  readonly message: { content: Uint8Array; connectionId: string };
  readonly epoch: number;
  readonly counter: number;
}

/**
 * Seals one AtalaMessage (or its encoding) into an EncryptedMessage under the next reserved counter.
 * Throws `counter_not_reserved` when the caller has not reserved (and persisted) a counter first.
 */
export function seal(crypto: CryptoProvider, state: SessionState, message: AtalaMessageInput | Uint8Array): SealResult {
  if (!state.confirmed) throw new ProtocolError('not_confirmed', 'the peer has not confirmed the session keys yet');
  if (state.mustRekey) throw new ProtocolError('rekey_required', 'this state may have been restored from older data; rekey before sending');
  const counter = state.sendNext;
  if (counter >= state.sendReservedUntil) throw new ProtocolError('counter_not_reserved', `counter ${counter} is not reserved; call reserveCounters and persist first`);
  if (counter >= MAX_COUNTER) throw new ProtocolError('counter_exhausted', 'no counters left in this epoch; rekey');
  const plaintext = message instanceof Uint8Array ? message : encodeAtalaMessage(message);
  if (plaintext.length > MAX_PLAINTEXT_BYTES) throw new RangeError(`message: ${plaintext.length} bytes exceeds MAX_PLAINTEXT_BYTES (${MAX_PLAINTEXT_BYTES})`);
  const aad = cachedAad(state.sendKey, state.connectionId, state.epoch, sendDirection(state.role));
  const content = crypto.aesGcmSeal(state.sendKey.expose(), counterIv(crypto, counter), plaintext, aad);
  return {
    state: { ...state, sendNext: counter + 1 },
    message: { content, connectionId: state.connectionId },
    epoch: state.epoch,
    counter,
  };
}

export interface OpenResult {
  readonly state: SessionState;
  readonly message: AtalaMessage;
  readonly plaintext: Uint8Array;
  readonly epoch: number;
  readonly counter: number;
}

type Attempt = { plaintext: Uint8Array; counter: number } | undefined;

function tryCounter(crypto: CryptoProvider, key: Uint8Array, counter: number, content: Uint8Array, aad: Uint8Array): Attempt {
  const plaintext = crypto.aesGcmOpen(key, counterIv(crypto, counter), content, aad);
  return plaintext ? { plaintext, counter } : undefined;
}

/**
 * Trial-decrypts under one receive epoch: the expected counter first, then up to
 * RECEIVE_LOOKAHEAD ahead (lost records), then late arrivals inside the replay window.
 * Returns the opened record, or the classification of a duplicate.
 */
function openInEpoch(
  crypto: CryptoProvider,
  state: SessionState,
  rx: ReceiveEpoch,
  content: Uint8Array,
): { opened: Attempt; duplicateOf?: number } {
  const aad = cachedAad(rx.key, state.connectionId, rx.epoch, receiveDirection(state.role));
  const key = rx.key.expose();
  const w = rx.window;
  const top = Math.min(w.next + RECEIVE_LOOKAHEAD, MAX_COUNTER - 1);
  for (let c = w.next; c <= top; c++) {
    const a = tryCounter(crypto, key, c, content, aad);
    if (a) return { opened: a };
  }
  const bottom = Math.max(0, w.next - REPLAY_WINDOW);
  for (let c = w.next - 1; c >= bottom; c--) {
    if (counterStatus(w, c) !== 'late') continue;
    const a = tryCounter(crypto, key, c, content, aad);
    if (a) return { opened: a };
  }
  // Failure path only: is it a copy of a record already accepted? (lets the caller re-ack it)
  for (let c = w.next - 1; c >= bottom; c--) {
    if (counterStatus(w, c) !== 'duplicate') continue;
    if (tryCounter(crypto, key, c, content, aad)) return { opened: undefined, duplicateOf: c };
  }
  return { opened: undefined };
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
  if (!(content instanceof Uint8Array) || content.length < GCM_TAG_LENGTH) {
    throw new ProtocolError('decrypt_failed', `record content is ${content instanceof Uint8Array ? content.length : 0} bytes, shorter than a tag`);
  }
  const epochs: ReceiveEpoch[] = [state.receive];
  if (state.previousReceive) epochs.push(state.previousReceive);
  const pendingKeys = state.pendingRekey?.keys;
  const pendingRx: ReceiveEpoch | undefined =
    pendingKeys && state.pendingRekey ? { epoch: state.pendingRekey.epoch, key: pendingKeys.receiveKey, window: { next: 0, seen: 0n } } : undefined;
  if (pendingRx) epochs.push(pendingRx);

  let duplicateOf: { epoch: number; counter: number } | undefined;
  for (const rx of epochs) {
    const r = openInEpoch(crypto, state, rx, content);
    if (r.opened) {
      const message = decodeAtalaMessage(r.opened.plaintext);
      const window = markSeen(rx.window, r.opened.counter);
      let next: SessionState;
      if (rx === state.receive) next = { ...state, receive: { ...rx, window } };
      else if (rx === state.previousReceive) next = { ...state, previousReceive: { ...rx, window } };
      else next = completeHolderRekey(state, window); // only the issuer can seal under the pending keys: implicit confirmation
      return { state: next, message, plaintext: r.opened.plaintext, epoch: rx.epoch, counter: r.opened.counter };
    }
    if (r.duplicateOf !== undefined && !duplicateOf) duplicateOf = { epoch: rx.epoch, counter: r.duplicateOf };
  }
  if (duplicateOf) {
    throw Object.assign(new ProtocolError('replayed_message', `record with counter ${duplicateOf.counter} in epoch ${duplicateOf.epoch} was already accepted`), duplicateOf);
  }
  throw new ProtocolError(
    'decrypt_failed',
    `no counter in [${state.receive.window.next - REPLAY_WINDOW}, ${state.receive.window.next + RECEIVE_LOOKAHEAD}] of epoch ${state.receive.epoch} authenticates this record (forged, for another key, too old, or beyond the look-ahead: a counter resync repairs the last)`,
  );
}

/** Installs the holder's pending epoch keys (see control.ts, rekey). */
export function completeHolderRekey(state: SessionState, receiveWindow = { next: 0, seen: 0n }): SessionState {
  const p = state.pendingRekey;
  if (!p || !p.keys) throw new ProtocolError('rekey_failed', 'no holder rekey is pending');
  const { pendingRekey: _done, ...rest } = state;
  return {
    ...rest,
    epoch: p.epoch,
    sendKey: p.keys.sendKey,
    sendNext: 0,
    sendReservedUntil: 0,
    previousReceive: state.receive,
    receive: { epoch: p.epoch, key: p.keys.receiveKey, window: receiveWindow },
    peerReceiveNext: 0,
    mustRekey: false,
  };
}
