/**
 * `npm run bench [-- --quick] [-- --json]`: every benchmark case in one process tree, with
 * ratios against the baseline measured in the same run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FULL, printTable, QUICK, type CaseResult } from './harness.js';
import { didcommCases } from './didcomm.js';
import { handshakeCases } from './handshake.js';
import { recordLayerCases } from './record-layer.js';

const args = new Set(process.argv.slice(2));
const opts = args.has('--quick') ? QUICK : FULL;
const results: CaseResult[] = [];

console.log(`connector-e2e bench (${args.has('--quick') ? 'quick' : 'full'}), node ${process.version}`);
results.push(...(await recordLayerCases(opts)));
results.push(...(await didcommCases(opts)));
results.push(...(await handshakeCases(opts)));

printTable(results, (r) => {
  if (r.group.startsWith('record layer')) return results.find((b) => b.group === 'baseline' && b.bytesPerOp === r.bytesPerOp);
  if (r.group.startsWith('Veramo DIDComm')) return results.find((b) => b.group === 'record layer (node)' && b.bytesPerOp === r.bytesPerOp);
  return undefined;
});

// The targets of DESIGN §5 that this run measured.
const find = (group: string, bytes?: number) => results.find((r) => r.group === group && (bytes === undefined || r.bytesPerOp === bytes));
const rl1k = find('record layer (node)', 1024);
const base1k = find('baseline', 1024);
const rl64k = find('record layer (node)', 65536);
const dc1k = results.find((r) => r.name === 'authcrypt pack+unpack 1024');
const hs = find('X3DH (node)');
const targets: Array<[string, boolean | undefined, string]> = [
  ['record layer 1 KiB >= 80% of bare baseline', rl1k && base1k ? rl1k.median >= 0.8 * base1k.median : undefined, rl1k && base1k ? `${((rl1k.median / base1k.median) * 100).toFixed(0)}%` : 'n/a'],
  ['record layer 1 KiB >= 300x DIDComm authcrypt', rl1k && dc1k ? rl1k.median >= 300 * dc1k.median : undefined, rl1k && dc1k ? `${(rl1k.median / dc1k.median).toFixed(0)}x` : 'n/a'],
  ['record layer 64 KiB >= 500 MB/s', rl64k ? (rl64k.median * 65536) / 1e6 >= 500 : undefined, rl64k ? `${((rl64k.median * 65536) / 1e6).toFixed(0)} MB/s` : 'n/a'],
  ['X3DH both sides >= 1,500 handshakes/s', hs ? hs.median >= 1500 : undefined, hs ? `${hs.median.toFixed(0)}/s` : 'n/a'],
];
console.log('\ntargets (DESIGN §5)');
for (const [what, met, value] of targets) console.log(`  ${met === undefined ? 'not measured' : met ? 'met    ' : 'NOT MET'}  ${what}: ${value}`);

if (args.has('--json')) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2));
  console.log(`wrote ${file}`);
}
