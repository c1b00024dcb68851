/**
 * One Veramo agent with the plugin in a process of its own, for the end-to-end bench (agents.ts
 * drives it). argv[2]: the AgentConfig as JSON. stdin: `{ id, method, args }` per line; stdout:
 * `{ id, result }` or `{ id, error }` per line, and `{ received: [[messageId, at], ...] }` for
 * messages received (batched every few milliseconds).
 */
import { createInterface } from 'node:readline';
import { AgentHost, type AgentConfig } from './agents.js';
import type { LoadPlan } from './load.js';

const out = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
const host = await AgentHost.open(JSON.parse(process.argv[2]!) as AgentConfig);

let received: [string, number][] = [];
host.onReceived((id, at) => {
  if (received.length === 0) setTimeout(() => out({ received: received.splice(0) }), 5);
  received.push([id, at]);
});

const methods: Record<string, (...args: never[]) => Promise<unknown> | unknown> = {
  did: () => host.did,
  createInvitation: () => host.createInvitation(),
  accept: (url: string) => host.accept(url),
  load: (plan: LoadPlan & { messages: number | null }) => host.load({ ...plan, messages: plan.messages ?? Infinity }),
  unacked: (cs: string[]) => host.unacked(cs),
  close: async () => {
    await host.close();
    setImmediate(() => process.exit(0));
  },
};

createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, method, args } = JSON.parse(line) as { id: number; method: string; args: never[] };
  Promise.resolve()
    .then(() => methods[method]!(...args))
    .then(
      (result) => out({ id, result: result ?? null }),
      (e: unknown) => out({ id, error: e instanceof Error ? e.message : String(e) }),
    );
});
