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
  seal,
  startRekey,
  type CryptoProvider,
  type SessionState,
} from '../src/index.js';
import { establish, NOW, PROVIDERS, startSending } from './helpers.js';

function send(crypto: CryptoProvider, s: SessionState, id: string) {
  const r = seal(crypto, s, { messageId: id });
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

describe.each(PROVIDERS)('rekey and epochs (%s provider)', (_name, crypto) => {
  it('a rekey gives both sides a new epoch with fresh chain keys; each then seals under a new sending key from counter 0', async () => {
    const p = await establish(crypto);
    const r = rekey(crypto, p.issuer, p.holder);
    expect(r.issuer.epoch).toBe(1);
    expect(r.holder.epoch).toBe(1);
    expect(r.issuer.sendChainKey.expose()).not.toEqual(p.issuer.sendChainKey.expose());
    expect(r.issuer.sendChainKey.expose()).toEqual(r.holder.receive.chainKey.expose());
    // the old sending key went with its epoch
    expect(r.issuer.sending).toBeUndefined();
    expect(() => seal(crypto, r.issuer, { messageId: 'x' })).toThrow(/no_sending_key/);
    const started = startSending(crypto, r.issuer, r.holder, NOW + 1);
    const m = send(crypto, started.from, 'after');
    const o = open(crypto, started.to, m.message);
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
    // the relay withholds the confirmation but delivers the new epoch's sending key and a record
    const started = startSending(crypto, atIssuer.state, atHolder.state, NOW + 1);
    expect(started.to.epoch).toBe(0); // an announcement alone installs nothing
    const m = send(crypto, started.from, 'new');
    const o = open(crypto, started.to, m.message);
    expect(o.epoch).toBe(1);
    expect(o.state.epoch).toBe(1);
    expect(o.state.pendingRekey).toBeUndefined();
    // the late confirmation was overtaken by the announcement: refused as replayed, and harmless
    expect(() => receiveControl(crypto, o.state, atIssuer.reply!, NOW)).toThrow(/control_replayed/);
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

  it('a state restored to an older epoch is detected from the peer status and refuses to send until rekeyed', async () => {
    const p = await establish(crypto);
    const snapshot = encodeSessionState(p.holder); // backup taken in epoch 0
    const r1 = rekey(crypto, p.issuer, p.holder);
    // the holder is restored from the backup: epoch 0, which the issuer keeps only as its previous epoch
    let restored = decodeSessionState(snapshot);
    const status = createStatusReport(crypto, r1.issuer, NOW + 1);
    const applied = receiveControl(crypto, restored, status.sealed, NOW + 1);
    expect(applied.event).toMatchObject({ type: 'status', restored: true, epoch: 1, receiveEpoch: 1 });
    restored = startSending(crypto, applied.state, r1.issuer, NOW + 2).from;
    expect(needsRekey(restored)).toBe(true);
    expect(() => seal(crypto, restored, { messageId: 'pointless' })).toThrow(/rekey_required/);
    // rekey over the control channel, then sending works again under fresh keys
    const r2 = rekey(crypto, status.state, restored, NOW + 3);
    expect(r2.holder.epoch).toBeGreaterThanOrEqual(2);
    const started = startSending(crypto, r2.holder, r2.issuer, NOW + 4);
    const fresh = send(crypto, started.from, 'fresh');
    expect(open(crypto, started.to, fresh.message).epoch).toBe(r2.holder.epoch);
  });

  it('a status report from a peer in the same epoch never stops a restored party from sending: its new sending key is fresh', async () => {
    const p = await establish(crypto);
    const snapshot = encodeSessionState(p.holder);
    let issuer = p.issuer;
    let holder = p.holder;
    for (let i = 0; i < 4; i++) {
      const m = send(crypto, holder, `m${i}`);
      holder = m.state;
      issuer = open(crypto, issuer, m.message).state;
    }
    const status = createStatusReport(crypto, issuer, NOW + 1);
    const applied = receiveControl(crypto, decodeSessionState(snapshot), status.sealed, NOW + 1);
    expect(applied.event).toMatchObject({ type: 'status', restored: false, receiveKeys: [{ keyId: p.holder.sending!.keyId, next: 4 }] });
    const started = startSending(crypto, applied.state, status.state, NOW + 2);
    const m = send(crypto, started.from, 'after-restore');
    expect(open(crypto, started.to, m.message)).toMatchObject({ epoch: 0, counter: 0 });
  });

  it('session state survives the storage codec byte for byte', async () => {
    const p = await establish(crypto);
    const r = rekey(crypto, p.issuer, p.holder);
    const pendingHolder = receiveControl(crypto, r.holder, startRekey(crypto, r.issuer, NOW + 1).sealed, NOW + 1).state;
    for (const s of [p.issuer, p.holder, r.issuer, r.holder, startRekey(crypto, r.issuer, NOW).state, pendingHolder]) {
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
