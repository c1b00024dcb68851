/**
 * The session part of the test vectors (docs/test-vectors.json, protocol.md 21), written once:
 * what each party seals, loses, opens and sends on the control channel, in order, from the
 * established session to the close. `scripts/gen-vectors.ts` runs it to write the vectors, and
 * `protocol-vectors.test.ts` runs it again to check that an implementation reproduces them; each
 * passes hooks that record or compare.
 */
import {
  createConnectionClose,
  createCounterResync,
  createStatusReport,
  encodeAtalaMessage,
  RECEIVE_LOOKAHEAD,
  requestRekey,
  seal,
  startSendingKey,
  withoutSendingKey,
  type AtalaMessageInput,
  type ControlResult,
  type CryptoProvider,
  type DidSigner,
  type SealedControl,
  type SealResult,
  type SessionState,
} from '../../src/index.js';

/** One party of the scenario; `state` moves on as it runs. */
export interface Party {
  readonly crypto: CryptoProvider;
  readonly signer: DidSigner;
  state: SessionState;
}

export interface ScenarioTimes {
  sendingKeys: number;
  status: number;
  restart: number;
  resync: number;
  rekey: number;
  sendingKeysEpoch1: number;
  close: number;
}

export interface ScenarioHooks {
  /**
   * Called before a step in which `from` may draw randomness: before it seals a control message,
   * and before it receives one it may answer (its answer draws then).
   */
  mark(from: Party): void;
  /** `from` sealed the record vector `name` (`before`: the state it sealed with). */
  sealed(name: string, from: Party, before: SessionState, r: SealResult, plaintext: Uint8Array, message: AtalaMessageInput, note: string): void;
  /** `to` opens the record vector `name`: returns its state after. */
  open(name: string, to: Party): SessionState;
  /** `from` (already in its state after sealing) sent the control vector `name` at `now`. */
  sent(name: string, from: Party, sealed: SealedControl, now: number, note: string): void;
  /** `to` receives the control vector `name` (as sent) at `now`. */
  receive(name: string, to: Party, sealed: SealedControl, now: number): Promise<Pick<ControlResult, 'state' | 'reply'> & { event?: ControlResult['event'] }>;
}

export const VECTOR_JWT = 'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJ2YyI6eyJ0eXBlIjpbIlZlcmlmaWFibGVDcmVkZW50aWFsIl19fQ.c2lnbmF0dXJl';

/** Runs the session scenario from the confirmed handshake to the issuer's close. */
export async function runSessionScenario(issuer: Party, holder: Party, t: ScenarioTimes, h: ScenarioHooks): Promise<{ holderPendingRekey: SessionState['pendingRekey']; beforeResync: SessionState }> {
  const sealVector = (from: Party, name: string, message: AtalaMessageInput, note: string) => {
    const before = from.state;
    const plaintext = encodeAtalaMessage(message);
    const r = seal(from.crypto, before, plaintext);
    from.state = r.state;
    h.sealed(name, from, before, r, plaintext, message, note);
  };
  /** Records the relay loses: sealed (the counter moves on), delivered nowhere. */
  const lose = (from: Party, n: number) => {
    for (let i = 0; i < n; i++) from.state = seal(from.crypto, from.state, { messageId: `lost-${i}` }).state;
  };
  const open = (to: Party, ...names: string[]) => {
    for (const n of names) to.state = h.open(n, to);
  };
  const control = async (from: Party, to: Party, name: string, now: number, note: string, make: () => { state: SessionState; sealed: SealedControl } | Promise<{ state: SessionState; sealed: SealedControl }>) => {
    h.mark(from);
    const out = await make();
    from.state = out.state;
    h.sent(name, from, out.sealed, now, note);
    h.mark(to); // its answer, if any, draws while it receives
    const got = await h.receive(name, to, out.sealed, now);
    to.state = got.state;
    return got;
  };
  /** `to`'s answer to what it just received, sent as the control vector `name`. */
  const answer = async (got: { state: SessionState; reply?: SealedControl }, from: Party, to: Party, name: string, now: number, note: string) => {
    if (!got.reply) throw new Error(`${name}: no answer`);
    h.sent(name, from, got.reply, now, note);
    h.mark(to);
    const next = await h.receive(name, to, got.reply, now);
    to.state = next.state;
    return next;
  };

  // sending keys of epoch 0
  await control(issuer, holder, 'sending-key-i2h', t.sendingKeys, "issuer's SendingKey for epoch 0: draws the 16-byte key id, then the control IV", () => startSendingKey(issuer.crypto, issuer.state, t.sendingKeys));
  await control(holder, issuer, 'sending-key-h2i', t.sendingKeys, "holder's SendingKey for epoch 0", () => startSendingKey(holder.crypto, holder.state, t.sendingKeys));

  // epoch 0 records: counters 0, 1, 2, then 64 lost, then 67, both ways
  sealVector(issuer, 'i2h-e0-c0', { messageId: 'i2h-0', credentialJwt: { jwt: VECTOR_JWT } }, 'first record from the issuer');
  sealVector(issuer, 'i2h-e0-c1', { messageId: 'i2h-1', replyTo: 'h2i-1', proofRequest: { typeIds: ['UniversityDegreeCredential'] } }, 'second record');
  sealVector(issuer, 'i2h-e0-c2', { messageId: 'i2h-2', customMessage: { type_url: 'type.googleapis.com/example.Greeting', value: Uint8Array.of(0x0a, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f) } }, 'third record: a google.protobuf.Any payload (field 10)');
  lose(issuer, RECEIVE_LOOKAHEAD);
  sealVector(
    issuer,
    'i2h-e0-c67',
    { messageId: 'i2h-67', credentialRevoked: { encodedCredential: 'eyJpZCI6InVybjp1dWlkOjdkMWY0YTllIn0', reason: 'superseded' } },
    'after the relay lost counters 3..66: exactly RECEIVE_LOOKAHEAD lost records, the furthest the receiver still finds without a resync',
  );
  sealVector(holder, 'h2i-e0-c0', { messageId: 'h2i-0', e2eAck: { epoch: 0, keyId: issuer.state.sending!.keyId, counters: [0, 1, 2], receiveNext: 3 } }, "an end-to-end ack (field 50, packed counters) naming the issuer's sending key");
  sealVector(holder, 'h2i-e0-c1', { messageId: 'h2i-1', atalaErrorMessage: { status: { code: 3, message: 'proof type not supported' } } }, 'second record');
  sealVector(holder, 'h2i-e0-c2', {}, 'an empty AtalaMessage: zero-length plaintext, the content is the tag alone');
  lose(holder, RECEIVE_LOOKAHEAD);
  sealVector(holder, 'h2i-e0-c67', { messageId: 'h2i-67', plainCredential: { encodedCredential: 'eyJpZCI6ImNyZWQtMSJ9', encodedMerkleProof: 'bWVya2xl' } }, 'after the relay lost counters 3..66');
  open(holder, 'i2h-e0-c0', 'i2h-e0-c1', 'i2h-e0-c2', 'i2h-e0-c67');
  open(issuer, 'h2i-e0-c0', 'h2i-e0-c1', 'h2i-e0-c2', 'h2i-e0-c67');

  // the holder reports its keys and positions; the issuer finds nothing wrong
  const status = await control(
    holder,
    issuer,
    'status-h2i',
    t.status,
    "holder's StatusReport: its sending key and next counter, and the issuer's sending key it holds with one past the highest counter accepted",
    () => createStatusReport(holder.crypto, holder.state, t.status),
  );
  if (status.event && (status.event.type !== 'status' || status.event.restored)) throw new Error('status report flagged a restore');

  // the issuer restarts from its stored state (no sending key): a new key, counters from 0 again
  issuer.state = withoutSendingKey(issuer.state);
  await control(issuer, holder, 'sending-key-i2h-restart', t.restart, 'the issuer restarted: a new sending key for the same epoch, announced before its first record', () => startSendingKey(issuer.crypto, issuer.state, t.restart));
  sealVector(issuer, 'i2h-e0-restart-c0', { messageId: 'i2h-r0', replyTo: 'h2i-67' }, 'first record after the restart: counter 0 again, under a different key');
  open(holder, 'i2h-e0-restart-c0');

  // the relay loses 1000 records; the issuer resyncs the holder past them
  lose(issuer, 1000);
  h.mark(issuer);
  const resync = createCounterResync(issuer.crypto, issuer.state, t.resync);
  issuer.state = resync.state;
  h.sent('resync-i2h', issuer, resync.sealed, t.resync, 'the relay lost counters 1..1000 under the new key; the issuer names 1001');
  sealVector(issuer, 'i2h-e0-restart-c1001', { messageId: 'i2h-r1001' }, 'beyond the look-ahead: opens only after the holder applied resync-i2h');
  const beforeResync = holder.state;
  holder.state = (await h.receive('resync-i2h', holder, resync.sealed, t.resync)).state;
  open(holder, 'i2h-e0-restart-c1001');

  // rekey to epoch 1, asked for by the holder
  const requested = await control(holder, issuer, 'rekey-request-h2i', t.rekey, "holder's RekeyRequest { min_epoch = 1, reason, current_epoch = 0 }, signed by the holder's DID", () => requestRekey(holder.crypto, holder.state, 'policy', t.rekey, holder.signer));
  if (requested.event && requested.event.type !== 'rekey-requested') throw new Error('the issuer did not answer the rekey request');
  const bundle = await answer(requested, issuer, holder, 'rekey-bundle-i2h', t.rekey, "issuer's RekeyBundle, its answer: a fresh pre-key P for epoch 1, chained to epoch 0 (base_epoch 0), signed by the issuer's DID");
  const holderPendingRekey = holder.state.pendingRekey;
  const init = await answer(bundle, holder, issuer, 'rekey-init-h2i', t.rekey, "holder's RekeyInit: its fresh ephemeral key E and confirmation tag, signed by the holder's DID");
  await answer(init, issuer, holder, 'rekey-confirmation-i2h', t.rekey, "issuer's RekeyConfirmation; the issuer already sends under epoch 1");
  if (issuer.state.epoch !== 1 || holder.state.epoch !== 1) throw new Error('rekey did not reach epoch 1');

  // sending keys and records of epoch 1
  await control(issuer, holder, 'sending-key-i2h-e1', t.sendingKeysEpoch1, "issuer's SendingKey for epoch 1 (derived from the epoch 1 issuer-to-holder key)", () => startSendingKey(issuer.crypto, issuer.state, t.sendingKeysEpoch1));
  await control(holder, issuer, 'sending-key-h2i-e1', t.sendingKeysEpoch1, "holder's SendingKey for epoch 1", () => startSendingKey(holder.crypto, holder.state, t.sendingKeysEpoch1));
  sealVector(issuer, 'i2h-e1-c0', { messageId: 'i2h-e1-0', credentialJwt: { jwt: VECTOR_JWT } }, 'first record of epoch 1 from the issuer');
  sealVector(holder, 'h2i-e1-c0', { messageId: 'h2i-e1-0', e2eAck: { epoch: 1, keyId: issuer.state.sending!.keyId, counters: [0], receiveNext: 1 } }, 'first record of epoch 1 from the holder');
  open(holder, 'i2h-e1-c0');
  open(issuer, 'h2i-e1-c0');

  // the issuer ends the connection (12.3): its last message, under epoch 1's control key
  const closed = await control(issuer, holder, 'close-i2h-e1', t.close, "issuer's ConnectionClose { reason }: the holder ends the connection on it, never on the connector's notice", () => createConnectionClose(issuer.crypto, issuer.state, t.close, 'offer withdrawn'));
  if (closed.event && closed.event.type !== 'close') throw new Error('the close did not open as a close');
  return { holderPendingRekey, beforeResync };
}
