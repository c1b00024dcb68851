import { describe, expect, it } from 'vitest';
import {
  applyCounterResync,
  CIPHER_SUITES,
  createCounterResync,
  decodeSessionState,
  encodeSessionState,
  MAX_RECEIVE_KEYS,
  observeSeals,
  open,
  ProtocolError,
  RECEIVE_LOOKAHEAD,
  REPLAY_WINDOW,
  seal,
  sealControl,
  startSendingKey,
  toHex,
  withoutSendingKey,
  type CryptoProvider,
  type SessionState,
} from '../src/index.js';
import { counterIv } from '../src/suites.js';
import { control, establish, expectCode, NOW, PROVIDERS, rekey, rekeyBundle, rekeyRequest, startSending } from './helpers.js';

/** The state with its sending key's next counter set to `next` (counters a sender burned). */
function burnedTo(state: SessionState, next: number): SessionState {
  return { ...state, sending: { ...state.sending!, next } };
}

function sealN(crypto: CryptoProvider, state: SessionState, n: number, prefix = 'm') {
  let s = state;
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = seal(crypto, s, { messageId: `${prefix}${i}` });
    s = r.state;
    out.push(r.message);
  }
  return { state: s, messages: out };
}


describe.each(PROVIDERS.flatMap(([name, crypto]) => CIPHER_SUITES.map((suite) => [name, crypto, suite] as const)))('record layer (%s provider, %s)', (_name, crypto, suite) => {
  it('the IV of counter n is the first 12 bytes of SHA-256 of n as uint64 big-endian', () => {
    const iv = counterIv(crypto, 1);
    expect(iv).toEqual(crypto.sha256(Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 1)).subarray(0, 12));
    expect(iv.length).toBe(12);
    // inside and beyond the per-provider IV cache, first and second use alike
    for (const n of [0, 255, 65_535, 65_536, 2 ** 32 - 2]) {
      const be = new Uint8Array(8);
      new DataView(be.buffer).setBigUint64(0, BigInt(n));
      const expected = crypto.sha256(be).subarray(0, 12);
      expect(counterIv(crypto, n)).toEqual(expected);
      expect(counterIv(crypto, n)).toEqual(expected);
    }
  });

  it('both sides sealing counter 0 at the same time use different keys, each the one its peer derived', async () => {
    const p = await establish(crypto, undefined, true, suite);
    expect(p.issuer.sending!.key.expose()).not.toEqual(p.holder.sending!.key.expose());
    expect(p.issuer.sending!.key.expose()).toEqual(p.holder.receive.keys[0]!.key.expose());
    expect(p.holder.sending!.key.expose()).toEqual(p.issuer.receive.keys[0]!.key.expose());
    // the direction (chain) keys never seal a record themselves
    expect(p.issuer.sending!.key.expose()).not.toEqual(p.issuer.sendChainKey.expose());
    const a = sealN(crypto, p.issuer, 1).messages[0]!;
    const b = sealN(crypto, p.holder, 1).messages[0]!;
    // same counter, same plaintext, different ciphertext: different keys
    expect(a.content).not.toEqual(b.content);
  });

  it('a state without a sending key refuses to seal, and a stored state never carries one', async () => {
    const p = await establish(crypto, undefined, true, suite);
    await expectCode(() => seal(crypto, withoutSendingKey(p.issuer), { messageId: 'x' }), 'no_sending_key');
    const loaded = decodeSessionState(encodeSessionState(p.issuer));
    expect(loaded.sending).toBeUndefined();
    await expectCode(() => seal(crypto, loaded, { messageId: 'x' }), 'no_sending_key');
    // a sending key of an earlier epoch does not seal in a later one
    await expectCode(() => seal(crypto, { ...p.issuer, epoch: 1 }, { messageId: 'x' }), 'no_sending_key');
  });

  it('a state restored from storage seals under a new key and never repeats a (key, IV) pair, and the peer opens every record once', async () => {
    const seen = new Set<string>();
    let repeats = 0;
    const observed = observeSeals(crypto, (o) => {
      const k = `${toHex(o.key)}/${toHex(o.iv)}`;
      if (seen.has(k)) repeats++;
      seen.add(k);
    });
    const p = await establish(observed, undefined, true, suite);
    // what the issuer's storage holds now; it then sends three records and is "restored"
    const snapshot = encodeSessionState(p.issuer);
    const before = sealN(observed, p.issuer, 3, 'before');
    let holder = p.holder;
    const restored = decodeSessionState(snapshot);
    const started = await startSending(observed, restored, holder, NOW + 1);
    holder = started.to;
    const after = sealN(observed, started.from, 3, 'after');
    expect(repeats).toBe(0);
    expect(seen.size).toBe(3 + 6); // three sending-key announcements (control channel) and six records
    expect(started.from.sending!.key.expose()).not.toEqual(p.issuer.sending!.key.expose());
    // the relay delivers the records of both lives, in any order: each opens exactly once
    const opened: string[] = [];
    for (const m of [...after.messages, ...before.messages]) {
      const o = open(crypto, holder, m);
      holder = o.state;
      opened.push(o.message.messageId);
    }
    expect(opened.sort()).toEqual(['after0', 'after1', 'after2', 'before0', 'before1', 'before2']);
    for (const m of [...before.messages, ...after.messages]) await expectCode(() => open(crypto, holder, m), 'replayed_message');
  });

  it('two processes on one stored state seal under different keys, and the receiver opens both streams interleaved', async () => {
    const p = await establish(crypto, undefined, false, suite);
    const a = await startSending(crypto, p.issuer, p.holder);
    const b = await startSending(crypto, p.issuer, a.to, NOW + 1);
    expect(a.from.sending!.keyId).not.toEqual(b.from.sending!.keyId);
    const ma = sealN(crypto, a.from, 5, 'a').messages;
    const mb = sealN(crypto, b.from, 5, 'b').messages;
    let h = b.to;
    const order = [ma[0], mb[0], mb[1], ma[1], ma[2], mb[2], mb[3], mb[4], ma[3], ma[4]];
    const got = order.map((m) => {
      const o = open(crypto, h, m!);
      h = o.state;
      return o.message.messageId;
    });
    expect(got).toEqual(['a0', 'b0', 'b1', 'a1', 'a2', 'b2', 'b3', 'b4', 'a3', 'a4']);
  });

  it('a record under a sending key that was never announced is rejected and changes nothing; it opens once the announcement arrives', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const started = startSendingKey(crypto, p.issuer, NOW + 1);
    const m = sealN(crypto, started.state, 1, 'x').messages[0]!;
    const before = encodeSessionState(p.holder);
    await expectCode(() => open(crypto, p.holder, m), 'decrypt_failed');
    expect(encodeSessionState(p.holder)).toEqual(before);
    const told = await control(crypto, p.holder, started.sealed, NOW + 1);
    expect(told.event).toMatchObject({ type: 'sending-key', epoch: 0 });
    expect(open(crypto, told.state, m).message.messageId).toBe('x0');
  });

  it(`the receiver keeps the ${MAX_RECEIVE_KEYS} newest sending keys of an epoch; a record under an older one is rejected`, async () => {
    const p = await establish(crypto, undefined, false, suite);
    let holder = p.holder;
    const lives: SessionState[] = [];
    for (let i = 0; i <= MAX_RECEIVE_KEYS; i++) {
      const s = await startSending(crypto, p.issuer, holder, NOW + i);
      holder = s.to;
      lives.push(s.from);
    }
    expect(holder.receive.keys).toHaveLength(MAX_RECEIVE_KEYS);
    const oldest = sealN(crypto, lives[0]!, 1, 'old').messages[0]!;
    await expectCode(() => open(crypto, holder, oldest), 'decrypt_failed');
    for (const life of lives.slice(1)) expect(open(crypto, holder, sealN(crypto, life, 1, 'new').messages[0]!).message.messageId).toBe('new0');
  });

  it('announcing the same sending key again leaves the receive keys and their windows as they were', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const m = sealN(crypto, p.issuer, 2);
    const h = open(crypto, p.holder, m.messages[0]!).state;
    const again = await control(crypto, h, startAgain(crypto, m.state), NOW + 5);
    expect(again.state.receive.keys).toEqual(h.receive.keys);
    expect(open(crypto, again.state, m.messages[1]!).counter).toBe(1);
  });

  it('an announcement for an epoch the receiver does not hold, or with a malformed key id, is refused and changes nothing', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const before = encodeSessionState(p.holder);
    const future = receiveControlBody(crypto, p.issuer, { sendingKey: { epoch: 7, keyId: new Uint8Array(16).fill(7) } }, NOW + 1);
    await expectCode(() => control(crypto, p.holder, future, NOW + 1), 'epoch_mismatch');
    expect(p.holder.receive.keys).toHaveLength(1);
    const bad = receiveControlBody(crypto, p.issuer, { sendingKey: { epoch: 0, keyId: new Uint8Array(15) } });
    await expectCode(() => control(crypto, p.holder, bad, NOW + 2), 'malformed_message');
    expect(encodeSessionState(p.holder)).toEqual(before);
  });

  it("a party's own ciphertext reflected back is rejected", async () => {
    const p = await establish(crypto, undefined, true, suite);
    const { state, messages } = sealN(crypto, p.issuer, 1);
    await expectCode(() => open(crypto, state, messages[0]!), 'decrypt_failed');
  });

  it('a ciphertext moved to another connection_id is rejected', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    await expectCode(() => open(crypto, p.holder, { ...m, connectionId: 'conn-other' }), 'wrong_connection');
    // and a session that really is on the other connection id cannot open it either (AAD binds it)
    const other = await establish(crypto, 'conn-other', true, suite);
    await expectCode(() => open(crypto, other.holder, { ...m, connectionId: 'conn-other' }), 'decrypt_failed');
  });

  it('flipping any byte of a sealed message is rejected and the genuine message still opens afterwards', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    for (let i = 0; i < m.content.length; i++) {
      const forged = m.content.slice();
      forged[i]! ^= 0x01 << i % 8;
      await expectCode(() => open(crypto, p.holder, { content: forged, connectionId: m.connectionId }), 'decrypt_failed');
    }
    expect(open(crypto, p.holder, m).message.messageId).toBe('m0');
  });

  it('a truncated tag is rejected', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    for (const cut of [1, 4, 8, 15, 16, m.content.length]) {
      await expectCode(() => open(crypto, p.holder, { content: m.content.subarray(0, m.content.length - cut), connectionId: m.connectionId }), 'decrypt_failed');
    }
  });

  it('failed decryption does not update the session', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    const before = encodeSessionState(p.holder);
    const forged = m.content.slice();
    forged[0]! ^= 1;
    expect(() => open(crypto, p.holder, { content: forged, connectionId: m.connectionId })).toThrow();
    expect(encodeSessionState(p.holder)).toEqual(before);
    expect(p.holder.receive.keys[0]!.window.next).toBe(0);
  });

  it('a replayed record is rejected as a duplicate and names its epoch, sending key and counter', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const m = sealN(crypto, p.issuer, 3).messages;
    let h = open(crypto, p.holder, m[0]!).state;
    h = open(crypto, h, m[1]!).state;
    try {
      open(crypto, h, m[0]!);
      throw new Error('replay opened');
    } catch (e) {
      expect(ProtocolError.is(e, 'replayed_message')).toBe(true);
      expect(e).toMatchObject({ epoch: 0, keyId: p.issuer.sending!.keyId, counter: 0 });
    }
    expect(open(crypto, h, m[2]!).counter).toBe(2);
  });

  it('records arriving out of order within the window open exactly once', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const m = sealN(crypto, p.issuer, 10).messages;
    let h = p.holder;
    for (const i of [3, 0, 9, 1, 2, 8, 4, 7, 5, 6]) {
      const r = open(crypto, h, m[i]!);
      expect(r.counter).toBe(i);
      h = r.state;
    }
    for (const x of m) await expectCode(() => open(crypto, h, x), 'replayed_message');
  });

  it('a gap of exactly the look-ahead window opens; one more does not, and a counter resync repairs it', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const { state: issuer, messages } = sealN(crypto, p.issuer, RECEIVE_LOOKAHEAD + 2);
    // lose counters 0..LOOKAHEAD-1: counter LOOKAHEAD is a gap of exactly the window
    const atWindow = open(crypto, p.holder, messages[RECEIVE_LOOKAHEAD]!);
    expect(atWindow.counter).toBe(RECEIVE_LOOKAHEAD);
    // lose counters 0..LOOKAHEAD: counter LOOKAHEAD+1 is one past the window
    await expectCode(() => open(crypto, p.holder, messages[RECEIVE_LOOKAHEAD + 1]!), 'decrypt_failed');
    const resync = createCounterResync(crypto, burnedTo(issuer, RECEIVE_LOOKAHEAD + 1), NOW);
    const repaired = await control(crypto, p.holder, resync.sealed, NOW);
    expect(repaired.event).toEqual({ type: 'resync', epoch: 0, keyId: issuer.sending!.keyId, nextCounter: RECEIVE_LOOKAHEAD + 1 });
    expect(open(crypto, repaired.state, messages[RECEIVE_LOOKAHEAD + 1]!).counter).toBe(RECEIVE_LOOKAHEAD + 1);
  });

  it('a late record inside the replay window opens; one just older is rejected', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const { messages } = sealN(crypto, p.issuer, REPLAY_WINDOW + 2);
    // accept counter 0, then W+1: the window then covers counters 2 .. W+1
    const h0 = open(crypto, p.holder, messages[0]!).state;
    const h = open(crypto, h0, messages[REPLAY_WINDOW + 1]!).state;
    expect(open(crypto, h, messages[2]!).counter).toBe(2);
    await expectCode(() => open(crypto, h, messages[1]!), 'decrypt_failed');
  });

  it('records are refused before the holder has checked key confirmation', async () => {
    const p = await establish(crypto, undefined, true, suite);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    const unconfirmed = { ...p.holder, confirmed: false };
    await expectCode(() => open(crypto, unconfirmed, m), 'not_confirmed');
    await expectCode(() => seal(crypto, unconfirmed, {}), 'not_confirmed');
    await expectCode(() => startSendingKey(crypto, unconfirmed, NOW), 'not_confirmed');
  });
});

describe.each(PROVIDERS)('counter resync (%s provider)', (_name, crypto) => {
  it('a forged resync message is rejected and changes nothing', async () => {
    const p = await establish(crypto);
    const r = createCounterResync(crypto, burnedTo(p.issuer, 500), NOW);
    const forged = { ...r.sealed, content: r.sealed.content.slice() };
    forged.content[3]! ^= 0x80;
    const before = encodeSessionState(p.holder);
    await expectCode(() => control(crypto, p.holder, forged as typeof r.sealed, NOW), 'decrypt_failed');
    expect(encodeSessionState(p.holder)).toEqual(before);
    // The genuine resync still applies afterwards: the forgery consumed no control sequence.
    expect((await control(crypto, p.holder, r.sealed, NOW)).event).toMatchObject({ type: 'resync' });
  });

  it('a replayed resync message is rejected', async () => {
    const p = await establish(crypto);
    const r = createCounterResync(crypto, burnedTo(p.issuer, 500), NOW);
    const once = await control(crypto, p.holder, r.sealed, NOW);
    await expectCode(() => control(crypto, once.state, r.sealed, NOW + 1), 'control_replayed');
  });

  it('a reflected resync message is rejected', async () => {
    const p = await establish(crypto);
    const r = createCounterResync(crypto, burnedTo(p.issuer, 500), NOW);
    await expectCode(() => control(crypto, r.state, r.sealed, NOW), 'decrypt_failed');
  });

  it('a counter-lowering resync message is rejected', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 10);
    let h = p.holder;
    for (const x of m.messages) h = open(crypto, h, x).state;
    const r = createCounterResync(crypto, burnedTo(m.state, 5), NOW);
    await expectCode(() => control(crypto, h, r.sealed, NOW), 'resync_backwards');
    const same = createCounterResync(crypto, r.state, NOW + 1);
    await expectCode(() => control(crypto, h, same.sealed, NOW + 1), 'resync_backwards');
  });

  it('a resync never lowers anyone\'s send counter', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.holder, 5);
    const r = createCounterResync(crypto, burnedTo(p.issuer, 100), NOW);
    const applied = await control(crypto, m.state, r.sealed, NOW);
    expect(applied.state.sending!.next).toBe(5);
    expect(applied.state.receive.keys[0]!.window.next).toBe(100);
  });

  it('resyncs beyond the rate limit are refused', async () => {
    const p = await establish(crypto);
    let h = p.holder;
    let err: unknown;
    for (let i = 1; i <= 20; i++) {
      try {
        h = applyCounterResync(h, { epoch: 0, keyId: p.issuer.sending!.keyId, nextCounter: i * 10 }, NOW + i);
      } catch (e) {
        err = e;
        break;
      }
    }
    expect(ProtocolError.is(err, 'resync_rate_limited')).toBe(true);
  });

  it('a resync may name the oldest unacknowledged record instead of the send position, never a counter above it', async () => {
    const p = await establish(crypto);
    // The holder was rolled back: it expects counter 0 while the issuer's records 100.. are unacknowledged.
    const keyId = p.issuer.sending!.keyId;
    const burned = sealN(crypto, burnedTo(p.issuer, 100), 10);
    const issuer = burned.state;
    await expectCode(() => open(crypto, p.holder, burned.messages[0]!), 'decrypt_failed');
    const r = createCounterResync(crypto, issuer, NOW, { epoch: 0, keyId, nextCounter: 100 });
    const applied = await control(crypto, p.holder, r.sealed, NOW);
    expect(applied.event).toEqual({ type: 'resync', epoch: 0, keyId, nextCounter: 100 });
    let h = applied.state;
    for (const [i, m] of burned.messages.entries()) {
      const o = open(crypto, h, m);
      expect(o.counter).toBe(100 + i);
      h = o.state;
    }
    expect(() => createCounterResync(crypto, issuer, NOW, { epoch: 0, keyId, nextCounter: issuer.sending!.next + 1 })).toThrow(RangeError);
    expect(() => createCounterResync(crypto, issuer, NOW, { epoch: 1, keyId, nextCounter: 0 })).toThrow(RangeError);
  });

  it('a resync may move the window of the previous receive epoch (records from before a rekey still on their way), and no older one', async () => {
    const p = await establish(crypto);
    const keyId = p.holder.sending!.keyId;
    const old = sealN(crypto, burnedTo(p.holder, 200), 3, 'old');
    // The issuer rekeys to epoch 1; its previous window (epoch 0) still expects counter 0.
    const bundle = await rekeyBundle(crypto, p.issuer, NOW);
    const atHolder = await control(crypto, old.state, bundle.sealed, NOW);
    const switched = (await control(crypto, bundle.state, atHolder.reply!, NOW)).state;
    expect([switched.receive.epoch, switched.previousReceive?.epoch]).toEqual([1, 0]);
    await expectCode(() => open(crypto, switched, old.messages[0]!), 'decrypt_failed');
    const r = createCounterResync(crypto, atHolder.state, NOW + 1, { epoch: 0, keyId, nextCounter: 200 });
    const applied = await control(crypto, switched, r.sealed, NOW + 1);
    expect(applied.state.previousReceive?.keys[0]!.window.next).toBe(200);
    expect(applied.state.receive).toEqual(switched.receive);
    expect(open(crypto, applied.state, old.messages[0]!)).toMatchObject({ epoch: 0, counter: 200 });
    await expectCode(() => applyCounterResync(switched, { epoch: 5, keyId, nextCounter: 10 }, NOW), 'epoch_mismatch');
    await expectCode(() => applyCounterResync(switched, { epoch: 0, keyId: new Uint8Array(16), nextCounter: 300 }, NOW), 'unknown_key');
  });

  it('a resync jump beyond the bound is refused', async () => {
    const p = await establish(crypto);
    await expectCode(() => applyCounterResync(p.holder, { epoch: 0, keyId: p.issuer.sending!.keyId, nextCounter: 2 ** 31 }, NOW), 'resync_out_of_range');
  });
});

/** The same sending key announced again (a repair after a lost announcement). */
function startAgain(crypto: CryptoProvider, s: SessionState) {
  return receiveControlBody(crypto, s, { sendingKey: { epoch: s.sending!.epoch, keyId: s.sending!.keyId } }, NOW + 5);
}

/** Seals an arbitrary control body from `s` (for malformed and repeated messages). */
function receiveControlBody(crypto: CryptoProvider, s: SessionState, body: Parameters<typeof sealControl>[2], now = NOW + 2) {
  return sealControl(crypto, s, body, now).sealed;
}
