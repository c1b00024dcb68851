/**
 * SendingKeys, the plugin's owner of which key and counters a transaction seals with
 * (docs/protocol.md 9.2): a new key at every start, after an epoch switch, after work that did
 * not commit, and by rotation policy (records or age, on a fake clock).
 */
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { decodeSessionState, encodeSessionState, toHex, type SessionState } from '@connector-e2e/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import { establish } from '../../protocol/test/helpers.js';
import { SendingKeys } from '../src/session/sending-keys.js';

const T0 = Date.UTC(2026, 11, 1);

/** One transaction: takes `want` counters and commits (or not). */
function tx(keys: SendingKeys, stored: SessionState, want: number, now: number, commit = true) {
  const hooks: (() => void)[] = [];
  const t = keys.take('c', stored, want, now, (f) => hooks.push(f));
  if (commit) for (const h of hooks) h();
  return { ...t, keyId: toHex(t.state.sending!.keyId) };
}

/** One committed single-record transaction under `policy`; returns the key id it sealed under. */
function tx2(keys: SendingKeys, stored: SessionState, now: number, policy: ReturnType<SendingKeys['policy']>): string {
  const hooks: (() => void)[] = [];
  const t = keys.take('c', stored, 1, now, (f) => hooks.push(f), policy);
  for (const h of hooks) h();
  return toHex(t.state.sending!.keyId);
}

describe('the sending keys of a process', () => {
  let stored: SessionState;
  beforeAll(async () => {
    stored = decodeSessionState(encodeSessionState((await establish(nodeCrypto, 'c', false)).issuer));
  });

  it('starts a key (with its announcement) at the first seal, then hands out its counters in order', () => {
    const keys = new SendingKeys(nodeCrypto);
    const a = tx(keys, stored, 3, T0);
    expect(a.announcement).toBeDefined();
    expect(a.counters).toEqual([0, 1, 2]);
    const b = tx(keys, stored, 2, T0 + 1);
    expect(b.announcement).toBeUndefined();
    expect([b.keyId, b.counters]).toEqual([a.keyId, [3, 4]]);
  });

  it('a new process (a restart) always starts a new key, whatever the stored state', () => {
    const first = tx(new SendingKeys(nodeCrypto), stored, 1, T0);
    const second = tx(new SendingKeys(nodeCrypto), stored, 1, T0);
    expect(second.keyId).not.toBe(first.keyId);
    expect(second.counters).toEqual([0]);
  });

  it('work that did not commit drops the key with its counters: the next seal starts a new one', () => {
    const keys = new SendingKeys(nodeCrypto);
    const ok = tx(keys, stored, 2, T0);
    const failed = tx(keys, stored, 5, T0, false);
    expect(failed.keyId).toBe(ok.keyId);
    const next = tx(keys, stored, 1, T0);
    expect(next.keyId).not.toBe(ok.keyId);
    expect(next.announcement).toBeDefined();
    expect(next.counters).toEqual([0]);
  });

  it('an epoch switch starts a new key', () => {
    const keys = new SendingKeys(nodeCrypto);
    const e0 = tx(keys, stored, 1, T0);
    const e1 = tx(keys, { ...stored, epoch: 1, receive: { ...stored.receive, epoch: 1 } }, 1, T0);
    expect(e1.keyId).not.toBe(e0.keyId);
    expect(e1.state.sending!.epoch).toBe(1);
  });

  it('with a rotation every 100 records, 1,000 records sealed in transactions of 1 to 20 give 10 ± 1 keys', () => {
    const keys = new SendingKeys(nodeCrypto, { records: 100, ms: 3600_000 });
    const used = new Set<string>();
    let sealed = 0;
    let n = 0;
    while (sealed < 1000) {
      const want = Math.min(1000 - sealed, 1 + ((n++ * 7) % 20));
      const t = tx(keys, stored, want, T0);
      expect(t.counters.at(-1)!).toBeLessThan(100);
      used.add(t.keyId);
      sealed += want;
    }
    expect(used.size).toBeGreaterThanOrEqual(10);
    expect(used.size).toBeLessThanOrEqual(11);
  });

  it('a key used longer than the rotation time is replaced at the next seal (fake clock)', () => {
    const keys = new SendingKeys(nodeCrypto, { records: 1_000_000, ms: 60_000 });
    const a = tx(keys, stored, 1, T0);
    expect(tx(keys, stored, 1, T0 + 59_999).keyId).toBe(a.keyId);
    const b = tx(keys, stored, 1, T0 + 60_000);
    expect(b.keyId).not.toBe(a.keyId);
    expect(b.announcement).toBeDefined();
  });

  it("a connection's own policy overrides the agent's field by field, and take() follows the one it is given", () => {
    const keys = new SendingKeys(nodeCrypto, { records: 1000, ms: 3600_000 });
    expect(keys.policy(null)).toEqual({ records: 1000, ms: 3600_000 });
    expect(keys.policy({ records: 3 })).toEqual({ records: 3, ms: 3600_000 });
    const own = keys.policy({ records: 3 });
    const ids = Array.from({ length: 9 }, (_, i) => tx2(keys, stored, T0 + i, own));
    expect(new Set(ids).size).toBe(3);
    expect(() => keys.policy({ ms: -1 })).toThrow(RangeError);
  });

  it('refuses a rotation policy that is not a positive integer', () => {
    expect(() => new SendingKeys(nodeCrypto, { records: 0, ms: 1 })).toThrow(RangeError);
    expect(() => new SendingKeys(nodeCrypto, { records: 1, ms: 0.5 })).toThrow(RangeError);
  });
});
