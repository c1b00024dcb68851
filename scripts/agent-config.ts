/**
 * A loader for Veramo agent configs (agent.yml), for where `@veramo/cli` is not installed.
 * It implements the semantics of the CLI's object creator that agent.yml uses:
 *
 *   $require: 'module?t=class|function|object&p=/json/pointer#Export'
 *             (default t=class: `new Export(...$args)`; function: `Export(...$args)`;
 *              object: `Export` itself; p: a JSON pointer into the result; a promise is awaited)
 *   $args:    the argument list (resolved recursively)
 *   $ref:     '/json/pointer' into the config; each pointer is created once and shared
 *   $env:     'NAME' -> the environment variable
 *
 * plus `version: 3` like the CLI. As a script it executes one agent method:
 *
 *   node --conditions=connector-e2e:source --import tsx scripts/agent-config.ts [--config agent.yml] <method> ['<json args>']
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export interface CreateObjectsOptions {
  /** Variables for `$env` (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Base directory of `./` module paths (default: the working directory, as the Veramo CLI does). */
  baseDir?: string;
  /** Values set at JSON pointers of the config before anything is created (e.g. `/constants/databaseFile`). */
  overrides?: Record<string, unknown>;
}

export type AgentConfig = Record<string, unknown>;

/** Reads and parses a version 3 agent config. */
export function readAgentConfig(file: string): AgentConfig {
  const config = parse(readFileSync(file, 'utf8'), { prettyErrors: true }) as AgentConfig | null;
  if (!config || typeof config !== 'object') throw new Error(`${file}: not a YAML mapping`);
  if (Number(config.version) !== 3) throw new Error(`${file}: unsupported configuration version ${String(config.version)} (expected 3)`);
  return config;
}

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`invalid JSON pointer ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split('/').map(unescape);
}

/** RFC 6901 lookup; undefined when a step is missing. */
export function getPointer(value: unknown, pointer: string): unknown {
  let v = value;
  for (const t of tokens(pointer)) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, t)) return undefined;
    v = (v as Record<string, unknown>)[t];
  }
  return v;
}

function setPointer(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const path = tokens(pointer);
  const last = path.pop();
  if (last === undefined) throw new Error('cannot override the whole config');
  let v: Record<string, unknown> = target;
  for (const t of path) {
    const next = v[t];
    if (next === null || typeof next !== 'object') v[t] = {};
    v = v[t] as Record<string, unknown>;
  }
  v[last] = value;
}

export interface RequireSpec {
  module: string;
  member?: string;
  type: 'class' | 'function' | 'object';
  pointer?: string;
}

/** Parses a `$require` string: `module?t=...&p=...#Export`. */
export function parseRequire(spec: string): RequireSpec {
  const hashAt = spec.indexOf('#');
  const head = hashAt >= 0 ? spec.slice(0, hashAt) : spec;
  const member = hashAt >= 0 && hashAt < spec.length - 1 ? spec.slice(hashAt + 1) : undefined;
  if (member?.includes('?')) throw new Error(`$require ${JSON.stringify(spec)}: put the query (?t=...) before #${member.split('?')[0]}`);
  const q = head.indexOf('?');
  const module = q >= 0 ? head.slice(0, q) : head;
  const query = new URLSearchParams(q >= 0 ? head.slice(q + 1) : '');
  const type = query.get('t') ?? 'class';
  if (type !== 'class' && type !== 'function' && type !== 'object') throw new Error(`$require ${JSON.stringify(spec)}: t must be class, function or object`);
  if (!module) throw new Error(`$require ${JSON.stringify(spec)}: no module`);
  return { module, member, type, pointer: query.get('p') ?? undefined };
}

/**
 * Creates the objects at `pointers` (name -> JSON pointer) of a config, as the Veramo CLI's
 * `createObjects` does: `createObjects(config, { agent: '/agent' })`.
 */
export async function createObjects(config: AgentConfig, pointers: Record<string, string>, options: CreateObjectsOptions = {}): Promise<Record<string, unknown>> {
  const env = options.env ?? process.env;
  const baseDir = options.baseDir ?? process.cwd();
  const source = structuredClone(config);
  for (const [pointer, value] of Object.entries(options.overrides ?? {})) setPointer(source, pointer, value);
  const created = new Map<string, unknown>();
  const creating = new Set<string>();

  async function resolveValue(input: unknown): Promise<unknown> {
    if (Array.isArray(input)) {
      const out: unknown[] = [];
      for (const item of input) out.push(await resolveValue(item));
      return out;
    }
    if (input === null || typeof input !== 'object') return input;
    const obj = input as Record<string, unknown>;
    if ('$ref' in obj) return fromPointer(String(obj.$ref));
    if ('$require' in obj) return fromRequire(obj);
    if ('$env' in obj) return env[String(obj.$env)];
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = await resolveValue(v);
    return out;
  }

  async function fromRequire(obj: Record<string, unknown>): Promise<unknown> {
    const spec = parseRequire(String(obj.$require));
    const args = obj.$args === undefined ? [] : await resolveValue(obj.$args);
    if (!Array.isArray(args)) throw new Error(`$args of ${String(obj.$require)} must be a list`);
    const specifier = spec.module.startsWith('./') || spec.module.startsWith('../') ? pathToFileURL(resolve(baseDir, spec.module)).href : spec.module;
    let value: unknown;
    try {
      const mod = (await import(specifier)) as Record<string, unknown>;
      const exported = spec.member ? mod[spec.member] : mod;
      if (exported === undefined) throw new Error(`no export ${spec.member}`);
      if (spec.type === 'class') value = new (exported as new (...a: unknown[]) => unknown)(...args);
      else if (spec.type === 'function') value = await (exported as (...a: unknown[]) => unknown)(...args);
      else value = exported;
    } catch (e) {
      throw new Error(`Error creating ${spec.module}['${spec.member ?? ''}']: ${(e as Error).message}`, { cause: e });
    }
    return spec.pointer ? getPointer(value, spec.pointer) : value;
  }

  async function fromPointer(pointer: string): Promise<unknown> {
    if (created.has(pointer)) return created.get(pointer);
    if (creating.has(pointer)) throw new Error(`circular $ref ${pointer}`);
    const node = getPointer(source, pointer);
    if (node === undefined) throw new Error(`Pointer not found: ${pointer}`);
    creating.add(pointer);
    try {
      const value = await resolveValue(node);
      created.set(pointer, value);
      return value;
    } catch (e) {
      throw new Error(`${(e as Error).message}. While creating object from pointer: ${pointer}`, { cause: e });
    } finally {
      creating.delete(pointer);
    }
  }

  const result: Record<string, unknown> = {};
  for (const [name, pointer] of Object.entries(pointers)) result[name] = await fromPointer(pointer);
  return result;
}

/** The agent a config file describes (its `/agent` object). */
export async function createAgentFromConfig<T = unknown>(file: string, options?: CreateObjectsOptions): Promise<T> {
  const { agent } = await createObjects(readAgentConfig(file), { agent: '/agent' }, options);
  return agent as T;
}

async function main(argv: string[]): Promise<void> {
  let config = 'agent.yml';
  const i = argv.indexOf('--config');
  if (i >= 0) {
    config = argv[i + 1] ?? config;
    argv.splice(i, 2);
  }
  const [method, json] = argv;
  if (!method) throw new Error('usage: agent-config.ts [--config agent.yml] <method> [\'<json args>\']');
  const agent = await createAgentFromConfig<{ execute(method: string, args: unknown): Promise<unknown> }>(config);
  const result = await agent.execute(method, json ? JSON.parse(json) : {});
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
