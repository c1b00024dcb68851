/** Real connector processes (the CLI entry), for restart, signal and multi-process tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbTarget } from './backends.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const repoRoot = resolve(packageRoot, '../..');
const cli = join(packageRoot, 'src', 'cli.ts');

export interface ConnectorProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves with the exit code (or the signal name). */
  readonly exited: Promise<number | string>;
}

export async function spawnConnector(target: DbTarget, extraArgs: string[] = [], port = 0): Promise<ConnectorProcess> {
  const args = ['--conditions=connector-e2e:source', '--import', 'tsx', cli, '--port', String(port), '--host', '127.0.0.1', '--db', target.url, ...extraArgs];
  if (target.pgSchema) args.push('--pg-schema', target.pgSchema);
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CONNECTOR_LOG_LEVEL: 'info' } });
  let out = '';
  const exited = new Promise<number | string>((res) => child.on('exit', (code, signal) => res(code ?? signal ?? -1)));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`connector did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /"url":"(http:\/\/[^"]+)"[^\n]*connector listening/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`connector exited (${code}) before listening:\n${out}`));
    });
  });
  return { url, child, output: () => out, exited };
}
