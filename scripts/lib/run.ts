/**
 * Process frame of an integration script: one-line JSON progress on stdout, errors as one JSON
 * line on stderr, cleanup on every exit path (success, failure, SIGINT, SIGTERM).
 * Progress lines never carry secrets or message plaintext.
 */
import { UsageError } from './flags.js';

export type Progress = (event: string, fields?: Record<string, unknown>) => void;

export interface ScriptContext {
  readonly progress: Progress;
  /** Registers cleanup, run in reverse order before the process exits. */
  onExit(fn: () => Promise<void> | void): void;
}

export function runScript(role: string, main: (ctx: ScriptContext) => Promise<void>): void {
  const started = Date.now();
  const progress: Progress = (event, fields = {}) => {
    process.stdout.write(`${JSON.stringify({ role, event, ...fields, ms: Date.now() - started })}\n`);
  };
  const cleanups: Array<() => Promise<void> | void> = [];
  let finishing = false;
  const finish = async (code: number): Promise<void> => {
    if (finishing) return;
    finishing = true;
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (e) {
        process.stderr.write(`${JSON.stringify({ role, event: 'cleanup_failed', error: (e as Error).message })}\n`);
      }
    }
    process.exit(code);
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      progress('stopped', { signal });
      void finish(code);
    });
  }
  main({ progress, onExit: (fn) => cleanups.push(fn) }).then(
    () => finish(0),
    (e: unknown) => {
      const error = e instanceof Error ? e.message : String(e);
      process.stderr.write(`${JSON.stringify({ role, event: 'error', error })}\n`);
      void finish(e instanceof UsageError ? 2 : 1);
    },
  );
}

/** Polls `check` until it returns a value other than undefined, or throws `timeout: ...` at the deadline. */
export async function waitFor<T>(what: string, deadline: number, check: () => Promise<T | undefined>, intervalMs = 50): Promise<T> {
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timeout: gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
