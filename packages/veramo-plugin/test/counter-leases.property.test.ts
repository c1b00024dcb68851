/**
 * CounterLeases against random histories of up to three processes sharing one stored state
 * and one counter guard: sends whose transactions commit or fail (in their work or in their
 * commit: either way nothing is stored and no after-commit callback runs), restarts, rekeys,
 * and restores of the stored state to older snapshots. Properties: no counter is handed out
 * twice under one key; a failed transaction never makes a process take the state for a
 * restore; a restore is either detected (rekey) or harmless (nothing handed out again).
 */
import { resumeAfterRestart, type SessionState } from '@connector-e2e/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CounterGuard, CounterMark } from '../src/counter-guard.js';
import { CounterLeases } from '../src/counter-leases.js';

const ID = 'connection';

/** The fields of a session state CounterLeases reads; `keyId` stands for the epoch's send key. */
type Stored = SessionState & { keyId: number };

function fresh(keyId: number, epoch: number): Stored {
  return { keyId, epoch, sendNext: 0, sendReservedUntil: 0, mustRekey: false, rekeyMinEpoch: 0 } as unknown as Stored;
}

function memoryGuard(): CounterGuard {
  const marks = new Map<string, CounterMark>();
  return { read: (id) => marks.get(id), write: (id, mark) => void marks.set(id, mark), remove: (id) => void marks.delete(id) };
}

const step = fc.record({
  process: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom('send', 'send', 'send', 'fail', 'fail', 'restart', 'rekey'),
  want: fc.integer({ min: 1, max: 300 }),
});
/** Restores are rare in a long history; short ones with many snapshots find the edge cases. */
const stepWithRestores = fc.record({
  process: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom('send', 'send', 'send', 'fail', 'restart', 'rekey', 'snapshot', 'snapshot', 'restore', 'restore'),
  want: fc.integer({ min: 1, max: 300 }),
});

function simulate(block: number, steps: fc.RecordValue<{ process: number; kind: string; want: number }>[], withRestores: boolean) {
  const guard = memoryGuard();
  let stored = fresh(0, 0);
  let keys = 1;
  let snapshot: Stored | undefined;
  let procs = [0, 1, 2].map(() => new CounterLeases(guard, block));
  const used = new Set<string>();
  let restoredSince = false;

  /** One transaction of process `p` on the stored state; commits unless `fail`. */
  const transaction = (p: number, fail: boolean, work: (leases: CounterLeases, hooks: (() => void)[]) => Stored) => {
    const hooks: (() => void)[] = [];
    const next = work(procs[p]!, hooks);
    if (next.mustRekey) {
      // Detected: only possible after a restore. The rekey installs a fresh key.
      expect(restoredSince, 'a restore detected where there was none').toBe(true);
      stored = fresh(keys++, Math.max(stored.epoch + 1, next.rekeyMinEpoch));
      restoredSince = false;
      return;
    }
    if (fail) return;
    stored = next;
    for (const h of hooks) h();
  };

  for (const { process: p, kind, want } of steps) {
    switch (kind) {
      case 'send':
      case 'fail':
        transaction(p, kind === 'fail', (leases, hooks) => {
          const t = leases.take(ID, stored, stored, want, (h) => hooks.push(h));
          for (const c of t.counters) {
            const key = `${stored.keyId}/${c}`;
            expect(used.has(key), `counter ${c} of key ${stored.keyId} handed out twice`).toBe(false);
            used.add(key);
            // Claimed by a transaction that committed before this one.
            expect(c).toBeLessThan(stored.sendNext);
          }
          return t.state as Stored;
        });
        break;
      case 'restart':
        procs[p] = new CounterLeases(guard, block);
        transaction(p, false, (leases, hooks) => {
          const checked = leases.check(ID, stored);
          if (checked.mustRekey) return checked as Stored;
          const s = resumeAfterRestart(checked).state;
          return leases.take(ID, stored, s, 0, (h) => hooks.push(h)).state as Stored;
        });
        break;
      case 'rekey':
        stored = fresh(keys++, stored.epoch + 1);
        break;
      case 'snapshot':
        if (withRestores) snapshot = stored;
        break;
      case 'restore':
        // As in the harness: every process is down while its database is put back.
        if (!withRestores || !snapshot) break;
        stored = snapshot;
        restoredSince = true;
        procs = [0, 1, 2].map(() => new CounterLeases(guard, block));
        break;
    }
  }
  return used.size;
}

describe('counter leases', () => {
  it('never hand out a counter twice and never take failed transactions for a restore, across processes, failures and restarts', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 7, 1024), fc.array(step, { maxLength: 150 }), (block, steps) => {
        simulate(block, steps, false);
      }),
      { numRuns: 400 },
    );
  });

  it('after a restore to an older state, either detect it or hand out only counters never used', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 7, 1024), fc.array(stepWithRestores, { maxLength: 40 }), (block, steps) => {
        simulate(block, steps, true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a single process seals consecutive counters: its leases continue each other', () => {
    const leases = new CounterLeases(memoryGuard(), 1024);
    let stored = fresh(0, 0);
    const handed: number[] = [];
    for (const want of [0, 1, 5, 40, 300, 3, 1]) {
      const hooks: (() => void)[] = [];
      const t = leases.take(ID, stored, stored, want, (h) => hooks.push(h));
      handed.push(...t.counters);
      stored = t.state as Stored;
      for (const h of hooks) h();
    }
    expect(handed).toEqual(Array.from({ length: handed.length }, (_, i) => i));
    expect(leases.position(ID, stored)).toBe(handed.length);
  });
});
