// Compiles proto/*.proto into static protobufjs code + TypeScript declarations
// inside packages/protocol/src/gen. Usage: node scripts/gen-proto.mjs [outDir]
// The generated files are committed; test/proto-generated.test.ts regenerates them
// into a temporary folder and fails on any difference.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'packages/protocol/src/gen'));
const require = createRequire(import.meta.url);
const cliDir = dirname(require.resolve('protobufjs-cli/package.json'));
const protoDir = join(root, 'proto');
const sources = readdirSync(protoDir).filter((f) => f.endsWith('.proto')).sort();

mkdirSync(outDir, { recursive: true });
const js = join(outDir, 'proto.js');
execFileSync(process.execPath, [
  join(cliDir, 'bin/pbjs'),
  '-t', 'static-module', '-w', 'es6', '--es6',
  '--force-number', '--no-delimited', '--no-verify', '--no-service',
  '-p', protoDir,
  '-o', js,
  ...sources.map((s) => join(protoDir, s)),
], { stdio: 'inherit', cwd: root });
// ESM needs the file extension on the runtime import.
writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/, 'from "protobufjs/minimal.js"'));
execFileSync(process.execPath, [
  join(cliDir, 'bin/pbts'), '--no-comments', '-o', join(outDir, 'proto.d.ts'), js,
], { stdio: 'inherit', cwd: root });
