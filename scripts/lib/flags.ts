/**
 * Command-line flags for the integration scripts: `--name value` or `--name=value`, each with
 * an optional environment variable. Flags win over the environment.
 *
 * This module imports nothing heavy: scripts parse their flags (and answer --help or a flag
 * error) before they load Veramo and the database drivers.
 */
export interface FlagSpec {
  /** Flag name without the leading dashes. */
  name: string;
  /** Environment variable that sets it when the flag is absent. */
  env?: string;
  help: string;
  /** Default value shown in --help and used when neither flag nor variable is set. */
  default?: string;
  /** The value must be an http:// or https:// URL (checked when parsing). */
  url?: boolean;
}

export type Flags = Record<string, string | undefined>;

export class UsageError extends Error {}

export interface ParseOptions {
  /** Flags no longer accepted, with what to say when one is given. */
  removed?: Record<string, string>;
}

/** Parses argv; returns `undefined` when --help was asked for (the help text is printed). */
export function parseFlags(usage: string, specs: readonly FlagSpec[], argv: readonly string[], env: NodeJS.ProcessEnv, options: ParseOptions = {}): Flags | undefined {
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
    const removed = options.removed?.[name];
    if (removed !== undefined) throw new UsageError(`--${name} is not accepted: ${removed}`);
    if (!specs.some((s) => s.name === name)) throw new UsageError(`unknown flag --${name} (see --help)`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    flags[name] = value;
  }
  for (const s of specs) {
    const given = flags[s.name] !== undefined;
    if (!given) {
      const fromEnv = s.env ? env[s.env] : undefined;
      flags[s.name] = fromEnv !== undefined && fromEnv !== '' ? fromEnv : s.default;
    }
    const value = flags[s.name];
    if (s.url && value !== undefined) checkUrl(given || !s.env ? `--${s.name}` : `${s.env} (--${s.name})`, value);
  }
  return flags;
}

/** Throws a UsageError naming `what` unless `value` is an absolute http(s) URL. */
export function checkUrl(what: string, value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.host) {
    throw new UsageError(`${what}: expected an http:// or https:// URL such as http://127.0.0.1:8080, got ${JSON.stringify(value)}`);
  }
}

function helpText(usage: string, specs: readonly FlagSpec[]): string {
  const lines = [usage, ''];
  for (const s of specs) {
    lines.push(`  --${s.name} <${s.url ? 'url' : 'value'}>`.padEnd(32) + (s.env ?? ''));
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

/** The database, secret, QR and timeout flags both agent scripts share. */
export function agentFlags(role: 'issuer' | 'holder'): FlagSpec[] {
  return [
    { name: 'db', env: 'E2E_DB', help: 'SQLite file of this agent (sqlite3:<file> for the sqlite3 driver instead of better-sqlite3)', default: `.tmp/${role}/agent.sqlite` },
    { name: 'secret-key', env: 'E2E_SECRET_KEY', help: '64 hex: the plugin key for sessions and messages at rest (generated next to the db when absent)' },
    { name: 'kms-secret-key', env: 'E2E_KMS_SECRET_KEY', help: '64 hex: the KMS key for private keys at rest (generated next to the db when absent)' },
    { name: 'keys-file', env: 'E2E_KEYS_FILE', help: 'where the generated keys are kept (default: <db>.keys.json; keep it outside the data directory)' },
    {
      name: 'qr-png',
      env: 'E2E_QR_PNG',
      help: role === 'issuer' ? 'where to write the invitation QR code as a PNG file' : 'the invitation QR code as a PNG file, waited for until it appears (the issuer writes it)',
      default: '.tmp/invitation.png',
    },
    { name: 'alias', env: 'E2E_ALIAS', help: 'alias of the did:key identity (created on first run)', default: role },
    { name: 'timeout', env: 'E2E_TIMEOUT', help: 'give up after this many seconds', default: '120' },
  ];
}

/** The SQLite file behind a `--db` value: a path, or `sqlite3:<path>` for the sqlite3 driver. */
export function databaseFile(database: string): string {
  return database.replace(/^sqlite3:/, '');
}
