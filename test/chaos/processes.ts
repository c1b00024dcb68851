/**
 * The real processes of a chaos run: the connector (its CLI) and chaos agents. Output goes to
 * files (appended across restarts) so the secrets scan can read it afterwards; agents' stdout
 * JSON lines are also parsed for the few events the harness waits on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, SOURCE_NODE_ARGS, spawnConnector, type ConnectorProcess } from '../kit/connector-process.js';

const here = dirname(fileURLToPath(import.meta.url));
const agentScript = join(here, 'agent.ts');
export { repoRoot, SOURCE_NODE_ARGS as NODE_ARGS };

/** Every child still running: killed if the harness exits (a signal) before it ends them. */
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
function adopt(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

export interface Running {
  readonly child: ChildProcess;
  /** Resolves with the exit code or the signal name. */
  readonly exited: Promise<number | string>;
}

function outputTo(file: string): WriteStream {
  return createWriteStream(file, { flags: 'a' });
}

export interface ConnectorSpec {
  port: number;
  db: string;
  pgSchema?: string;
  logLevel: string;
  /** Appended with the connector's stdout and stderr. */
  outputFile: string;
}

/** Starts the connector and resolves once it listens (rejects if it exits first). */
export async function startConnectorProcess(spec: ConnectorSpec, timeoutMs = 60_000): Promise<Running> {
  const out = outputTo(spec.outputFile);
  const db = { url: spec.db, ...(spec.pgSchema ? { pgSchema: spec.pgSchema } : {}) };
  const options = { onOutput: (chunk: Buffer) => out.write(chunk), keepOutput: false, timeoutMs };
  let proc: ConnectorProcess;
  try {
    proc = await spawnConnector(db, ['--log-level', spec.logLevel, '--ws-ping-seconds', '5'], spec.port, options);
  } catch (e) {
    out.end();
    throw e;
  }
  adopt(proc.child);
  void proc.exited.then(() => out.end());
  return { child: proc.child, exited: proc.exited };
}

export interface AgentSpec {
  env: Record<string, string>;
  stdoutFile: string;
  stderrFile: string;
}

export interface AgentProcess extends Running {
  /** JSON lines printed on stdout, in order. */
  readonly events: Record<string, unknown>[];
  command(o: object): void;
}

export function startAgentProcess(spec: AgentSpec): AgentProcess {
  const child = spawn(process.execPath, [...SOURCE_NODE_ARGS, agentScript], { cwd: repoRoot, env: { ...process.env, ...spec.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  adopt(child);
  const stdout = outputTo(spec.stdoutFile);
  const stderr = outputTo(spec.stderrFile);
  const events: Record<string, unknown>[] = [];
  let buf = '';
  child.stdout!.on('data', (c: Buffer) => {
    stdout.write(c);
    buf += c.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line.startsWith('{')) {
        try {
          events.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          // not one of ours
        }
      }
    }
  });
  child.stderr!.on('data', (c: Buffer) => stderr.write(c));
  child.stdin!.on('error', () => undefined); // writes to a killed process
  const exited = new Promise<number | string>((res) => child.on('exit', (code, signal) => res(code ?? signal ?? -1)));
  void exited.then(() => {
    stdout.end();
    stderr.end();
  });
  return {
    child,
    exited,
    events,
    command(o) {
      if (child.exitCode === null && child.signalCode === null && child.stdin!.writable) child.stdin!.write(`${JSON.stringify(o)}\n`);
    },
  };
}

/** Waits until `pick` finds something in `events`, or the process exits, or the time is up. */
export async function waitEvent<T>(p: AgentProcess, pick: (events: Record<string, unknown>[]) => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let exit: number | string | undefined;
  void p.exited.then((c) => (exit = c));
  for (;;) {
    const v = pick(p.events);
    if (v !== undefined) return v;
    if (exit !== undefined) throw new Error(`agent exited (${exit}) while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
