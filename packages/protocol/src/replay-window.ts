import { REPLAY_WINDOW } from './constants.js';

/**
 * Receive position for one direction and epoch (RFC 4303 §3.4.3 style):
 * `next` is one past the highest counter accepted; bit i of `seen` is set when
 * counter `next - 1 - i` was accepted (0 <= i < REPLAY_WINDOW).
 */
export interface ReplayWindow {
  readonly next: number;
  readonly seen: bigint;
}

const MASK = (1n << BigInt(REPLAY_WINDOW)) - 1n;

export const EMPTY_WINDOW: ReplayWindow = { next: 0, seen: 0n };

export type CounterStatus = 'fresh' | 'late' | 'duplicate' | 'too_old';

export function counterStatus(w: ReplayWindow, counter: number): CounterStatus {
  if (counter >= w.next) return 'fresh';
  const i = w.next - 1 - counter;
  if (i >= REPLAY_WINDOW) return 'too_old';
  return (w.seen >> BigInt(i)) & 1n ? 'duplicate' : 'late';
}

/** Marks `counter` accepted. Precondition: counterStatus is 'fresh' or 'late'. */
export function markSeen(w: ReplayWindow, counter: number): ReplayWindow {
  if (counter >= w.next) {
    const shift = counter + 1 - w.next;
    const seen = shift >= REPLAY_WINDOW ? 1n : ((w.seen << BigInt(shift)) | 1n) & MASK;
    return { next: counter + 1, seen };
  }
  return { next: w.next, seen: w.seen | (1n << BigInt(w.next - 1 - counter)) };
}

/** Moves expectation forward to `next` (counter resync); counters skipped count as unseen. */
export function advanceTo(w: ReplayWindow, next: number): ReplayWindow {
  if (next <= w.next) return w;
  const shift = next - w.next;
  return { next, seen: shift >= REPLAY_WINDOW ? 0n : (w.seen << BigInt(shift)) & MASK };
}
