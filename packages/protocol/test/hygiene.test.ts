import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inspect } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createInvitation, describeSession, toHex } from '../src/index.js';
import { establish, ISSUER_DID, NOW, PROVIDERS } from './helpers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const srcDir = resolve(root, 'packages/protocol/src');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

describe.each(PROVIDERS)('secrets stay out of logs (%s provider)', (_name, crypto) => {
  it('util.inspect and JSON.stringify of a session never show key bytes', async () => {
    const p = await establish(crypto);
    const keys = [p.issuer.sendChainKey, p.issuer.sending!.key, p.issuer.receive.chainKey, p.issuer.receive.keys[0]!.key, p.issuer.connectionKeys.control, p.issuer.connectionKeys.root, p.issuer.rootKey, p.holder.sending!.key].map((k) => k.expose());
    const shown = [inspect(p.issuer, { depth: 10 }), inspect(p.holder, { depth: 10, showHidden: true }), JSON.stringify(p.issuer, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)), `${p.issuer.sending!.key}`];
    for (const text of shown) {
      for (const k of keys) {
        expect(text).not.toContain(toHex(k));
        expect(text).not.toContain(Buffer.from(k).toString('base64'));
        expect(text).not.toContain([...k].join(','));
        expect(text).not.toContain([...k].join(', '));
      }
    }
    expect(inspect(p.issuer.sendChainKey)).toBe('SecretBytes(32 bytes, redacted)');
  });

  it('util.inspect of an invitation never shows its secret', () => {
    const inv = createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: ISSUER_DID, identityKey: new Uint8Array(32).fill(1), now: NOW });
    const text = inspect(inv, { depth: 5 }) + JSON.stringify(inv);
    const secret = inv.secret.expose();
    expect(text).not.toContain([...secret].join(', '));
    expect(text).not.toContain(toHex(secret));
  });

  it('describeSession gives a summary without key material', async () => {
    const p = await establish(crypto);
    const d = describeSession(p.issuer);
    expect(Object.values(d).every((v) => typeof v !== 'object')).toBe(true);
    expect(d).toMatchObject({ role: 'issuer', epoch: 0, confirmed: true, sendNext: 0, receiveNext: 0 });
  });
});

describe('package hygiene', () => {
  it('the protocol core imports no I/O module outside the node provider', () => {
    for (const file of walk(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
      if (file.endsWith(join('providers', 'node.ts'))) continue;
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"](node:|fs|net|http|https|child_process|typeorm|pino|debug)['"/]/);
      expect(text, file).not.toMatch(/\bconsole\.\w+\(/);
    }
  });

  it('the committed generated protobuf code matches a fresh generation from proto/', () => {
    const out = mkdtempSync(join(tmpdir(), 'proto-gen-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/gen-proto.mjs'), out], { cwd: root, stdio: 'pipe' });
      for (const f of ['proto.js', 'proto.d.ts', 'wire-shapes.ts']) {
        expect(readFileSync(join(out, f), 'utf8'), `${f} is stale: run npm run proto`).toBe(readFileSync(join(srcDir, 'gen', f), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
