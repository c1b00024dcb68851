/**
 * Child processes of the demo: started with the repo's TypeScript loader, their output read
 * line by line, and all of them stopped on every exit path (SIGTERM, then SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** How scripts of this repo run TypeScript sources. */
export const NODE_TS_ARGS = ['--conditions=connector-e2e:source', '--import', 'tsx'];

export interface Child {
  readonly name: string;
  readonly proc: ChildProcess;
  /** Exit code, or the signal name. */
  readonly exited: Promise<number | string>;
  /** Everything it wrote to stderr (for failure reports). */
  stderr(): string;
}

export interface StartOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
}

const running = new Set<Child>();

export function startTs(name: string, script: string, args: readonly string[], options: StartOptions): Child {
  const proc = spawn(process.execPath, [...NODE_TS_ARGS, script, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const exited = new Promise<number | string>((resolve) => proc.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const child: Child = { name, proc, exited, stderr: () => err };
  running.add(child);
  void exited.then(() => running.delete(child));
  createInterface({ input: proc.stdout! }).on('line', (line) => options.onStdoutLine?.(line));
  createInterface({ input: proc.stderr! }).on('line', (line) => {
    err += `${line}\n`;
    options.onStderrLine?.(line);
  });
  return child;
}

function alive(c: Child): boolean {
  return c.proc.exitCode === null && c.proc.signalCode === null;
}

/** Stops one child: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopChild(c: Child, graceMs = 3000): Promise<number | string> {
  if (alive(c)) {
    c.proc.kill('SIGTERM');
    const timer = setTimeout(() => alive(c) && c.proc.kill('SIGKILL'), graceMs);
    await c.exited;
    clearTimeout(timer);
  }
  return c.exited;
}

/** Stops every child still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => stopChild(c)));
}

// Last resort (synchronous, e.g. process.exit from elsewhere): nothing outlives the demo.
process.on('exit', () => {
  for (const c of running) if (alive(c)) c.proc.kill('SIGKILL');
});
