import { describe, expect, it } from 'vitest';
import { createConnectionClose, encodeSessionState, MAX_CLOSE_REASON_BYTES, sealControl } from '../src/index.js';
import { control, establish, expectCode, NOW, PROVIDERS } from './helpers.js';

describe.each(PROVIDERS)('ConnectionClose (%s provider)', (_name, crypto) => {
  it("the peer's close opens under the epoch's control key and reports its reason, changing no keys", async () => {
    const p = await establish(crypto);
    const closed = createConnectionClose(crypto, p.issuer, NOW, 'credential offer withdrawn');
    const got = await control(crypto, p.holder, closed.sealed, NOW);
    expect(got.event).toEqual({ type: 'close', reason: 'credential offer withdrawn' });
    expect(got.reply).toBeUndefined();
    expect(got.state.receive).toEqual(p.holder.receive);
  });

  it('a forged close is rejected with decrypt_failed and changes nothing', async () => {
    const p = await establish(crypto);
    const closed = createConnectionClose(crypto, p.issuer, NOW);
    const forged = { ...closed.sealed, content: closed.sealed.content.slice() };
    forged.content[2]! ^= 0x01;
    const before = encodeSessionState(p.holder);
    await expectCode(() => control(crypto, p.holder, forged as typeof closed.sealed, NOW), 'decrypt_failed');
    expect(encodeSessionState(p.holder)).toEqual(before);
  });

  it('a replayed close is rejected with control_replayed', async () => {
    const p = await establish(crypto);
    const closed = createConnectionClose(crypto, p.issuer, NOW);
    const once = await control(crypto, p.holder, closed.sealed, NOW);
    await expectCode(() => control(crypto, once.state, closed.sealed, NOW + 1), 'control_replayed');
  });

  it(`a reason over ${MAX_CLOSE_REASON_BYTES} UTF-8 bytes is refused when sealing and when opening`, async () => {
    const p = await establish(crypto);
    expect(() => createConnectionClose(crypto, p.issuer, NOW, 'é'.repeat(MAX_CLOSE_REASON_BYTES / 2 + 1))).toThrow(RangeError);
    expect(createConnectionClose(crypto, p.issuer, NOW, 'é'.repeat(MAX_CLOSE_REASON_BYTES / 2)).sealed).toBeDefined();
    const long = sealControl(crypto, p.issuer, { close: { reason: 'x'.repeat(MAX_CLOSE_REASON_BYTES + 1) } }, NOW);
    const before = encodeSessionState(p.holder);
    await expectCode(() => control(crypto, p.holder, long.sealed, NOW), 'malformed_message');
    expect(encodeSessionState(p.holder)).toEqual(before);
  });
});
