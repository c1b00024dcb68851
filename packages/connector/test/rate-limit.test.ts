import { describe, expect, test } from 'vitest';
import { RateLimiter } from '../src/rate-limit.js';

describe('token buckets', () => {
  test('a refused take takes nothing and says how long to wait', () => {
    const l = new RateLimiter(10, 20);
    expect(l.take('a', 0, 15)).toBe(0);
    expect(l.take('a', 0, 10)).toBe(1);
    expect(l.available('a', 0)).toBe(5);
    expect(l.take('b', 0, 20)).toBe(0); // buckets are per key
  });

  test('spending goes into debt, which the refill repays before anything passes, and a negative spend refunds', () => {
    const l = new RateLimiter(10, 20);
    l.spend('a', 0, 50);
    expect(l.available('a', 0)).toBe(-30);
    expect(l.peek('a', 0)).toBe(4); // (1 - -30) / 10, rounded up
    expect(l.take('a', 3_000, 1)).toBe(1);
    l.spend('a', 3_000, -40);
    expect(l.available('a', 3_000)).toBe(20); // never above the burst
  });
});
