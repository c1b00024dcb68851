import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSessionState,
  encodeSessionState,
  MAX_RECEIVE_KEYS,
  observeSeals,
  open,
  ProtocolError,
  seal,
  toHex,
  type CryptoProvider,
  type SessionState,
} from '../src/index.js';
import { control, establish, expectCode, NOW, PROVIDERS, rekey, rekeyBundle, rekeyRequest, startSending } from './helpers.js';

/** A direction's schedule: how many records, and in which order (with drops and duplicates) they reach the peer. */
const schedule = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    jitter: fc.array(fc.integer({ min: 0, max: 16 }), { minLength: n, maxLength: n }),
    drop: fc.array(fc.integer({ min: 0, max: 9 }).map((x) => x < 3), { minLength: n, maxLength: n }), // ~30% loss
    dup: fc.array(fc.integer({ min: -1, max: 20 }), { minLength: n, maxLength: n }),
    // the sender restarts (a new process life, from its stored state) every `restartEvery` records; records
    // arrive at most 16 + 20 positions late, so with 12 or more the key of every record is among the
    // receiver's MAX_RECEIVE_KEYS newest when it arrives
    restartEvery: fc.integer({ min: 12, max: 50 }),
  }),
);

type Schedule = { n: number; jitter: number[]; drop: boolean[]; dup: number[]; restartEvery: number };

/** Delivery order: record k goes out at position k + jitter (reorders stay inside the window); dup >= 0 re-sends it later. */
function deliveries(s: Schedule): number[] {
  const slots: Array<[number, number]> = [];
  for (let k = 0; k < s.n; k++) {
    if (!s.drop[k]) slots.push([k + s.jitter[k]!, k]);
    if (s.dup[k]! >= 0) slots.push([k + s.dup[k]! + 0.5, k]);
  }
  return slots.sort((a, b) => a[0] - b[0]).map(([, k]) => k);
}

describe.each(PROVIDERS)('random interleavings with loss, duplication and reordering (%s provider)', (_name, base) => {
  it('every delivered record opens exactly once with its own plaintext across sender restarts, and no (key, IV) pair ever repeats', async () => {
    expect(MAX_RECEIVE_KEYS).toBeGreaterThanOrEqual(4); // the schedule's bound on restarts assumes it
    const seen = new Set<string>();
    let repeats = 0;
    const crypto: CryptoProvider = observeSeals(base, ({ key, iv }) => {
      const k = `${toHex(key)}/${toHex(iv)}`;
      if (seen.has(k)) repeats++;
      seen.add(k);
    });
    await fc.assert(
      fc.asyncProperty(schedule, schedule, fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }), async (i2h, h2i, coin) => {
        const p = await establish(crypto);
        const dirs = [
          { plan: deliveries(i2h), restartEvery: i2h.restartEvery, sent: [] as Uint8Array[], counters: [] as number[], opened: new Set<number>() },
          { plan: deliveries(h2i), restartEvery: h2i.restartEvery, sent: [] as Uint8Array[], counters: [] as number[], opened: new Set<number>() },
        ];
        // both sessions are threaded through both directions: party A's send state and receive state live in one object
        let issuer: SessionState = p.issuer;
        let holder: SessionState = p.holder;
        const cursor = [0, 0];
        let step = 0;
        while (cursor[0]! < dirs[0]!.plan.length || cursor[1]! < dirs[1]!.plan.length) {
          let d = coin[step++ % coin.length] ? 0 : 1;
          if (cursor[d]! >= dirs[d]!.plan.length) d = 1 - d;
          const dir = dirs[d]!;
          const k = dir.plan[cursor[d]!++]!;
          // seal lazily up to k; a restart reloads the sender from storage and starts a new sending key
          while (dir.sent.length <= k) {
            let sender = d === 0 ? issuer : holder;
            if (dir.sent.length > 0 && dir.sent.length % dir.restartEvery === 0) {
              const restarted = await startSending(crypto, decodeSessionState(encodeSessionState(sender)), d === 0 ? holder : issuer, NOW + step);
              sender = restarted.from;
              if (d === 0) holder = restarted.to;
              else issuer = restarted.to;
            }
            const r = seal(crypto, sender, { messageId: `${d}:${dir.sent.length}`, replyTo: 'x'.repeat(dir.sent.length % 7) });
            expect(r.counter).toBe(dir.sent.length % dir.restartEvery);
            dir.sent.push(r.message.content);
            dir.counters.push(r.counter);
            if (d === 0) issuer = r.state;
            else holder = r.state;
          }
          const receiver = d === 0 ? holder : issuer;
          const env = { content: dir.sent[k]!, connectionId: receiver.connectionId };
          if (dir.opened.has(k)) {
            expect(() => open(crypto, receiver, env)).toThrow(ProtocolError);
            continue;
          }
          const r = open(crypto, receiver, env);
          expect(r.counter).toBe(dir.counters[k]);
          expect(r.message.messageId).toBe(`${d}:${k}`);
          dir.opened.add(k);
          if (d === 0) holder = r.state;
          else issuer = r.state;
        }
        for (const [i, dir] of dirs.entries()) {
          expect([...dir.opened].sort((a, b) => a - b)).toEqual([...new Set(dir.plan)].sort((a, b) => a - b));
          expect(dir.opened.size, `direction ${i}`).toBeLessThanOrEqual(dir.sent.length);
        }
      }),
      { numRuns: 60 },
    );
    expect(seen.size).toBeGreaterThan(100);
    expect(repeats).toBe(0);
  }, 120_000);

  it('the (key, IV) oracle notices a state that is sealed from twice', async () => {
    const pairs: string[] = [];
    const crypto = observeSeals(base, ({ key, iv }) => pairs.push(`${toHex(key)}/${toHex(iv)}`));
    const p = await establish(crypto);
    seal(crypto, p.issuer, { messageId: 'a' });
    seal(crypto, p.issuer, { messageId: 'b' }); // misuse: the old state reused
    expect(new Set(pairs).size).toBe(pairs.length - 1);
  });
});
