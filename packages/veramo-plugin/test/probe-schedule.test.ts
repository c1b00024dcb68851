/**
 * The back-off of status requests to a silent peer, on a fake clock (plain numbers): the
 * integration side (probe-backoff.test.ts) shows that a first request goes out.
 */
import { describe, expect, it } from 'vitest';
import { REPAIR_INTERVAL_MS } from '../src/limits.js';
import { ProbeSchedule } from '../src/session/probe-schedule.js';

/** The times in [0, until] at which a sender that tries every `step` ms sends a request. */
function requests(schedule: ProbeSchedule, until: number, step = 500, id = 'c'): number[] {
  const out: number[] = [];
  for (let t = 0; t <= until; t += step) if (schedule.take(id, t)) out.push(t);
  return out;
}

describe('status requests to a silent peer', () => {
  it('go out at once, then after 10 s, 20 s, 40 s, ... while unanswered', () => {
    const I = REPAIR_INTERVAL_MS;
    expect(requests(new ProbeSchedule(), 15 * I)).toEqual([0, I, 3 * I, 7 * I, 15 * I]);
  });

  it('are asked at most once in 25 s after the first', () => {
    const times = requests(new ProbeSchedule(), 25_000, 100);
    expect(times.filter((t) => t > 0)).toHaveLength(1);
  });

  it('back off to about 85 minutes between two requests, and no further', () => {
    const schedule = new ProbeSchedule();
    const times = requests(schedule, 40 * 3600_000, 1000);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...gaps)).toBe(REPAIR_INTERVAL_MS * 2 ** 9);
    expect(gaps.slice(-3)).toEqual([REPAIR_INTERVAL_MS * 2 ** 9, REPAIR_INTERVAL_MS * 2 ** 9, REPAIR_INTERVAL_MS * 2 ** 9]);
  });

  it('start over once the peer answers', () => {
    const schedule = new ProbeSchedule();
    expect(requests(schedule, 3 * REPAIR_INTERVAL_MS)).toHaveLength(3);
    expect(schedule.take('c', 3 * REPAIR_INTERVAL_MS + 1)).toBe(false);
    schedule.answered('c');
    expect(schedule.take('c', 3 * REPAIR_INTERVAL_MS + 1)).toBe(true);
  });

  it('are scheduled per connection', () => {
    const schedule = new ProbeSchedule();
    expect(schedule.take('a', 0)).toBe(true);
    expect(schedule.take('b', 1)).toBe(true);
    expect(schedule.take('a', 2)).toBe(false);
  });
});
