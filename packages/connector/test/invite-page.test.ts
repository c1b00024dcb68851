/**
 * The invitation URL's path answers with a static page that says what the link is, instead of
 * a 404: no scripts (the invitation is in the fragment), a strict CSP, nothing cached.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INVITATION_PATH } from '@connector-e2e/protocol';
import { buildConnector, type Connector } from '../src/index.js';

describe('the invitation page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'connector-invite-'));
  let connector: Connector;
  let url: string;
  beforeAll(async () => {
    connector = await buildConnector({ db: join(dir, 'c.sqlite'), logger: { level: 'silent' } });
    url = await connector.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('GET answers 200 with a static HTML page, a strict CSP, no-store and no-referrer', async () => {
    expect(INVITATION_PATH).toBe('/invite');
    const res = await fetch(`${url}${INVITATION_PATH}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers either
    expect(html).toMatch(/wallet app/);
  });

  test('other methods are not served', async () => {
    const res = await fetch(`${url}${INVITATION_PATH}`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(404);
  });
});
