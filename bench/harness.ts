/**
 * A small measuring harness: warm-up, then repetitions of at least `minMs` each, reporting the
 * median rate and the min-max spread. Rates are operations per second.
 */
export interface CaseResult {
  readonly name: string;
  readonly group: string;
  /** e.g. `ops/s`, `msgs/s`, `ms p50`, `MiB` */
  readonly unit: string;
  readonly bytesPerOp?: number;
  /** Median over the repetitions (the value itself where there is one measurement). */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly reps: number;
  /** Latency percentiles over all samples of all repetitions, ms (process-level cases). */
  readonly p50?: number;
  readonly p99?: number;
  /** Anything else worth a glance: lost messages, CPU per message, ... */
  readonly note?: string;
}

export interface RunOptions {
  reps: number;
  minMs: number;
  warmupMs: number;
}

export const FULL: RunOptions = { reps: 5, minMs: 1000, warmupMs: 500 };
export const QUICK: RunOptions = { reps: 2, minMs: 100, warmupMs: 50 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `op` in batches until `ms` have passed; returns ops/s. */
function runFor(op: () => void, ms: number, batch: number): number {
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < batch; i++) op();
    ops += batch;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

/** A synchronous case, ready to run: its operation and how to label it. */
export interface SyncCase {
  readonly group: string;
  readonly name: string;
  readonly op: () => void;
  readonly bytesPerOp?: number;
  /** Operations between two reads of the clock. Default 16. */
  readonly batch?: number;
}

/** The result of a case measured in ops/s, one rate per repetition. */
function rateResult(c: { group: string; name: string; bytesPerOp?: number }, rates: number[]): CaseResult {
  return {
    name: c.name,
    group: c.group,
    unit: 'ops/s',
    ...(c.bytesPerOp !== undefined ? { bytesPerOp: c.bytesPerOp } : {}),
    median: median(rates),
    min: Math.min(...rates),
    max: Math.max(...rates),
    reps: rates.length,
  };
}

/**
 * Measures cases with their repetitions interleaved (A's first, B's first, A's second, ...),
 * so a change in the machine's speed during the run (other load on a shared machine) hits them
 * alike and the ratios between them hold better than when one runs after the other.
 */
export function measureInterleaved(cases: readonly SyncCase[], opts: RunOptions): CaseResult[] {
  for (const c of cases) runFor(c.op, opts.warmupMs, c.batch ?? 16);
  const rates: number[][] = cases.map(() => []);
  for (let r = 0; r < opts.reps; r++) cases.forEach((c, i) => rates[i]!.push(runFor(c.op, opts.minMs, c.batch ?? 16)));
  return cases.map((c, i) => rateResult(c, rates[i]!));
}

/** Async variant: runs `op` sequentially (one in flight) until `ms` have passed. */
async function runForAsync(op: () => Promise<void>, ms: number): Promise<number> {
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    await op();
    ops++;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

/** Async cases with their repetitions interleaved, as measureInterleaved does for sync ones. */
export async function measureAsyncInterleaved(cases: ReadonlyArray<{ group: string; name: string; op: () => Promise<void>; bytesPerOp?: number }>, opts: RunOptions): Promise<CaseResult[]> {
  for (const c of cases) await runForAsync(c.op, opts.warmupMs);
  const rates = cases.map(() => [] as number[]);
  for (let r = 0; r < opts.reps; r++) for (const [i, c] of cases.entries()) rates[i]!.push(await runForAsync(c.op, opts.minMs));
  return cases.map((c, i) => rateResult(c, rates[i]!));
}

export async function measureAsync(group: string, name: string, op: () => Promise<void>, opts: RunOptions, extra: { bytesPerOp?: number } = {}): Promise<CaseResult> {
  const [result] = await measureAsyncInterleaved([{ group, name, op, ...extra }], opts);
  return result!;
}

export function fmt(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return n.toFixed(1);
}

/** Table rows (group, case, median, spread, throughput, p50/p99, ratio, note) as strings. */
export function tableRows(results: CaseResult[], ratioOf: (r: CaseResult) => string): string[][] {
  return results.map((r) => [
    r.group,
    r.name,
    `${fmt(r.median)} ${r.unit}`,
    r.reps > 1 ? `${fmt(r.min)}-${fmt(r.max)} (${r.reps})` : `(${r.reps})`,
    r.bytesPerOp ? `${((r.median * r.bytesPerOp) / 1e6).toFixed(1)} MB/s` : '',
    r.p50 !== undefined && r.p99 !== undefined ? `${fmt(r.p50)} / ${fmt(r.p99)} ms` : '',
    ratioOf(r),
    r.note ?? '',
  ]);
}

export const TABLE_HEAD = ['group', 'case', 'median', 'spread (reps)', 'throughput', 'p50 / p99', 'ratio', 'note'];

export function printTable(results: CaseResult[], ratioOf: (r: CaseResult) => string): void {
  const rows = tableRows(results, ratioOf);
  const widths = TABLE_HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(TABLE_HEAD));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
