/**
 * Flags and input errors of the issuer and holder scripts: answered before anything heavy is
 * loaded, each naming the flag or the file and what is wrong with it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFlags, UsageError } from '../scripts/lib/flags.js';
import { startTs } from '../scripts/lib/children.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'script-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a script to its exit; returns the exit code and its stdout and stderr. */
async function run(script: 'issuer' | 'holder', args: string[]): Promise<{ code: number | string; out: string; err: string }> {
  let out = '';
  const child = startTs(script, join(root, 'scripts', `${script}.ts`), args, { cwd: root, env: cleanEnv(), onStdoutLine: (l) => (out += `${l}\n`) });
  const code = await child.exited;
  return { code, out, err: child.stderr() };
}

/** The caller's E2E_* / CONNECTOR_* settings would change what the scripts see. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(E2E_|CONNECTOR_)/.test(k)));
}

const holderArgs = (png: string) => ['--db', join(dir, 'holder.sqlite'), '--qr-png', png, '--timeout', '30'];

describe('parseFlags', () => {
  const specs = [{ name: 'connector', env: 'CONNECTOR_URL', help: '', url: true }];

  it('accepts an http or https URL for a URL flag', () => {
    expect(parseFlags('', specs, ['--connector', 'https://relay.example:8443/base'], {})?.connector).toBe('https://relay.example:8443/base');
  });

  it('names the flag and the expected form when a URL flag is not a URL', () => {
    expect(() => parseFlags('', specs, ['--connector=localhost:8080'], {})).toThrow(UsageError);
    expect(() => parseFlags('', specs, ['--connector=localhost:8080'], {})).toThrow(/^--connector: expected an http:\/\/ or https:\/\/ URL .*"localhost:8080"/);
  });

  it('names the environment variable when the bad URL came from there', () => {
    expect(() => parseFlags('', specs, [], { CONNECTOR_URL: 'not a url' })).toThrow(/^CONNECTOR_URL \(--connector\): expected an http/);
  });

  it('says why a removed flag is no longer accepted', () => {
    expect(() => parseFlags('', [], ['--connector', 'http://x'], {}, { removed: { connector: 'the invitation names it' } })).toThrow('--connector is not accepted: the invitation names it');
  });
});

describe('the issuer and holder scripts', () => {
  it('print their help', async () => {
    const holder = await run('holder', ['--help']);
    expect(holder.code).toBe(0);
    expect(holder.out).toMatch(/--invitation <value>/);
    expect(holder.out).not.toMatch(/--connector/);
    const issuer = await run('issuer', ['--help']);
    expect(issuer.code).toBe(0);
    expect(issuer.out).toMatch(/--connector <url>/);
  });

  it('the issuer names --connector when its value is not a URL', async () => {
    const { code, err } = await run('issuer', ['--connector', 'localhost:8080']);
    expect(code).toBe(2);
    expect(err).toMatch(/--connector: expected an http:\/\/ or https:\/\/ URL/);
  });

  it('the issuer names --envelope and its two values when given another', async () => {
    const { code, err } = await run('issuer', ['--connector', 'http://127.0.0.1:9', '--envelope', 'jws']);
    expect(code).toBe(2);
    expect(err).toMatch(/--envelope: plain or etamp, got jws/);
  });

  it('the holder refuses --connector', async () => {
    const { code, err } = await run('holder', ['--connector', 'http://127.0.0.1:8080']);
    expect(code).toBe(2);
    expect(err).toMatch(/--connector is not accepted: the holder always uses the connector the invitation names/);
  });

  it('the holder fails at once on a file that is not a PNG', async () => {
    const png = join(dir, 'text.png');
    writeFileSync(png, 'hello\n');
    const { code, err } = await run('holder', holderArgs(png));
    expect(code).toBe(1);
    expect(err).toMatch(/invitation_unreadable: \S+text\.png is not a PNG image/);
  });

  it('the holder fails at once on a PNG with no QR code', async () => {
    const image = new PNG({ width: 40, height: 40 });
    image.data.fill(255);
    const png = join(dir, 'blank.png');
    writeFileSync(png, PNG.sync.write(image));
    const { code, err } = await run('holder', holderArgs(png));
    expect(code).toBe(1);
    expect(err).toMatch(/blank\.png is a PNG image with no QR code in it/);
  });

  it('the holder fails at once on a QR code that is not an invitation, and on such an --invitation', async () => {
    const png = join(dir, 'other.png');
    await QRCode.toFile(png, 'https://example.com/hello');
    const fromPng = await run('holder', holderArgs(png));
    expect(fromPng.code).toBe(1);
    expect(fromPng.err).toMatch(/the QR code in \S+other\.png is not a valid invitation/);
    const fromFlag = await run('holder', ['--db', join(dir, 'holder.sqlite'), '--invitation', 'https://example.com/hello']);
    expect(fromFlag.code).toBe(2);
    expect(fromFlag.err).toMatch(/--invitation: not a valid invitation URL/);
  });

  it('the holder says the PNG never appeared when it waited for it in vain', async () => {
    const { code, err } = await run('holder', [...holderArgs(join(dir, 'missing.png')), '--timeout', '1']);
    expect(code).toBe(1);
    expect(err).toMatch(/timeout: \S+missing\.png never appeared within 1 s/);
  });
});
