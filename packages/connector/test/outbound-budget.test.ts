import { describe, expect, test } from 'vitest';
import { OutboundBudget, type BudgetHolder } from '../src/outbound-budget.js';

function holder(): BudgetHolder & { drops: number } {
  const h = { pending: 0, dropping: false, drops: 0, drop: () => void h.drops++ };
  return h;
}

describe('outbound budget', () => {
  test('admits while there is room and counts bytes until they are released', () => {
    const budget = new OutboundBudget(100);
    const a = holder();
    expect(budget.admit(a, 60)).toBe(true);
    budget.charge(a, 60);
    expect(budget.admit(holder(), 40)).toBe(true);
    budget.release(a, 60);
    expect(budget.usedBytes).toBe(0);
    expect(a.pending).toBe(0);
  });

  test('when spent, it drops the holder with the most unread bytes, once', () => {
    const budget = new OutboundBudget(100);
    const small = holder();
    const big = holder();
    budget.charge(small, 30);
    budget.charge(big, 60);
    expect(budget.admit(holder(), 20)).toBe(false);
    expect([small.drops, big.drops]).toEqual([0, 1]);
    // more pushes at the same moment: the dropped holder's bytes will be freed, enough for them
    expect(budget.admit(holder(), 20)).toBe(false);
    expect(budget.admit(holder(), 20)).toBe(false);
    expect([small.drops, big.drops]).toEqual([0, 1]);
    budget.release(big, 60);
    expect(budget.admit(holder(), 20)).toBe(true);
  });

  test('a small frame fits in what is left where a large one does not', () => {
    const budget = new OutboundBudget(100);
    const slow = holder();
    budget.charge(slow, 80);
    expect(budget.admit(holder(), 5)).toBe(true);
    expect(slow.drops).toBe(0);
    expect(budget.admit(holder(), 50)).toBe(false);
    expect(slow.drops).toBe(1);
  });

  test('a frame larger than the whole budget still goes out when nothing else is queued', () => {
    const budget = new OutboundBudget(10);
    expect(budget.admit(holder(), 1000)).toBe(true);
  });

  test('a socket that lags behind cannot take the last eighth, which stays for sockets that keep up', () => {
    const budget = new OutboundBudget(80);
    const lagging = holder();
    budget.charge(lagging, 60);
    expect(budget.admit(lagging, 11)).toBe(false); // 71 > 80 - 10
    const keepingUp = holder();
    expect(budget.admit(keepingUp, 11)).toBe(true);
    expect(budget.admit(keepingUp, 25)).toBe(false);
  });
});
