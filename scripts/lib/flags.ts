/**
 * Command-line flags for the integration scripts: `--name value` or `--name=value`, each with
 * an optional environment variable. Flags win over the environment.
 */
export interface FlagSpec {
  /** Flag name without the leading dashes. */
  name: string;
  /** Environment variable that sets it when the flag is absent. */
  env?: string;
  help: string;
  /** Default value shown in --help and used when neither flag nor variable is set. */
  default?: string;
}

export type Flags = Record<string, string | undefined>;

export class UsageError extends Error {}

/** Parses argv; returns `undefined` when --help was asked for (the help text is printed). */
export function parseFlags(usage: string, specs: readonly FlagSpec[], argv: readonly string[], env: NodeJS.ProcessEnv): Flags | undefined {
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(helpText(usage, specs));
      return undefined;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(arg)} (see --help)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!specs.some((s) => s.name === name)) throw new UsageError(`unknown flag --${name} (see --help)`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    flags[name] = value;
  }
  for (const s of specs) {
    if (flags[s.name] !== undefined) continue;
    const fromEnv = s.env ? env[s.env] : undefined;
    flags[s.name] = fromEnv !== undefined && fromEnv !== '' ? fromEnv : s.default;
  }
  return flags;
}

function helpText(usage: string, specs: readonly FlagSpec[]): string {
  const lines = [usage, ''];
  for (const s of specs) {
    lines.push(`  --${s.name} <value>`.padEnd(32) + (s.env ?? ''));
    lines.push(`      ${s.help}${s.default !== undefined ? ` (default: ${s.default})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A positive number of seconds, as milliseconds. */
export function seconds(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name}: expected a positive number of seconds, got ${JSON.stringify(value)}`);
  return Math.round(n * 1000);
}
