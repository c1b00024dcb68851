import { describe, expect, it } from 'vitest';
import {
  applyCounterResync,
  createCounterResync,
  open,
  ProtocolError,
  RECEIVE_LOOKAHEAD,
  REPLAY_WINDOW,
  receiveControl,
  reserveCounters,
  seal,
  startRekey,
  type CryptoProvider,
  type SessionState,
} from '../src/index.js';
import { counterIv } from '../src/record.js';
import { establish, NOW, PROVIDERS } from './helpers.js';

function sealN(crypto: CryptoProvider, state: SessionState, n: number, prefix = 'm') {
  let s = reserveCounters(state, n).state;
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = seal(crypto, s, { messageId: `${prefix}${i}` });
    s = r.state;
    out.push(r.message);
  }
  return { state: s, messages: out };
}

function expectCode(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (e) {
    expect(ProtocolError.is(e)).toBe(true);
    expect((e as ProtocolError).code).toBe(code);
    expect((e as Error).message.startsWith(`${code}: `)).toBe(true);
    return;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

describe.each(PROVIDERS)('record layer (%s provider)', (_name, crypto) => {
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

  it('both sides sealing counter 0 at the same time use different keys', async () => {
    const p = await establish(crypto);
    expect(p.issuer.sendKey.expose()).not.toEqual(p.holder.sendKey.expose());
    expect(p.issuer.sendKey.expose()).toEqual(p.holder.receive.key.expose());
    expect(p.holder.sendKey.expose()).toEqual(p.issuer.receive.key.expose());
    const a = sealN(crypto, p.issuer, 1).messages[0]!;
    const b = sealN(crypto, p.holder, 1).messages[0]!;
    // same counter, same plaintext, different ciphertext: different keys
    expect(a.content).not.toEqual(b.content);
  });

  it('sealing refuses a counter that was not reserved first', async () => {
    const p = await establish(crypto);
    expectCode(() => seal(crypto, p.issuer, { messageId: 'x' }), 'counter_not_reserved');
  });

  it("a party's own ciphertext reflected back is rejected", async () => {
    const p = await establish(crypto);
    const { state, messages } = sealN(crypto, p.issuer, 1);
    expectCode(() => open(crypto, state, messages[0]!), 'decrypt_failed');
  });

  it('a ciphertext moved to another connection_id is rejected', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    expectCode(() => open(crypto, p.holder, { ...m, connectionId: 'conn-other' }), 'wrong_connection');
    // and a session that really is on the other connection id cannot open it either (AAD binds it)
    const other = await establish(crypto, 'conn-other');
    expectCode(() => open(crypto, other.holder, { ...m, connectionId: 'conn-other' }), 'decrypt_failed');
  });

  it('flipping any byte of a sealed message is rejected and the genuine message still opens afterwards', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    for (let i = 0; i < m.content.length; i++) {
      const forged = m.content.slice();
      forged[i]! ^= 0x01 << i % 8;
      expectCode(() => open(crypto, p.holder, { content: forged, connectionId: m.connectionId }), 'decrypt_failed');
    }
    expect(open(crypto, p.holder, m).message.messageId).toBe('m0');
  });

  it('a truncated tag is rejected', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    for (const cut of [1, 4, 8, 15, 16, m.content.length]) {
      expectCode(() => open(crypto, p.holder, { content: m.content.subarray(0, m.content.length - cut), connectionId: m.connectionId }), 'decrypt_failed');
    }
  });

  it('failed decryption does not update the session', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    const before = JSON.stringify({ ...p.holder.receive, seen: p.holder.receive.window.seen.toString() }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    const forged = m.content.slice();
    forged[0]! ^= 1;
    expect(() => open(crypto, p.holder, { content: forged, connectionId: m.connectionId })).toThrow();
    const after = JSON.stringify({ ...p.holder.receive, seen: p.holder.receive.window.seen.toString() }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    expect(after).toBe(before);
    expect(p.holder.receive.window.next).toBe(0);
  });

  it('a replayed record is rejected as a duplicate and names its counter', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 3).messages;
    let h = open(crypto, p.holder, m[0]!).state;
    h = open(crypto, h, m[1]!).state;
    try {
      open(crypto, h, m[0]!);
      throw new Error('replay opened');
    } catch (e) {
      expect(ProtocolError.is(e, 'replayed_message')).toBe(true);
      expect((e as unknown as { counter: number }).counter).toBe(0);
    }
    expect(open(crypto, h, m[2]!).counter).toBe(2);
  });

  it('records arriving out of order within the window open exactly once', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 10).messages;
    let h = p.holder;
    for (const i of [3, 0, 9, 1, 2, 8, 4, 7, 5, 6]) {
      const r = open(crypto, h, m[i]!);
      expect(r.counter).toBe(i);
      h = r.state;
    }
    for (const x of m) expectCode(() => open(crypto, h, x), 'replayed_message');
  });

  it('a gap of exactly the look-ahead window opens; one more does not, and a counter resync repairs it', async () => {
    const p = await establish(crypto);
    const { state: issuer, messages } = sealN(crypto, p.issuer, RECEIVE_LOOKAHEAD + 2);
    // lose counters 0..LOOKAHEAD-1: counter LOOKAHEAD is a gap of exactly the window
    const atWindow = open(crypto, p.holder, messages[RECEIVE_LOOKAHEAD]!);
    expect(atWindow.counter).toBe(RECEIVE_LOOKAHEAD);
    // lose counters 0..LOOKAHEAD: counter LOOKAHEAD+1 is one past the window
    expectCode(() => open(crypto, p.holder, messages[RECEIVE_LOOKAHEAD + 1]!), 'decrypt_failed');
    const resync = createCounterResync(crypto, { ...issuer, sendNext: RECEIVE_LOOKAHEAD + 1 }, NOW);
    const repaired = receiveControl(crypto, p.holder, resync.sealed, NOW);
    expect(repaired.event).toEqual({ type: 'resync', epoch: 0, nextCounter: RECEIVE_LOOKAHEAD + 1 });
    expect(open(crypto, repaired.state, messages[RECEIVE_LOOKAHEAD + 1]!).counter).toBe(RECEIVE_LOOKAHEAD + 1);
  });

  it('a late record inside the replay window opens; one just older is rejected', async () => {
    const p = await establish(crypto);
    const { messages } = sealN(crypto, p.issuer, REPLAY_WINDOW + 2);
    // accept counter 0, then W+1: the window then covers counters 2 .. W+1
    const h0 = open(crypto, p.holder, messages[0]!).state;
    const h = open(crypto, h0, messages[REPLAY_WINDOW + 1]!).state;
    expect(open(crypto, h, messages[2]!).counter).toBe(2);
    expectCode(() => open(crypto, h, messages[1]!), 'decrypt_failed');
  });

  it('records are refused before the holder has checked key confirmation', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 1).messages[0]!;
    const unconfirmed = { ...p.holder, confirmed: false };
    expectCode(() => open(crypto, unconfirmed, m), 'not_confirmed');
    expectCode(() => seal(crypto, reserveCounters(unconfirmed, 1).state, {}), 'not_confirmed');
  });
});

describe.each(PROVIDERS)('counter resync (%s provider)', (_name, crypto) => {
  it('a forged resync message is rejected and changes nothing', async () => {
    const p = await establish(crypto);
    const r = createCounterResync(crypto, { ...p.issuer, sendNext: 500 }, NOW);
    const forged = { ...r.sealed, content: r.sealed.content.slice() };
    forged.content[3]! ^= 0x80;
    expectCode(() => receiveControl(crypto, p.holder, forged as typeof r.sealed, NOW), 'decrypt_failed');
  });

  it('a replayed resync message is rejected', async () => {
    const p = await establish(crypto);
    const r = createCounterResync(crypto, { ...p.issuer, sendNext: 500 }, NOW);
    const once = receiveControl(crypto, p.holder, r.sealed, NOW);
    expectCode(() => receiveControl(crypto, once.state, r.sealed, NOW + 1), 'control_replayed');
  });

  it('a reflected resync message is rejected', async () => {
    const p = await establish(crypto);
    const r = createCounterResync(crypto, { ...p.issuer, sendNext: 500 }, NOW);
    expectCode(() => receiveControl(crypto, r.state, r.sealed, NOW), 'decrypt_failed');
  });

  it('a counter-lowering resync message is rejected', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.issuer, 10);
    let h = p.holder;
    for (const x of m.messages) h = open(crypto, h, x).state;
    const r = createCounterResync(crypto, { ...m.state, sendNext: 5 }, NOW);
    expectCode(() => receiveControl(crypto, h, r.sealed, NOW), 'resync_backwards');
    const same = createCounterResync(crypto, r.state, NOW + 1);
    expectCode(() => receiveControl(crypto, h, same.sealed, NOW + 1), 'resync_backwards');
  });

  it('a resync never lowers anyone\'s send counter', async () => {
    const p = await establish(crypto);
    const m = sealN(crypto, p.holder, 5);
    const r = createCounterResync(crypto, { ...p.issuer, sendNext: 100 }, NOW);
    const applied = receiveControl(crypto, m.state, r.sealed, NOW);
    expect(applied.state.sendNext).toBe(5);
    expect(applied.state.receive.window.next).toBe(100);
  });

  it('resyncs beyond the rate limit are refused', async () => {
    const p = await establish(crypto);
    let h = p.holder;
    let err: unknown;
    for (let i = 1; i <= 20; i++) {
      try {
        h = applyCounterResync(h, { epoch: 0, nextCounter: i * 10 }, NOW + i);
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
    let issuer = p.issuer;
    const burned = sealN(crypto, { ...issuer, sendNext: 100, sendReservedUntil: 100 }, 10);
    issuer = burned.state;
    expectCode(() => open(crypto, p.holder, burned.messages[0]!), 'decrypt_failed');
    const r = createCounterResync(crypto, issuer, NOW, { epoch: 0, nextCounter: 100 });
    const applied = receiveControl(crypto, p.holder, r.sealed, NOW);
    expect(applied.event).toEqual({ type: 'resync', epoch: 0, nextCounter: 100 });
    let h = applied.state;
    for (const [i, m] of burned.messages.entries()) {
      const o = open(crypto, h, m);
      expect(o.counter).toBe(100 + i);
      h = o.state;
    }
    expect(() => createCounterResync(crypto, issuer, NOW, { epoch: 0, nextCounter: issuer.sendNext + 1 })).toThrow(RangeError);
    expect(() => createCounterResync(crypto, issuer, NOW, { epoch: 1, nextCounter: 0 })).toThrow(RangeError);
  });

  it('a resync may move the window of the previous receive epoch (records from before a rekey still on their way), and no older one', async () => {
    const p = await establish(crypto);
    const old = sealN(crypto, { ...p.holder, sendNext: 200, sendReservedUntil: 200 }, 3, 'old');
    // The issuer rekeys to epoch 1; its previous window (epoch 0) still expects counter 0.
    const bundle = startRekey(crypto, p.issuer, NOW);
    const atHolder = receiveControl(crypto, old.state, bundle.sealed, NOW);
    const switched = receiveControl(crypto, bundle.state, atHolder.reply!, NOW).state;
    expect([switched.receive.epoch, switched.previousReceive?.epoch]).toEqual([1, 0]);
    expectCode(() => open(crypto, switched, old.messages[0]!), 'decrypt_failed');
    const r = createCounterResync(crypto, atHolder.state, NOW + 1, { epoch: 0, nextCounter: 200 });
    const applied = receiveControl(crypto, switched, r.sealed, NOW + 1);
    expect(applied.state.previousReceive?.window.next).toBe(200);
    expect(applied.state.receive).toEqual(switched.receive);
    expect(open(crypto, applied.state, old.messages[0]!)).toMatchObject({ epoch: 0, counter: 200 });
    expectCode(() => applyCounterResync(switched, { epoch: 5, nextCounter: 10 }, NOW), 'epoch_mismatch');
  });

  it('a resync jump beyond the bound is refused', async () => {
    const p = await establish(crypto);
    expectCode(() => applyCounterResync(p.holder, { epoch: 0, nextCounter: 2 ** 31 }, NOW), 'resync_out_of_range');
  });
});
