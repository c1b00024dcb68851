/**
 * GroupCommit's queueing and answering rules, with a recording RunGroup in place of a
 * database (the connector's and the plugin's suites run it on real SQLite files).
 */
import { describe, expect, it } from 'vitest';
import { GroupCommit, GroupFailed, type Outcome, type RunGroup } from '../src/index.js';

/** A RunGroup that runs members in order, records each group's size, and can fail the "commit". */
function recorder(opts: { failCommit?: boolean } = {}) {
  const groups: number[] = [];
  const run: RunGroup<string> = async (members) => {
    groups.push(members.length);
    const outcomes: Outcome[] = [];
    for (const m of members) {
      try {
        outcomes.push({ ok: true, value: await m('em') });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    if (opts.failCommit) throw new GroupFailed(outcomes, { cause: new Error('disk full') });
    return outcomes;
  };
  return { run, groups };
}

describe('group commit', () => {
  it('puts the writes submitted in one turn of the event loop into one group, each with its own outcome', async () => {
    const r = recorder();
    const g = new GroupCommit(r.run, { maxGroup: 10 });
    const results = await Promise.allSettled([g.write(async () => 1), g.write(async () => Promise.reject(new Error('member'))), g.write(async () => 3)]);
    expect(r.groups).toEqual([3]);
    expect(results.map((x) => (x.status === 'fulfilled' ? x.value : (x.reason as Error).message))).toEqual([1, 'member', 3]);
  });

  it('splits a queue longer than maxGroup into several groups, in order', async () => {
    const r = recorder();
    const g = new GroupCommit(r.run, { maxGroup: 4 });
    const order: number[] = [];
    await Promise.all(Array.from({ length: 10 }, (_, i) => g.write(async () => order.push(i))));
    expect(r.groups).toEqual([4, 4, 2]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('fails every member when the commit fails: a member that succeeded gets the commit error, one that failed its own', async () => {
    const r = recorder({ failCommit: true });
    const g = new GroupCommit(r.run, { maxGroup: 10 });
    const results = await Promise.allSettled([g.write(async () => 'stored?'), g.write(async () => Promise.reject(new Error('own error')))]);
    expect(results.map((x) => x.status)).toEqual(['rejected', 'rejected']);
    expect(results.map((x) => (x as PromiseRejectedResult).reason.message)).toEqual(['disk full', 'own error']);
  });

  it('answers no write before its group committed', async () => {
    let commit!: () => void;
    const gate = new Promise<void>((r) => (commit = r));
    const run: RunGroup<string> = async (members) => {
      const outcomes: Outcome[] = [];
      for (const m of members) outcomes.push({ ok: true, value: await m('em') });
      await gate;
      return outcomes;
    };
    const g = new GroupCommit(run, { maxGroup: 10 });
    let answered = false;
    const w = g.write(async () => 'v').then(() => (answered = true));
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(answered).toBe(false);
    commit();
    await w;
    expect(answered).toBe(true);
  });

  it('runs reads between groups, never inside one, and refuses reads without readsWith', async () => {
    const events: string[] = [];
    const run: RunGroup<string> = async (members) => {
      events.push('begin');
      const outcomes: Outcome[] = [];
      for (const m of members) outcomes.push({ ok: true, value: await m('tx') });
      events.push('commit');
      return outcomes;
    };
    const g = new GroupCommit(run, { maxGroup: 10, readsWith: 'reader' });
    await Promise.all([g.write(async (em) => events.push(`write on ${em}`)), g.read(async (em) => events.push(`read on ${em}`))]);
    expect(events).toEqual(['read on reader', 'begin', 'write on tx', 'commit']);
    expect(() => new GroupCommit(run, { maxGroup: 1 }).read(async () => 1)).toThrow(/readsWith/);
  });
});
