/**
 * `npm run bench [-- --quick] [-- --json]`: every benchmark case in one process tree, with
 * ratios against the baseline measured in the same run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FULL, printTable, QUICK, type CaseResult } from './harness.js';
import { recordLayerCases } from './record-layer.js';

const args = new Set(process.argv.slice(2));
const opts = args.has('--quick') ? QUICK : FULL;
const results: CaseResult[] = [];

console.log(`connector-e2e bench (${args.has('--quick') ? 'quick' : 'full'}), node ${process.version}`);
results.push(...(await recordLayerCases(opts)));

printTable(results, (r) => {
  if (r.group.startsWith('record layer')) return results.find((b) => b.group === 'baseline' && b.bytesPerOp === r.bytesPerOp);
  return undefined;
});

if (args.has('--json')) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2));
  console.log(`wrote ${file}`);
}
