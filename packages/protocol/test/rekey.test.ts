import { describe, expect, it } from 'vitest';
import {
  createStatusReport,
  decodeSessionState,
  encodeSessionState,
  needsRekey,
  open,
  ProtocolError,
  receiveControl,
  requestRekey,
  reserveCounters,
  resumeAfterRestart,
  seal,
  startRekey,
  type CryptoProvider,
  type SessionState,
} from '../src/index.js';
import { establish, NOW, PROVIDERS } from './helpers.js';

function send(crypto: CryptoProvider, s: SessionState, id: string) {
  const r = seal(crypto, reserveCounters(s, 1).state, { messageId: id });
  return { state: r.state, message: r.message };
}

/** Runs issuer-started rekey to completion; returns both new states. */
function rekey(crypto: CryptoProvider, issuer: SessionState, holder: SessionState, now = NOW) {
  const bundle = startRekey(crypto, issuer, now);
  const atHolder = receiveControl(crypto, holder, bundle.sealed, now);
  expect(atHolder.event.type).toBe('rekey-answered');
  const atIssuer = receiveControl(crypto, bundle.state, atHolder.reply!, now);
  expect(atIssuer.event.type).toBe('rekeyed');
  const done = receiveControl(crypto, atHolder.state, atIssuer.reply!, now);
  expect(done.event.type).toBe('rekeyed');
  return { issuer: atIssuer.state, holder: done.state };
}

describe.each(PROVIDERS)('rekey and restore detection (%s provider)', (_name, crypto) => {
  it('a rekey gives both sides a new epoch with fresh keys and counters from 0', async () => {
    const p = await establish(crypto);
    const r = rekey(crypto, p.issuer, p.holder);
    expect(r.issuer.epoch).toBe(1);
    expect(r.holder.epoch).toBe(1);
    expect(r.issuer.sendKey.expose()).not.toEqual(p.issuer.sendKey.expose());
    expect(r.issuer.sendKey.expose()).toEqual(r.holder.receive.key.expose());
    const m = send(crypto, r.issuer, 'after');
    const o = open(crypto, r.holder, m.message);
    expect([o.epoch, o.counter]).toEqual([1, 0]);
  });

  it('records of the previous epoch still in flight open after the rekey', async () => {
    const p = await establish(crypto);
    const old = send(crypto, p.holder, 'old');
    const r = rekey(crypto, p.issuer, old.state);
    const o = open(crypto, r.issuer, old.message);
    expect([o.epoch, o.message.messageId]).toEqual([0, 'old']);
  });

  it('a record under the pending keys completes the holder side of a rekey', async () => {
    const p = await establish(crypto);
    const bundle = startRekey(crypto, p.issuer, NOW);
    const atHolder = receiveControl(crypto, p.holder, bundle.sealed, NOW);
    const atIssuer = receiveControl(crypto, bundle.state, atHolder.reply!, NOW);
    // the relay withholds the confirmation but delivers a new-epoch record
    const m = send(crypto, atIssuer.state, 'new');
    const o = open(crypto, atHolder.state, m.message);
    expect(o.epoch).toBe(1);
    expect(o.state.epoch).toBe(1);
    expect(o.state.pendingRekey).toBeUndefined();
    // the late confirmation is then harmless
    expect(receiveControl(crypto, o.state, atIssuer.reply!, NOW).event.type).toBe('rekeyed');
  });

  it('the holder asks, the issuer answers with a rekey', async () => {
    const p = await establish(crypto);
    const req = requestRekey(crypto, p.holder, 'policy', NOW);
    const atIssuer = receiveControl(crypto, p.issuer, req.sealed, NOW);
    expect(atIssuer.event).toEqual({ type: 'rekey-requested', minEpoch: 1 });
    const atHolder = receiveControl(crypto, req.state, atIssuer.reply!, NOW);
    const fin = receiveControl(crypto, atIssuer.state, atHolder.reply!, NOW);
    const done = receiveControl(crypto, atHolder.state, fin.reply!, NOW);
    expect([fin.state.epoch, done.state.epoch]).toEqual([1, 1]);
  });

  it('a state restored from an older copy is detected from the peer status and refuses to send until rekeyed', async () => {
    const p = await establish(crypto);
    const snapshot = encodeSessionState(reserveCounters(p.holder, 4).state); // backup taken here
    let holder = decodeSessionState(snapshot);
    let issuer = p.issuer;
    for (let i = 0; i < 4; i++) {
      const m = seal(crypto, holder, { messageId: `m${i}` });
      holder = m.state;
      issuer = open(crypto, issuer, m.message).state;
    }
    // the holder is restored from the backup: its sendNext is 0 again
    let restored = decodeSessionState(snapshot);
    const status = createStatusReport(crypto, issuer, NOW);
    const applied = receiveControl(crypto, restored, status.sealed, NOW);
    expect(applied.event).toEqual({ type: 'status', restored: true, replyRequested: false, epoch: 0, receiveEpoch: 0, receiveNext: 4 });
    restored = applied.state;
    expect(needsRekey(restored)).toBe(true);
    expect(() => seal(crypto, restored, { messageId: 'reuse?' })).toThrow(/rekey_required/);
    // rekey over the control channel, then sending works again under fresh keys
    const r = rekey(crypto, status.state, restored, NOW + 1);
    const fresh = send(crypto, r.holder, 'fresh');
    expect(open(crypto, r.issuer, fresh.message).epoch).toBeGreaterThanOrEqual(1);
  });

  it('after a restart the unused rest of a reserved block is burned, never reused', async () => {
    const p = await establish(crypto);
    const reserved = reserveCounters(p.issuer, 100).state;
    const one = seal(crypto, reserved, { messageId: 'a' });
    // crash: the persisted state is `reserved` (sendNext 0, reservedUntil 100)
    const resumed = resumeAfterRestart(decodeSessionState(encodeSessionState(reserved)));
    expect(resumed.skipped).toBe(100);
    expect(resumed.state.sendNext).toBe(100);
    const two = seal(crypto, reserveCounters(resumed.state, 1).state, { messageId: 'b' });
    const h1 = open(crypto, p.holder, one.message);
    // 100 counters were burned, more than the look-ahead: the receiver needs the resync
    expect(() => open(crypto, h1.state, two.message)).toThrow(ProtocolError);
  });

  it('session state survives the storage codec byte for byte', async () => {
    const p = await establish(crypto);
    const r = rekey(crypto, p.issuer, p.holder);
    for (const s of [p.issuer, p.holder, r.issuer, r.holder, startRekey(crypto, r.issuer, NOW).state]) {
      const bytes = encodeSessionState(s);
      expect(encodeSessionState(decodeSessionState(bytes))).toEqual(bytes);
    }
  });

  it('a corrupt stored session is refused with state_corrupt', async () => {
    const p = await establish(crypto);
    const bytes = encodeSessionState(p.issuer);
    expect(() => decodeSessionState(bytes.subarray(0, bytes.length - 5))).toThrow(/state_corrupt/);
    expect(() => decodeSessionState(Uint8Array.of(0x08, 0x09))).toThrow(/state_corrupt/);
  });
});
