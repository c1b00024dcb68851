/**
 * A real connector process (the CLI entry, run from source), started on a database and
 * resolved once it listens: the one way tests, the chaos harness and the benchmarks start one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(repoRoot, 'packages/connector/src/cli.ts');
/** Node arguments that run the repository's TypeScript sources directly. */
export const SOURCE_NODE_ARGS = ['--conditions=connector-e2e:source', '--import', 'tsx'];

/** Where the connector keeps its data: a SQLite path or `sqlite3:`/`postgres://` URL, and a PostgreSQL schema. */
export interface ConnectorDb {
  readonly url: string;
  readonly pgSchema?: string;
}

export interface SpawnOptions {
  /** Node arguments before the script (profiling, --expose-gc...). */
  nodeArgs?: string[];
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Every chunk of the connector's stdout and stderr, as it comes (e.g. to append to a log file). */
  onOutput?: (chunk: Buffer) => void;
  /** Keep all output in memory for `output()` (default); false keeps the last 4 KiB (long runs). */
  keepOutput?: boolean;
  /** How long it may take to listen. Default 60 s. */
  timeoutMs?: number;
}

export interface ConnectorProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Its stdout and stderr so far (or their last 4 KiB, see SpawnOptions.keepOutput). */
  readonly output: () => string;
  /** Resolves with the exit code (or the signal name). */
  readonly exited: Promise<number | string>;
  /** Sends `signal` (default SIGTERM) and resolves once it exited. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export async function spawnConnector(db: ConnectorDb, extraArgs: string[] = [], port = 0, options: SpawnOptions = {}): Promise<ConnectorProcess> {
  const args = [...(options.nodeArgs ?? []), ...SOURCE_NODE_ARGS, cli, '--port', String(port), '--host', '127.0.0.1', '--db', db.url, ...extraArgs];
  if (db.pgSchema) args.push('--pg-schema', db.pgSchema);
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CONNECTOR_LOG_LEVEL: 'info', ...options.env } });
  const keep = options.keepOutput !== false;
  let out = '';
  const exited = new Promise<number | string>((res) => child.on('exit', (code, signal) => res(code ?? signal ?? -1)));
  const onData = (chunk: Buffer) => {
    options.onOutput?.(chunk);
    out = keep ? out + chunk.toString() : (out + chunk.toString()).slice(-4096);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // not left running behind a failed start
      rej(new Error(`connector did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const listening = () => {
      // (`out` already holds this chunk: onData was registered first)
      const m = /"url":"(http:\/\/[^"]+)"[^\n]*connector listening/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', listening);
      child.stderr!.off('data', listening);
      res(m[1]!);
    };
    child.stdout!.on('data', listening);
    child.stderr!.on('data', listening);
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`connector exited (${code}) before listening:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
