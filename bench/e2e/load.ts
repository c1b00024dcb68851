/**
 * The load the end-to-end cases put on an issuer agent: the same loops whether the agent runs in
 * the bench process or in a process of its own (agent-worker.ts runs them there, as the
 * application that owns an agent would). Times are `now()`: milliseconds on a clock every
 * process on the machine shares, so a send in one process and its arrival in another compare.
 */

/** Milliseconds since the epoch, sub-millisecond resolution; comparable across processes. */
export const now = (): number => performance.timeOrigin + performance.now();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LoadPlan {
  kind: 'closed' | 'rate';
  connectionIds: string[];
  /** Message ids are `${tag}-${n}`. */
  tag: string;
  seconds: number;
  /** Most messages to send (Infinity: only `seconds` counts). */
  messages: number;
  /** Closed loop: send calls in flight. */
  window: number;
  /** Fixed rate: msgs/s offered. */
  rate: number;
}

export interface LoadResult {
  /** [message id, when its send call began] in send order. */
  sent: [string, number][];
  t0: number;
  /** Fixed rate: false when the sends fell more than a second of load behind (stopped early). */
  keptUp: boolean;
}

/** A 1 KiB AtalaMessage. */
export const benchMessage = (id: string) => ({ plainCredential: { encodedCredential: 'x'.repeat(1024) }, messageId: id });

/**
 * Closed loop: `window` send calls in flight until time or the message cap is up. Fixed rate:
 * sends paced at `rate` msgs/s, round-robin over the connections, without waiting for earlier
 * ones; it stops early once more than a second of load is still in its send calls.
 */
export async function runLoad(plan: LoadPlan, send: (connectionId: string, id: string) => Promise<unknown>): Promise<LoadResult> {
  const sent: [string, number][] = [];
  const t0 = now();
  const cs = plan.connectionIds;
  if (plan.kind === 'closed') {
    const stopAt = t0 + plan.seconds * 1000;
    let next = 0;
    await Promise.all(
      Array.from({ length: plan.window }, async () => {
        while (now() < stopAt && next < plan.messages) {
          const id = `${plan.tag}-${next}`;
          const connectionId = cs[next % cs.length]!;
          next++;
          sent.push([id, now()]);
          await send(connectionId, id);
        }
      }),
    );
    return { sent, t0, keptUp: true };
  }
  let inFlight = 0;
  let failure: unknown;
  let keptUp = true;
  const calls: Promise<unknown>[] = [];
  for (let n = 0; failure === undefined; ) {
    const t = now();
    if (t - t0 >= plan.seconds * 1000) break;
    if (inFlight > plan.rate) {
      keptUp = false;
      break;
    }
    const due = Math.min(Math.floor(((t - t0) / 1000) * plan.rate), plan.messages);
    for (; n < due; n++) {
      const id = `${plan.tag}-${n}`;
      sent.push([id, now()]);
      inFlight++;
      calls.push(
        send(cs[n % cs.length]!, id).then(
          () => inFlight--,
          (e: unknown) => (failure = e),
        ),
      );
    }
    await sleep(2);
  }
  await Promise.all(calls);
  if (failure !== undefined) throw failure;
  return { sent, t0, keptUp };
}
