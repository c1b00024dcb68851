import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function runDemo(...args: string[]): Promise<{ code: number | string; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'demo', ...(args.length ? ['--', ...args] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code, signal) => res({ code: code ?? signal ?? -1, out }));
  });
}

describe('npm run demo', () => {
  it('runs connector, issuer and holder processes to a verified credential, finds no plaintext at the connector and no invitation secret in what the agents leave', async () => {
    const { code, out } = await runDemo();
    expect(out, out).toMatch(/^connector +listening on http:\/\/127\.0\.0\.1:\d+/m);
    expect(code, out).toBe(0);
    expect(out).toMatch(/invitation created: QR version ([1-9]|10) /);
    expect(out).toMatch(/^holder +decoded the QR code from the PNG image/m);
    expect(out).toMatch(/^X3DH +connection \S+ established/m);
    expect(out).toMatch(/^holder +received 1 credential, signature verified=true/m);
    expect(out).toMatch(/^ack +the holder's end-to-end ack reached the issuer \(issuer unacked 0\)/m);
    expect(out).toMatch(/^summary +connection \S+, handshake \d+ ms/m);
    expect(out).toMatch(/^counters +issuer epoch 0 sendNext 1 receiveNext 1 \| holder epoch 0 sendNext 1 receiveNext 1$/m);
    expect(out).toMatch(/^scan +connector running: connector\.sqlite, connector\.sqlite-shm, connector\.sqlite-wal/m);
    expect(out).not.toMatch(/FOUND in/);
    expect(out).toMatch(/^result +no plaintext in the connector’s database/m);
    // Every file the agents leave (databases, their connector-e2e:* debug logs) is scanned too.
    expect(out).toMatch(/^scan +agents’ files: .*agent\.sqlite.*debug\.log/m);
    expect(out).toMatch(/^result +no invitation secret in the agents’ databases or debug logs; the invitation PNG was removed once accepted$/m);
    expect(out).toMatch(/^done +demo finished in \d+\.\d s$/m);
    // Its temporary directory is gone.
    const dir = /^connector-e2e demo in (\S+)$/m.exec(out)?.[1];
    expect(dir).toBeTruthy();
    expect(existsSync(dir!)).toBe(false);
    expect(out).not.toMatch(/^ETAMP/m);
  }, 90_000);

  it('with --etamp, runs the same over an ETAMP connection, and the holder verifies the exported envelope of the credential with did-jwt alone', async () => {
    const { code, out } = await runDemo('--etamp');
    expect(code, out).toBe(0);
    expect(out).toMatch(/^ETAMP +every record and control message travels as a JWS signed by its sender's DID/m);
    expect(out).toMatch(/^holder +received 1 credential, signature verified=true/m);
    expect(out).toMatch(/^ETAMP +the record's envelope, exported \(\d+-character EdDSA JWS\), verified=true by did-jwt alone: signed by did:key:/m);
    expect(out).toMatch(/^result +no plaintext in the connector’s database/m);
    expect(out).toMatch(/^done +demo finished/m);
  }, 90_000);
});
