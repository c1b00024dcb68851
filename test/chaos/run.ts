/**
 * npm run chaos [-- --long] [--seed N] [--backend sqlite|postgres] [--agents sqlite|postgres] [--secrets]
 *                 [--duration S] [--keep]
 *                 [--without kill,wsDrop,relay,restore,dbFail,dbLock,pgRestart,twin]
 *
 * `--backend` is the connector's database and, unless `--agents` says otherwise, the agents'.
 * Runs the chaos harness (harness.ts) and prints its figures. Exits 1 when a MUST fails
 * (lost, processed twice, forged, (key, IV) repeats, wedged sessions, secrets found), 2 on
 * bad arguments. The seed is printed first: the same seed gives the same fault schedule.
 */
import { randomInt } from 'node:crypto';
import { formatReport, runChaos, type ChaosOptions } from './harness.js';

export const SHORT: Omit<ChaosOptions, 'seed' | 'backend' | 'secrets' | 'log'> = {
  durationMs: 60_000,
  connections: 2,
  paceMs: 150,
  drainTimeoutMs: 60_000,
  probeTimeoutMs: 30_000,
  shape: {
    meanGapMs: 3000,
    weights: { kill: 3, wsDrop: 1, relay: 4, restore: 1, dbFail: 1, dbLock: 1, pgRestart: 1, twin: 1 },
    required: ['kill-connector', 'kill-holder', 'kill-issuer', 'restore', 'db-fail', 'db-lock', 'pg-restart', 'twin'],
    quietStartMs: 2000,
  },
};

export const LONG: typeof SHORT = {
  ...SHORT,
  durationMs: 600_000,
  drainTimeoutMs: 180_000,
  shape: { ...SHORT.shape, meanGapMs: 3000, weights: { kill: 5, wsDrop: 1, relay: 4, restore: 1, dbFail: 1, dbLock: 1, pgRestart: 1, twin: 1 } },
};

const FAULT_KINDS = ['kill', 'wsDrop', 'relay', 'restore', 'dbFail', 'dbLock', 'pgRestart', 'twin'];

function parse(argv: string[]): ChaosOptions {
  let long = false;
  let seed: number | undefined;
  let backend: 'sqlite' | 'postgres' = 'sqlite';
  let agents: 'sqlite' | 'postgres' | undefined;
  let secrets = false;
  let keep = false;
  let duration: number | undefined;
  const without = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new RangeError(`${a} needs a value`);
      return v;
    };
    if (a === '--long') long = true;
    else if (a === '--secrets') secrets = true;
    else if (a === '--keep') keep = true;
    else if (a === '--without') {
      for (const k of value().split(',')) {
        if (!FAULT_KINDS.includes(k)) throw new RangeError(`--without: a list of ${FAULT_KINDS.join(', ')}`);
        without.add(k);
      }
    }
    else if (a === '--seed') {
      seed = Number(value());
      if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError('--seed: an integer in [0, 2^32)');
    } else if (a === '--backend') {
      const b = value();
      if (b !== 'sqlite' && b !== 'postgres') throw new RangeError('--backend: sqlite or postgres');
      backend = b;
    } else if (a === '--agents') {
      const b = value();
      if (b !== 'sqlite' && b !== 'postgres') throw new RangeError('--agents: sqlite or postgres');
      agents = b;
    } else if (a === '--duration') {
      duration = Number(value()) * 1000;
      if (!Number.isFinite(duration) || duration < 5000) throw new RangeError('--duration: seconds, at least 5');
    } else throw new RangeError(`unknown argument ${a}`);
  }
  const base = long ? LONG : SHORT;
  // PostgreSQL restarts need something on PostgreSQL.
  if (backend !== 'postgres' && agents !== 'postgres') without.add('pgRestart');
  const weights = { ...base.shape.weights };
  for (const k of without) weights[k as keyof typeof weights] = 0;
  const weightOf: Record<string, string> = { restore: 'restore', 'db-fail': 'dbFail', 'db-lock': 'dbLock', 'pg-restart': 'pgRestart', twin: 'twin' };
  const required = (base.shape.required ?? []).filter((r) => !without.has(r.startsWith('kill-') ? 'kill' : weightOf[r]!));
  return { ...base, shape: { ...base.shape, weights, required }, durationMs: duration ?? base.durationMs, seed: seed ?? randomInt(0, 2 ** 32 - 1), backend, agentBackend: agents ?? backend, secrets, keep, log: (l) => console.log(l) };
}

let options: ChaosOptions;
try {
  options = parse(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
// Exit handlers (the private PostgreSQL server's shutdown) run on a signal too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
console.log(`chaos seed: ${options.seed}`);
const report = await runChaos(options);
console.log(formatReport(report));
process.exit(report.ok ? 0 : 1);
